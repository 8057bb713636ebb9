import { isValidSlackRequest } from '@slack/bolt';

/** Slack's replay window: a signed request older (or newer) than this is refused. */
const REPLAY_WINDOW_SECONDS = 5 * 60;

export type SignatureCheck =
  | { ok: true }
  | { ok: false; code: 'missing_signature' | 'stale_request' | 'invalid_signature'; message: string };

export interface SignedRequest {
  signingSecret: string;
  rawBody: string;
  signature: string | null;
  timestamp: string | null;
  nowMs?: number;
}

/**
 * Checks X-Slack-Signature (v0 HMAC-SHA256 of `v0:${timestamp}:${rawBody}`). The window is
 * checked here in both directions, since Bolt's check only refuses timestamps in the past.
 */
export function checkSlackSignature(request: SignedRequest): SignatureCheck {
  const { signature, timestamp, nowMs = Date.now() } = request;
  if (!signature || !timestamp) {
    return { ok: false, code: 'missing_signature', message: 'x-slack-signature and x-slack-request-timestamp are required' };
  }
  const seconds = Number(timestamp);
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(nowMs / 1000 - seconds) > REPLAY_WINDOW_SECONDS) {
    return { ok: false, code: 'stale_request', message: 'the request timestamp is more than 5 minutes from now' };
  }
  const valid = isValidSlackRequest({
    signingSecret: request.signingSecret,
    body: request.rawBody,
    headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': seconds },
    nowMilliseconds: nowMs,
  });
  return valid ? { ok: true } : { ok: false, code: 'invalid_signature', message: 'the request signature does not match' };
}
