import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ask, lastAnswer, launcher, useWidgetSuite, widget } from './harness.js';

/** axe-core in the real browser: no serious or critical violation in any state of the widget, in either language, at either size. */
const suite = useWidgetSuite();

const SIZES = [
  ['desktop', { width: 1280, height: 800 }],
  ['mobile', { width: 360, height: 740 }],
] as const;

/** The serious and critical violations on the page, one line each (rule, impact, the elements it found). */
async function violations(page: Page): Promise<string[]> {
  // With the fonts loaded, contrast and sizes are checked on the text a person sees.
  await page.evaluate(() => document.fonts.ready);
  const { violations: found } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.each(SIZES)('accessibility of the widget (%s)', (_size, viewport) => {
  it('has no serious or critical violation closed, open, with an answer, in the hand-off form and the history list', async () => {
    const page = await suite.openDemo(viewport);
    const found: Record<string, string[]> = {};
    await expect.poll(() => launcher(page).isVisible()).toBe(true);
    found.closed = await violations(page);

    await launcher(page).click();
    await expect.poll(() => widget(page).locator('.starters button').count()).toBeGreaterThan(0);
    found.open = await violations(page);

    await ask(page, 'Can a tech company get a loan backed by its patents?');
    await lastAnswer(page).getByRole('button', { name: 'Not helpful' }).click();
    await expect.poll(() => lastAnswer(page).locator('.reason').count()).toBe(1);
    found.answer = await violations(page);

    await lastAnswer(page).locator('.chip').first().click();
    await expect.poll(() => widget(page).locator('.drawer mark').count()).toBe(1);
    found.source = await violations(page);
    await page.keyboard.press('Escape');

    await lastAnswer(page).getByRole('button', { name: 'Talk to a person' }).click();
    found.handoff = await violations(page);
    await page.keyboard.press('Escape');

    await widget(page).getByRole('button', { name: 'Recent conversations' }).click();
    found.history = await violations(page);
    expect(found).toEqual({ closed: [], open: [], answer: [], source: [], handoff: [], history: [] });
  }, 90_000);

  it('has no serious or critical violation in the Chinese interface (/?lang=zh)', async () => {
    const page = await suite.openDemo(viewport);
    await page.goto(`${suite.server().base}/?lang=zh`);
    await launcher(page).click();
    await ask(page, '科技企业能用专利做抵押贷款吗？');
    const found: Record<string, string[]> = { answer: await violations(page) };
    await widget(page).getByRole('button', { name: '哪些政策适用于我的企业？' }).first().click();
    found.company = await violations(page);
    expect(found).toEqual({ answer: [], company: [] });
    expect(await widget(page).getAttribute('lang')).toBe('zh');
  }, 60_000);
});
