import { describe, expect, it } from 'vitest';
import { createCorpus } from '../corpus/corpus.js';
import { parseMetadata } from '../corpus/document.js';
import { parseDocument } from '../corpus/parse-document.js';
import { classifyMessage } from './classify-message.js';

// A fictional document about flying: its own topic words are not errands.
const metadata = {
  id: 'flying-2026',
  title: 'Measures of Example District on Drone Flights (fictional test document)',
  documentNumber: 'EXD (2026) No.9',
  issued: '2026-03-01',
  validUntil: '2027-12-31',
  issuers: ['Example District Transport Commission'],
  language: 'en',
  jurisdiction: { name: 'Example District', names: ['Example District'], departmentPrefix: 'Example District' },
};
const text = `(March 1, 2026)
EXD (2026) No.9
FICTIONAL TEST DOCUMENT. In order to support drone flights in Example District, these Measures are hereby formulated.
I. Overall Requirements
1. Serving enterprises first. We will keep support simple for enterprises.
II. Supporting New Industries
(I) Drones
1. Supporting flight-control technology. We will support enterprises developing flight-control software for drones.
(Responsible department: Example District Transport Commission)
These Measures shall be effective as of the date of announcement and remain valid until December 31, 2027.
Example District Transport Commission`;
const flying = createCorpus([parseDocument(text, parseMetadata(JSON.stringify(metadata), 'metadata.json'))]);
const other = createCorpus([
  parseDocument(
    text.replaceAll('drone flights', 'robots').replaceAll('flight-control technology', 'robotics').replaceAll('flight-control', 'control'),
    parseMetadata(
      JSON.stringify({ ...metadata, title: 'Measures of Example District on Robots (fictional test document)' }),
      'metadata.json',
    ),
  ),
]);

describe('classifyMessage', () => {
  it('reads an errand word a loaded document is about as the document’s topic', () => {
    expect(classifyMessage('We develop flight-control software. Will the district pay for part of our R&D?', flying)).toBe('policy');
    expect(classifyMessage('We develop flight-control software. Will the district pay for part of our R&D?', other)).toBe('other_task');
  });

  it('still reads an errand that no document speaks of as an errand', () => {
    expect(classifyMessage('book me train tickets to Beijing', flying)).toBe('other_task');
  });
});
