import type { MiddlewareHandler } from 'hono';

const decoder = new TextDecoder();

/**
 * Hands the Node runtime's already-read body (`incoming.rawBody`, see read-small-bodies.ts) to
 * Hono's body cache, so reading JSON does not build a web Request and a stream around bytes that
 * are already in memory. The exact bytes come first (Slack verifies its signature over them);
 * text is decoded as Request.text() would, BOM stripped; JSON is parsed only when it parses, so
 * a malformed body takes Hono's own path and gets the same 400 as before.
 */
export function usePrefetchedBody(): MiddlewareHandler {
  return async (c, next) => {
    const raw = (c.env as { incoming?: { rawBody?: unknown } } | undefined)?.incoming?.rawBody;
    if (raw instanceof Uint8Array) {
      // Hono keeps the pending reads here (its type names the values they resolve to).
      const cache = c.req.bodyCache as Record<string, Promise<unknown>>;
      cache.arrayBuffer = Promise.resolve(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
      const text = decoder.decode(raw);
      cache.text = Promise.resolve(text);
      try {
        cache.json = Promise.resolve(JSON.parse(text));
      } catch {
        // Left to Hono, which refuses it.
      }
    }
    await next();
  };
}
