import { describe, expect, it } from 'vitest';
import { buildWidget, WIDGET_GZIP_BUDGET } from '../../runtimes/node/build-widget.js';
import { createWidgetRoutes } from './widget-routes.js';

const assets = { script: 'console.log("widget")', hash: 'abc123def0' };
const app = createWidgetRoutes(assets, { publicUrl: null });

describe('widget routes', () => {
  it('serves /widget.js for revalidation, with the hash as ETag', async () => {
    const res = await app.request('/widget.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('etag')).toBe('"abc123def0"');
    expect(await res.text()).toBe(assets.script);
  });

  it('answers 304 when the client already has this build', async () => {
    for (const tag of ['"abc123def0"', 'W/"abc123def0"', '"old", "abc123def0"']) {
      const res = await app.request('/widget.js', { headers: { 'if-none-match': tag } });
      expect(res.status).toBe(304);
      expect(await res.text()).toBe('');
    }
    const stale = await app.request('/widget.js', { headers: { 'if-none-match': '"0000000000"' } });
    expect(stale.status).toBe(200);
  });

  it('serves the hashed file as immutable', async () => {
    const res = await app.request('/widget.abc123def0.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await app.request('/widget.0000000000.js')).status).toBe(404);
  });

  it('serves the demo page with the one-line embed and no inline script, so any script-src policy can hold', async () => {
    const res = await app.request('http://portal.test/');
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<script src="/widget.js" defer></script>');
    expect(html).not.toMatch(/<script>/);
    const script = await app.request('/demo.js');
    expect(script.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect(await script.text()).toContain('copy-snippet');
  });

  it('serves a Chinese demo portal at /?lang=zh whose widget starts in Chinese', async () => {
    const html = await (await app.request('http://portal.test/?lang=zh')).text();
    expect(html).toContain('<html lang="zh">');
    expect(html).toContain('静安企业服务门户');
    expect(html).toContain('<script src="/widget.js" data-lang="zh" defer></script>');
    expect(html).toContain('&lt;script src=&quot;/widget.js&quot; data-lang=&quot;zh&quot; defer&gt;');
    expect(html).not.toMatch(/<script>/);
    expect(await (await app.request('http://portal.test/')).text()).toContain('<a href="/?lang=zh" lang="zh" hreflang="zh">中文</a>');
  });

  it('never echoes the Host header into the embed snippet', async () => {
    const html = await (await app.request('http://evil.test/', { headers: { host: 'evil.test' } })).text();
    expect(html).not.toContain('evil.test');
    expect(html).toContain('&lt;script src=&quot;/widget.js&quot; defer&gt;&lt;/script&gt;');
    expect(html).toContain('PUBLIC_URL');
  });

  it('names the configured public URL in the snippet', async () => {
    const configured = createWidgetRoutes(assets, { publicUrl: 'https://assistant.example.org/' });
    const html = await (await configured.request('http://evil.test/')).text();
    expect(html).toContain('&lt;script src=&quot;https://assistant.example.org/widget.js&quot; defer&gt;&lt;/script&gt;');
    expect(html).not.toContain('evil.test');
    expect(html).not.toContain('PUBLIC_URL');
  });
});

describe('buildWidget', () => {
  it('bundles the widget under its gzip budget with a content hash', async () => {
    const build = await buildWidget();
    expect(build.hash).toMatch(/^[0-9a-f]{10}$/);
    expect(build.gzipBytes).toBeLessThanOrEqual(WIDGET_GZIP_BUDGET);
    expect(build.script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });
});
