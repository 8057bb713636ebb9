import { describe, expect, it } from 'vitest';
import { remember } from './remember.js';

describe('remember', () => {
  it('computes each key once, and starts again once it holds max results', () => {
    const calls: string[] = [];
    const upper = remember(2, (key) => {
      calls.push(key);
      return key.toUpperCase();
    });
    expect([upper('a'), upper('a'), upper('b')]).toEqual(['A', 'A', 'B']);
    expect(calls).toEqual(['a', 'b']);
    expect(upper('c')).toBe('C');
    expect(upper('a')).toBe('A');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
