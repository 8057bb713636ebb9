import { describe, expect, it } from 'vitest';
import { draftMetadata, readDate } from './draft-metadata.js';

describe('draftMetadata', () => {
  it('reads what a Chinese measures document states, and derives an id when none is given', () => {
    const { metadata, missing } = draftMetadata(
      [
        '某区关于支持文旅消费的实施办法',
        '某文旅规〔2027〕5号',
        '为激发消费活力，制定本办法。',
        '一、基本原则',
        '本办法自2027年3月1日起施行，有效期至2029年2月28日。',
        '某区文化和旅游局',
        '某区财政局',
        '2027年2月10日',
      ],
      null,
    );
    expect(metadata).toEqual({
      id: 'measures-2027',
      title: '某区关于支持文旅消费的实施办法',
      documentNumber: '某文旅规〔2027〕5号',
      issued: '2027-02-10',
      validUntil: '2029-02-28',
      issuers: ['某区文化和旅游局', '某区财政局'],
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
        '区文旅局：电话010-8888 0000。',
      ],
      'a-guide',
    );
    expect(metadata).toEqual({ id: 'a-guide', language: 'zh', shape: 'guide' });
    expect(missing.map((m) => m.field)).toEqual(['title', 'documentNumber', 'issued', 'validUntil', 'issuers', 'jurisdiction']);
  });

  it('reads the English layout: date and number lines, "valid until", issuers named by their county', () => {
    const { metadata } = draftMetadata(
      [
        '(May 5, 2027)',
        'SAMPLE (2027) No.7',
        'To promote river tourism, these Rules are hereby made.',
        'I. General Principles',
        'These Rules come into force on the date of issue and remain valid until April 30, 2029.',
        'Sample County Tourism Bureau',
        'Sample County Finance Bureau',
      ],
      'sample',
    );
    expect(metadata).toEqual({
      id: 'sample',
      documentNumber: 'SAMPLE (2027) No.7',
      issued: '2027-05-05',
      validUntil: '2029-04-30',
      issuers: ['Sample County Tourism Bureau', 'Sample County Finance Bureau'],
      language: 'en',
      jurisdiction: { name: 'Sample County', names: ['Sample County'], departmentPrefix: 'Sample County' },
    });
  });

  it('calls a document whose title says application guide a guide', () => {
    expect(draftMetadata(['2027 Application Guide for Harbour Grants', 'Text.'], 'g').metadata.shape).toBe('guide');
  });
});

describe('readDate', () => {
  it('reads both languages and refuses impossible dates', () => {
    expect(readDate('2027年2月1日')).toBe('2027-02-01');
    expect(readDate('December 9, 2024')).toBe('2024-12-09');
    expect(readDate('2027年2月30日')).toBeUndefined();
    expect(readDate('Octember 9, 2024')).toBeUndefined();
  });

  it('finds the issuers before footnotes printed after the signature, and not in a contact block', () => {
    const { metadata } = draftMetadata(
      [
        '某区关于绿色转型的若干措施',
        '某发改规〔2027〕2号',
        '本措施自2027年1月1日起施行，有效期至2028年12月31日。',
        '某区发展和改革委员会',
        '某区财政局',
        '2026年12月1日',
        '[1] 标准煤按国家标准折算。',
        '[2] 碳足迹认证指国际互认的认证。',
      ],
      'x',
    );
    expect(metadata).toMatchObject({
      issuers: ['某区发展和改革委员会', '某区财政局'],
      issued: '2026-12-01',
      jurisdiction: { name: '某区' },
    });
    const guide = draftMetadata(
      [
        '某区2027年度专项资金申报指南',
        '一、支持对象',
        '七、联系方式',
        '电话：021-5555 0000。',
        '地址：某区某路1号',
        '某区发展和改革委员会',
        '2026年11月9日',
      ],
      'g',
    );
    expect(guide.metadata).toMatchObject({ issuers: ['某区发展和改革委员会'], jurisdiction: { name: '某区' } });
    // Contact lines without a label or closing stop: a name and a phone number are not an issuing body.
    const unlabelled = draftMetadata(
      [
        '某区2027年度专项资金申报指南',
        '七、联系方式',
        '区体育局产业发展科 王老师 021-5555 1206（赛事项目）',
        '区财政局经济建设科 张老师 021-5555 0917',
        '某区体育局',
        '某区财政局',
        '2026年5月20日',
      ],
      'g',
    );
    expect(unlabelled.metadata).toMatchObject({ issuers: ['某区体育局', '某区财政局'], jurisdiction: { name: '某区' } });
  });
});
