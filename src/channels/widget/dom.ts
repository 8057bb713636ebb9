type Child = Node | string | null | undefined | false;

/**
 * Builds an element; strings become text nodes and attributes go through setAttribute,
 * so nothing passed here is ever parsed as HTML.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, '');
    else if (typeof value === 'string') el.setAttribute(name, value);
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

const SVG = 'http://www.w3.org/2000/svg';

/** Static icon paths (24x24 viewBox); decorative, so hidden from assistive technology. */
export const ICONS = {
  chat: 'M4 4h16v12H7l-3 3z',
  close: 'M6 6l12 12M18 6L6 18',
  up: 'M7 11v9H4v-9zM7 11l4-7a2 2 0 0 1 3 2l-1 4h5a2 2 0 0 1 2 2l-2 7a2 2 0 0 1-2 1H7',
  down: 'M7 13V4H4v9zM7 13l4 7a2 2 0 0 0 3-2l-1-4h5a2 2 0 0 0 2-2l-2-7a2 2 0 0 0-2-1H7',
  copy: 'M9 9h11v11H9zM5 15H4V4h11v1',
  plus: 'M12 5v14M5 12h14',
  send: 'M4 12l16-8-6 16-3-7z',
  company: 'M3 8h18v12H3zM9 8V5h6v3M3 13h18',
  person: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0',
  share: 'M4 13v7h16v-7M12 3v12M7 8l5-5 5 5',
  history: 'M3 12a9 9 0 1 0 3-6.7L3 8M3 3v5h5M12 7v5l3 3',
};

export function icon(name: keyof typeof ICONS): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', ICONS[name]);
  svg.appendChild(path);
  return svg;
}

/** Scrolls `container` just enough to show `el` (its start first), never scrolling the host page as scrollIntoView can. */
export function scrollWithin(container: HTMLElement, el: HTMLElement, margin = 8): void {
  const box = container.getBoundingClientRect();
  const rect = el.getBoundingClientRect();
  const below = rect.bottom + margin - box.bottom;
  const above = rect.top - margin - box.top;
  if (above < 0) container.scrollTop += above;
  else if (below > 0) container.scrollTop += Math.min(below, above);
}
