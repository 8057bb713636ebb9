import { getSection } from './api.js';
import { h, icon } from './dom.js';
import type { Strings } from './i18n.js';
import type { SectionDetail } from './types.js';

/** The source drawer: a citation's full text, section path and responsible departments. */
export function createDrawer(drawer: HTMLElement, api: string, t: Strings, label: (id: string) => string) {
  const cache = new Map<string, Promise<SectionDetail>>();
  const heading = h('h3', { id: 'jpa-drawer-title' });
  const content = h('div', { class: 'content', tabindex: '-1' });
  const closeButton = h('button', { type: 'button', class: 'icon', 'aria-label': t.closeSource, title: t.closeSource }, icon('close'));
  drawer.append(h('header', {}, h('div', {}, h('p', { class: 'sub' }, t.source), heading), closeButton), content);
  let trigger: HTMLElement | null = null;
  let current = '';

  const close = () => {
    drawer.hidden = true;
    current = '';
    trigger?.focus();
    trigger = null;
  };
  closeButton.addEventListener('click', close);

  const open = async (id: string, from: HTMLElement) => {
    trigger = from;
    current = id;
    drawer.hidden = false;
    heading.textContent = label(id);
    content.replaceChildren(h('p', { role: 'status' }, t.loading));
    closeButton.focus();
    let section = cache.get(id);
    if (!section) cache.set(id, (section = getSection(api, id)));
    try {
      const detail = await section;
      if (current !== id) return;
      heading.textContent = `${label(id)}: ${detail.title}`;
      content.replaceChildren(
        h(
          'dl',
          {},
          h('dt', {}, t.path),
          h('dd', {}, detail.section || '—'),
          h('dt', {}, t.departments),
          h('dd', {}, detail.departments.length ? detail.departments.join('; ') : t.none),
        ),
        h('p', { class: 'text' }, detail.text),
      );
    } catch {
      cache.delete(id);
      if (current === id) content.replaceChildren(h('p', { role: 'alert' }, t.sourceFailed));
    }
  };

  return { open, close, isOpen: () => !drawer.hidden };
}
