import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHistory, newConversation } from './history.js';

/** A Storage with a byte quota, as browsers have: setItem throws once it would be exceeded. */
function fakeStorage(quota = Number.POSITIVE_INFINITY) {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      const used = [...items].reduce((sum, [k, v]) => sum + (k === key ? 0 : v.length), 0);
      if (used + value.length > quota) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
  };
}

const asked = (text: string) => {
  const conversation = newConversation();
  conversation.turns.push({ role: 'user', text });
  return conversation;
};

describe('createHistory', () => {
  beforeEach(() => {
    vi.stubGlobal('localStorage', fakeStorage());
    vi.stubGlobal('sessionStorage', fakeStorage());
  });
  afterEach(() => vi.unstubAllGlobals());

  it('keeps conversations newest first, reloads the current one, and forgets them all on clear', () => {
    const history = createHistory('https://api.test');
    const first = asked('Who handles technology finance?');
    history.save(first);
    const second = asked('x'.repeat(200));
    history.save(second);
    expect(history.list().map((c) => c.key)).toEqual([second.key, first.key]);
    expect(history.list()[0]!.title).toHaveLength(80);
    history.save(first);
    expect(createHistory('https://api.test').load().conversation.key).toBe(first.key);
    expect(createHistory('https://other.test').list()).toEqual([]);

    history.clear();
    expect(history.list()).toEqual([]);
    expect(history.load().conversation.turns).toEqual([]);
  });

  it('does not list a conversation before its first question, and keeps at most 20', () => {
    const history = createHistory('https://api.test');
    history.save(newConversation());
    expect(history.list()).toEqual([]);
    for (let i = 0; i < 25; i++) history.save(asked(`question ${i}`));
    expect(history.list()).toHaveLength(20);
    expect(history.list()[0]!.title).toBe('question 24');
  });

  it('drops the oldest conversations when the device quota is full, and keeps the current one', () => {
    vi.stubGlobal('localStorage', fakeStorage(2_000));
    const history = createHistory('https://api.test');
    for (let i = 0; i < 10; i++) history.save(asked(`${i} ${'y'.repeat(300)}`));
    const titles = history.list().map((c) => c.title.split(' ')[0]);
    expect(titles[0]).toBe('9');
    expect(titles.length).toBeLessThan(10);
    expect(titles).toEqual([...titles].sort().reverse());
  });

  it('remembers the interface language chosen and the open panel per tab, and survives blocked storage', () => {
    const history = createHistory('https://api.test');
    expect(history.language()).toBeNull();
    history.saveLanguage('zh');
    history.saveOpen(true);
    expect(history.language()).toBe('zh');
    expect(history.load().open).toBe(true);

    const blocked = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => undefined,
    };
    vi.stubGlobal('localStorage', blocked);
    vi.stubGlobal('sessionStorage', blocked);
    const fresh = createHistory('https://api.test');
    expect(() => fresh.save(asked('q'))).not.toThrow();
    expect(fresh.load()).toMatchObject({ open: false, conversation: { turns: [] } });
    expect(fresh.language()).toBeNull();
  });
});
