// Prepares what the worker cannot read from disk: the chunks and their vectors, the BM25
// index, the parsed policy, the prompts and the widget, as one JSON text module.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chunkSearchText, type Chunk } from '../src/core/corpus/chunk.js';
import type { Corpus } from '../src/core/corpus/corpus.js';
import type { WidgetAssets } from '../src/channels/widget/widget-routes.js';
import { chunkSections, DEFAULT_CHUNKING } from '../src/core/corpus/chunk-sections.js';
import { createLocalEmbedder } from '../src/core/embedding/local-embedder.js';
import { createLexicalIndex } from '../src/core/search/lexical-index.js';
import { loadCorpus, loadWordVectors } from '../src/runtimes/node/load-corpus.js';
import { loadPrompts } from '../src/runtimes/node/load-prompts.js';
import { encodeVectors, type WorkerAssets } from '../src/runtimes/workers/worker-assets.js';
import { buildWidget } from '../src/runtimes/node/build-widget.js';
import { ROOT } from './run-wrangler.js';

const WORKER_ASSETS_FILE = join(ROOT, 'src/runtimes/workers/generated/worker-assets.txt');

/** Builds the assets exactly as the Node server builds its index, so both rank alike. */
export async function buildWorkerAssets(file = WORKER_ASSETS_FILE): Promise<WorkerAssets> {
  const { corpus } = loadCorpus();
  const embedder = createLocalEmbedder(loadWordVectors());
  const chunks = await chunkSections(corpus.sections, DEFAULT_CHUNKING);
  const vectors = await embedder.embed(chunks.map(chunkSearchText));
  const { script, hash } = await buildWidget();
  const assets = assembleWorkerAssets(corpus, embedder.id, chunks, vectors, { script, hash });
  const text = JSON.stringify(assets);
  // Unchanged assets are not rewritten, so a running `wrangler dev` does not reload for nothing;
  // changed ones are renamed into place, so a concurrent bundler never reads half a file.
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.${process.pid}.tmp`, text);
    renameSync(`${file}.${process.pid}.tmp`, file);
  }
  return assets;
}

/** The assets a Worker loads, from a corpus and its embedded chunks (also what `npm run scale` measures). */
export function assembleWorkerAssets(
  corpus: Corpus,
  embedderId: string,
  chunks: Chunk[],
  vectors: Float32Array[],
  widget: WidgetAssets,
): WorkerAssets {
  return {
    embedderId,
    documents: corpus.documents,
    glossary: corpus.glossary,
    places: corpus.places,
    chunks,
    dimensions: vectors[0]?.length ?? 0,
    vectors: encodeVectors(vectors),
    lexical: JSON.stringify(createLexicalIndex(chunks).toJSON()),
    prompts: loadPrompts(),
    widget,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const assets = await buildWorkerAssets();
  console.log(`${WORKER_ASSETS_FILE}: ${assets.chunks.length} chunks x ${assets.dimensions} dims (${assets.embedderId})`);
}
