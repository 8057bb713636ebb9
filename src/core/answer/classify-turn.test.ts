import { describe, expect, it } from 'vitest';
import { detectSmalltalk } from './classify-turn.js';
import { detectLanguage } from '../text/detect-language.js';

const detect = (message: string) => detectSmalltalk(message, detectLanguage(message));

describe('smalltalk', () => {
  it.each([
    ['hello', 'greeting'],
    ['hi there!', 'greeting'],
    ['thanks, that helps', 'thanks'],
    ['Thank you so much!', 'thanks'],
    ['ok great', 'thanks'],
    ['你好', 'greeting'],
    ['好的，谢谢！', 'thanks'],
    ['明白了，多谢', 'thanks'],
    ['what can you do?', 'help'],
    ['你能做什么？', 'help'],
    ['Hello! Quick question about retail.', 'greeting'],
    ["thanks, that's all for now", 'thanks'],
    ["that's it, thank you", 'thanks'],
    ['行，谢谢', 'thanks'],
    ['好的，就这些', 'thanks'],
    ['谢谢你的帮助', 'thanks'],
  ])('%s -> %s', (message, kind) => {
    expect(detect(message)).toBe(kind);
  });

  it.each([
    'thanks, and who handles that?',
    'hello, which measures support biomedicine?',
    '谢谢，那申请条件呢？',
    'What is the weather tomorrow?',
    'is that all the support there is?',
    '银行有支持吗',
    'hi, residents keep asking me things. 1) neighbourhood breakfast stalls 2) smart elderly care gadgets',
    '你好，我们是一家芯片设计公司。一是想搞关键技术攻关；二是想建一个集成电路公共服务平台',
  ])('is not smalltalk when a question or numbered needs come with it: %s', (message) => {
    expect(detect(message)).toBeNull();
  });
});
