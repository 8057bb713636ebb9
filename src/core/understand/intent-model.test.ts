import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Language } from '../corpus/section.js';
import { INTENT_MODEL_FILE, trainAll } from '../../../scripts/train-intents.js';
import { createIntentClassifier, type IntentData, type IntentModels } from './intent-model.js';

const committed = JSON.parse(readFileSync(INTENT_MODEL_FILE, 'utf8')) as IntentModels;
const classify = createIntentClassifier(committed);
const examples = (['en', 'zh'] as const).flatMap((language: Language) =>
  Object.entries(JSON.parse(readFileSync(`lang/${language}/intents.json`, 'utf8')) as IntentData).flatMap(([intent, entry]) =>
    typeof entry === 'string' ? [] : entry.examples.map((text) => [language, intent, text] as const),
  ),
);

describe('turn-intent classifier', () => {
  it('is the model its examples train (npm run train-intents rewrites it)', () => {
    expect(JSON.stringify(trainAll())).toBe(JSON.stringify(committed));
  }, 60_000);

  it.each(examples)('%s %s: %s', (language, intent, text) => {
    expect(classify(text, language)?.intent).toBe(intent);
  });
});
