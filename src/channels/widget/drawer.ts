import { getSection } from './api.js';
import { h, icon, scrollWithin } from './dom.js';
import type { Strings } from './i18n.js';
import { renderSource, type Loaded, type SourceContext } from './source-view.js';
import type { Language, SectionDetail } from './types.js';

/**
 * The source drawer: a cited section in full, with the quoted sentence highlighted, in the
 * answer's language first and one click from the other (Chinese translation / English original).
 */
export function createDrawer(drawer: HTMLElement, api: string, t: Strings) {
  const cache = new Map<string, Promise<SectionDetail>>();
  const heading = h('h3', { id: 'jpa-drawer-title' });
  const content = h('div', { class: 'content', tabindex: '-1' });
  const closeButton = h('button', { type: 'button', class: 'icon', 'aria-label': t.closeSource, title: t.closeSource }, icon('close'));
  const toggle = h('button', { type: 'button', class: 'btn' });
  // Outside the scrolling text, so the translation notice stays in view with the text it qualifies.
  const notice = h('p', { class: 'notice', role: 'note' });
  drawer.append(
    h('header', {}, h('div', {}, h('p', { class: 'sub' }, t.source), heading), closeButton),
    h('div', { class: 'bar' }, toggle, notice),
    content,
  );
  let trigger: HTMLElement | null = null;
  let shown: { id: string; lang: Language; ctx: SourceContext } | null = null;

  const close = () => {
    drawer.hidden = true;
    shown = null;
    trigger?.focus();
    trigger = null;
  };
  closeButton.addEventListener('click', close);

  const fetchSection = (id: string, lang: Language) => {
    const key = `${lang}:${id}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const section = getSection(api, id, lang);
    cache.set(key, section);
    section.catch(() => cache.delete(key));
    return section;
  };

  const paint = (loaded: Loaded) => {
    const { id, lang, ctx } = shown!;
    const view = renderSource(id, lang, ctx, loaded, t);
    heading.textContent = view.heading;
    toggle.textContent = lang === 'zh' ? t.showEn : t.showZh;
    notice.textContent = view.notice ?? '';
    notice.hidden = !view.notice;
    content.setAttribute('lang', lang);
    content.replaceChildren(...view.body);
    const mark = content.querySelector('mark');
    if (mark) scrollWithin(content, mark);
  };

  const show = async (id: string, lang: Language, ctx: SourceContext) => {
    const current = { id, lang, ctx };
    shown = current;
    paint({ state: 'loading' });
    try {
      const section = await fetchSection(id, lang);
      if (shown === current) paint({ state: 'ready', section });
    } catch {
      if (shown === current) paint({ state: 'failed' });
    }
  };

  toggle.addEventListener('click', () => {
    if (shown) void show(shown.id, shown.lang === 'zh' ? 'en' : 'zh', shown.ctx);
  });

  const open = (id: string, ctx: SourceContext, from: HTMLElement) => {
    trigger = from;
    drawer.hidden = false;
    closeButton.focus();
    return show(id, ctx.lang, ctx);
  };

  return { open, close, isOpen: () => !drawer.hidden };
}
