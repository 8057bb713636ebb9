import type { WidgetOptions } from './types.js';

/** Reads the embedding script tag's data-* attributes; the API defaults to the script's own origin. */
export function readOptions(script: HTMLScriptElement | null): WidgetOptions {
  const data = script?.dataset ?? {};
  const fallback = script?.src ? new URL(script.src, location.href).origin : location.origin;
  return {
    api: (data.api || fallback).replace(/\/+$/, ''),
    title: data.title?.trim() || null,
    lang: data.lang?.toLowerCase().startsWith('zh') ? 'zh' : 'en',
    open: data.open === 'true',
  };
}

/** document.currentScript is null once the script has run, so it is read at load time. */
export function findScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement) return current;
  return document.querySelector<HTMLScriptElement>('script[src*="widget"][src$=".js"]');
}
