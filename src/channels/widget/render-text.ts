import { MARKER } from '../../core/text/sentences.js';
import { h } from './dom.js';

/** Called for each citation marker; returns the chip that stands in for it. */
export type ChipFactory = (id: string) => HTMLElement;

const LIST_ITEM = /^\s*[-*•]\s+/;
const INLINE = new RegExp(`\\*\\*(.+?)\\*\\*|${MARKER.source}`, 'gi');

/**
 * Renders answer text as the safe subset the widget allows: paragraphs, "- " lists,
 * **bold** and citation chips. Everything else stays literal text.
 */
export function renderRich(text: string, chip: ChipFactory): DocumentFragment {
  const out = document.createDocumentFragment();
  let list: HTMLUListElement | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) {
      list = null;
      continue;
    }
    if (LIST_ITEM.test(line)) {
      list ??= out.appendChild(h('ul'));
      list.appendChild(inline(h('li'), line.replace(LIST_ITEM, ''), chip));
    } else {
      list = null;
      out.appendChild(inline(h('p'), line, chip));
    }
  }
  return out;
}

function inline<E extends HTMLElement>(target: E, text: string, chip: ChipFactory): E {
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const at = match.index ?? 0;
    if (at > last) target.appendChild(document.createTextNode(text.slice(last, at)));
    if (match[1] !== undefined) target.appendChild(inline(h('strong'), match[1], chip));
    else target.appendChild(chip(match[2]!));
    last = at + match[0].length;
  }
  if (last < text.length) target.appendChild(document.createTextNode(text.slice(last)));
  return target;
}

/** Plain text for the clipboard: markers become readable labels. */
export function plainText(text: string, label: (id: string) => string): string {
  return text.replace(new RegExp(MARKER.source, 'gi'), (_m, id: string) => `[${label(id)}]`).replace(/\*\*(.+?)\*\*/g, '$1');
}
