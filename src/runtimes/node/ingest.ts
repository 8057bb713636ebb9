import { SingleBar, Presets } from 'cli-progress';
import { parseConfig } from '../../core/config.js';
import { createAssistant } from './create-assistant.js';

// Builds the index in DATA_DIR now (npm start would build it on demand); --force rebuilds even when fresh.
const config = parseConfig(process.env);
const bar = new SingleBar({ format: 'embedding chunks [{bar}] {value}/{total}', clearOnComplete: true }, Presets.shades_classic);
let started = false;
const startedAt = performance.now();
const assistant = await createAssistant(config, {
  force: process.argv.includes('--force'),
  onProgress: (done, total) => {
    if (!started) bar.start(total, 0);
    started = true;
    bar.update(done);
  },
});
if (started) bar.stop();
const ms = Math.round(performance.now() - startedAt);
console.log(
  `${assistant.indexRebuilt ? 'built' : 'index up to date'}: ${assistant.policy.sections.length} sections, embedder ${assistant.embedder.id}, ${config.dataDir}/index (${ms} ms)`,
);
