import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerWithLlm, type LlmContext } from '../src/core/answer/answer-llm.js';
import { createOpenAiChatModel } from '../src/core/llm/chat-model.js';
import type { Logger } from '../src/core/logger.js';
import { loadPrompts } from '../src/runtimes/node/load-prompts.js';
import { buildTestAssistant } from './build-test-assistant.js';
import { startFakeOpenAi, type FakeOpenAi } from './fake-openai-server.js';

let fake: FakeOpenAi;
let context: LlmContext;
const rejected: string[] = [];

beforeAll(async () => {
  fake = await startFakeOpenAi();
  fake.mode = 'honest';
  const { assistant } = await buildTestAssistant();
  const logger: Logger = {
    debug() {},
    info() {},
    error() {},
    warn: (obj, msg) => void (msg === 'model sentence rejected' && rejected.push((obj as { reason: string }).reason)),
  };
  const model = createOpenAiChatModel({ apiKey: 'test-key', baseUrl: fake.url, model: 'fake-model', timeoutMs: 5000 });
  context = {
    corpus: assistant.corpus,
    retrieve: assistant.retrieve,
    today: '2026-01-15',
    model,
    prompts: loadPrompts(),
    timeoutMs: 10_000,
    logger,
  };
});
afterAll(() => fake.close());

/** Every single question of the dev sets, English and Chinese (follow-ups need a conversation and are left out). */
const questions = ['dataset.jsonl', 'zh.jsonl', 'multi.jsonl'].flatMap((file) =>
  readFileSync(new URL(`../evals/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; question?: string; history?: unknown; expected?: string[]; refuse?: boolean })
    .filter((c) => c.question && !c.history),
);

// The verifier's thresholds (SUPPORT_SHARE) were chosen here: an honest model, wording the
// sections its own way, must get every sentence through on every question of the dev sets.
describe('the verifier against an honest model on the dev sets', () => {
  it('keeps every answer in LLM mode and rejects no sentence', async () => {
    const fellBack: string[] = [];
    let llm = 0;
    for (const { id, question } of questions) {
      const answer = await answerWithLlm(context, { message: question! });
      if (answer.mode === 'llm') llm++;
      else if (answer.notices.some((n) => n.kind === 'fallback')) fellBack.push(`${id} ${question}`);
    }
    expect(fellBack).toEqual([]);
    expect(rejected).toEqual([]);
    // Refusals never reach the model; nearly every question the dev sets expect answered does.
    const answerable = questions.filter((q) => q.refuse !== true && (q.expected?.length ?? 0) > 0);
    expect(llm).toBeGreaterThan(answerable.length * 0.9);
  });
});
