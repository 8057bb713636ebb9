import { Converter } from 'opencc-js/t2cn';

// Characters only: the phrase tables (twp) also rewrite mainland words that are spelled the same
// (智慧 -> 智能, 文件 -> 文档), and a simplified question must come out unchanged.
const convert = Converter({ from: 't', to: 'cn' });
const HAN = /\p{Script=Han}/u;

/**
 * A question written in traditional characters (知識產權質押貸款) in the simplified characters
 * the Chinese text, the glossary and every rule use; other text is returned as it is.
 */
export function toSimplified(text: string): string {
  return HAN.test(text) ? convert(text) : text;
}
