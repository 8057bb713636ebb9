import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/channels/http/create-app.js';
import { parseConfig } from '../src/core/config.js';
import { createNodeDeps, type NodeDeps } from '../src/runtimes/node/create-node-deps.js';

// Every format Chinese users type (full-width digits, grouped ID numbers, full-width ＠ and 。,
// digits of other scripts), on every path that stores text, read back through the API and admin.
const PERSONAL = [
  ['手机１３８１２３４５６７８', '1381234'],
  ['座机０２１－１２３４５６７８', '1234567'],
  ['身份证110101 19900307 7578', '19900307'],
  ['身份证１１０１０１－１９９００３０７－７５７８', '１９９００３０７'],
  ['邮箱li.wei＠example。com', 'li.wei'],
  ['mobile ١٣٨١٢٣٤٥٦٧٨', '١٣٨١٢٣٤'],
] as const;
const TOKEN = 'redaction-test-token';

let dir: string;
let deps: NodeDeps;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'redaction-paths-'));
  deps = await createNodeDeps(parseConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', ADMIN_TOKEN: TOKEN }));
  app = createApp(deps);
});
afterAll(async () => {
  await deps.store.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (path: string, body: unknown) =>
  app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe.each(PERSONAL)('"%s" is stored redacted', (personal, fragment) => {
  it('in a first message, a follow-up, a streamed question and a feedback comment, as the API and admin return them', async () => {
    const first = (await (await post('/api/chat', { message: `${personal}，知识产权质押贷款有支持吗？` })).json()) as {
      conversationId: string;
      messageId: string;
    };
    const { conversationId, messageId } = first;
    expect((await post('/api/chat', { message: `那由哪个部门负责？${personal}`, conversationId })).status).toBe(200);
    const streamed = await post('/api/chat/stream', { message: `${personal} 绿色金融有什么措施？`, conversationId });
    await streamed.text();
    expect((await post('/api/feedback', { conversationId, messageId, rating: 'down', comment: `请联系${personal}` })).status).toBe(201);

    const conversation = await (await app.request(`/api/conversations/${conversationId}`)).text();
    const auth = { headers: { authorization: `Bearer ${TOKEN}` } };
    const admin = await (await app.request('/admin/failures?kind=downvoted', auth)).text();
    const exported = await (await app.request('/admin/export', auth)).text();
    const transcript = await (await app.request(`/admin/conversations/${conversationId}`, auth)).text();
    const page = await (await app.request(`/admin/conversations/${conversationId}/view`, auth)).text();
    const feedback = await deps.store.getFeedback(messageId);
    for (const stored of [conversation, admin, exported, transcript, page, feedback?.comment ?? '']) {
      expect(stored).not.toContain(fragment);
      expect(stored).toContain('removed]');
    }
    expect(conversation.match(/removed\]/g)?.length).toBeGreaterThanOrEqual(3);
    // The transcript also holds the feedback comment.
    expect(transcript.match(/removed\]/g)?.length).toBeGreaterThanOrEqual(4);
  });
});
