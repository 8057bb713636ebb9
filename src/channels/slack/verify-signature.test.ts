import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkSlackSignature } from './verify-signature.js';

const secret = 'shh';
const rawBody = 'token=x&command=%2Fpolicy&text=measure+10';
const now = 1_700_000_000_000;
const sign = (timestamp: number, body = rawBody) => `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
const check = (signature: string | null, timestamp: number | null) =>
  checkSlackSignature({ signingSecret: secret, rawBody, signature, timestamp: timestamp === null ? null : String(timestamp), nowMs: now });

describe('checkSlackSignature', () => {
  const ts = now / 1000;

  it('accepts a v0 signature within five minutes either way', () => {
    expect(check(sign(ts), ts)).toEqual({ ok: true });
    expect(check(sign(ts - 299), ts - 299)).toEqual({ ok: true });
    expect(check(sign(ts + 299), ts + 299)).toEqual({ ok: true });
  });

  it('refuses stale and future timestamps even when correctly signed', () => {
    expect(check(sign(ts - 360), ts - 360)).toMatchObject({ ok: false, code: 'stale_request' });
    expect(check(sign(ts + 360), ts + 360)).toMatchObject({ ok: false, code: 'stale_request' });
  });

  it('refuses a changed body, another version, or missing headers', () => {
    expect(check(sign(ts, 'token=x&text=other'), ts)).toMatchObject({ ok: false, code: 'invalid_signature' });
    expect(check(sign(ts).replace('v0=', 'v1='), ts)).toMatchObject({ ok: false, code: 'invalid_signature' });
    expect(check('garbage', ts)).toMatchObject({ ok: false, code: 'invalid_signature' });
    expect(check(null, ts)).toMatchObject({ ok: false, code: 'missing_signature' });
    expect(check(sign(ts), null)).toMatchObject({ ok: false, code: 'missing_signature' });
  });
});
