/**
 * A Slack message as a plain question: the bot's own mention removed, links and other
 * mentions reduced to their labels, and Slack's &amp; &lt; &gt; escapes undone.
 */
export function readQuestion(text: string, botUserId: string | undefined): string {
  return text
    .replace(/<([^<>|]+)(?:\|([^<>]*))?>/g, (_whole, target: string, label: string | undefined) => {
      if (target === `@${botUserId}`) return '';
      return label ?? target;
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

export function mentionsUser(text: string, userId: string | undefined): boolean {
  return userId !== undefined && text.includes(`<@${userId}`);
}

const QUESTION_MARK = /[?？]\s*$/;
const EN_QUESTION_WORD =
  /^(what|which|who|whom|whose|when|where|why|how|is|are|was|were|can|could|do|does|did|will|would|should|shall|may|might|must|has|have|had|any|and|or|what's|who's|how's|isn't|aren't|doesn't|don't|can't)\b/i;
/** Chinese asks with a question word anywhere ("我们能申请什么支持") or a closing particle ("那申请条件呢"). */
const ZH_QUESTION =
  /什么|哪|谁|怎么|怎样|如何|为什么|为何|是否|能否|可否|有没有|是不是|能不能|可不可以|多少|几[个项条家]|请问|[吗呢么嘛]\s*[。.!！]?\s*$/;

/**
 * Whether a message reads as a question: it ends with a question mark, starts with an English
 * question word, or asks in Chinese. "Thanks, that helps" and "ok" are not questions.
 */
export function isQuestion(text: string): boolean {
  const trimmed = text.trim();
  return QUESTION_MARK.test(trimmed) || EN_QUESTION_WORD.test(trimmed) || ZH_QUESTION.test(trimmed);
}
