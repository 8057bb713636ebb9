import { h } from './dom.js';
import type { Strings } from './i18n.js';
import type { Contact } from './types.js';

/** One department's phone, address and website as a card: in the hand-off's fallback and the source drawer. */
export function renderContact(contact: Contact, t: Strings): HTMLElement {
  const card = h('li', { class: 'card' }, h('h5', {}, contact.department));
  const line = (label: string, value: Node | string) => card.append(h('p', { class: 'meta' }, label + t.colon, value));
  if (contact.phone) line(t.phone, h('a', { href: `tel:${contact.phone.replace(/[^\d+]/g, '')}` }, contact.phone));
  if (contact.address) line(t.address, contact.address);
  if (contact.url)
    line(
      t.website,
      isWebAddress(contact.url) ? h('a', { href: contact.url, target: '_blank', rel: 'noopener noreferrer' }, contact.url) : contact.url,
    );
  return card;
}

/** Only http(s) addresses become links: a `javascript:` URL in metadata must never run. */
function isWebAddress(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}
