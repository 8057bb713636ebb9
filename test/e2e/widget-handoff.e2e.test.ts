import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { Contact } from '../../src/channels/http/handoff-contacts.js';
import type { Corpus } from '../../src/core/corpus/corpus.js';
import { signSlackRequest, startFakeSlackApi, type FakeSlackCall } from '../fake-slack-api.js';
import { eventBody } from '../slack-payloads.js';
import { ask, lastAnswer, lastQuestion, launcher, savedConversation, useWidgetSuite, widget } from './harness.js';

/**
 * Hand-off ("People in the loop" in the contract) in a real browser against the real server: the
 * widget asks for a person, the Slack desk posts the conversation to the hand-off channel of the
 * fake Slack API (test/fake-slack-api.ts), and staff replies reach the widget as signed thread
 * replies to /slack/events, read back by the widget's polling.
 */
const SECRET = 'e2e-signing-secret';
const HANDOFF_CHANNEL = 'CHANDOFF';
const slack = await startFakeSlackApi();
afterAll(() => slack.close());
const slackEnv = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl };

const QUESTION = 'Can a tech company get a loan backed by its patents?';
const staffDialog = (page: Page) => widget(page).getByRole('dialog', { name: /^(Ask bureau staff|联系工作人员)$/ });
const staffMessages = (page: Page) => widget(page).locator('.msg.staff');
const staffText = async (page: Page) => (await staffMessages(page).allInnerTexts()).map((t) => t.replace(/\n+/g, ' | '));
const statusLine = (page: Page) => widget(page).locator('.status-line');
const inHandoffChannel = (call: FakeSlackCall) => call.args.channel === HANDOFF_CHANNEL;
const blocksOf = (call: FakeSlackCall) => JSON.stringify(call.args.blocks ?? []);

/** Every `after` the page polled staff replies with, in order. */
function recordPolls(page: Page): Array<string | null> {
  const polls: Array<string | null> = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/^\/api\/conversations\/[^/]+\/messages$/.test(url.pathname)) polls.push(url.searchParams.get('after'));
  });
  return polls;
}

/** Sends the hand-off form and returns the channel message it posted to Slack. */
async function sendToStaff(page: Page, sendLabel: string, sentText: string): Promise<FakeSlackCall> {
  const before = slack.callsTo('chat.postMessage', inHandoffChannel).length;
  await staffDialog(page).getByRole('button', { name: sendLabel, exact: true }).click();
  await expect.poll(() => statusLine(page).innerText()).toBe(sentText);
  expect(await staffDialog(page).isVisible()).toBe(false);
  const posted = await slack.waitForCalls('chat.postMessage', inHandoffChannel, before + 1);
  expect(posted).toHaveLength(before + 1);
  return posted[before]!;
}

let deliveries = 0;
/** A message event in the hand-off channel, signed as Slack signs it; by a person unless `fields` say otherwise. */
async function postToChannel(base: string, text: string, threadTs: string, fields: Record<string, unknown> = {}) {
  deliveries += 1;
  const event = {
    type: 'message',
    channel: HANDOFF_CHANNEL,
    channel_type: 'channel',
    user: 'U7',
    text,
    ts: `1800000${deliveries}.000200`,
    thread_ts: threadTs,
    ...fields,
  };
  const body = eventBody(`EvWidget${deliveries}`, event);
  const res = await fetch(`${base}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signSlackRequest(SECRET, body) },
    body,
  });
  expect(res.status).toBe(200);
}

describe('hand-off to bureau staff through the Slack desk', () => {
  const suite = useWidgetSuite({ env: { ...slackEnv, SLACK_HANDOFF_CHANNEL: HANDOFF_CHANNEL } });
  const reply = (text: string, threadTs: string, fields?: Record<string, unknown>) =>
    postToChannel(suite.server().base, text, threadTs, fields);

  it('after a thumbs-down reason, asks for a person, sends contact and note to Slack, and shows a person’s thread reply only', async () => {
    const page = await suite.openDemo();
    const polls = recordPolls(page);
    await launcher(page).click();
    await ask(page, QUESTION);
    const [answer] = (await savedConversation(page))!.turns.flatMap((t) => (t.role === 'assistant' ? [t.answer] : []));

    await lastAnswer(page).getByRole('button', { name: 'Not helpful' }).click();
    await lastAnswer(page).getByLabel('What was missing or wrong? (optional)').fill('It does not say whom to call.');
    await lastAnswer(page).getByRole('button', { name: 'Send reason' }).click();
    await expect.poll(() => lastAnswer(page).innerText()).toContain('Thanks, your reason was recorded.');
    expect(await suite.server().deps.store.getFeedback(answer!.messageId)).toMatchObject({
      rating: 'down',
      comment: 'It does not say whom to call.',
    });

    // Asking for a person is answered with the offer, and no follow-up chips.
    await ask(page, 'Can I talk to a person?');
    expect(await lastAnswer(page).locator('.followups').count()).toBe(0);
    await lastAnswer(page).getByRole('button', { name: 'Talk to a person' }).click();
    expect(await staffDialog(page).innerText()).toContain('What happens next: staff of the responsible bureau receive this conversation');
    await staffDialog(page).getByLabel('Contact (optional): phone, e-mail or WeChat ID').fill('wechat: li_enterprise');
    await staffDialog(page).getByLabel('Note for staff (optional)').fill('We are a 40-person AI firm.');
    const posted = await sendToStaff(page, 'Send to staff', 'Sent to bureau staff. Their reply will appear here.');
    const transcript = blocksOf(posted);
    for (const text of [QUESTION, 'Can I talk to a person?', 'wechat: li_enterprise', 'We are a 40-person AI firm.']) {
      expect(transcript).toContain(text);
    }
    const threadTs = posted.response.ts as string;
    const offer = (await savedConversation(page))!.turns.flatMap((t) => (t.role === 'assistant' ? [t.answer] : [])).at(-1)!;

    // A bot's message in the thread, and a person's reply in another thread, never reach the widget;
    // a person's reply in the hand-off's thread does, within 5 seconds, set apart, with its author.
    await reply('A bot writes in the thread.', threadTs, { bot_id: 'B9', subtype: 'bot_message', user: undefined });
    await reply('A reply in another thread.', '1700009999.000100');
    await reply('Please ask the Investment Office for the loan guide; we will send it.', threadTs, {
      user_profile: { display_name: 'Wang Li', real_name: 'Wang Li' },
    });
    await expect.poll(() => staffMessages(page).count(), { timeout: 5_000, interval: 100 }).toBe(1);
    // The first poll starts after the offer, the conversation's last answer.
    expect(polls[0]).toBe(offer.messageId);
    const pollsSoFar = polls.length;
    await expect.poll(() => polls.length, { timeout: 5_000 }).toBeGreaterThan(pollsSoFar);
    expect(await staffText(page)).toEqual(['Staff · Wang Li: | Please ask the Investment Office for the loan guide; we will send it.']);
    const colors = await staffMessages(page).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(colors).not.toBe(await lastAnswer(page).evaluate((el) => getComputedStyle(el).backgroundColor));

    // Closed panel: no polling. Reopened: the reply that came meanwhile shows at once.
    await widget(page).getByRole('button', { name: 'Close assistant' }).click();
    const pollsWhenClosed = polls.length;
    await reply('We have also sent the application guide.', threadTs);
    await page.waitForTimeout(4_500);
    expect(polls.length).toBe(pollsWhenClosed);
    await launcher(page).click();
    await expect.poll(() => staffMessages(page).count(), { timeout: 5_000 }).toBe(2);
    expect((await staffText(page))[1]).toBe('Staff · U7: | We have also sent the application guide.');

    // A hidden tab does not poll either.
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    const pollsWhenHidden = polls.length;
    await page.waitForTimeout(4_500);
    expect(polls.length).toBe(pollsWhenHidden);

    // Staff replies are kept with the conversation on the device (the panel stays open in this tab).
    await page.reload();
    await expect.poll(() => staffMessages(page).count()).toBe(2);
    expect(await statusLine(page).count()).toBe(1);

    // A conversation the server no longer has (retention purged it: 404) ends the wait instead of polling forever.
    await suite.server().deps.store.purgeBefore(new Date(Date.now() + 60_000).toISOString());
    await expect.poll(async () => (await savedConversation(page))?.handoff, { timeout: 5_000 }).toBeUndefined();
    const pollsWhenPurged = polls.length;
    await page.waitForTimeout(4_500);
    expect(polls.length).toBe(pollsWhenPurged);
  }, 90_000);

  it('on a phone, in Chinese: asking for a person offers one, the form fits the screen, and the staff reply shows', async () => {
    const page = await suite.openDemo({ width: 360, height: 740 }, { lang: 'zh' });
    await launcher(page).click();
    await ask(page, '我想找人工客服');
    await lastAnswer(page).getByRole('button', { name: '转人工' }).click();
    const box = await staffDialog(page).boundingBox();
    expect(box).toMatchObject({ x: 0, width: 360 });
    const send = await staffDialog(page).getByRole('button', { name: '提交给工作人员' }).boundingBox();
    expect(send!.x + send!.width).toBeLessThanOrEqual(360);
    await page.screenshot({ path: 'test-results/widget-handoff-mobile.png' });
    await staffDialog(page).getByLabel('联系方式（可选）：电话、邮箱或微信号').fill('li@example.com');
    const posted = await sendToStaff(page, '提交给工作人员', '已转交工作人员，答复将显示在这里。');
    expect(blocksOf(posted)).toContain('我想找人工客服');
    expect(blocksOf(posted)).toContain('li@example.com');

    await reply('您好，请问贵公司有哪些专利？', posted.response.ts as string, {
      user_profile: { display_name: '李伟', real_name: '李伟' },
    });
    await expect.poll(() => staffMessages(page).count(), { timeout: 5_000, interval: 100 }).toBe(1);
    expect(await staffText(page)).toEqual([expect.stringContaining('您好，请问贵公司有哪些专利？')]);
    expect((await staffText(page))[0]).toMatch(/^工作人员 · 李伟/);
  }, 60_000);

  it('on a phone: a not-covered answer offers its nearest sections and a person', async () => {
    const page = await suite.openDemo({ width: 360, height: 740 });
    await launcher(page).click();
    await ask(page, 'Where do I apply online?');
    const refusal = (await savedConversation(page))!.turns.flatMap((t) => (t.role === 'assistant' ? [t.answer] : [])).at(-1)!;
    expect(refusal.refused).toBe(true);
    expect(refusal.related.length).toBeGreaterThan(0);

    const nearest = lastAnswer(page).getByRole('group', { name: 'Nearest sections' });
    expect(await nearest.getByRole('button').allInnerTexts()).toEqual(refusal.related.map((r) => `Measure ${r.id.slice(1)}: ${r.title}`));
    await lastAnswer(page).getByRole('button', { name: 'Talk to a person' }).click();
    expect(await staffDialog(page).boundingBox()).toMatchObject({ x: 0, width: 360 });
    await staffDialog(page).getByRole('button', { name: 'Cancel' }).click();

    const [first] = refusal.related;
    await nearest.getByRole('button', { name: `Measure ${first!.id.slice(1)}: ${first!.title}` }).click();
    await expect
      .poll(() => lastQuestion(page))
      .toBe(`What does Measure ${first!.id.slice(1)} (${first!.title}) offer, and who handles it?`);
    await expect.poll(() => widget(page).locator('article.bot:not([aria-busy])').count(), { timeout: 15_000 }).toBe(2);
    expect(await lastAnswer(page).locator(`.chip[data-id="${first!.id}"]`).count()).toBeGreaterThan(0);
  }, 60_000);
});

/** Contacts for every department the document names (the shipped document states none). */
function contactsFor(corpus: Corpus): Contact[] {
  const departments = new Set([...corpus.sectionById.values()].flatMap((s) => s.departments));
  return [...departments].map((department, i) => ({
    department,
    phone: `021-1234 56${String(i).padStart(2, '0')}`,
    address: `${i + 1} Example Road`,
    url: `https://example.org/contact/${i}`,
  }));
}

describe('hand-off with Slack on but no SLACK_HANDOFF_CHANNEL', () => {
  const suite = useWidgetSuite({ env: slackEnv, contacts: contactsFor });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 360, height: 740 },
  ]) {
    it(`shows the cited departments' contacts and the 12345 hotline once (${viewport.width}px)`, async () => {
      const page = await suite.openDemo(viewport);
      await launcher(page).click();
      await ask(page, QUESTION);
      const [answer] = (await savedConversation(page))!.turns.flatMap((t) => (t.role === 'assistant' ? [t.answer] : []));
      const cited = suite.server().deps.corpus.sectionById.get(answer!.citations[0]!.id)!;
      const contact = contactsFor(suite.server().deps.corpus).find((c) => c.department === cited.departments[0])!;

      // The source drawer names how to reach the cited section's departments.
      await lastAnswer(page).locator(`.body .chip[data-id="${cited.id}"]`).first().click();
      const drawer = page.getByRole('dialog', { name: new RegExp(`Measure ${cited.id.slice(1)}:`) });
      await expect.poll(() => drawer.innerText()).toContain('How to reach them');
      expect(await drawer.getByRole('link', { name: contact.phone }).getAttribute('href')).toBe(`tel:${contact.phone!.replace(/\D/g, '')}`);
      expect(await drawer.innerText()).toContain(`Address: ${contact.address}`);
      await page.keyboard.press('Escape');

      await ask(page, 'Can I talk to a person?');
      await lastAnswer(page).getByRole('button', { name: 'Talk to a person' }).click();
      const before = slack.calls.length;
      await staffDialog(page).getByRole('button', { name: 'Send to staff' }).click();

      const dialog = staffDialog(page);
      await expect.poll(() => dialog.innerText()).toContain('Staff cannot be reached through this assistant right now.');
      const text = await dialog.innerText();
      expect(text).toContain(contact.department);
      expect(text).toContain(`Address: ${contact.address}`);
      const tel = `tel:${contact.phone!.replace(/\D/g, '')}`;
      expect(await dialog.getByRole('link', { name: contact.phone }).getAttribute('href')).toBe(tel);
      expect(await dialog.getByRole('link', { name: contact.url }).getAttribute('href')).toBe(contact.url);
      // The server lists the hotline among the contacts; the widget names it once.
      expect(await dialog.getByRole('link', { name: '12345', exact: true }).count()).toBe(1);
      expect(await dialog.locator('.hotline').count()).toBe(0);
      if (viewport.width === 360) expect(await dialog.boundingBox()).toMatchObject({ x: 0, width: 360 });
      expect(slack.calls.slice(before).filter((c) => c.method === 'chat.postMessage')).toEqual([]);
      await page.keyboard.press('Escape');
      expect(await dialog.isVisible()).toBe(false);
    }, 60_000);
  }
});
