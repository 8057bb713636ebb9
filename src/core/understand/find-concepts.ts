import type { Language } from '../corpus/section.js';
import { langRule, langWords } from '../lang/lang-data.js';
import type { LangRule } from '../lang/lang-rule.js';
import { countHan, isChineseStopword, segmentWords } from '../text/tokenize-chinese.js';
import { isOneEditAway, isSwapAway } from '../text/edit-distance.js';
import { STOPWORDS } from '../text/stopwords.js';
import { contentWords } from '../text/tokenize.js';
import { remember } from '../text/remember.js';

/** Everything a question may ask for besides its topic (how much, by when, whom to call, which list). */
const ASK_PATTERNS: RegExp[] = [
  // "What replaced it?", "how many measures are there?" ask about a document, whatever words they name that with.
  langRule('documents', 'successor'),
  langRule('documents', 'shape'),
  ...[
    'amounts',
    'interest-rates',
    'banks',
    'procedures',
    'deadlines',
    'eligibility',
    'contacts',
    'validity',
    'document',
    'department',
    'list',
  ].map((name) => langRule('asks', name)),
].flatMap(everyMatch);

const QUESTION_FORM = langRule('coverage', 'question-form');

const FRAME: Record<Language, ReadonlySet<string>> = {
  en: new Set(langWords('coverage', 'frame', 'en')),
  zh: new Set(langWords('coverage', 'frame', 'zh')),
};

/** "会不会", "要不要": a yes-or-no frame, never a topic (lang/zh/coverage.json). */
const A_NOT_A = langRule('coverage', 'a-not-a', ['zh']);
/** Characters of Chinese phrase fragments (particles, numerals, demonstratives): see lang/zh/coverage.json. */
const FUNCTION_CHARACTERS = new Set(langWords('coverage', 'function', 'zh'));
/** Characters that take the next one as their measure word (哪天, 几个): see lang/zh/coverage.json. */
const BINDING_CHARACTERS = new Set(langWords('coverage', 'binding', 'zh'));
/** Misspelt frame words ("mesure") are frame words too, when long enough to tell ("park" is not "part"). */
const TYPO_MIN_LENGTH = 5;

/** A Chinese clause this short that holds no Latin word only asks ("区里有吗", "可以吗"). */
const BARE_ASK_HAN = 4;
const HAN_WORD = /^\p{Script=Han}{2,}$/u;
const HAN_WORD_CHARACTER = /^\p{Script=Han}$/u;
const LATIN_WORD = /^[a-z][a-z0-9'-]+$/;
const CLAUSE = /[^，,。.;；!！?？—\n]+/g;
/**
 * A dash between spaces ("we'll need money too - are banks pushed to lend?") and a colon after a
 * word ("money side: banks won't lend") end a clause; a dash inside a word or a colon in 9:00 does not.
 */
const CLAUSE_BREAK = /\s[-–—]\s|(?<!\d)[:：]/g;
/** Where a removed span (an ask, a place, a glossary term) or punctuation left a gap: words never join across it. */
const GAP = /[\s\p{P}]+/u;

/**
 * The words that name what a message is about: its own words without what it asks for (amounts,
 * deadlines, a department), the places the documents cover, the words every question to a policy
 * frames itself with, stop words and numbers. English words as written (lower case); Chinese as the segmenter cuts them, with
 * any Latin words (ICP, NMPA) beside them.
 */
export function findConcepts(message: string, language: Language, vocabulary: ConceptVocabulary): Concept[] {
  // The covered district's own places say where, not what: "a studio on <a road of the district>".
  const topic = ASK_PATTERNS.reduce(
    (text, pattern) => text.replace(pattern, ' '),
    message.normalize('NFKC').replace(vocabulary.places, ' '),
  );
  const ask = askingClause(message);
  if (language === 'en') return unique(contentWords(topic).filter(isEnglishConcept), ask);
  // The glossary's terms are whole concepts (会计师事务所), however the segmenter would cut them.
  const { terms } = vocabulary.glossary(topic);
  const rest = terms.reduce((text, term) => text.split(term).join(' '), topic.toLowerCase());
  return unique(
    [
      ...terms.filter((term) => !FRAME.zh.has(term)),
      ...rest
        .split(GAP)
        .flatMap((piece) => joinSingleCharacters(segmentWords(piece)))
        .filter(isChineseConcept),
    ],
    ask,
  );
}

/**
 * The clause that asks, lower-cased: the last one put as a question ("那知识产权保护呢，我们的素材老被盗用"
 * asks in its first), else the last, where a question usually puts what it asks after saying who asks.
 */
function askingClause(message: string): string {
  const clauses = clausesOf(message);
  const at = clauses.findLastIndex((c) => QUESTION_FORM.test(c));
  const index = at === -1 ? clauses.length - 1 : at;
  const asked = clauses[index] ?? '';
  // "想找个好点的孵化器入驻，区里有吗": a clause that only asks ("区里有吗", "行不行") asks about the one before it.
  const bare = countHan(asked) <= BARE_ASK_HAN && contentWords(asked).length === 0;
  return (bare && index > 0 ? `${clauses[index - 1]} ${asked}` : asked).toLowerCase();
}

/**
 * The clauses put as questions, by their form or their question mark ("人才公寓的申请电话是多少？能住多大的"
 * has two; "…, and how to apply?" ends with one), else the last clause.
 */
export function questionClauses(message: string): string[] {
  const text = message.normalize('NFKC').replace(CLAUSE_BREAK, '，');
  const asked: string[] = [];
  for (const match of text.matchAll(CLAUSE)) {
    const clause = match[0].trim();
    const mark = text[match.index + match[0].length];
    if (clause && (QUESTION_FORM.test(clause) || mark === '?' || mark === '？')) asked.push(clause);
  }
  return asked.length > 0 ? asked : clausesOf(message).slice(-1);
}

function clausesOf(message: string): string[] {
  return (message.normalize('NFKC').replace(CLAUSE_BREAK, '，').match(CLAUSE) ?? []).map((c) => c.trim()).filter(Boolean);
}

/**
 * A word the segmenter does not know comes out one character at a time (公积金 as 公, 积, 金): a run
 * of single characters that are neither stop words nor fragments is read as one word. A character
 * right after a numeral, demonstrative or question word is left out of it (哪天发的 holds no word
 * 天发); one after a particle is not (公司的注销流程 holds 注销).
 */
function joinSingleCharacters(words: readonly string[]): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    if (run.length >= 2) out.push(run);
    run = '';
  };
  let previous = '';
  for (const word of words) {
    const single = word.length === 1 && HAN_WORD_CHARACTER.test(word) && !isChineseStopword(word) && !FUNCTION_CHARACTERS.has(word);
    // A character right after a numeral or question word belongs to it (哪天, 几个), not to what follows.
    const bound = run === '' && BINDING_CHARACTERS.has(previous);
    if (single && !bound) run += word;
    else {
      flush();
      out.push(word);
    }
    previous = word;
  }
  flush();
  return out;
}

/** What a corpus tells the concept finder: its places, and its glossary's terms in a question. */
export interface ConceptVocabulary {
  places: RegExp;
  glossary: (text: string) => { terms: string[] };
}

function unique(words: string[], ask: string): Concept[] {
  return [...new Set(words)].map((word) => ({ word, weak: isFragment(word), inAsk: ask.includes(word) }));
}

/**
 * A word of the question, and whether it is weak evidence of its topic: a phrase fragment the
 * segmenter cut (一家, 的是). A weak word a section holds still shows the section speaks to the
 * question; one it lacks says nothing.
 */
export interface Concept {
  word: string;
  weak: boolean;
  /** In the message's last clause ("…，人才公寓能申请吗？"), which says what it asks rather than who asks. */
  inAsk: boolean;
}

function isChineseConcept(word: string): boolean {
  if (LATIN_WORD.test(word)) return isEnglishConcept(word);
  return HAN_WORD.test(word) && !isChineseStopword(word) && !FRAME.zh.has(word) && !A_NOT_A.test(word);
}

/** Questions repeat their words: each word's verdict is kept for the next question. */
const isEnglishConcept = remember(4096, (word) => judgeEnglishConcept(word));

function judgeEnglishConcept(word: string): boolean {
  if (FRAME.en.has(word)) return false;
  // Only words of a length one edit away are compared (the lists are bucketed by length).
  const { length } = word;
  if (
    length >= TYPO_MIN_LENGTH &&
    [length - 1, length, length + 1].some((n) => FRAME_WORDS_EN[n]?.some((frame) => isOneEditAway(frame, word)))
  )
    return false;
  // Two letters swapped is a typo at any length ("waht", "ther" for "there" is not).
  return !SWAPPABLE[length]?.some((known) => isSwapAway(known, word));
}

/** A rule's patterns made to replace every match, not the first only. */
function everyMatch(rule: LangRule): RegExp[] {
  return rule.patterns.map((p) => (p.global ? p : new RegExp(p.source, `${p.flags}g`)));
}

function isFragment(word: string): boolean {
  return [...word].some((character) => FUNCTION_CHARACTERS.has(character));
}

/** Words by their length: a typo is compared only with words of a length it can stray from. */
function byLength(words: string[]): string[][] {
  const buckets: string[][] = [];
  for (const word of words) {
    buckets[word.length] ??= [];
    buckets[word.length]!.push(word);
  }
  return buckets;
}

const FRAME_WORDS_EN = byLength([...FRAME.en].filter((w) => w.length >= TYPO_MIN_LENGTH));
const SWAPPABLE = byLength([...FRAME.en, ...STOPWORDS].filter((w) => w.length >= 3));
