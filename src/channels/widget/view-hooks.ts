import { sendFeedback } from './api.js';
import { labelFor, type Strings } from './i18n.js';
import { answerLanguage, type AssistantTurn, type ViewHooks } from './message-view.js';
import { plainText } from './render-text.js';
import { copyText, shareOrCopy } from './share.js';
import type { SourceContext } from './source-view.js';

interface HookDeps {
  api: string;
  t: Strings;
  root: ShadowRoot;
  drawer: { open(id: string, ctx: SourceContext, trigger: HTMLElement): Promise<void> };
  persist: () => void;
  ask: (question: string) => void;
  handoff: (trigger: HTMLElement) => void;
  examples: () => Promise<string[]>;
}

/** What the buttons on an answer do: open a source, rate and say why, copy, share, ask next, reach a person. */
export function viewHooks({ api, t, root, drawer, persist, ask, handoff, examples }: HookDeps): ViewHooks {
  const feedback = (turn: AssistantTurn, comment?: string) =>
    sendFeedback(api, {
      conversationId: turn.answer.conversationId,
      messageId: turn.answer.messageId,
      rating: turn.rating ?? 'down',
      ...(comment ? { comment } : {}),
    });
  return {
    t,
    ask,
    handoff,
    examples,
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
    async explain(turn, comment, ack) {
      try {
        await feedback(turn, comment);
        turn.comment = comment;
        persist();
        ack.textContent = t.reasonRecorded;
        return true;
      } catch {
        ack.textContent = t.feedbackFailed;
        return false;
      }
    },
    copy(turn, ack) {
      void copyText(answerText(turn, t), root).then((ok) => {
        ack.textContent = ok ? t.copied : t.copyFailed;
      });
    },
    share(turn, ack) {
      void shareOrCopy(answerText(turn, t), t.title, root).then((outcome) => {
        ack.textContent = { shared: t.shared, copied: t.copied, cancelled: '', failed: t.copyFailed }[outcome];
      });
    },
  };
}

/** The answer as plain text: markers as readable labels, then its sources and notices, so it stands alone when pasted. */
export function answerText(turn: AssistantTurn, t: Strings): string {
  const lang = answerLanguage(turn);
  const label = (id: string) => labelFor(id, lang);
  const lines = [plainText(turn.text, label)];
  const { citations, notices } = turn.answer;
  if (citations.length) lines.push('', `${t.sources}${t.colon.trim()}`, ...citations.map((c) => `- ${label(c.id)}${t.colon}${c.title}`));
  if (notices.length) lines.push('', ...notices.map((n) => n.text));
  return lines.join('\n');
}
