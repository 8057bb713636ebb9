import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../src/channels/widget/types.js';
import { focusedInWidget } from './browser.js';
import { ask, chip, drawer, lastAnswer, launcher, savedAnswers, useWidgetSuite, widget } from './harness.js';

const QUESTION_ZH = '我们是一家生物医药初创企业，有什么研发支持？';
const NOTICE_ZH = '以下中文是本项目根据英文文本自行翻译的，不是官方发布的中文原文，仅供参考；条文以官方发布的文件为准。';

const suite = useWidgetSuite();

const notes = (page: Page) => lastAnswer(page).getByRole('note').allInnerTexts();

/** Opens a Chinese citation's source, checks it in Chinese, switches to the English original and back. */
async function checkBilingualSource(page: Page, citation: Citation, toggles: { toEn: string; toZh: string }) {
  const zhLabel = `措施${citation.id.slice(1)}`;
  const enLabel = `Measure ${citation.id.slice(1)}`;
  await chip(page, zhLabel).click();
  const zh = page.getByRole('dialog', { name: `${zhLabel}：${citation.title}` });
  await expect.poll(() => zh.locator('.text mark').innerText()).toBe(citation.quote);
  expect(await zh.locator('.text').innerText()).toContain(citation.quote);
  expect(await zh.getByRole('note').innerText()).toBe(NOTICE_ZH);
  expect(await zh.innerText()).toContain(citation.departments[0]);
  expect(await drawer(page).locator('.content').getAttribute('lang')).toBe('zh');

  await zh.getByRole('button', { name: toggles.toEn }).click();
  const en = page.getByRole('dialog', { name: `${enLabel}: ${citation.titleEn}` });
  await expect.poll(() => en.locator('.text mark').innerText()).toBe(citation.quoteEn);
  expect(await en.innerText()).toContain(citation.departmentsEn![0]);
  expect(await en.getByRole('note').count()).toBe(0);
  expect(await drawer(page).locator('.content').getAttribute('lang')).toBe('en');
  expect((await focusedInWidget(page))?.label).toBe(toggles.toZh);

  await en.getByRole('button', { name: toggles.toZh }).click();
  await expect.poll(() => zh.getByRole('note').innerText()).toBe(NOTICE_ZH);
  await page.keyboard.press('Escape');
  expect(await drawer(page).isVisible()).toBe(false);
  expect((await focusedInWidget(page))?.label).toBe(zhLabel);
}

describe('the widget in Chinese, against the real server', () => {
  it('data-lang="zh": Chinese UI, starters from the policy metadata, a cited Chinese answer and its source in both languages', async () => {
    const page = await suite.openDemo(undefined, { lang: 'zh' });
    await launcher(page).click();
    const [policy] = await (await page.request.get(`${suite.server().base}/api/policy`)).json();
    await expect.poll(() => widget(page).locator('.starters button').allInnerTexts()).toEqual(policy.examples.zh.slice(0, 4));
    await expect.poll(() => widget(page).locator('.panel > header .sub').innerText()).toContain(policy.translations.zh.title);
    expect(await widget(page).getByRole('button', { name: '哪些政策适用于我的企业？' }).count()).toBe(2);
    expect(await widget(page).getByRole('button', { name: '新对话' }).isVisible()).toBe(true);

    await ask(page, QUESTION_ZH);
    const [answer] = (await savedAnswers(page)) as [Answer];
    expect(answer.language).toBe('zh');
    expect(answer.refused).toBe(false);
    expect(answer.citations.map((c) => c.id)).toContain('M30');
    expect(await lastAnswer(page).locator('.body').getAttribute('lang')).toBe('zh');
    expect(await chip(page, '措施30').innerText()).toBe('措施30');
    expect(
      await lastAnswer(page)
        .locator('.body .chip', { hasText: /^Measure/ })
        .count(),
    ).toBe(0);
    expect(await notes(page)).toContain(NOTICE_ZH);
    expect(await lastAnswer(page).locator('.sources').innerText()).toContain('出处');

    const m30 = answer.citations.find((c) => c.id === 'M30')!;
    await checkBilingualSource(page, m30, { toEn: '查看英文原文', toZh: '查看中文译文' });
  }, 60_000);

  it('a Chinese question in an English widget gets a Chinese answer with Chinese chips; the UI stays English', async () => {
    const page = await suite.openDemo();
    await launcher(page).click();
    await ask(page, QUESTION_ZH);
    const [answer] = (await savedAnswers(page)) as [Answer];
    expect(answer.language).toBe('zh');
    expect(await chip(page, '措施30').innerText()).toBe('措施30');
    expect(await notes(page)).toContain(NOTICE_ZH);
    expect(await lastAnswer(page).locator('.sources').innerText()).toContain('Sources');
    expect(await lastAnswer(page).getByRole('button', { name: 'Helpful', exact: true }).isVisible()).toBe(true);
    const m30 = answer.citations.find((c) => c.id === 'M30')!;
    await checkBilingualSource(page, m30, { toEn: 'Show the English original', toZh: 'Show the Chinese translation' });
  }, 60_000);
});
