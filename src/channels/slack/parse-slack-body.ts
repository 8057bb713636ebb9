/**
 * Events arrive as JSON; slash commands as a form; interactivity as a form whose `payload`
 * field is JSON. Returns null for anything else.
 */
export function parseSlackBody(rawBody: string, contentType: string | null): Record<string, unknown> | null {
  try {
    if (/^application\/x-www-form-urlencoded\b/i.test(contentType ?? '')) {
      const form = Object.fromEntries(new URLSearchParams(rawBody));
      return typeof form.payload === 'string' ? asRecord(JSON.parse(form.payload)) : form;
    }
    return asRecord(JSON.parse(rawBody));
  } catch {
    return null;
  }
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}
