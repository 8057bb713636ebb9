import { Converter } from 'opencc-js/t2cn';

// Characters only: the phrase tables (twp) also rewrite mainland words that are spelled the same
// (智慧 -> 智能, 文件 -> 文档), and a simplified question must come out unchanged.
const convert = Converter({ from: 't', to: 'cn' });
const HAN = /\p{Script=Han}/u;
/** The characters the converter changes, found once (about 30 ms) on the first Chinese text. */
let traditional: Set<string> | undefined;

/**
 * A question written in traditional characters (知識產權質押貸款) in the simplified characters
 * the Chinese text, the glossary and every rule use; other text is returned as it is. The
 * converter is only run on text that holds a traditional character: it costs about 1 µs a
 * character, the check a tenth of that.
 */
export function toSimplified(text: string): string {
  if (!HAN.test(text)) return text;
  traditional ??= findTraditional();
  for (const char of text) if (traditional.has(char)) return convert(text);
  return text;
}

function findTraditional(): Set<string> {
  const found = new Set<string>();
  // CJK Extension A and the Unified Ideographs: every character the converter knows.
  for (let code = 0x3400; code <= 0x9fff; code++) {
    const char = String.fromCodePoint(code);
    if (convert(char) !== char) found.add(char);
  }
  return found;
}
