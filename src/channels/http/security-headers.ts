import type { MiddlewareHandler } from 'hono';

/**
 * The demo portal at `/`: its own inline script by hash, /widget.js from this origin, answers
 * from this origin's API. Styles may be inline because the widget writes its stylesheet into its
 * shadow root at run time (a style, never a script).
 */
const DEMO_PAGE = (scripts: string[]) =>
  [
    "default-src 'none'",
    `script-src 'self' ${scripts.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "connect-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');

/** Every other page (/admin, /docs): nothing but its own inline styles and scripts, by hash; never framed. */
const PAGE = (scripts: string[], styles: string[]) =>
  [
    "default-src 'none'",
    `script-src ${scripts.length > 0 ? scripts.join(' ') : "'none'"}`,
    `style-src ${styles.length > 0 ? styles.join(' ') : "'none'"}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

/** JSON, event streams and scripts: nothing may run in them or frame them. */
const NOT_A_PAGE = "default-src 'none'; frame-ancestors 'none'";

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

/**
 * One place for the browser-facing headers of every response: nosniff everywhere (API JSON
 * included), a Content-Security-Policy (inline scripts allowed only by the hash of the exact
 * script the page carries, computed from the body, so a page edit cannot silently widen it), no
 * framing, and a Referrer-Policy. A route that sets its own policy keeps it, framing excepted.
 * Headers go through `c.header`, set before the handler runs and checked after: a header set
 * on a finished response's `headers` can be lost when @hono/node-server copies that response.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    const defaults = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'Content-Security-Policy': NOT_A_PAGE };
    for (const [name, value] of Object.entries(defaults)) c.header(name, value);
    await next();
    // A Response built by hand (the Slack receiver's) skipped the headers set above.
    for (const [name, value] of Object.entries(defaults)) if (!c.res.headers.has(name)) c.header(name, value);
    if (!(c.res.headers.get('content-type') ?? '').startsWith('text/html')) return;
    const own = c.res.headers.get('Content-Security-Policy')!;
    const policy = own === NOT_A_PAGE ? await describePagePolicy(c.req.path, await c.res.clone().text()) : forbidFraming(own);
    c.header('Content-Security-Policy', policy);
    if (!c.res.headers.has('X-Frame-Options')) c.header('X-Frame-Options', 'DENY');
  };
}

function forbidFraming(policy: string): string {
  return /frame-ancestors/.test(policy) ? policy : `${policy}; frame-ancestors 'none'`;
}

async function describePagePolicy(path: string, html: string): Promise<string> {
  const scripts = await hashAll(html, INLINE_SCRIPT);
  return path === '/' ? DEMO_PAGE(scripts) : PAGE(scripts, await hashAll(html, INLINE_STYLE));
}

async function hashAll(html: string, element: RegExp): Promise<string[]> {
  const bodies = [...html.matchAll(element)].map((m) => m[1]!).filter((body) => body.length > 0);
  return [...new Set(await Promise.all(bodies.map(hashSource)))];
}

/** CSP's hash source: base64 SHA-256 of the element's exact text. Web Crypto, so Workers and Node alike. */
async function hashSource(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}
