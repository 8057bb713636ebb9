import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/channels/widget/types.js';
import { ask, lastAnswer, lastQuestion, launcher, savedConversation, sse, useWidgetSuite, widget } from './harness.js';

/**
 * The widget's half of hand-off ("People in the loop" in the contract), in a real browser against
 * the fake hand-off routes of test/e2e/fake-handoff.ts in front of the real server. Once the
 * server side is merged, this suite should run against the real routes (drop `fakeHandoff`, post
 * the staff reply through the fake Slack API's signed thread reply).
 */
const suite = useWidgetSuite({ fakeHandoff: true });

const QUESTION = 'Can a tech company get a loan backed by its patents?';
const staffDialog = (page: Page) => widget(page).getByRole('dialog', { name: /^(Ask bureau staff|联系工作人员)$/ });
const staffMessages = (page: Page) => widget(page).locator('.msg.staff');
const staffText = async (page: Page) => (await staffMessages(page).allInnerTexts()).map((t) => t.replace(/\n+/g, ' | '));

/** The next streamed answer is `answer`, in the conversation the real server already started. */
async function stubNextAnswer(page: Page, answer: Omit<Answer, 'conversationId' | 'messageId'>) {
  const { conversationId } = (await savedConversation(page))!;
  await page.route(
    '**/api/chat/stream?channel=web',
    (route) => {
      const done = { ...answer, conversationId, messageId: 'm_stubbedstubbedstubbed1' };
      return route.fulfill({ status: 200, headers: { 'content-type': 'text/event-stream' }, body: sse([['done', done]]) });
    },
    { times: 1 },
  );
}

const notCovered = {
  answer: 'None of the loaded documents covers where to apply online. The nearest sections are listed below.',
  citations: [],
  refused: true,
  related: [
    { id: 'M10', title: 'Enhancing technology finance' },
    { id: 'M41', title: 'Optimizing talent services' },
  ],
  notices: [],
  mode: 'offline',
  language: 'en',
} as Omit<Answer, 'conversationId' | 'messageId'>;

describe('hand-off to bureau staff in the widget', () => {
  it('after a thumbs-down asks for a reason, then a contact and note, and shows staff replies while open', async () => {
    const { handoff } = suite.server();
    handoff.reset('available');
    const page = await suite.openDemo();
    await launcher(page).click();
    await ask(page, QUESTION);
    const [answer] = (await savedConversation(page))!.turns.flatMap((t) => (t.role === 'assistant' ? [t.answer] : []));

    await lastAnswer(page).getByRole('button', { name: 'Not helpful' }).click();
    const reason = lastAnswer(page).getByLabel('What was missing or wrong? (optional)');
    await reason.fill('It does not say whom to call.');
    await lastAnswer(page).getByRole('button', { name: 'Send reason' }).click();
    await expect.poll(() => lastAnswer(page).innerText()).toContain('Thanks, your reason was recorded.');
    expect(await suite.server().deps.store.getFeedback(answer!.messageId)).toMatchObject({
      rating: 'down',
      comment: 'It does not say whom to call.',
    });

    await lastAnswer(page).getByRole('button', { name: 'Talk to a person' }).click();
    expect(await staffDialog(page).isVisible()).toBe(true);
    expect(await staffDialog(page).innerText()).toContain('What happens next: staff of the responsible bureau receive this conversation');
    await staffDialog(page).getByLabel('Contact (optional): phone, e-mail or WeChat ID').fill('wechat: li_enterprise');
    await staffDialog(page).getByLabel('Note for staff (optional)').fill('We are a 40-person AI firm.');
    await staffDialog(page).getByRole('button', { name: 'Send to staff' }).click();
    await expect.poll(() => widget(page).locator('.status-line').innerText()).toBe('Sent to bureau staff. Their reply will appear here.');
    expect(await staffDialog(page).isVisible()).toBe(false);
    expect(handoff.state.handoffs).toEqual([
      { handoffId: 'h_1', conversationId: answer!.conversationId, contact: 'wechat: li_enterprise', note: 'We are a 40-person AI firm.' },
    ]);

    // The first poll starts after the last answer; a staff reply shows, set apart, with its author.
    handoff.reply(answer!.conversationId, 'Please call the Investment Office on 021-0000 0000.', 'Wang Li');
    await expect.poll(() => staffMessages(page).count(), { timeout: 5_000 }).toBe(1);
    expect(handoff.state.polls[0]).toBe(answer!.messageId);
    expect(await staffText(page)).toEqual(['Staff · Wang Li: | Please call the Investment Office on 021-0000 0000.']);
    const colors = await staffMessages(page).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(colors).not.toBe(await lastAnswer(page).evaluate((el) => getComputedStyle(el).backgroundColor));

    // Closed panel: no polling. Reopened: the reply that came meanwhile shows at once.
    await widget(page).getByRole('button', { name: 'Close assistant' }).click();
    const pollsWhenClosed = handoff.state.polls.length;
    handoff.reply(answer!.conversationId, 'We have also sent the application guide.');
    await page.waitForTimeout(4_500);
    expect(handoff.state.polls.length).toBe(pollsWhenClosed);
    await launcher(page).click();
    await expect.poll(() => staffMessages(page).count(), { timeout: 5_000 }).toBe(2);
    expect((await staffText(page))[1]).toBe('Staff: | We have also sent the application guide.');
    expect(handoff.state.polls.at(-1)).toBe('m_staff1');

    // A hidden tab does not poll either.
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    const pollsWhenHidden = handoff.state.polls.length;
    await page.waitForTimeout(4_500);
    expect(handoff.state.polls.length).toBe(pollsWhenHidden);

    // Staff replies are kept with the conversation on the device (the panel stays open in this tab).
    await page.reload();
    await expect.poll(() => staffMessages(page).count()).toBe(2);
    expect(await widget(page).locator('.status-line').count()).toBe(1);

    // A conversation the server no longer has (404) ends the wait instead of polling forever.
    handoff.state.purged.add(answer!.conversationId);
    await expect.poll(async () => (await savedConversation(page))?.handoff, { timeout: 5_000 }).toBeUndefined();
    const pollsWhenPurged = handoff.state.polls.length;
    await page.waitForTimeout(4_500);
    expect(handoff.state.polls.length).toBe(pollsWhenPurged);
  }, 90_000);

  it('offers a person when the answer carries handoff: "offer", and shows contacts and 12345 when no channel is configured', async () => {
    const { handoff } = suite.server();
    handoff.reset('unavailable', [
      {
        department: "Jing'an District Investment Office",
        phone: '021-1234 5678',
        address: '1 Example Road',
        url: 'https://example.org/invest',
      },
      { department: 'District Science Commission', url: 'javascript:alert(1)' },
    ]);
    const page = await suite.openDemo();
    await launcher(page).click();
    await ask(page, QUESTION);
    await stubNextAnswer(page, {
      answer: 'I can pass this conversation to bureau staff, who can answer in person.',
      citations: [],
      refused: false,
      related: [],
      handoff: 'offer',
      notices: [],
      mode: 'offline',
      language: 'en',
    });
    await ask(page, 'Can I talk to a person?');
    expect(await lastAnswer(page).locator('.followups').count()).toBe(0);
    await lastAnswer(page).getByRole('button', { name: 'Talk to a person' }).click();
    await staffDialog(page).getByRole('button', { name: 'Send to staff' }).click();

    const dialog = staffDialog(page);
    await expect.poll(() => dialog.innerText()).toContain('Staff cannot be reached through this assistant right now.');
    const text = await dialog.innerText();
    expect(text).toContain("Jing'an District Investment Office");
    expect(text).toContain('Address: 1 Example Road');
    expect(text).toContain('Shanghai citizen service hotline: 12345');
    expect(await dialog.getByRole('link', { name: '021-1234 5678' }).getAttribute('href')).toBe('tel:02112345678');
    expect(await dialog.getByRole('link', { name: 'https://example.org/invest' }).getAttribute('href')).toBe('https://example.org/invest');
    expect(await dialog.getByRole('link', { name: 'javascript:alert(1)' }).count()).toBe(0);
    expect(text).toContain('javascript:alert(1)');
    expect(handoff.state.handoffs).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);

    // Contacts that already name the hotline (as the real server's do) show it once.
    handoff.reset('unavailable', [{ department: 'Shanghai 12345 Citizen Service Hotline', phone: '12345' }]);
    await lastAnswer(page).getByRole('button', { name: 'Talk to a person' }).click();
    await dialog.getByRole('button', { name: 'Send to staff' }).click();
    await expect.poll(() => dialog.getByRole('link', { name: '12345' }).count()).toBe(1);
    expect(await dialog.locator('.hotline').count()).toBe(0);
  }, 60_000);

  it('on a phone: a not-covered answer offers its nearest sections and a person, and the form fits the screen', async () => {
    const { handoff } = suite.server();
    handoff.reset('available');
    const page = await suite.openDemo({ width: 360, height: 740 });
    await launcher(page).click();
    await ask(page, QUESTION);
    await stubNextAnswer(page, notCovered);
    await ask(page, 'Where do I apply online?');

    const nearest = lastAnswer(page).getByRole('group', { name: 'Nearest sections' });
    expect(await nearest.getByRole('button').allInnerTexts()).toEqual([
      'Measure 10: Enhancing technology finance',
      'Measure 41: Optimizing talent services',
    ]);
    await lastAnswer(page).getByRole('button', { name: 'Talk to a person' }).click();
    const box = await staffDialog(page).boundingBox();
    expect(box).toMatchObject({ x: 0, width: 360 });
    const send = await staffDialog(page).getByRole('button', { name: 'Send to staff' }).boundingBox();
    expect(send!.x + send!.width).toBeLessThanOrEqual(360);
    await page.screenshot({ path: 'test-results/widget-handoff-mobile.png' });
    await staffDialog(page).getByRole('button', { name: 'Cancel' }).click();

    await nearest.getByRole('button', { name: 'Measure 41: Optimizing talent services' }).click();
    await expect.poll(() => lastQuestion(page)).toBe('What does Measure 41 (Optimizing talent services) offer, and who handles it?');
    await expect.poll(() => widget(page).locator('article.bot:not([aria-busy])').count(), { timeout: 15_000 }).toBe(3);
    expect(await lastAnswer(page).locator('.chip[data-id="M41"]').count()).toBeGreaterThan(0);
  }, 60_000);
});
