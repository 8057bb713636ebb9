import { describe, expect, it } from 'vitest';
import { createVerifiedStream } from './verified-stream.js';

/** A stand-in verifier: "BAD" fails, a marker makes a claim, anything else frames. */
const check = (unit: string) => ({
  text: unit.replace('[M42]', ''),
  verdict: unit.includes('BAD')
    ? { failure: 'figure' as const, anchored: false }
    : { failure: null, anchored: /\[M\d+\]/.test(unit.replace('[M42]', '')) },
});

const run = (text: string, { size = 3, complete = true } = {}) => {
  const deltas: string[] = [];
  const rejected: string[] = [];
  const stream = createVerifiedStream(
    check,
    (d) => deltas.push(d),
    (r) => rejected.push(r),
  );
  for (let i = 0; i < text.length; i += size) stream.push(text.slice(i, i + size));
  const answer = stream.finish(complete);
  return { answer, sent: deltas.join(''), deltas, rejected };
};

describe('verified streaming', () => {
  it('sends each sentence once it has passed, and the answer is exactly what was sent', () => {
    const { answer, sent, deltas } = run('Patent loans are boosted [M10]. Green bonds are supported [M11].');
    expect(deltas).toEqual(['Patent loans are boosted [M10].', ' Green bonds are supported [M11].']);
    expect(answer).toBe(sent);
  });

  it('drops a failing sentence wherever it is and keeps the rest, paragraph breaks included', () => {
    const { answer, rejected } = run('BAD first [M10]. Loans [M10].\n\nBAD again [M10]. Bonds [M11]. BAD last.');
    expect(answer).toBe('Loans [M10].\n\nBonds [M11].');
    expect(rejected).toEqual(['figure', 'figure', 'figure']);
  });

  it('holds framing until a claim passes, and sends nothing when none does', () => {
    expect(run('Yes. In short:\n- Loans [M10].').answer).toBe('Yes. In short:\n- Loans [M10].');
    const none = run('Yes. BAD claim [M10]. REFUSE');
    expect(none.answer).toBeNull();
    expect(none.sent).toBe('');
  });

  it('drops a trailing lead-in with nothing after it, and markers for ids that were not given', () => {
    expect(run('Loans [M10]. Also [M42]. The others:').answer).toBe('Loans [M10]. Also .');
  });

  it('drops everything inside a code fence', () => {
    const { answer, rejected } = run('Loans [M10].\n```python\nimport requests [M10].\n```\nBonds [M11].');
    expect(answer).toBe('Loans [M10].\nBonds [M11].');
    expect(rejected).toEqual(['code', 'code', 'code']);
  });

  it('keeps what was sent when the model fails midway, dropping the unfinished sentence', () => {
    const { answer, sent } = run('Loans [M10]. Bonds are supp', { complete: false });
    expect(answer).toBe('Loans [M10].');
    expect(sent).toBe(answer);
  });
});
