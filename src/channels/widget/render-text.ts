import { MARKER } from '../../core/text/sentences.js';
import { h } from './dom.js';

/** Called for each cited id of a paragraph; returns the chip that stands for it. */
export type ChipFactory = (id: string) => HTMLElement;

const LIST_ITEM = /^\s*[-*•]\s+/;
const BOLD = /\*\*(.+?)\*\*/g;
const MARKERS = new RegExp(`\\s*${MARKER.source}`, 'gi');

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
      list.appendChild(paragraph(h('li'), line.replace(LIST_ITEM, ''), chip));
    } else {
      list = null;
      out.appendChild(paragraph(h('p'), line, chip));
    }
  }
  return out;
}

/**
 * A paragraph's markers become one chip per id at its end: answers mark every sentence,
 * and a chip after each would repeat the same measure several times in a few lines.
 */
function paragraph<E extends HTMLElement>(target: E, text: string, chip: ChipFactory): E {
  const ids = new Set<string>();
  const plain = text.replace(MARKERS, (_m, id: string) => {
    ids.add(normalizeId(id));
    return '';
  });
  bold(target, plain);
  for (const id of ids) target.append(' ', chip(id));
  return target;
}

function bold(target: HTMLElement, text: string): void {
  let last = 0;
  for (const match of text.matchAll(BOLD)) {
    const at = match.index ?? 0;
    if (at > last) target.append(text.slice(last, at));
    target.append(h('strong', {}, match[1]!));
    last = at + match[0].length;
  }
  if (last < text.length) target.append(text.slice(last));
}

/** "m10" -> "M10", "doc:m10" -> "doc:M10": the form the API and the labels use. */
export function normalizeId(id: string): string {
  return id.replace(/[^:]+$/, (local) => local.toUpperCase());
}

/** Plain text for the clipboard: markers become readable labels. */
export function plainText(text: string, label: (id: string) => string): string {
  return text.replace(new RegExp(MARKER.source, 'gi'), (_m, id: string) => `[${label(id)}]`).replace(BOLD, '$1');
}
