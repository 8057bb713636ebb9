import { describe, expect, it } from 'vitest';
import { draftMetadata, readDate } from './draft-metadata.js';

describe('draftMetadata', () => {
  it('reads what a Chinese measures document states, and derives an id when none is given', () => {
    const { metadata, missing } = draftMetadata(
      [
        '某区关于促进产业发展的若干措施',
        '某发改规〔2026〕3号',
        '为推动高质量发展，制定本措施。',
        '一、总体要求',
        '本措施自2026年1月1日起施行，有效期至2028年12月31日。',
        '某区发展和改革委员会',
        '某区商务委员会',
        '2025年12月15日',
      ],
      null,
    );
    expect(metadata).toEqual({
      id: 'measures-2026',
      title: '某区关于促进产业发展的若干措施',
      documentNumber: '某发改规〔2026〕3号',
      issued: '2025-12-15',
      validUntil: '2028-12-31',
      issuers: ['某区发展和改革委员会', '某区商务委员会'],
      language: 'zh',
      jurisdiction: { name: '某区', names: ['某区'] },
    });
    expect(missing).toEqual([]);
  });

  it('recognises a guide by its parts and leaves out what the text does not state', () => {
    const { metadata, missing } = draftMetadata(
      [
        '一、支持对象',
        '本区企业。',
        '二、申报条件',
        '依法经营。',
        '三、申报材料',
        '申请表。',
        '七、联系方式',
        '区商务委：电话021-5555 0101。',
      ],
      'a-guide',
    );
    expect(metadata).toEqual({ id: 'a-guide', language: 'zh', shape: 'guide' });
    expect(missing.map((m) => m.field)).toEqual(['title', 'documentNumber', 'issued', 'validUntil', 'issuers', 'jurisdiction']);
  });

  it('reads the English layout: date and number lines, "valid until", issuers named by their district', () => {
    const { metadata } = draftMetadata(
      [
        '(March 1, 2026)',
        'EXD (2026) No.3',
        'In order to support enterprises, these Measures are hereby formulated.',
        'I. Overall Requirements',
        'These Measures shall be effective as of the date of announcement and remain valid until December 31, 2027.',
        'Example District Transport Commission',
        'Example District Finance Office',
      ],
      'example',
    );
    expect(metadata).toMatchObject({
      documentNumber: 'EXD (2026) No.3',
      issued: '2026-03-01',
      validUntil: '2027-12-31',
      language: 'en',
      jurisdiction: { name: 'Example District', names: ['Example District'], departmentPrefix: 'Example District' },
    });
    expect(metadata).not.toHaveProperty('title');
  });

  it('calls a document whose title says application guide a guide', () => {
    expect(draftMetadata(['2026 Application Guide for Drone Subsidies', 'Text.'], 'g').metadata.shape).toBe('guide');
  });
});

describe('readDate', () => {
  it('reads both languages and refuses impossible dates', () => {
    expect(readDate('2026年2月1日')).toBe('2026-02-01');
    expect(readDate('December 9, 2024')).toBe('2024-12-09');
    expect(readDate('2026年2月30日')).toBeUndefined();
    expect(readDate('Octember 9, 2024')).toBeUndefined();
  });
});
