import { describe, expect, it } from 'vitest';
import { parseMetadata } from './document.js';

/** metadata.json with the contract's fields only: no jurisdiction, and a guide without a number. */
const contractOnly = {
  id: 'yl-guide',
  title: '2026年度云澜区专项资金申报指南（虚构）',
  documentNumber: null,
  issued: '2026-10-20',
  validUntil: '2026-12-31',
  issuers: ['云澜区科学技术委员会'],
  language: 'zh',
  shape: 'guide',
};

describe('parseMetadata', () => {
  it('loads a folder written with the contract fields only: the jurisdiction read from the issuers, no number named as such', () => {
    const metadata = parseMetadata(JSON.stringify(contractOnly), 'metadata.json');
    expect(metadata.jurisdiction).toEqual({ name: '云澜区', names: ['云澜区'], places: [], departmentPrefix: '' });
    expect(metadata.documentNumber).toBe('（未标注文号）');
    const { documentNumber: _left, ...withoutNumber } = contractOnly;
    expect(
      parseMetadata(JSON.stringify({ ...withoutNumber, language: 'en', issuers: ['Sample County Finance Office'] }), 'm').jurisdiction,
    ).toMatchObject({
      name: 'Sample County',
      departmentPrefix: 'Sample County',
    });
  });

  it('keeps a jurisdiction the file states', () => {
    const jurisdiction = { name: '云澜区', names: ['云澜区', 'Yunlan'], places: ['锦绣路'], departmentPrefix: '' };
    expect(parseMetadata(JSON.stringify({ ...contractOnly, jurisdiction }), 'm').jurisdiction).toEqual(jurisdiction);
  });

  it('says which field to write when the issuers name no common jurisdiction', () => {
    const issuers = ['云澜区科学技术委员会', '云溪区商务委员会'];
    expect(() => parseMetadata(JSON.stringify({ ...contractOnly, issuers }), 'yl/metadata.json')).toThrow(
      'yl/metadata.json: jurisdiction: the issuers name no common district, county or city; write it',
    );
  });
});
