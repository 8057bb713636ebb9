import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium } from './browser.js';
import { startWidgetServer } from './widget-server.js';

type Server = Awaited<ReturnType<typeof startWidgetServer>>;

/** Registers the suite's hooks: one server and one browser per file, a fresh context (and sessionStorage) per test. */
export function useWidgetSuite() {
  let server: Server;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWidgetServer(), launchChromium()]);
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
    async openDemo(viewport = { width: 1280, height: 800 }): Promise<Page> {
      context = await browser.newContext({ viewport, permissions: ['clipboard-read', 'clipboard-write'] });
      const page = await context.newPage();
      pageErrors = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(`${server.base}/`);
      return page;
    },
  };
}

export const widget = (page: Page) => page.locator('jingan-policy-assistant');
export const launcher = (page: Page) => page.getByRole('button', { name: 'Ask about policy' });
export const input = (page: Page) => page.getByLabel('Your question');
/** The newest answer that has finished streaming. */
export const lastAnswer = (page: Page) => widget(page).locator('article.bot:not([aria-busy])').last();
export const chip = (page: Page, label: string) => lastAnswer(page).locator('.body .chip', { hasText: label }).first();

export async function ask(page: Page, question: string): Promise<void> {
  const before = await widget(page).locator('article.bot').count();
  await input(page).fill(question);
  await input(page).press('Enter');
  await expect.poll(() => lastAnswer(page).count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect.poll(() => widget(page).locator('article.bot:not([aria-busy])').count(), { timeout: 15_000 }).toBe(before + 1);
}
