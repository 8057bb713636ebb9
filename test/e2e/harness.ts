import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium } from './browser.js';
import { startWidgetServer } from './widget-server.js';

export { savedAnswers, savedConversation } from './saved.js';

type Server = Awaited<ReturnType<typeof startWidgetServer>>;

/** Registers the suite's hooks: one server and one browser per file, a fresh context (and storage) per test. */
export function useWidgetSuite(serverOptions: Parameters<typeof startWidgetServer>[0] = {}) {
  let server: Server;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWidgetServer(serverOptions), launchChromium()]);
  }, 60_000);
  afterEach(async () => {
    await context?.close();
    context = undefined;
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    server: () => server,
    browser: () => browser,
    /** The demo page; with `embed`, a bare portal page whose script tag carries those data-* attributes instead. */
    async openDemo(viewport = { width: 1280, height: 800 }, embed?: Record<string, string>): Promise<Page> {
      context = await browser.newContext({ viewport, permissions: ['clipboard-read', 'clipboard-write'] });
      const page = await context.newPage();
      pageErrors = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      if (!embed) {
        await page.goto(`${server.base}/`);
        return page;
      }
      const attrs = Object.entries(embed)
        .map(([name, value]) => ` data-${name}="${value}"`)
        .join('');
      // Served from the server's origin, as a portal page on the same site would be.
      await page.route(`${server.base}/portal.html`, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html><body><h1>Portal</h1><script src="/widget.js"${attrs} defer></script></body></html>`,
        }),
      );
      await page.goto(`${server.base}/portal.html`);
      return page;
    },
  };
}

export const widget = (page: Page) => page.locator('jingan-policy-assistant');
export const launcher = (page: Page) => page.getByRole('button', { name: /^(Ask about policy|政策咨询)$/ });
export const input = (page: Page) => page.getByLabel(/^(Your question|您的问题)$/);
/** The newest answer that has finished streaming. */
export const lastAnswer = (page: Page) => widget(page).locator('article.bot:not([aria-busy])').last();
export const chip = (page: Page, label: string) => lastAnswer(page).locator('.body .chip', { hasText: label }).first();
/** The text of the last question asked, without its screen-reader prefix ("You: "). */
export const lastQuestion = (page: Page) =>
  widget(page)
    .locator('.user')
    .last()
    .evaluate((el) => el.lastChild?.textContent ?? '');
/** The open source drawer (the company sheet is the other dialog inside the panel). */
export const drawer = (page: Page) => widget(page).locator('.drawer[aria-labelledby="jpa-drawer-title"]');

export function sse(events: Array<[string, unknown]>): string {
  return events.map(([event, data]) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`).join('');
}

export async function ask(page: Page, question: string): Promise<void> {
  const before = await widget(page).locator('article.bot').count();
  await input(page).fill(question);
  await input(page).press('Enter');
  await expect.poll(() => lastAnswer(page).count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect.poll(() => widget(page).locator('article.bot:not([aria-busy])').count(), { timeout: 15_000 }).toBe(before + 1);
}
