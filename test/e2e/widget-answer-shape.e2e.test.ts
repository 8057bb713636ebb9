import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/channels/widget/types.js';
import { focusedInWidget } from './browser.js';
import { ask, chip, drawer, lastAnswer, launcher, sse, useWidgetSuite, widget } from './harness.js';

/**
 * The widget's half of the answer contract, with the answer fixed by a stubbed stream: how a
 * Chinese answer is labelled in an English widget, how markers become chips, where the log
 * scrolls and what the source drawer shows. The server's own answers are tested in widget-chinese.
 */

const suite = useWidgetSuite();

const NOTICE_ZH = '译文仅供参考，以正式发布的中文原文为准';
const M30_ZH = '推动新型体外诊断试剂、高端医疗器械及其他医疗器械研发。';
const M30_EN =
  'We will also facilitate the R&D of new in vitro diagnostics and high-end medical devices, as well as other medical instruments.';

const chineseAnswer: Answer = {
  answer: [
    '有的，措施30支持生物医药企业研发。',
    '本区增强新药设计研发能力[M30]。推动新型体外诊断试剂、高端医疗器械研发[M30]。',
    '产品出海注册也有支持[M31]，研发支持见上[M30][M31]。',
    '责任部门：区科经委[M30]。',
  ].join('\n'),
  citations: [
    {
      id: 'M30',
      title: '加大研发支持力度',
      section: '二',
      departments: ['区科经委'],
      quote: M30_ZH,
      score: 0.9,
      titleEn: 'Increasing support for research and development',
      quoteEn: M30_EN,
      departmentsEn: ["Jing'an District Technology and Economy Commission"],
    },
    {
      id: 'M31',
      title: '支持开拓海外市场',
      section: '二',
      departments: ['区科经委'],
      quote: '支持开拓海外市场。',
      score: 0.5,
      titleEn: 'Supporting the expansion into overseas markets',
      quoteEn: '',
      departmentsEn: [],
    },
  ] as Answer['citations'],
  refused: false,
  related: [],
  notices: [
    { kind: 'validity', text: '本措施有效期至2025年12月31日，目前已到期。' },
    { kind: 'translation', text: NOTICE_ZH },
  ],
  conversationId: 'c_stubstubstubstubstub1',
  messageId: 'm_stubstubstubstubstub1',
  mode: 'offline',
  language: 'zh',
};

async function stubAnswer(page: Page, answer: Answer) {
  await page.route('**/api/chat/stream?channel=web', (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/event-stream' },
      body: sse([
        ['delta', { text: answer.answer }],
        ['done', answer],
      ]),
    }),
  );
}

/** Per paragraph of the last answer: the labels of its chips, in order. */
const chipsByParagraph = (page: Page) =>
  lastAnswer(page)
    .locator('.body p, .body li')
    .evaluateAll((paragraphs) => paragraphs.map((p) => [...p.querySelectorAll('.chip')].map((c) => c.textContent)));

describe('answer shape and sources in the widget', () => {
  it('labels a Chinese answer in Chinese in an English widget, one chip per measure per paragraph', async () => {
    const page = await suite.openDemo();
    await stubAnswer(page, chineseAnswer);
    await launcher(page).click();
    await ask(page, '我们是一家生物医药初创企业，有什么研发支持？');

    expect(await chipsByParagraph(page)).toEqual([[], ['措施30'], ['措施31', '措施30'], ['措施30']]);
    expect(await lastAnswer(page).locator('.body p').nth(1).innerText()).toBe(
      '本区增强新药设计研发能力。推动新型体外诊断试剂、高端医疗器械研发。 措施30',
    );
    expect(await lastAnswer(page).locator('.sources').innerText()).toMatch(/^Sources:/);
    expect(await lastAnswer(page).locator('.sources .chip').allInnerTexts()).toEqual([
      '措施30：加大研发支持力度',
      '措施31：支持开拓海外市场',
    ]);
    expect(await lastAnswer(page).getByRole('note').allInnerTexts()).toEqual(['本措施有效期至2025年12月31日，目前已到期。', NOTICE_ZH]);
    expect(await lastAnswer(page).getByRole('button', { name: 'Copy answer' }).isVisible()).toBe(true);

    await lastAnswer(page).getByRole('button', { name: 'Copy answer' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('研发[措施30]。');
  }, 60_000);

  it('opens the full section with the quote highlighted, in Chinese with its notice, and the English original on request', async () => {
    const page = await suite.openDemo();
    await stubAnswer(page, chineseAnswer);
    await launcher(page).click();
    await ask(page, '生物医药研发支持？');
    await chip(page, '措施30').click();

    const zh = page.getByRole('dialog', { name: '措施30：加大研发支持力度' });
    await expect.poll(() => zh.locator('.text mark').innerText()).toBe(M30_ZH);
    expect(await zh.locator('.text').innerText()).toMatch(/^加大研发支持力度。增强新药设计研发能力/);
    expect(await zh.getByRole('note').innerText()).toBe(NOTICE_ZH);
    expect(await zh.innerText()).toContain('（七）推动生命健康产业加快发展');

    await zh.getByRole('button', { name: 'Show the English original' }).click();
    const en = page.getByRole('dialog', { name: 'Measure 30: Increasing support for research and development' });
    await expect.poll(() => en.locator('.text mark').innerText()).toBe(M30_EN);
    expect(await en.innerText()).toContain('(VII) Promoting faster development of the life and health industry');
    expect(await en.getByRole('note').count()).toBe(0);

    await en.getByRole('button', { name: 'Show the Chinese translation' }).click();
    await expect.poll(() => zh.getByRole('note').innerText()).toBe(NOTICE_ZH);
    await page.keyboard.press('Escape');
    expect(await drawer(page).isVisible()).toBe(false);
    expect((await focusedInWidget(page))?.label).toBe('措施30');
  }, 60_000);

  it('shows the quoted sentence even when the full section cannot be loaded', async () => {
    const page = await suite.openDemo();
    await stubAnswer(page, chineseAnswer);
    await page.route('**/api/measures/**', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":{"code":"unavailable","message":"no"}}' }),
    );
    await launcher(page).click();
    await ask(page, '生物医药研发支持？');
    await chip(page, '措施30').click();
    const zh = page.getByRole('dialog', { name: '措施30：加大研发支持力度' });
    await expect.poll(() => zh.getByRole('alert').innerText()).toBe('The full section could not be loaded.');
    expect(await zh.locator('blockquote mark').innerText()).toBe(M30_ZH);
    expect(await zh.getByRole('note').innerText()).toBe(NOTICE_ZH);
    expect(await zh.innerText()).toContain('区科经委');
  }, 60_000);

  it('scrolls a long answer so that its start, not its end, is in view', async () => {
    const page = await suite.openDemo();
    const paragraphs = Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1} of a long answer about technology finance [M10].`);
    await stubAnswer(page, { ...chineseAnswer, answer: paragraphs.join('\n'), language: 'en', citations: [], notices: [] });
    await launcher(page).click();
    await ask(page, 'Tell me everything about technology finance.');
    await page.waitForTimeout(100);
    const view = await widget(page).evaluate((host) => {
      const log = host.shadowRoot!.querySelector<HTMLElement>('.log')!;
      const bubble = log.querySelector('article.bot')!;
      return {
        offset: bubble.getBoundingClientRect().top - log.getBoundingClientRect().top,
        atBottom: Math.abs(log.scrollHeight - log.clientHeight - log.scrollTop) < 2,
        scrolled: log.scrollTop > 0,
      };
    });
    expect(view.offset).toBeGreaterThanOrEqual(0);
    expect(view.offset).toBeLessThan(24);
    expect(view.atBottom).toBe(false);
    expect(view.scrolled).toBe(true);
    expect(await lastAnswer(page).locator('.body .chip').first().innerText()).toBe('Measure 10');
  }, 60_000);
});
