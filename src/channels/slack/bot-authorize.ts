import type { Authorize, webApi } from '@slack/bolt';

/**
 * Single-workspace authorization with the bot token. Bolt's own calls auth.test in the App
 * constructor, and an unreachable or misconfigured Slack then rejects with nobody listening,
 * which would crash the whole server; here auth.test runs on the first request and a failure
 * is retried on the next one.
 */
export function createBotAuthorize(client: webApi.WebClient, botToken: string): Authorize<boolean> {
  let identity: Promise<{ botUserId?: string; botId?: string }> | null = null;
  return async () => {
    identity ??= client.auth.test({ token: botToken }).then((r) => ({ botUserId: r.user_id, botId: r.bot_id }));
    try {
      return { botToken, ...(await identity) };
    } catch (error) {
      identity = null;
      throw error;
    }
  };
}
