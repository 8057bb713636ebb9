import { describe, expect, it } from 'vitest';
import { createId, ID_PATTERN } from './ids.js';

describe('createId', () => {
  it('sorts by creation time, byte for byte, as the database compares them', () => {
    const times = [0, 1, 35, 36, Date.UTC(2024, 0, 1), Date.UTC(2026, 10, 28, 12), Date.UTC(2059, 0, 1), Date.UTC(2100, 0, 1)];
    const ids = times.map((t) => createId('m', t));
    // ASCII only, so code-unit order (sort's default) is SQLite's BINARY byte order.
    expect([...ids].sort()).toEqual(ids);
  });

  it('keeps 128 random bits after the time, so two ids of the same millisecond differ', () => {
    const at = Date.UTC(2026, 10, 28);
    const ids = new Set(Array.from({ length: 1000 }, () => createId('c', at)));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^c_[0-9a-z]{9}[A-Za-z0-9_-]{22}$/);
  });

  it('accepts new ids and the older ones without a time, and nothing else', () => {
    expect(ID_PATTERN.test(createId('c'))).toBe(true);
    expect(ID_PATTERN.test('m_AbCdEfGhIjKlMnOpQrStUv')).toBe(true);
    for (const bad of ['c_short', `x_${'a'.repeat(31)}`, `c_${'a'.repeat(9)}${'b'.repeat(21)}!`, `c_${'A'.repeat(9)}${'b'.repeat(22)}`]) {
      expect(ID_PATTERN.test(bad)).toBe(false);
    }
  });
});

describe('the random part', () => {
  it('is the bytes in unpadded base64url, 22 characters for 16 bytes', () => {
    for (let i = 0; i < 200; i++) {
      const random = createId('m', 0).slice(2 + 9);
      expect(random).toHaveLength(22);
      const bytes = Uint8Array.from(atob(`${random.replace(/-/g, '+').replace(/_/g, '/')}==`), (c) => c.charCodeAt(0));
      expect(bytes).toHaveLength(16);
      const again = btoa(String.fromCharCode(...bytes))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '');
      expect(again).toBe(random);
    }
  });
});
