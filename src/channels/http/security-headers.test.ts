import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers.js';

const SCRIPT = "document.title = 'x';";
const STYLE = 'body{margin:0}';
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const app = new Hono();
app.use('*', securityHeaders());
app.get('/', (c) => c.html(`<style>${STYLE}</style><script>${SCRIPT}</script><script src="/widget.js" defer></script>`));
app.get('/admin', (c) => {
  c.header('Referrer-Policy', 'no-referrer');
  return c.html(`<style>${STYLE}</style><svg></svg>`);
});
app.get('/api/measures', (c) => c.json([]));
app.get('/fetched', () => Response.redirect('http://localhost/elsewhere', 302));

const policy = async (path: string) => (await app.request(path)).headers.get('content-security-policy')!;

describe('security headers', () => {
  it('lets the demo page run only its own inline script (by hash) and same-origin scripts, never framed', async () => {
    const csp = await policy('/');
    expect(csp).toContain(`script-src 'self' ${sha256(SCRIPT)}`);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('gives other pages their inline styles by hash, no script, no framing', async () => {
    const res = await app.request('/admin');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain(`style-src ${sha256(STYLE)}`);
    expect(csp).toContain("script-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('marks API JSON nosniff and unframeable', async () => {
    const res = await app.request('/api/measures');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('covers not-found answers and responses with immutable headers', async () => {
    expect((await app.request('/nowhere')).headers.get('x-content-type-options')).toBe('nosniff');
    const redirect = await app.request('/fetched');
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
