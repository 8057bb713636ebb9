import { getPolicy } from './api.js';
import { h } from './dom.js';
import type { Strings } from './i18n.js';
import type { Language, PolicyDoc } from './types.js';

const STARTER_COUNT = 4;

/**
 * The policy's own description (GET /api/policy): its title for the subtitle and its example
 * questions as starters, so nothing about one district is written into the widget.
 * Fetched once per page, again only after a failure.
 */
export function policySource(api: string) {
  let pending: Promise<PolicyDoc[]> | null = null;
  return (): Promise<PolicyDoc[]> => {
    pending ??= getPolicy(api).catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}

export function describePolicy(docs: PolicyDoc[], lang: Language): string {
  return docs.map((d) => `${d.translations[lang]?.title ?? d.title} (${d.documentNumber})`).join('; ');
}

/** The first screen: what the assistant does, the company check, and the documents' example questions. */
export function renderWelcome(
  t: Strings,
  docs: Promise<PolicyDoc[]>,
  lang: Language,
  ask: (q: string) => void,
  company: HTMLElement,
): HTMLElement {
  const list = h('ul', { class: 'starters' });
  const prompt = h('p', { class: 'intro', hidden: true }, t.try);
  void docs.then(
    (all) => {
      for (const question of all.flatMap((d) => d.examples[lang] ?? []).slice(0, STARTER_COUNT)) {
        const button = h('button', { type: 'button' }, question);
        button.addEventListener('click', () => ask(question));
        list.append(h('li', {}, button));
      }
      prompt.hidden = !list.children.length;
    },
    // Without the examples the widget still works: the question box stays.
    () => undefined,
  );
  return h('div', { class: 'starters-box' }, h('p', { class: 'intro' }, t.intro), company, prompt, list);
}
