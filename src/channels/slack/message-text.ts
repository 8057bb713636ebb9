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
