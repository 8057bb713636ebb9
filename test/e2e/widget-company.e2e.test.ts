import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MatchResult } from '../../src/channels/widget/types.js';
import { focusedInWidget } from './browser.js';
import { drawer, lastAnswer, launcher, useWidgetSuite, widget } from './harness.js';

const suite = useWidgetSuite();

const PROFILE_ZH = '我们是一家40人的人工智能初创公司，需要融资和人才';
const NOTICE_ZH = '以下中文是本项目根据英文文本自行翻译的，不是官方发布的中文原文，仅供参考；条文以官方发布的文件为准。';
const XSS = '<img src=x onerror=window.__xss=1>';

const stubbed: MatchResult = {
  matches: [
    {
      id: 'M10',
      title: '提升科技金融',
      departments: ['区投资办'],
      reason: { quote: '推广“科技履约贷”、知识产权质押贷款等金融产品；', need: 'financing' },
      score: 0.8,
    },
    {
      id: 'M35',
      title: `人才 ${XSS}`,
      departments: ['区人才局', '区人力资源社会保障局'],
      reason: { quote: `引进人才 ${XSS}`, need: 'talent' },
      score: 0.6,
    },
  ],
  language: 'zh',
  notices: [{ kind: 'translation', text: NOTICE_ZH }],
};

const sheet = (page: Page) => page.getByRole('dialog', { name: /^(What applies to my company\?|哪些政策适用于我的企业？)$/ });
const cards = (page: Page) => sheet(page).locator('.card');

async function openCompanyCheck(page: Page, from: 'header' | 'welcome' = 'header') {
  await launcher(page).click();
  const entry = widget(page).getByRole('button', { name: /^(What applies to my company\?|哪些政策适用于我的企业？)$/ });
  await (from === 'header' ? entry.first() : entry.last()).click();
  expect(await sheet(page).isVisible()).toBe(true);
  expect((await focusedInWidget(page))?.tag).toBe('textarea');
}

async function stubMatch(page: Page, result: MatchResult, bodies: unknown[] = []) {
  await page.route('**/api/match', (route) => {
    bodies.push(route.request().postDataJSON());
    return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(result) });
  });
}

describe('"What applies to my company?" in the widget (stubbed /api/match)', () => {
  it('sends the description and needs, shows the matches as cards, and asks about one in the chat', async () => {
    const page = await suite.openDemo();
    const bodies: unknown[] = [];
    await stubMatch(page, stubbed, bodies);
    await openCompanyCheck(page, 'welcome');
    await sheet(page).getByLabel('Describe your company').fill(PROFILE_ZH);
    await sheet(page).getByLabel('Financing').check();
    await sheet(page).getByLabel('Talent').check();
    await sheet(page).getByRole('button', { name: 'Find measures' }).click();

    await expect.poll(() => cards(page).count()).toBe(2);
    expect(bodies).toEqual([{ profile: PROFILE_ZH, needs: ['financing', 'talent'], limit: 10 }]);
    expect((await focusedInWidget(page))?.label).toBe('Measures that may apply');
    const first = cards(page).first();
    expect(await first.locator('h5').innerText()).toBe('措施10 提升科技金融');
    expect(await first.locator('blockquote').innerText()).toBe(stubbed.matches[0]!.reason.quote);
    expect(await first.locator('.meta').innerText()).toBe('Need: Financing · 区投资办');
    expect(await cards(page).nth(1).locator('.meta').innerText()).toBe('Need: Talent · 区人才局 / 区人力资源社会保障局');
    expect(await cards(page).nth(1).innerText()).toContain(XSS);
    expect(await sheet(page).getByRole('note').innerText()).toBe(NOTICE_ZH);
    expect(await widget(page).evaluate((host) => host.shadowRoot!.querySelectorAll('img').length)).toBe(0);

    // The measure label opens its source, and closing it returns to the card.
    await first.locator('.chip').click();
    await expect.poll(() => drawer(page).locator('.text mark').count()).toBe(1);
    expect(await drawer(page).locator('.text mark').innerText()).toBe(stubbed.matches[0]!.reason.quote);
    expect(await drawer(page).getByRole('note').innerText()).toBe(NOTICE_ZH);
    await page.keyboard.press('Escape');
    expect((await focusedInWidget(page))?.label).toBe('措施10');

    await first.getByRole('button', { name: 'Ask about this' }).click();
    expect(await sheet(page).isVisible()).toBe(false);
    await expect.poll(() => widget(page).locator('.user').innerText()).toMatch(/\n措施10（提升科技金融）有哪些支持？由哪个部门负责？$/);
    await expect.poll(() => lastAnswer(page).count(), { timeout: 15_000 }).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  }, 60_000);

  it('says so when no measure fits, and handles a failing API like the chat does', async () => {
    const page = await suite.openDemo(undefined, { lang: 'zh' });
    await page.route('**/api/match', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":{"code":"unavailable","message":"no"}}' }),
    );
    await openCompanyCheck(page);
    await sheet(page).getByLabel('请描述您的企业').fill('我们是一家远洋渔业公司');
    await sheet(page).getByRole('button', { name: '查找适用措施' }).click();
    const alert = sheet(page).getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('助手服务出现问题，请重试。');

    await page.unroute('**/api/match');
    await stubMatch(page, { matches: [], language: 'zh', notices: [] });
    await alert.getByRole('button', { name: '重试' }).click();
    await expect.poll(() => sheet(page).locator('.empty').count()).toBe(1);
    expect(await sheet(page).locator('.empty').innerText()).toBe('没有措施符合该描述。可以补充行业或需求后再试。');
    expect(await alert.count()).toBe(0);
    expect(await cards(page).count()).toBe(0);

    // Tab and Shift+Tab stay inside the open sheet.
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press(i % 4 ? 'Tab' : 'Shift+Tab');
      expect(
        await widget(page).evaluate((host) => Boolean(host.shadowRoot!.activeElement?.closest('[aria-labelledby="jpa-company-title"]'))),
      ).toBe(true);
    }
    await page.keyboard.press('Escape');
    expect(await sheet(page).isVisible()).toBe(false);
    expect((await focusedInWidget(page))?.label).toBe('哪些政策适用于我的企业？');
    await page.keyboard.press('Escape');
    expect(await widget(page).locator('.panel').isVisible()).toBe(false);
  }, 60_000);
});

describe('"What applies to my company?" against the real server', () => {
  it('matches a described company to measures and asks about the first one', async () => {
    const page = await suite.openDemo(undefined, { lang: 'zh' });
    await openCompanyCheck(page);
    await sheet(page).getByLabel('请描述您的企业').fill(PROFILE_ZH);
    await sheet(page).getByRole('button', { name: '查找适用措施' }).click();
    await expect.poll(() => sheet(page).locator('.empty, .card, [role=alert]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await sheet(page).getByRole('alert').count()).toBe(0);
    expect(await cards(page).count()).toBeGreaterThan(0);
    const labels = await cards(page).locator('.chip').allInnerTexts();
    for (const label of labels) expect(label).toMatch(/^措施\d+$/);
    const quotes = await cards(page).locator('blockquote').allInnerTexts();
    for (const quote of quotes) expect(quote).toMatch(/[\u4e00-\u9fff]/);
    expect(await sheet(page).getByRole('note').allInnerTexts()).toContain(NOTICE_ZH);

    await cards(page).first().getByRole('button', { name: '就此提问' }).click();
    await expect.poll(() => widget(page).locator('.user').innerText()).toMatch(new RegExp(`\\n${labels[0]}（`));
    await expect.poll(() => lastAnswer(page).count(), { timeout: 15_000 }).toBe(1);
    expect(await lastAnswer(page).locator('.body .chip', { hasText: labels[0]! }).count()).toBeGreaterThan(0);
  }, 60_000);

  it('says no measure fits a company the policy does not serve', async () => {
    const page = await suite.openDemo();
    await openCompanyCheck(page);
    await sheet(page).getByLabel('Describe your company').fill('We run a deep-sea fishing fleet based in Zhoushan.');
    await sheet(page).getByRole('button', { name: 'Find measures' }).click();
    await expect.poll(() => sheet(page).locator('.empty, .card, [role=alert]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await sheet(page).locator('.empty').innerText()).toBe(
      'No measure fits this description. Try adding your industry or what you need.',
    );
  }, 60_000);
});
