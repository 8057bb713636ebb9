import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestAssistant } from '../../../test/build-test-assistant.js';
import { classifyMessage } from '../answer/classify-message.js';
import type { Corpus } from '../corpus/corpus.js';

/**
 * Contradictions between the language data and a document's knowledge: a term the glossary maps
 * onto the policy's topics must never by itself be a reason to decline ("租房" as a topic and as an
 * everyday errand declined "人才租房有补贴吗"; "写字楼" began with "write"). Checked on the shipped glossary.
 */
let corpus: Corpus;
beforeAll(async () => {
  ({ corpus } = (await buildTestAssistant()).assistant);
});

describe('language data agrees with the glossary', () => {
  it('no glossary term, alone or asked about, is declined as an errand or another task', () => {
    const declined = corpus.glossary.flatMap(({ zh, en }) =>
      [zh, `${zh}有补贴吗`, en, `Is there support for ${en}?`].filter((message) => classifyMessage(message, corpus) === 'other_task'),
    );
    expect(declined).toEqual([]);
  });
});
