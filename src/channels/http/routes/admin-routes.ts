import { Hono, type MiddlewareHandler } from 'hono';
import { AppError } from '../../../core/errors.js';
import { listFailures, readFailureFilter, toEvalDrafts } from '../admin-failures.js';
import { listHandoffRows, toHandoffEvalDrafts } from '../admin-handoffs.js';
import { renderAdminPage } from '../admin-page.js';
import { readTranscript } from '../admin-transcript.js';
import { renderTranscriptPage } from '../transcript-page.js';
import { ORIGIN_PLACEHOLDER } from '../failures-section.js';
import type { AppDeps } from '../deps.js';

const SHOWN = 50;
const EXPORTED = 1000;

/**
 * `/admin`: stats JSON, the recent refused and down-voted answers (JSON, or eval JSONL), the
 * hand-offs to staff (JSON, or staff answers as eval JSONL), and an HTML page. Bearer ADMIN_TOKEN; with no token configured the sub-app has no routes, so everything is 404.
 * `/admin/conversations/:id` is one conversation's transcript (JSON; `/view` as a page).
 * The failures filter by ?kind=refused|downvoted|doubtful, ?language=en|zh and ?channel=web|api|slack|cli.
 */
export function createAdminRoutes(deps: AppDeps) {
  const app = new Hono();
  const token = deps.config.adminToken;
  if (token === null) return app;

  app.get('/', requireToken(token, true), async (c) => {
    // The token may sit in this page's URL: keep it out of Referer headers and caches.
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    const filter = readFailureFilter(c.req.query());
    const [stats, rows, handoffs] = await Promise.all([
      deps.store.stats(),
      listFailures(deps.store, filter, SHOWN),
      listHandoffRows(deps.store, SHOWN),
    ]);
    // Never from the request (its Host header is the client's to write): PUBLIC_URL, or a shell variable.
    const origin = deps.config.publicUrl?.replace(/\/+$/, '') ?? ORIGIN_PLACEHOLDER;
    return c.html(renderAdminPage(stats, { rows, filter, token: c.req.query('token'), origin }, handoffs));
  });

  app.get('/stats', requireToken(token, false), async (c) => c.json(await deps.store.stats()));

  app.get('/failures', requireToken(token, false), async (c) =>
    c.json(await listFailures(deps.store, readFailureFilter(c.req.query()), SHOWN)),
  );

  app.get('/export', requireToken(token, false), async (c) => {
    const rows = await listFailures(deps.store, readFailureFilter(c.req.query()), EXPORTED);
    const lines = toEvalDrafts(rows).map((line) => JSON.stringify(line));
    return c.body(lines.length ? `${lines.join('\n')}\n` : '', 200, {
      'Content-Type': 'application/x-ndjson; charset=utf-8',
      'Content-Disposition': 'attachment; filename="failures.jsonl"',
    });
  });

  app.get('/conversations/:id', requireToken(token, false), async (c) => c.json(await readTranscript(deps.store, c.req.param('id'))));

  app.get('/conversations/:id/view', requireToken(token, true), async (c) => {
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    return c.html(renderTranscriptPage(await readTranscript(deps.store, c.req.param('id')), c.req.query('token')));
  });

  app.get('/handoffs', requireToken(token, false), async (c) => c.json(await listHandoffRows(deps.store, SHOWN)));

  app.get('/handoffs/export', requireToken(token, false), async (c) => {
    const lines = toHandoffEvalDrafts(await listHandoffRows(deps.store, EXPORTED)).map((line) => JSON.stringify(line));
    return c.body(lines.length ? `${lines.join('\n')}\n` : '', 200, {
      'Content-Type': 'application/x-ndjson; charset=utf-8',
      'Content-Disposition': 'attachment; filename="handoffs.jsonl"',
    });
  });

  return app;
}

/** A browser cannot send a bearer header when navigating, so the page alone also takes ?token=. */
function requireToken(expected: string, allowQuery: boolean): MiddlewareHandler {
  return async (c, next) => {
    c.header('Cache-Control', 'no-store');
    const header = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const given = header ?? (allowQuery ? c.req.query('token') : undefined);
    if (given === undefined || !(await equalInConstantTime(given, expected))) {
      c.header('WWW-Authenticate', 'Bearer realm="admin"');
      throw new AppError('unauthorized', 'send the admin token as "Authorization: Bearer <ADMIN_TOKEN>"');
    }
    await next();
  };
}

/** Compares digests, so neither the length nor a common prefix of the token leaks through timing. */
export async function equalInConstantTime(a: string, b: string): Promise<boolean> {
  const encoder = new TextEncoder();
  const [x, y] = await Promise.all([a, b].map((s) => crypto.subtle.digest('SHA-256', encoder.encode(s))));
  const left = new Uint8Array(x!);
  const right = new Uint8Array(y!);
  let difference = 0;
  for (let i = 0; i < left.length; i++) difference |= left[i]! ^ right[i]!;
  return difference === 0;
}
