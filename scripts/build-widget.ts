// Writes the widget to dist/widget/ and fails above its gzip budget: npm run build:widget.
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildWidget, WIDGET_GZIP_BUDGET } from '../src/runtimes/node/build-widget.js';

const { script, hash, gzipBytes } = await buildWidget();
const outDir = 'dist/widget';
mkdirSync(outDir, { recursive: true });
writeFileSync(`${outDir}/widget.js`, script);
writeFileSync(`${outDir}/widget.${hash}.js`, script);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`widget.${hash}.js: ${kb(script.length)} minified, ${kb(gzipBytes)} gzip (budget ${kb(WIDGET_GZIP_BUDGET)})`);
if (gzipBytes > WIDGET_GZIP_BUDGET) {
  console.error('the widget is over its gzip budget');
  process.exit(1);
}
