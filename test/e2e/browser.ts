import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { prepareBundledChromium } from './bundled-chromium.js';
import { chooseChromium } from './choose-chromium.js';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A headless chromium: CHROMIUM_PATH, else Debian's, else the one bundled in @sparticuz/chromium (see choose-chromium.ts). */
export async function launchChromium(): Promise<Browser> {
  const choice = chooseChromium(process.env, existsSync);
  const options = choice.source === 'bundled' ? await prepareBundledChromium() : { executablePath: choice.executablePath };
  return chromium.launch({ headless: true, args: ARGS, ...options });
}

/** The element focused inside the widget's shadow root, described for assertions. */
export function focusedInWidget(page: Page) {
  return page.evaluate(() => {
    const host = document.activeElement;
    const active = host?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    if (!active) return null;
    return {
      tag: active.tagName.toLowerCase(),
      label: active.getAttribute('aria-label') ?? active.textContent?.trim() ?? '',
      className: active.className,
      inPanel: Boolean(active.closest('.panel')),
      outline: getComputedStyle(active).outlineStyle,
    };
  });
}

/** Records each text the answer bubble shows while it streams, to prove it grows piece by piece. */
export function recordPartials(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('jingan-policy-assistant')!.shadowRoot!;
    const seen: string[] = [];
    (window as unknown as { __partials: string[] }).__partials = seen;
    new MutationObserver((records) => {
      for (const r of records) {
        if ((r.target as Element).classList?.contains('body') && r.addedNodes.length) {
          seen.push([...r.addedNodes].map((n) => n.textContent).join('\n'));
        }
      }
    }).observe(root.querySelector('.log')!, { childList: true, subtree: true });
  });
}

export function partials(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __partials: string[] }).__partials);
}
