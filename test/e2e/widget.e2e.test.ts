import { describe, expect, it } from 'vitest';
import { focusedInWidget, partials, recordPartials } from './browser.js';
import { ask, chip, lastAnswer, launcher, savedAnswers, useWidgetSuite, widget } from './harness.js';

const QUESTION = 'Can a tech company get a loan backed by its patents?';
const INVESTMENT_OFFICE = "Jing'an District Investment Office";

const suite = useWidgetSuite();

describe('embedded widget in a real browser', () => {
  it('streams a cited answer, opens its source, stores feedback and survives a reload', async () => {
    const page = await suite.openDemo();
    await expect.poll(() => launcher(page).isVisible()).toBe(true);
    await launcher(page).click();
    await recordPartials(page);
    await ask(page, QUESTION);

    const seen = await partials(page);
    const final = (await lastAnswer(page).locator('.body').innerText()).replace(/\s+/g, ' ');
    expect(seen.length).toBeGreaterThan(3);
    expect(seen[0]!.length).toBeLessThan(seen[seen.length - 1]!.length);
    expect(final).toContain('intellectual property mortgage loans');
    expect(await chip(page, 'Measure 10').innerText()).toBe('Measure 10');
    // Every sentence is marked, but a paragraph shows each measure once.
    for (const paragraph of await lastAnswer(page).locator('.body p').all()) {
      const labels = await paragraph.locator('.chip').allInnerTexts();
      expect(labels).toEqual([...new Set(labels)]);
    }
    await expect.poll(() => lastAnswer(page).getByRole('note').innerText()).toBe('These measures were valid until 31 December 2025.');

    await chip(page, 'Measure 10').click();
    const drawer = page.getByRole('dialog', { name: /Measure 10: Enhancing technology finance/ });
    const [answer] = await savedAnswers(page);
    await expect.poll(() => drawer.locator('.text mark').count()).toBe(1);
    expect(await drawer.locator('.text mark').innerText()).toBe(answer!.citations[0]!.quote);
    expect(await drawer.innerText()).toContain(INVESTMENT_OFFICE);
    expect(await drawer.innerText()).toContain('(III) Promoting the further development of the financial services industry');
    expect(await drawer.getByRole('note').count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(await drawer.isVisible()).toBe(false);
    expect((await focusedInWidget(page))?.label).toBe('Measure 10');

    await lastAnswer(page).getByRole('button', { name: 'Helpful', exact: true }).click();
    await expect.poll(() => lastAnswer(page).innerText()).toContain('Thanks, your feedback was recorded.');
    await page.screenshot({ path: 'test-results/widget-desktop.png' });
    const { messageId } = answer!;
    expect((await suite.server().deps.store.getFeedback(messageId))?.rating).toBe('up');

    await lastAnswer(page).getByRole('button', { name: 'Copy answer' }).click();
    await expect.poll(() => lastAnswer(page).innerText()).toContain('Answer copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/high-growth bonds \[Measure 10\]\./);
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('<script src="/widget.js" defer></script>');

    await page.reload();
    await expect.poll(() => lastAnswer(page).isVisible()).toBe(true);
    expect(await widget(page).locator('.user').innerText()).toContain(QUESTION);
    expect(await chip(page, 'Measure 10').isVisible()).toBe(true);
    expect(await lastAnswer(page).getByRole('button', { name: 'Helpful', exact: true }).getAttribute('aria-pressed')).toBe('true');

    await widget(page).getByRole('button', { name: 'New conversation' }).click();
    expect(await widget(page).locator('.user').count()).toBe(0);
    await expect.poll(() => widget(page).locator('.starters button').count()).toBe(4);
    expect(await widget(page).getByRole('button', { name: 'What applies to my company?' }).count()).toBe(2);
  }, 60_000);

  it('works with the keyboard alone and traps focus in the open panel', async () => {
    const page = await suite.openDemo();
    let focused = await focusedInWidget(page);
    for (let i = 0; i < 10 && focused?.label !== 'Ask about policy'; i++) {
      await page.keyboard.press('Tab');
      focused = await focusedInWidget(page);
    }
    expect(focused?.label).toBe('Ask about policy');
    expect(focused?.outline).toBe('solid');

    await page.keyboard.press('Enter');
    expect((await focusedInWidget(page))?.tag).toBe('textarea');
    await page.keyboard.type('Who is responsible for technology finance?');
    await page.keyboard.press('Enter');
    await expect.poll(() => lastAnswer(page).count(), { timeout: 15_000 }).toBe(1);
    expect(await lastAnswer(page).innerText()).toContain('Investment Office');

    for (let i = 0; i < 25; i++) {
      await page.keyboard.press(i % 3 ? 'Tab' : 'Shift+Tab');
      expect((await focusedInWidget(page))?.inPanel).toBe(true);
    }

    await page.keyboard.press('Escape');
    expect(await widget(page).locator('.panel').isVisible()).toBe(false);
    expect((await focusedInWidget(page))?.label).toBe('Ask about policy');
  }, 60_000);

  it('fits a 360 px screen', async () => {
    const page = await suite.openDemo({ width: 360, height: 740 });
    await launcher(page).click();
    await ask(page, QUESTION);
    const panel = await widget(page).locator('.panel').boundingBox();
    expect(panel).toMatchObject({ x: 0, width: 360 });
    const send = await widget(page).getByRole('button', { name: 'Send' }).boundingBox();
    expect(send!.x + send!.width).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: 'test-results/widget-mobile.png' });
  }, 60_000);
});
