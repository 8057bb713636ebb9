import { sendFeedback } from './api.js';
import { h } from './dom.js';
import { labelFor, type Strings } from './i18n.js';
import { answerLanguage, type ViewHooks } from './message-view.js';
import { plainText } from './render-text.js';
import type { SourceContext } from './source-view.js';

interface HookDeps {
  api: string;
  t: Strings;
  root: ShadowRoot;
  drawer: { open(id: string, ctx: SourceContext, trigger: HTMLElement): Promise<void> };
  persist: () => void;
}

/** What the buttons on an answer do: open a source, rate, copy. */
export function viewHooks({ api, t, root, drawer, persist }: HookDeps): ViewHooks {
  return {
    t,
    openSource: (id, ctx, trigger) => void drawer.open(id, ctx, trigger),
    async rate(turn, rating, ack) {
      try {
        await sendFeedback(api, { conversationId: turn.answer.conversationId, messageId: turn.answer.messageId, rating });
        turn.rating = rating;
        persist();
        ack.textContent = t.recorded;
        return true;
      } catch {
        ack.textContent = t.feedbackFailed;
        return false;
      }
    },
    copy(turn, ack) {
      const lang = answerLanguage(turn);
      void copyText(
        plainText(turn.text, (id) => labelFor(id, lang)),
        root,
      ).then((ok) => {
        ack.textContent = ok ? t.copied : t.copyFailed;
      });
    },
  };
}

async function copyText(text: string, root: ShadowRoot): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // The async clipboard is missing outside secure contexts (plain-http intranet portals).
    const area = h('textarea', { class: 'sr-only', readonly: true, 'aria-hidden': 'true' });
    area.value = text;
    root.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
