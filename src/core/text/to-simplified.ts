import { Converter } from 'opencc-js/t2cn';

// Taiwan's phrases too (軟體 -> 软件, 資訊 -> 信息): the text and the glossary use mainland words.
const convert = Converter({ from: 'twp', to: 'cn' });
const HAN = /\p{Script=Han}/u;

/**
 * A question written in traditional characters (知識產權質押貸款) in the simplified characters
 * the Chinese text, the glossary and every rule use; other text is returned as it is.
 */
export function toSimplified(text: string): string {
  return HAN.test(text) ? convert(text) : text;
}
