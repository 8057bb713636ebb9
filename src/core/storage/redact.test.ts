import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';

const removed = (label: string) => `[${label} removed]`;

describe('redact removes personal data', () => {
  it.each([
    ['write to li.wei@example.com please', 'write to [email removed] please'],
    ['LI.WEI+tag@Mail.Example.com.cn', removed('email')],
    ['a_b-c%d@sub-domain.org.', `${removed('email')}.`],
  ])('e-mail: %s', (input, output) => {
    expect(redact(input)).toBe(output);
  });

  it.each([
    ['13812345678'],
    ['+8613812345678'],
    ['+86 13812345678'],
    ['+86 138 1234 5678'],
    ['+86-138-1234-5678'],
    ['0086 13812345678'],
    ['138 1234 5678'],
    ['199-0000-1111'],
  ])('Chinese mobile: %s', (input) => {
    expect(redact(`call ${input} today`)).toBe(`call ${removed('phone')} today`);
  });

  it('a mobile number inside Chinese text', () => {
    expect(redact('我的电话13812345678号')).toBe(`我的电话${removed('phone')}号`);
  });

  it.each([
    ['021-12345678'],
    ['(021) 1234 5678'],
    ['(021) 12345678'],
    ['021 1234 5678'],
    ['02112345678'],
    ['010-12345678'],
    ['0755-1234567'],
  ])('landline: %s', (input) => {
    expect(redact(`office ${input}.`)).toBe(`office ${removed('phone')}.`);
  });

  it.each([['+1 415 555 2671'], ['+1 (415) 555-2671'], ['+44 20 7946 0958'], ['0044 20 7946 0958'], ['+86 21 1234 5678']])(
    'international: %s',
    (input) => {
      expect(redact(`tel ${input}`)).toBe(`tel ${removed('phone')}`);
    },
  );

  it.each([['110101199003077578'], ['11010519491231002X'], ['11010519491231002x'], ['440301200001010012']])(
    'PRC id number: %s',
    (input) => {
      expect(redact(`ID ${input}.`)).toBe(`ID ${removed('id-number')}.`);
    },
  );

  it.each([
    ['4111111111111111'],
    ['4111 1111 1111 1111'],
    ['4111-1111-1111-1111'],
    ['6222021234567890128'],
    ['6222 0212 3456 7890 128'],
    ['5500 0000 0000 0004'],
  ])('bank card passing Luhn: %s', (input) => {
    expect(redact(`card ${input} end`)).toBe(`card ${removed('card-number')} end`);
  });

  it('keeps a long number that fails the Luhn check', () => {
    expect(redact('order 4111111111111112')).toBe('order 4111111111111112');
  });

  it('removes several items in one message and keeps the rest', () => {
    expect(redact('I am at a@b.cn or 13812345678; does Measure 10 apply?')).toBe(
      `I am at ${removed('email')} or ${removed('phone')}; does Measure 10 apply?`,
    );
  });
});

describe('redact reads what Chinese users type', () => {
  it.each([
    ['手机１３８１２３４５６７８', `手机${removed('phone')}`],
    ['手机１３８ １２３４ ５６７８。', `手机${removed('phone')}。`],
    ['座机０２１－１２３４５６７８', `座机${removed('phone')}`],
    ['mobile ١٣٨١٢٣٤٥٦٧٨ please', `mobile ${removed('phone')} please`],
    ['身份证１１０１０１１９９００３０７７５７８', `身份证${removed('id-number')}`],
    ['身份证110101 19900307 7578', `身份证${removed('id-number')}`],
    ['ID 110101-1990-0307-7578.', `ID ${removed('id-number')}.`],
    ['ID 110101 1990 0307 757X.', `ID ${removed('id-number')}.`],
    ['身份证号１１０１０１－１９９００３０７－７５７８', `身份证号${removed('id-number')}`],
    ['卡号６２２２ ０２１２ ３４５６ ７８９０ １２８', `卡号${removed('card-number')}`],
    ['邮箱li.wei＠example。com，谢谢', `邮箱${removed('email')}，谢谢`],
    ['mail ｌｉ＠ｅｘａｍｐｌｅ．ｃｏｍ now', `mail ${removed('email')} now`],
    ['联系我 li﹫example.cn', `联系我 ${removed('email')}`],
    ['电话138\u200b1234\u200b5678', `电话${removed('phone')}`],
  ])('%s', (input, output) => {
    expect(redact(input)).toBe(output);
  });

  it('keeps full-width ordinary numbers', () => {
    for (const text of ['措施１０', '２０２５年１２月３１日', '最高５００万元', '第１０条和第１１条']) expect(redact(text)).toBe(text);
  });
});

describe('redact keeps ordinary text', () => {
  it.each([
    'Measure 10',
    '2025',
    'December 31, 2025',
    '(2+2)+(3+6)+(4+5)',
    'JDDRC D (2024) No.18',
    '41 measures',
    '50000000 yuan',
    'valid from 9 December 2024 until 2025-12-31',
    'Measures 1-41 and Overall Requirements 1-4',
    'up to 5,000,000 yuan or 20% of 3000000',
    '2024年12月9日',
    'a subsidy of 100000000 yuan',
    '20241209 20251231',
    'M10 M15 M20 M25',
    'Measures 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13',
    '3+1 model',
  ])('%s', (text) => {
    expect(redact(text)).toBe(text);
  });

  // Known gap: the international rule reads "005 000" as 00 + country code 5. Fix in
  // redact.ts: give that rule the landline's lookbehind, (?<!\d[ -]?). Remove `.fails` then.
  it('space-grouped amounts such as "10 005 000 yuan"', () => {
    expect(redact('10 005 000 yuan')).toBe('10 005 000 yuan');
  });
});
