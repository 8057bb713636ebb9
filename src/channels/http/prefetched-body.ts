import type { MiddlewareHandler } from 'hono';

const decoder = new TextDecoder();

/**
 * Hands the Node runtime's already-read body (`incoming.rawBody`, see read-small-bodies.ts) to
 * Hono's body cache, so reading JSON does not build a web Request and a stream around bytes that
 * are already in memory. Text is decoded as Request.text() would, BOM stripped, and parsed as JSON
 * once, when first asked for (a malformed body gets the same 400 as before). The exact bytes (Slack verifies its
 * signature over them) are copied out only when a route asks for them.
 */
export function usePrefetchedBody(): MiddlewareHandler {
  return async (c, next) => {
    const raw = (c.env as { incoming?: { rawBody?: unknown } } | undefined)?.incoming?.rawBody;
    if (raw instanceof Uint8Array) {
      // Hono keeps the pending reads here (its type names the values they resolve to).
      const cache = c.req.bodyCache as Record<string, Promise<unknown>>;
      let bytes: Promise<ArrayBuffer> | undefined;
      Object.defineProperty(cache, 'arrayBuffer', {
        enumerable: true,
        configurable: true,
        get: () => (bytes ??= Promise.resolve(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength) as ArrayBuffer)),
        set: (value: Promise<ArrayBuffer>) => {
          bytes = value;
        },
      });
      // After the bytes: Hono derives a read it has no cache for from the first entry.
      const text = decoder.decode(raw);
      cache.text = Promise.resolve(text);
      // Hono's json() parses the text again on every call, and requireJson and the route's
      // validator both call it: parsed once here (a malformed body still rejects each call).
      let json: Promise<never> | undefined;
      c.req.json = () => (json ??= new Promise((resolve) => resolve(JSON.parse(text))));
    }
    await next();
  };
}
