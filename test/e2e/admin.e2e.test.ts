import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ask, lastAnswer, launcher, savedAnswers, useWidgetSuite } from './harness.js';

const TOKEN = 'e2e-admin-token';

/** The operator's side in a real browser: a down-voted widget answer reaches the admin list, and its transcript. */
describe('admin page', () => {
  const suite = useWidgetSuite({ env: { ADMIN_TOKEN: TOKEN } });

  it('lists a down-voted widget answer and opens its transcript with the reason, citations and scores', async () => {
    const page = await suite.openDemo();
    await launcher(page).click();
    await ask(page, 'Can a technology company get a loan backed by its patents?');
    await lastAnswer(page).getByRole('button', { name: 'Not helpful' }).click();
    const reason = lastAnswer(page).getByLabel('What was missing or wrong? (optional)');
    await reason.fill('Wanted the bank names');
    await reason.press('Enter');
    await expect.poll(() => lastAnswer(page).innerText()).toContain('Thanks, your reason was recorded.');
    const [answered] = await savedAnswers(page);
    const conversationId = answered!.conversationId;

    await page.goto(`${suite.server().base}/admin?token=${TOKEN}&kind=downvoted`);
    expect(await seriousViolations(page)).toEqual([]);
    const failures = page.locator('#failures');
    await failures.getByRole('link', { name: 'Can a technology company get a loan backed by its patents?' }).click();
    await expect.poll(() => page.url()).toContain(`/admin/conversations/${conversationId}/view?token=${TOKEN}`);
    const turns = page.locator('#turns');
    expect(await turns.locator('.turn').count()).toBe(2);
    const answer = await turns.locator('.turn.assistant').innerText();
    expect(answer).toContain('feedback: down: Wanted the bank names');
    expect(answer).toMatch(/cited: M10 Measure 10/);
    expect(answer).toMatch(/ranked: M10 \d\.\d\d/);
    expect(await page.locator('#handoffs').innerText()).toContain('Not handed to staff.');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Back to the admin page' }).click();
    await expect.poll(() => page.url()).toBe(`${suite.server().base}/admin?token=${TOKEN}`);
  }, 60_000);
});

/** axe-core's serious and critical violations on the page, by rule id. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}
