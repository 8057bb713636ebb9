import { describe, expect, it } from 'vitest';
import { createVerifiedStream } from './verified-stream.js';

const run = (pieces: string[], verifiedInTheEnd = true) => {
  const sent: string[] = [];
  const stream = createVerifiedStream(new Set(['M10', 'M11']), (t) => sent.push(t));
  for (const piece of pieces) stream.push(piece);
  if (verifiedInTheEnd) stream.finish();
  return sent.join('');
};

describe('verified streaming', () => {
  it('sends finished, cited sentences as they complete', () => {
    const sent: string[] = [];
    const stream = createVerifiedStream(new Set(['M10']), (t) => sent.push(t));
    for (const piece of 'The district will boost patent loans [M10]. It names '.split(/(?<= )/)) stream.push(piece);
    expect(sent.join('')).toBe('The district will boost patent loans [M10].');
  });

  it('stops at the first substantive sentence without a marker', () => {
    const text = 'Patent loans are boosted [M10]. Every startup also receives five million yuan from the district. Green bonds too [M11].';
    expect(run(text.match(/\S+\s*/g)!, false)).toBe('Patent loans are boosted [M10].');
  });

  it('drops markers for ids that were not retrieved and never shows REFUSE', () => {
    expect(run(['Firms get support under [M42] and [M10]. ', 'Done'])).toBe('Firms get support under and [M10]. Done');
    expect(run(['REFUSE'], false)).toBe('');
  });
});
