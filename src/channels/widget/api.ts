import { readSse } from './sse.js';
import type { Answer, Contact, ConversationMessage, Language, MatchResult, PolicyDoc, Rating, SectionDetail } from './types.js';

/** No byte from the server for this long means the answer is not coming. */
export const IDLE_TIMEOUT_MS = 30_000;

export type FailureKind = 'unreachable' | 'timeout' | 'rateLimited' | 'server' | 'incomplete' | 'rejected';

/** A failed request, classified so the UI can say what happened; `detail` is the server's own message. */
export class ApiFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly detail?: string,
  ) {
    super(detail ?? kind);
  }
}

export interface StreamRequest {
  message: string;
  conversationId?: string;
  onDelta: (text: string) => void;
}

export async function streamChat(api: string, request: StreamRequest): Promise<Answer> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), IDLE_TIMEOUT_MS);
  };
  arm();
  try {
    const body = JSON.stringify({ message: request.message, conversationId: request.conversationId });
    const res = await fetch(`${api}/api/chat/stream?channel=web`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body,
      signal: controller.signal,
    });
    if (!res.ok) throw await failureOf(res);
    if (!res.body || !/text\/event-stream/.test(res.headers.get('content-type') ?? '')) throw new ApiFailure('server');
    for await (const { event, data } of readSse(res.body, arm)) {
      if (event === 'delta') request.onDelta(String(JSON.parse(data).text ?? ''));
      else if (event === 'done') return JSON.parse(data) as Answer;
      else if (event === 'error') throw new ApiFailure('server', JSON.parse(data).message);
    }
    throw new ApiFailure('incomplete');
  } catch (error) {
    throw classify(error, controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

export async function getSection(api: string, id: string, lang: Language): Promise<SectionDetail> {
  const res = await request(`${api}/api/measures/${encodeURIComponent(id)}?lang=${lang}`);
  return (await res.json()) as SectionDetail;
}

export async function getPolicy(api: string): Promise<PolicyDoc[]> {
  return (await (await request(`${api}/api/policy`)).json()) as PolicyDoc[];
}

export async function matchCompany(api: string, body: { profile: string; needs?: string[]; limit: number }): Promise<MatchResult> {
  const res = await request(`${api}/api/match`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as MatchResult;
}

export async function sendFeedback(
  api: string,
  body: { conversationId: string; messageId: string; rating: Rating; comment?: string },
): Promise<void> {
  await request(`${api}/api/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

export type HandoffResult = { status: 'open'; handoffId: string } | { status: 'unavailable'; contacts: Contact[] };

/** POST /api/handoff: 202 when staff will see the conversation, 503 handoff_unavailable with the departments' contacts. */
export async function requestHandoff(
  api: string,
  body: { conversationId: string; contact?: string; note?: string },
): Promise<HandoffResult> {
  const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  let res: Response;
  try {
    res = await fetch(`${api}/api/handoff`, init);
  } catch {
    throw new ApiFailure('unreachable');
  }
  if (res.status === 503) {
    const json = (await res.json().catch(() => null)) as { error?: { code?: string }; contacts?: unknown } | null;
    if (json?.error?.code === 'handoff_unavailable') return { status: 'unavailable', contacts: readContacts(json.contacts) };
  }
  if (!res.ok) throw await failureOf(res);
  const json = (await res.json()) as { handoffId: string };
  return { status: 'open', handoffId: json.handoffId };
}

/** Keeps only well-formed contacts: they come from metadata a person wrote, and are shown as links. */
function readContacts(value: unknown): Contact[] {
  if (!Array.isArray(value)) return [];
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  return value.flatMap((c: Record<string, unknown>) => {
    const department = text(c?.department);
    return department ? [{ department, phone: text(c.phone), address: text(c.address), url: text(c.url) }] : [];
  });
}

/** GET /api/conversations/:id/messages?after=: the messages added since `after` (staff replies among them). */
export async function getMessages(api: string, conversationId: string, after: string | undefined): Promise<ConversationMessage[]> {
  const query = after ? `?after=${encodeURIComponent(after)}` : '';
  const res = await request(`${api}/api/conversations/${encodeURIComponent(conversationId)}/messages${query}`);
  const json = (await res.json()) as { messages?: ConversationMessage[] };
  return Array.isArray(json.messages) ? json.messages : [];
}

async function request(url: string, init: RequestInit = {}): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), IDLE_TIMEOUT_MS);
  try {
    const res = await fetch(url, { ...init, signal: controller.signal });
    if (!res.ok) throw await failureOf(res);
    return res;
  } catch (error) {
    throw classify(error, controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

async function failureOf(res: Response): Promise<ApiFailure> {
  if (res.status === 429) return new ApiFailure('rateLimited');
  if (res.status >= 500) return new ApiFailure('server');
  const detail = await res
    .json()
    .then((json: { error?: { message?: unknown } }) => json.error?.message)
    .catch(() => undefined);
  return new ApiFailure('rejected', typeof detail === 'string' ? detail : `HTTP ${res.status}`);
}

function classify(error: unknown, signal: AbortSignal): ApiFailure {
  if (error instanceof ApiFailure) return error;
  if (signal.aborted) return new ApiFailure('timeout');
  // A malformed event from the server is our fault, not the network's.
  if (error instanceof SyntaxError) return new ApiFailure('server');
  return new ApiFailure('unreachable');
}
