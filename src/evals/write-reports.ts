import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { EvalSetupError } from './answerer.js';
import { renderHtmlReport, type HtmlReportInput } from './report-html.js';
import { buildJsonReport } from './report-json.js';

/** Writes --json and --html when asked; returns the files written. */
export function writeReports(input: HtmlReportInput, outputs: { json: string | null; html: string | null }): string[] {
  const written: string[] = [];
  if (outputs.json) {
    const report = buildJsonReport(input.system, input.baseline, { run: input.info, gate: input.gate ?? null });
    writeText(outputs.json, `${JSON.stringify(report, null, 2)}\n`);
    written.push(outputs.json);
  }
  if (outputs.html) {
    writeText(outputs.html, renderHtmlReport(input));
    written.push(outputs.html);
  }
  return written;
}

function writeText(file: string, text: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  } catch (error) {
    throw new EvalSetupError(`cannot write ${file}: ${(error as Error).message}`);
  }
}
