import { h } from './dom.js';

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

/** The Web Share sheet where the device has one (phones), else the clipboard. */
export async function shareOrCopy(text: string, title: string, root: ShadowRoot): Promise<ShareOutcome> {
  if (typeof navigator.share === 'function' && navigator.canShare?.({ text, title }) !== false) {
    try {
      await navigator.share({ title, text });
      return 'shared';
    } catch (error) {
      // The person closed the share sheet: nothing to do, and no copy they did not ask for.
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  return (await copyText(text, root)) ? 'copied' : 'failed';
}

export async function copyText(text: string, root: ShadowRoot): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // The async clipboard is missing outside secure contexts (plain-http intranet portals).
    const area = h('textarea', { class: 'sr-only', readonly: true, 'aria-hidden': 'true' });
    area.value = text;
    root.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
