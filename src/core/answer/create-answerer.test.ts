import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestAssistant } from '../../../test/build-test-assistant.js';
import type { NodeAssistant } from '../../runtimes/node/create-assistant.js';
import { createAnswerer } from './create-answerer.js';

let assistant: NodeAssistant;
beforeAll(async () => {
  ({ assistant } = await buildTestAssistant());
});

const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

describe('createAnswerer', () => {
  it('reads a question in traditional characters as the simplified text does', async () => {
    const answer = await createAnswerer(
      { openai: null, answerCacheSize: 0 },
      {
        corpus: assistant.corpus,
        retrieve: assistant.retrieve,
        logger: silent,
        loadPrompts: () => {
          throw new Error('offline mode reads no prompts');
        },
        today: () => '2026-01-15',
      },
    );
    const traditional = await answer({ message: '知識產權質押貸款有支持嗎？' });
    expect(traditional).toMatchObject({ refused: false, language: 'zh' });
    expect(traditional.citations.map((c) => c.id)).toContain('M10');
  });
});
