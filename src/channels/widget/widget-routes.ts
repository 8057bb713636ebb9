import { Hono } from 'hono';
import type { ChannelRoutes } from '../../core/channel.js';
import { DEMO_SCRIPT, renderDemoPage } from './demo-page.js';

export interface WidgetAssets {
  script: string;
  /** Content hash of `script`: the ETag and the immutable URL /widget.<hash>.js. */
  hash: string;
}

const JS = 'application/javascript; charset=utf-8';

/** The embeddable script and the demo page; the script is built once per deploy or server start. */
export interface WidgetSettings {
  /** PUBLIC_URL: the address the demo page's embed snippet names; null keeps the snippet relative. */
  publicUrl: string | null;
}

export function createWidgetRoutes(assets: WidgetAssets, settings: WidgetSettings) {
  const app = new Hono();
  const etag = `"${assets.hash}"`;

  app.get('/widget.js', (c) => {
    // no-cache means revalidate: portals pick up a new build at once, and a 304 costs a few bytes.
    const headers = { 'Cache-Control': 'no-cache', ETag: etag, 'X-Content-Type-Options': 'nosniff' };
    if (matchesEtag(c.req.header('if-none-match'), assets.hash)) return c.body(null, 304, headers);
    return c.body(assets.script, 200, { ...headers, 'Content-Type': JS });
  });

  app.get(`/widget.${assets.hash}.js`, (c) =>
    c.body(assets.script, 200, {
      'Content-Type': JS,
      'Cache-Control': 'public, max-age=31536000, immutable',
      ETag: etag,
      'X-Content-Type-Options': 'nosniff',
    }),
  );

  app.get('/', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(renderDemoPage(settings.publicUrl, c.req.query('lang')?.toLowerCase().startsWith('zh') ? 'zh' : 'en'));
  });

  app.get('/demo.js', (c) =>
    c.body(DEMO_SCRIPT, 200, { 'Content-Type': JS, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' }),
  );

  return app;
}

function matchesEtag(header: string | undefined, hash: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const value = tag.trim();
    return value === '*' || value.replace(/^W\//, '') === `"${hash}"`;
  });
}

/** The widget channel: its script and demo page at the site root. */
export function createWidgetChannel(assets: WidgetAssets, settings: WidgetSettings): ChannelRoutes {
  return { path: '/', routes: createWidgetRoutes(assets, settings) };
}
