import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ask, input, lastAnswer, lastQuestion, launcher, savedConversation, useWidgetSuite, widget } from './harness.js';

/** What keeps a person moving after an answer: follow-ups, reasons, history, the language switch, copy and share. */
const suite = useWidgetSuite();

const QUESTION = 'Can a tech company get a loan backed by its patents?';
const SIZES = [
  ['desktop', { width: 1280, height: 800 }],
  ['mobile', { width: 360, height: 740 }],
] as const;

const followups = (page: Page) =>
  lastAnswer(page)
    .getByRole('group', { name: /^(Ask next|接着问)$/ })
    .getByRole('button');
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const answers = (page: Page) => widget(page).locator('article.bot:not([aria-busy])');

describe.each(SIZES)('keeping people moving (%s)', (_size, viewport) => {
  it('offers two or three follow-ups in the answer language; clicking one asks it', async () => {
    const page = await suite.openDemo(viewport);
    await launcher(page).click();
    await ask(page, QUESTION);
    const labels = await followups(page).allInnerTexts();
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(labels.length).toBeLessThanOrEqual(3);
    expect(labels).toContain('What do we need to prepare to apply for Measure 10?');
    for (const box of await followups(page).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right))) {
      expect(box).toBeLessThanOrEqual(viewport.width);
    }

    await followups(page).filter({ hasText: 'prepare' }).click();
    await expect.poll(() => answers(page).count(), { timeout: 15_000 }).toBe(2);
    expect(await lastQuestion(page)).toBe('What do we need to prepare to apply for Measure 10?');

    await ask(page, '科技企业能用专利做抵押贷款吗？');
    const zh = await followups(page).allInnerTexts();
    expect(zh.length).toBeGreaterThanOrEqual(2);
    expect(zh.every((q) => /措施\d+|[\u4e00-\u9fff]/.test(q) && !/[a-z]{3}/i.test(q))).toBe(true);
    expect(await lastAnswer(page).getByRole('group', { name: '接着问' }).getAttribute('lang')).toBe('zh');
  }, 90_000);

  it('makes the examples of a refusal clickable', async () => {
    const page = await suite.openDemo(viewport);
    await launcher(page).click();
    await ask(page, 'What is the weather tomorrow?');
    const examples = lastAnswer(page).getByRole('group', { name: 'Try asking' }).getByRole('button');
    await expect.poll(() => examples.count()).toBe(2);
    const [first] = await examples.allInnerTexts();
    expect(await lastAnswer(page).locator('.body').innerText()).toContain(first!);
    await examples.first().click();
    await expect.poll(() => answers(page).count(), { timeout: 15_000 }).toBe(2);
    expect(await lastQuestion(page)).toBe(first);
    expect(await lastAnswer(page).locator('.chip').count()).toBeGreaterThan(0);
  }, 60_000);

  it('asks for an optional reason on a thumbs-down and stores it with the vote', async () => {
    const page = await suite.openDemo(viewport);
    await launcher(page).click();
    await ask(page, QUESTION);
    await lastAnswer(page).getByRole('button', { name: 'Not helpful' }).click();
    const reason = lastAnswer(page).getByLabel('What was missing or wrong? (optional)');
    await expect.poll(() => reason.isVisible()).toBe(true);
    await reason.fill('Needs the application deadline');
    await reason.press('Enter');
    await expect.poll(() => lastAnswer(page).innerText()).toContain('Thanks, your reason was recorded.');
    expect(await reason.count()).toBe(0);
    const { answer } = (await savedConversation(page))!.turns[1] as { answer: { messageId: string } };
    expect(await suite.server().deps.store.getFeedback(answer.messageId)).toMatchObject({
      rating: 'down',
      comment: 'Needs the application deadline',
    });
  }, 60_000);

  it('keeps conversations on the device across a reload and a closed tab, reopens one and clears them all', async () => {
    const page = await suite.openDemo(viewport);
    await launcher(page).click();
    await ask(page, QUESTION);
    const first = (await savedConversation(page))!.conversationId;
    await widget(page).getByRole('button', { name: 'New conversation' }).click();
    await ask(page, 'Which measures support biomedicine?');

    await page.reload();
    await expect.poll(() => lastQuestion(page)).toBe('Which measures support biomedicine?');
    // A new tab in the same browser: the panel starts closed, the conversation is there.
    const tab = await page.context().newPage();
    await page.close();
    await tab.goto(`${suite.server().base}/`);
    await launcher(tab).click();
    await expect.poll(() => lastQuestion(tab)).toBe('Which measures support biomedicine?');

    await widget(tab).getByRole('button', { name: 'Recent conversations' }).click();
    const list = widget(tab).getByRole('dialog', { name: 'Recent conversations' });
    expect(await list.innerText()).toContain('Kept only in this browser, on this device.');
    const items = list.locator('ul.history button');
    expect(await items.count()).toBe(2);
    expect(await items.first().innerText()).toContain('Which measures support biomedicine?');
    await items.filter({ hasText: QUESTION }).click();
    expect(await list.isVisible()).toBe(false);
    expect(await lastQuestion(tab)).toBe(QUESTION);
    await ask(tab, 'Who handles that?');
    expect((await savedConversation(tab))!.conversationId).toBe(first);

    await widget(tab).getByRole('button', { name: 'Recent conversations' }).click();
    await list.getByRole('button', { name: 'Clear history' }).click();
    expect(await list.locator('ul.history button').count()).toBe(0);
    expect(await list.innerText()).toContain('No saved conversations yet.');
    expect((await tab.evaluate(() => localStorage.getItem(`jingan-widget:${location.origin}`))) ?? '').not.toContain(QUESTION);
    await tab.keyboard.press('Escape');
    expect(await widget(tab).locator('.user').count()).toBe(0);
    await tab.reload();
    await expect.poll(() => widget(tab).locator('.starters-box').isVisible()).toBe(true);
    expect(await widget(tab).locator('.user').count()).toBe(0);
  }, 90_000);

  it('switches the interface between 中文 and EN, keeping the conversation and the choice', async () => {
    const page = await suite.openDemo(viewport);
    await launcher(page).click();
    await ask(page, QUESTION);
    await widget(page).getByRole('button', { name: /中文/ }).click();
    await expect.poll(() => input(page).getAttribute('placeholder')).toBe('请输入关于措施的问题…');
    expect(await widget(page).locator('#jpa-title').innerText()).toBe('政策助手');
    expect(await widget(page).getAttribute('lang')).toBe('zh');
    expect(await lastQuestion(page)).toBe(QUESTION);
    expect(await lastAnswer(page).locator('.sources').innerText()).toMatch(/^出处：/);
    // The answer keeps its own language; the focus stays on the switch.
    expect(await followups(page).first().innerText()).toMatch(/Measure 10/);
    expect(await page.evaluate(() => document.querySelector('jingan-policy-assistant')!.shadowRoot!.activeElement?.textContent)).toBe('EN');
    await page.screenshot({ path: `test-results/widget-zh-switch-${viewport.width}.png` });

    // The choice outlives a reload (the panel stays open in this tab).
    await page.reload();
    await expect.poll(() => widget(page).locator('#jpa-title').innerText()).toBe('政策助手');
    await widget(page).getByRole('button', { name: '关闭助手' }).click();
    expect(await launcher(page).innerText()).toBe('政策咨询');
    await launcher(page).click();
    await widget(page)
      .getByRole('button', { name: /English/ })
      .click();
    await expect.poll(() => input(page).getAttribute('placeholder')).toBe('Ask about the measures…');
  }, 60_000);

  it('shares an answer with the Web Share API where there is one, else copies it; copies and shares a match list', async () => {
    const page = await suite.openDemo(viewport);
    await page.addInitScript(() => {
      const shared: unknown[] = [];
      (window as unknown as { __shared: unknown[] }).__shared = shared;
      Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: async (data: unknown) => void shared.push(data) });
      Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, value: () => true });
    });
    await page.reload();
    await launcher(page).click();
    await ask(page, QUESTION);
    await lastAnswer(page).getByRole('button', { name: 'Share answer' }).click();
    await expect.poll(() => lastAnswer(page).innerText()).toContain('Shared.');
    const [shared] = (await page.evaluate(() => (window as unknown as { __shared: Array<{ text: string; title: string }> }).__shared)) as [
      { text: string; title: string },
    ];
    expect(shared.title).toBe('Policy Assistant');
    expect(shared.text).toMatch(/\[Measure 10\]/);
    expect(shared.text).toContain('Sources:\n- Measure 10: Enhancing technology finance');
    expect(shared.text).toContain('These measures were valid until 31 December 2025.');

    // A browser without Web Share: the same button copies.
    const plain = await page.context().newPage();
    await plain.goto(`${suite.server().base}/`);
    await plain.evaluate(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
    });
    await launcher(plain).click();
    await lastAnswer(plain).getByRole('button', { name: 'Share answer' }).click();
    await expect.poll(() => lastAnswer(plain).innerText()).toContain('Answer copied.');
    expect(await clipboard(plain)).toContain('Sources:\n- Measure 10: Enhancing technology finance');

    await widget(plain).getByRole('button', { name: 'What applies to my company?' }).first().click();
    const sheet = widget(plain).getByRole('dialog', { name: 'What applies to my company?' });
    await sheet.getByLabel('Describe your company').fill('A 40-person AI start-up that needs funding and talent');
    await sheet.getByRole('button', { name: 'Find measures' }).click();
    await expect.poll(() => sheet.locator('.card').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await sheet.getByRole('button', { name: 'Copy list' }).click();
    await expect.poll(() => sheet.innerText()).toContain('List copied.');
    const list = await clipboard(plain);
    expect(list).toMatch(/^Measures that may apply: A 40-person AI start-up that needs funding and talent\n\n- Measure \d+: /);
    expect(list.split('\n- Measure').length - 1).toBe(await sheet.locator('.card').count());
    await sheet.getByRole('button', { name: 'Share list' }).click();
    await expect.poll(() => sheet.locator('.share .ack').innerText()).toBe('List copied.');
  }, 90_000);
});
