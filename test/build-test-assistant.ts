import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig, type Config } from '../src/core/config.js';
import { createAssistant, type NodeAssistant } from '../src/runtimes/node/create-assistant.js';

/** A real assistant (hnswlib index on disk) in a fresh temporary DATA_DIR. */
export async function buildTestAssistant(env: Record<string, string> = {}): Promise<{ assistant: NodeAssistant; config: Config }> {
  const config = parseConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'jingan-test-')), ...env });
  return { assistant: await createAssistant(config), config };
}
