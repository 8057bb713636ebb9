import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, loadCorpus } from '../../runtimes/node/load-corpus.js';
import { parseMetadata } from './document.js';
import { parsePolicy } from './parse-policy.js';
import { formatSectionPath } from './section.js';

const { corpus } = loadCorpus();
const policy = corpus.documents[0]!;
const text = readFileSync(`${CORPUS_DIR}/jingan/policy.txt`, 'utf8');
const metadata = parseMetadata(readFileSync(`${CORPUS_DIR}/jingan/metadata.json`, 'utf8'), 'metadata.json');
const byId = corpus.sectionById;

describe('parsePolicy on the Jing an measures', () => {
  it('finds 41 measures, 4 overall requirements, the preamble and the validity paragraph', () => {
    expect(policy.sections.filter((s) => s.kind === 'measure').map((s) => s.id)).toEqual(Array.from({ length: 41 }, (_, i) => `M${i + 1}`));
    expect(policy.sections.filter((s) => s.kind === 'requirement').map((s) => s.id)).toEqual(['R1', 'R2', 'R3', 'R4']);
    expect(policy.sections[0]!.id).toBe('PREAMBLE');
    expect(policy.sections.at(-1)!.id).toBe('VALIDITY');
  });

  it('reads titles and section paths', () => {
    const m10 = byId.get('M10')!;
    expect(m10.title).toBe('Enhancing technology finance');
    expect(formatSectionPath(m10)).toBe(
      'II. Supporting Industry Agglomeration and Capacity Upgrading > (III) Promoting the further development of the financial services industry',
    );
    expect(formatSectionPath(byId.get('M16')!)).toBe(
      'II. Supporting Industry Agglomeration and Capacity Upgrading > (IV) Promoting the “five developments” in the professional services industry',
    );
    expect(formatSectionPath(byId.get('M40')!)).toBe('IV. Other Tasks');
    expect(byId.get('R1')!.title).toBe('Focusing on key areas');
  });

  it('splits responsible departments into full names', () => {
    expect(byId.get('M7')!.departments).toEqual(["Jing'an District Commerce Commission", "Jing'an District Market Regulation Bureau"]);
    expect(byId.get('M41')!.departments).toEqual(["Jing'an District Talent Bureau"]);
    expect(byId.get('M9')!.departments).toEqual(["Jing'an District Commerce Commission"]);
    expect(byId.get('M1')!.departments).toHaveLength(8);
    expect(byId.get('M1')!.departments).toContain("Jing'an District Human Resources and Social Security Bureau");
  });

  it('keeps the validity paragraph and the issuing bodies', () => {
    expect(byId.get('VALIDITY')!.text).toContain('remain valid until December 31, 2025');
    expect(policy.metadata.validUntil).toBe('2025-12-31');
    expect(policy.signatories).toEqual(metadata.issuers);
    expect(byId.get('PREAMBLE')!.text).toContain('JDDRC D (2024) No.18');
  });

  it('rejects a measure without its responsible line, naming the line', () => {
    const broken = text.replace(/\n\(Responsible department: Jing’an District Investment Office\)\n11\./, '\n11.');
    expect(() => parsePolicy(broken, metadata)).toThrow(/policy line \d+: M10 has no "\(Responsible/);
  });

  it('rejects numbering gaps and unknown lines, naming the line', () => {
    const lineOf = (doc: string, start: string) => doc.split('\n').findIndex((l) => l.startsWith(start)) + 1;
    const gap = text.replace('\n12. Deepening', '\n13. Deepening');
    expect(() => parsePolicy(gap, metadata)).toThrow(`policy line ${lineOf(gap, '13. Deepening')}: expected item 12, found 13`);
    const withJunk = text.replace('\n(II) Promoting the prosperous', '\nSome stray sentence.\n(II) Promoting the prosperous');
    expect(() => parsePolicy(withJunk, metadata)).toThrow(`policy line ${lineOf(withJunk, 'Some stray')}: not a heading`);
    expect(() => parsePolicy('just one line', metadata)).toThrow(/policy line 1/);
  });

  it('is not tied to this file: a small policy of the same shape parses', () => {
    const small = readFileSync(new URL('./fixtures/small-policy.txt', import.meta.url), 'utf8');
    const parsed = parsePolicy(small, { ...metadata, id: 'example', primary: false });
    expect(parsed.sections.map((s) => s.id)).toEqual(['example:PREAMBLE', 'example:R1', 'example:M1', 'example:M2', 'example:VALIDITY']);
    expect(parsed.sections[3]!.departments).toEqual(['Example District Finance Bureau', 'Example District Data Office']);
  });
});
