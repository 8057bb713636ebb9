import type { Page } from 'playwright-core';
import type { Conversation } from '../../src/channels/widget/history.js';
import type { Answer } from '../../src/channels/widget/types.js';

/** The current conversation as the widget saved it on the device (localStorage). */
export function savedConversation(page: Page) {
  return page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem(`jingan-widget:${location.origin}`) ?? '{"conversations":[]}');
    return saved.conversations.find((c: { key: string }) => c.key === saved.currentKey) ?? null;
  }) as Promise<Conversation | null>;
}

/** The answers of the current conversation, as the widget saved them. */
export async function savedAnswers(page: Page): Promise<Answer[]> {
  const turns = (await savedConversation(page))?.turns ?? [];
  return turns.flatMap((t) => (t.role === 'assistant' ? [t.answer] : []));
}
