// Trains the turn-intent classifier from lang/<language>/intents.json and writes
// models/intents.json. Deterministic; src/core/understand/intent-model.test.ts retrains and
// compares, so the committed model can never drift from its examples.
import { readFileSync, writeFileSync } from 'node:fs';
import { type IntentData, type IntentModels, trainIntentModel } from '../src/core/understand/intent-model.js';

export const INTENT_MODEL_FILE = 'models/intents.json';

export function trainAll(): IntentModels {
  const read = (language: 'en' | 'zh') => JSON.parse(readFileSync(`lang/${language}/intents.json`, 'utf8')) as IntentData;
  return { en: trainIntentModel(read('en'), 'en'), zh: trainIntentModel(read('zh'), 'zh') };
}

if (process.argv[1]?.endsWith('train-intents.ts')) {
  const started = performance.now();
  const models = trainAll();
  writeFileSync(INTENT_MODEL_FILE, `${JSON.stringify(models)}\n`);
  const size = Object.values(models).map((m) => `${m.intents?.length} intents x ${m.features?.length} features`);
  console.log(`wrote ${INTENT_MODEL_FILE}: ${size.join('; ')} (${Math.round(performance.now() - started)} ms)`);
}
