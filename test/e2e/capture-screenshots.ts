// Regenerates docs/widget-desktop.png and docs/widget-mobile.png: a Chinese question answered in
// the demo portal's widget (1280 px, English interface, scrolled to the answer's follow-ups) and in
// a Chinese widget on a phone (360 px, the answer's start).
//   npx tsx test/e2e/capture-screenshots.ts
// Chinese text needs a Chinese system font (Debian: fonts-noto-cjk), else it shows as boxes; a font
// kept elsewhere can be added with FONTCONFIG_FILE pointing at a fontconfig file that lists its folder.
import type { Browser } from 'playwright-core';
import type { Answer } from '../../src/channels/widget/types.js';
import { launchChromium } from './browser.js';
import { savedAnswers } from './saved.js';
import { startWidgetServer } from './widget-server.js';

const QUESTION = '我们是一家生物医药初创企业，有什么研发支持？';

const server = await startWidgetServer();
const browser = await launchChromium();
try {
  await capture(browser, { width: 1280, height: 800 }, '/', 'docs/widget-desktop.png', true);
  await capture(browser, { width: 360, height: 740 }, '/portal.html', 'docs/widget-mobile.png');
} finally {
  await browser.close();
  await server.close();
}

async function capture(browser: Browser, viewport: { width: number; height: number }, path: string, out: string, scrollToEnd = false) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.route(`${server.base}/portal.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html lang="zh"><body><script src="/widget.js" data-lang="zh" defer></script></body></html>',
    }),
  );
  await page.goto(server.base + path);
  const host = page.locator('jingan-policy-assistant');
  await host.locator('.launcher').click();
  await host.locator('#jpa-input').fill(QUESTION);
  await host.locator('#jpa-input').press('Enter');
  await host.locator('article.bot:not([aria-busy])').waitFor({ timeout: 15_000 });
  const [answer] = (await savedAnswers(page)) as [Answer];
  if (answer.language !== 'zh' || answer.refused) throw new Error(`expected a Chinese answer, got: ${answer.answer.slice(0, 120)}`);
  await page.evaluate(() => document.fonts.ready);
  if (scrollToEnd) {
    // The end of the answer: its notices, the follow-up questions and the actions.
    await host.locator('.log').evaluate((log) => log.scrollTo(0, log.scrollHeight));
  }
  await page.screenshot({ path: out });
  console.log(`${out}: ${answer.citations.map((c) => c.id).join(', ')}`);
  await context.close();
}
