import { NeuralNetwork, type NeuralNetworkJson } from '@nlpjs/neural';
import type { Language } from '../corpus/section.js';
import { extractIntentFeatures } from './intent-features.js';

/** An intent's examples as written in lang/<language>/intents.json. */
export type IntentData = Record<string, { means: string; examples: string[] } | string>;

export type IntentModels = Record<Language, NeuralNetworkJson>;

export interface IntentGuess {
  intent: string;
  /** The intent's share of all intents' activation, 0..1. */
  confidence: number;
}

/** Weights kept to this many decimals: the model file stays small and its diff readable. */
const DECIMALS = 4;

/**
 * Trains one language's model from its examples. Deterministic: the perceptrons start at zero and
 * see the examples in file order, so the same data always gives the same model
 * (`npm run train-intents` writes it; a test retrains and compares).
 */
export function trainIntentModel(data: IntentData, language: Language): NeuralNetworkJson {
  const corpus = Object.entries(data).flatMap(([intent, entry]) =>
    typeof entry === 'string'
      ? []
      : entry.examples.map((text) => ({ input: extractIntentFeatures(text, language), output: { [intent]: 1 } })),
  );
  const network = new NeuralNetwork({ log: false });
  network.train(corpus);
  const json = network.toJSON();
  const scale = 10 ** DECIMALS;
  return { ...json, perceptrons: json.perceptrons?.map((weights) => weights.map((w) => Math.round(w * scale) / scale)) };
}

export type IntentClassifier = (text: string, language: Language) => IntentGuess | null;

/** No intent activated: nothing about the conversation was recognised, so it is an ordinary question. */
export const ORDINARY_INTENT = 'policy';

export function createIntentClassifier(models: IntentModels): IntentClassifier {
  const networks = new Map<Language, NeuralNetwork>();
  for (const [language, json] of Object.entries(models) as Array<[Language, NeuralNetworkJson]>) {
    const network = new NeuralNetwork();
    network.fromJSON(json);
    networks.set(language, network);
  }
  return (text, language) => {
    const outputs = networks.get(language)?.run(extractIntentFeatures(text, language));
    if (!outputs) return null;
    const entries = Object.entries(outputs);
    const total = entries.reduce((sum, [, value]) => sum + value, 0);
    if (total <= 0) return { intent: ORDINARY_INTENT, confidence: 0 };
    const [intent, value] = entries.reduce((best, entry) => (entry[1] > best[1] ? entry : best));
    return { intent, confidence: value / total };
  };
}
