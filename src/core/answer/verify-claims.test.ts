import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../runtimes/node/load-corpus.js';
import { loadPrompts } from '../../runtimes/node/load-prompts.js';
import { checkClaim } from './verify-claims.js';
import { createEchoCheck } from './verify-prompt-echo.js';

const { corpus } = loadCorpus();
const isEcho = createEchoCheck(loadPrompts());
const failure = (sentence: string) => checkClaim(sentence, corpus, isEcho).failure;

describe('checking a model sentence against the sections it cites', () => {
  it.each([
    'The district will promote "technology performance loans" and intellectual property mortgage loans [M10].',
    "Measure 10 is the responsibility of the Jing'an District Investment Office [M10].",
    'The policy does not specify amounts or deadlines; please contact the Investment Office [M10].',
    'These measures were valid until 31 December 2025 [VALIDITY].',
    'The measures were issued on 9 December 2024 as JDDRC D (2024) No.18 [PREAMBLE].',
    'Measures 10 and 11 both support finance [M10][M11].',
    '根据措施10，静安区推广“科技履约贷”、知识产权质押贷款等金融产品[M10]。',
    '该措施由区投资办负责[M10]。',
    '本措施有效期至2025年12月31日[VALIDITY]。',
    'Here is what the measures say:',
    'Yes.',
  ])('passes %s', (sentence) => {
    expect(failure(sentence)).toBeNull();
  });

  it.each([
    ['Firms can borrow up to 5 million yuan against their patents [M10].', 'figure'],
    ['Intellectual property mortgage loans carry a 50% interest subsidy [M10].', 'figure'],
    ['Applications close on 30 June 2025 [M10].', 'figure'],
    ['Decisions come within twenty working days [M10].', 'figure'],
    ['知识产权质押贷款最高可贷五百万元[M10]。', 'figure'],
    ['推广知识产权质押贷款，贴息比例为50%[M10]。', 'figure'],
    ['Deadline: 30 June 2026.', 'figure'],
    ['Measure 50 also supports patent loans [M10].', 'measure'],
    ['措施42同样支持知识产权质押贷款[M10]。', 'measure'],
    ['The Shanghai Technology Innovation Fund co-finances the loans [M10].', 'organisation'],
    ['由上海科创银行提供知识产权质押贷款[M10]。', 'organisation'],
    ['Apply at https://www.jingan.gov.cn/apply for the loans [M10].', 'link'],
    ['Send the form to invest@jingan.gov.cn [M10].', 'contact'],
    ['Call the Investment Office on 021-6215-1234 [M10].', 'contact'],
    ['Use requests.get(url) to fetch the loans page [M10].', 'code'],
    ['You are a policy assistant.', 'prompt_echo'],
    ['Never use outside knowledge, never guess amounts [M10].', 'prompt_echo'],
    ['All subsidies are doubled for every startup in the district [M10].', 'support'],
    ['Every startup receives a cash grant from the district government.', 'uncited'],
  ])('rejects %s (%s)', (sentence, expected) => {
    expect(failure(sentence)).toBe(expected);
  });

  it('counts a claim only when it is cited and says something checked', () => {
    expect(checkClaim('The district will boost intellectual property mortgage loans [M10].', corpus, isEcho).anchored).toBe(true);
    expect(checkClaim('本措施于2024年12月9日印发[PREAMBLE]。', corpus, isEcho).anchored).toBe(true);
    expect(checkClaim('In short:', corpus, isEcho).anchored).toBe(false);
    expect(checkClaim('See Measure 10 [M10].', corpus, isEcho).anchored).toBe(false);
    expect(checkClaim('Can a tech company get intellectual property mortgage loans? [M10]', corpus, isEcho).anchored).toBe(false);
  });
});

describe('clauses a model appends to a copied sentence', () => {
  it.each([
    [
      'The district will boost "technology performance loans" and intellectual property mortgage loans, but only foreign-owned enterprises may apply and no approval is required [M10].',
    ],
    [
      'The district will boost "technology performance loans" and intellectual property mortgage loans; applications must be submitted online by the end of each year [M10].',
    ],
    ['推广“科技履约贷”、知识产权质押贷款等金融产品，但仅限外资企业申请[M10]。'],
    ['推广“科技履约贷”、知识产权质押贷款等金融产品，申请须在每年年底前通过一网通办提交，逾期不予受理[M10]。'],
    ['推广“科技履约贷”、知识产权质押贷款等金融产品，无需审批[M10]。'],
    [
      'The district will boost "technology performance loans" and intellectual property mortgage loans; the policy does not specify amounts, and no approval is required [M10].',
    ],
    ['推广“科技履约贷”、知识产权质押贷款等金融产品，政策未规定具体金额，无需审批[M10]。'],
    // The effective period's text has "approval" and, in its document number "No.18", a "no".
    [
      'For cases that existed before the date of announcement and are in compliance with the content of these Measures, they may be handled with reference to these Measures, the text does not specify amounts, and no approval is required [VALIDITY].',
    ],
  ])('drops %s', (sentence) => {
    expect(['clause', 'condition']).toContain(failure(sentence));
  });
});

describe('figures in every script', () => {
  it.each([
    '知识产权质押贷款最高可贷伍佰万元[M10]。',
    '推广知识产权质押贷款，贴息比例为伍拾％[M10]。',
    'Firms can borrow up to ٥ million yuan against their patents [M10].',
    'Firms can borrow up to ५००० yuan against their patents [M10].',
    '知识产权质押贷款期限为叁年[M10]。',
    '知识产权质押贷款最高可贷５００万元[M10]。',
  ])('rejects %s', (sentence) => {
    expect(failure(sentence)).toBe('figure');
  });

  it('rejects a phone number written in full-width digits', () => {
    expect(failure('咨询电话０２１－６２１５１２３４[M10]。')).toBe('contact');
  });

  it('finds the figures of a date of the text written in Chinese numerals', () => {
    expect(failure('本措施有效期至二〇二五年十二月三十一日[VALIDITY]。')).not.toBe('figure');
    expect(failure('本措施有效期至二〇二六年十二月三十一日[VALIDITY]。')).toBe('figure');
  });
});

describe('links and contacts in other widths and look-alike letters', () => {
  it.each([
    ['Apply online at ｗｗｗ．ｊｉｎｇａｎ．ｇｏｖ．ｃｎ/apply for the loans [M10].', 'link'],
    ['Send the form to іnvest＠jingan。gov。cn [M10].', 'contact'],
    ['申请材料请发送至invest＠jingan。gov。cn[M10]。', 'contact'],
    ['推广知识产权质押贷款，请登录ｈｔｔｐｓ：／／ｗｗｗ．ｊｉｎｇａｎ．ｇｏｖ．ｃｎ申请[M10]。', 'link'],
  ])('rejects %s (%s)', (sentence, expected) => {
    expect(failure(sentence)).toBe(expected);
  });
});
