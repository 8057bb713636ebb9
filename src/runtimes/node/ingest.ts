import { resolve } from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { parseConfig } from '../../core/config.js';
import { INGEST_HELP, parseIngestArgs } from './cli-args.js';
import { createAssistant } from './create-assistant.js';
import { describeDocument } from './describe-document.js';
import { DocumentReadError } from './ingest/document-error.js';
import { ingestFile } from './ingest/ingest-file.js';
import { CORPUS_DIR, loadDocument } from './load-corpus.js';
import { runCli } from './run-cli.js';

async function main(argv: string[]): Promise<number> {
  const args = parseIngestArgs(argv);
  if (args.help) {
    console.log(INGEST_HELP);
    return 0;
  }
  if (args.check) {
    console.log(describeDocument(loadDocument(resolve(args.check))));
    return 0;
  }
  const config = parseConfig(process.env);
  if (args.file) {
    try {
      const { report, ready } = await ingestFile({
        file: args.file,
        id: args.id,
        force: args.force,
        corpusDir: config.corpusDir ?? CORPUS_DIR,
      });
      console.log(report);
      return ready ? 0 : 1;
    } catch (error) {
      if (!(error instanceof DocumentReadError)) throw error;
      console.error(`ingest: ${args.file}: ${error.message}`);
      return 2;
    }
  }
  const bar = new SingleBar({ format: 'embedding chunks [{bar}] {value}/{total}', clearOnComplete: true }, Presets.shades_classic);
  let started = false;
  const startedAt = performance.now();
  const assistant = await createAssistant(config, {
    force: args.force,
    onProgress: (done, total) => {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    },
  });
  if (started) bar.stop();
  const ms = Math.round(performance.now() - startedAt);
  console.log(
    `${assistant.indexRebuilt ? 'built' : 'index up to date'}: ${assistant.corpus.sections.length} sections, embedder ${assistant.embedder.id}, ${config.dataDir}/index (${ms} ms)`,
  );
  return 0;
}

runCli('ingest', () => main(process.argv.slice(2)));
