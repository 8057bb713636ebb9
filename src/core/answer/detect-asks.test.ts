import { describe, expect, it } from 'vitest';
import { detectAsks } from './detect-asks.js';

describe('detectAsks', () => {
  it.each([
    ['When was this document issued?', ['PREAMBLE']],
    ['What is the document number?', ['PREAMBLE']],
    ['Are banks encouraged to underwrite bonds issued by innovative startups?', []],
    ['Is this policy still in force?', ['VALIDITY']],
    ['Can we still rely on these measures next year?', ['VALIDITY']],
    ['Does it apply to cases from before it was announced?', ['VALIDITY']],
    ['Does the policy support e-sports parks?', []],
    ['现在还能申报吗？', ['VALIDITY']],
    ['这些政策到什么时候截止', ['VALIDITY']],
    ['政策公布前就在做的项目能按这个办吗', ['VALIDITY']],
    ['is the green finance one still live', ['VALIDITY']],
    ['deals done before announcement - covered?', ['VALIDITY']],
    ['when did the measures come out', ['PREAMBLE']],
    ['这条政策明年还可以参照执行吗', ['VALIDITY']],
    // "还有" is "and also", "还想申请" is "also want to apply": neither asks whether it is still in force.
    ['想了解培育政策，还有研发费用加计扣除这些', []],
    ['我们还想申请人才公寓', []],
  ])('%s -> %j', (question, sections) => {
    expect(detectAsks(question).sections).toEqual(sections);
  });

  it.each([
    ['What support is there for biotech companies?', true],
    ['List all support for start-ups', true],
    ['Is there support for cross-border e-commerce?', false],
    ['Any support for going digital?', false],
  ])('%s asks for a list: %s', (question, list) => {
    expect(detectAsks(question).list).toBe(list);
  });

  it('names the details a question asks for', () => {
    expect(detectAsks('How much money can we get, is there an application form, and what is the deadline?').details).toEqual([
      'amounts',
      'application procedures and forms',
      'deadlines',
    ]);
    expect(detectAsks('Which department handles patent loans?')).toMatchObject({ details: [], department: true });
  });
});

describe('detectAsks: a later document', () => {
  it('reads "what replaced it?" as asking the period, and a company replacing its own things as not', () => {
    expect(detectAsks('What replaced the 2024 measures?')).toMatchObject({ sections: ['VALIDITY'], successor: true });
    expect(detectAsks('这个文件是不是已经被新版本取代了？')).toMatchObject({ sections: ['VALIDITY'], successor: true });
    expect(detectAsks('We replaced our old chillers, is there a subsidy?').successor).toBeUndefined();
    expect(detectAsks('国产替代有支持吗').sections).toEqual([]);
  });
});
