import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ask, chip, input, lastAnswer, launcher, sse, useWidgetSuite, widget } from './harness.js';

const suite = useWidgetSuite();

const SCRIPT_PAYLOAD = '<script>window.__xss=1</script>';
const IMG_PAYLOAD = '<img src=x onerror=window.__xss=1>';
const QUESTION_PAYLOAD = '<img src=x onerror="window.__xss=1"> Can a tech company get a loan backed by its patents?';

const hostileAnswer = {
  answer: `Here is ${SCRIPT_PAYLOAD} and ${IMG_PAYLOAD} with **bold ${IMG_PAYLOAD}** [M10]\n- item ${SCRIPT_PAYLOAD}`,
  citations: [{ id: 'M10', title: `Title ${IMG_PAYLOAD}`, section: 'II', departments: [], quote: '', score: 1 }],
  refused: false,
  notices: [{ kind: 'validity', text: `Notice ${SCRIPT_PAYLOAD}` }],
  conversationId: 'c_fakefakefakefakefake1',
  messageId: 'm_fakefakefakefakefake1',
  mode: 'offline',
};

const xssFired = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: number }).__xss);
const markupInWidget = (page: Page) =>
  page.evaluate(() => document.querySelector('jingan-policy-assistant')!.shadowRoot!.querySelectorAll('img, script, iframe').length);

describe('widget safety and failure handling', () => {
  it('shows HTML in questions and answers as text and never runs it', async () => {
    const page = await suite.openDemo();
    await page.route('**/api/chat/stream?channel=web', (route) =>
      route.fulfill({
        status: 200,
        headers: { 'content-type': 'text/event-stream' },
        body: sse([
          ['delta', { text: hostileAnswer.answer.slice(0, 30) }],
          ['delta', { text: hostileAnswer.answer.slice(30) }],
          ['done', hostileAnswer],
        ]),
      }),
    );
    await launcher(page).click();
    await ask(page, QUESTION_PAYLOAD);

    expect(await widget(page).locator('.user').innerText()).toContain(QUESTION_PAYLOAD);
    const shown = await lastAnswer(page).innerText();
    expect(shown).toContain(SCRIPT_PAYLOAD);
    expect(shown).toContain(IMG_PAYLOAD);
    expect(shown).toContain(`Notice ${SCRIPT_PAYLOAD}`);
    expect(await lastAnswer(page).locator('strong').innerText()).toBe(`bold ${IMG_PAYLOAD}`);
    expect(await lastAnswer(page).locator('li').innerText()).toContain(SCRIPT_PAYLOAD);
    expect(await chip(page, 'Measure 10').isVisible()).toBe(true);

    await page.reload();
    await expect.poll(() => lastAnswer(page).isVisible()).toBe(true);
    expect(await lastAnswer(page).innerText()).toContain(SCRIPT_PAYLOAD);
    await page.waitForTimeout(300);
    expect(await markupInWidget(page)).toBe(0);
    expect(await xssFired(page)).toBeUndefined();
  }, 60_000);

  it.each([
    ['unreachable', 'The assistant cannot be reached', { abort: true }],
    ['rate limited', 'Too many questions in a short time', { status: 429, code: 'rate_limited' }],
    ['failing', 'The assistant had a problem on its side', { status: 503, code: 'unavailable' }],
  ])(
    'says so clearly when the API is %s, and Retry recovers',
    async (_name, message, failure) => {
      const page = await suite.openDemo();
      await page.route('**/api/chat/stream?channel=web', (route) =>
        'abort' in failure
          ? route.abort('connectionrefused')
          : route.fulfill({
              status: failure.status,
              contentType: 'application/json',
              body: JSON.stringify({ error: { code: failure.code, message: 'no' } }),
            }),
      );
      await launcher(page).click();
      await input(page).fill('Can a tech company get a loan backed by its patents?');
      await input(page).press('Enter');

      const alert = widget(page).getByRole('alert');
      await expect.poll(() => alert.innerText(), { timeout: 15_000 }).toContain(message);
      expect(await widget(page).locator('.dots').count()).toBe(0);
      expect(await widget(page).getByRole('button', { name: 'Send' }).isEnabled()).toBe(true);

      await page.unroute('**/api/chat/stream?channel=web');
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect.poll(() => lastAnswer(page).count(), { timeout: 15_000 }).toBe(1);
      expect(await chip(page, 'Measure 10').isVisible()).toBe(true);
      expect(await alert.count()).toBe(0);
      expect(await widget(page).locator('.user').count()).toBe(1);
    },
    60_000,
  );

  it('gives up on a silent server instead of spinning forever', async () => {
    const page = await suite.openDemo();
    await page.clock.install();
    await page.route('**/api/chat/stream?channel=web', () => new Promise<void>(() => {}));
    await launcher(page).click();
    await input(page).fill('Can a tech company get a loan backed by its patents?');
    await input(page).press('Enter');
    await expect.poll(() => widget(page).locator('.dots').count()).toBe(1);
    await page.clock.fastForward('00:31');
    await expect.poll(() => widget(page).getByRole('alert').innerText()).toContain('took too long');
    expect(await widget(page).locator('.dots').count()).toBe(0);
    expect(await widget(page).getByRole('button', { name: 'Retry' }).isVisible()).toBe(true);
  }, 60_000);
});
