import type { Language } from '../corpus/section.js';
import { parseChineseNumber } from '../text/chinese-numerals.js';
import { escapeRegExp } from '../text/escape-reg-exp.js';
import { extractMarkers } from '../text/sentences.js';
import { langRule, langWords } from '../lang/lang-data.js';
import type { LangRule } from '../lang/lang-rule.js';
import { contentWords } from '../text/tokenize.js';
import { countHan } from '../text/tokenize-chinese.js';
import type { ChatTurn } from './types.js';
import { splitCompound, splitEnumeration } from './compound-question.js';
import { detectLanguage } from '../text/detect-language.js';

export interface ResolvedQuestion {
  /** The previous question, searched together with this one. */
  context: string | null;
  /** Sections the previous answer cited, carried when the question has no subject of its own. */
  carriedIds: string[];
  /**
   * "Only the green ones", or "no, I meant the finance one" after several: the answer keeps, of
   * these (the previous answer's), those the question is about.
   */
  narrowTo?: string[];
  /** "No, I meant the finance one" after a single measure: that one was wrong and is not given again. */
  exclude?: string[];
  /**
   * What to search and answer instead of the message, when it picks an item of a list ("the first
   * one - which departments?"): the item the user numbered, or the message without the pick when
   * it picks one of the sections an answer listed (then carried).
   */
  query?: string;
  /**
   * "那一共哪些是科经委管的？": a gathering question that names something of its own; the measures the
   * latest answers gave, for a department it names to narrow.
   */
  gathered?: string[];
  /** "No, I meant …" after several measures: `narrowTo` holds them, and what was meant may be none of them. */
  corrects?: boolean;
  /**
   * "Who runs the ESG one and the digital one?": measures named by what they are about, found
   * first among `among` (every section the conversation cited); when each is found, they are what
   * the question is about.
   */
  described?: { phrases: string[]; among: string[] };
}

const STEP = langRule('followup', 'step', ['en']);
const STEP_ZH = langRule('followup', 'step', ['zh']);
const STEP_FORWARD = langRule('followup', 'step-forward');
const CORRECTS = langRule('followup', 'correction', ['en']);
const CORRECTS_ZH = langRule('followup', 'correction', ['zh']);
const NARROWS = langRule('followup', 'narrow', ['en']);
const NARROWS_ZH = langRule('followup', 'narrow', ['zh']);
const ANAPHORA = langRule('followup', 'points-back', ['en']);
const ANAPHORA_ZH = langRule('followup', 'points-back', ['zh']);
const POINTS_AT_MEASURE = langRule('followup', 'points-at-measure', ['en']);
const POINTS_AT_MEASURE_ZH = langRule('followup', 'points-at-measure', ['zh']);
const SUMMARY = langRule('followup', 'gather', ['en']);
const LEAVES_OUT = new RegExp(langRule('followup', 'narrow-leaves-out', ['en']).patterns[0]!.source, 'gi');
const LEAVES_OUT_ZH = new RegExp(langRule('followup', 'narrow-leaves-out', ['zh']).patterns[0]!.source, 'gu');
const SUMMARY_ZH = langRule('followup', 'gather', ['zh']);
const PICK = langRule('followup', 'pick', ['en']);
const PICK_ZH = langRule('followup', 'pick', ['zh']);
const PICK_LAST = new Set(['en', 'zh'].flatMap((l) => langWords('followup', 'pick-last', l as Language)));
const PICK_FIRST = new Set(['en', 'zh'].flatMap((l) => langWords('followup', 'pick-first', l as Language)));
const ORDINALS = langWords('references', 'ordinals', 'en');
const DESCRIBED = {
  en: new RegExp(langRule('followup', 'described', ['en']).patterns[0]!.source, 'gi'),
  zh: new RegExp(langRule('followup', 'described', ['zh']).patterns[0]!.source, 'gu'),
};
const PLURAL = langRule('followup', 'plural', ['en']);
const PLURAL_ZH = langRule('followup', 'plural', ['zh']);
/** How many answers back a plural reaches: "those three" three, "these" or "both" two. */
const HOW_MANY: Array<[LangRule, number]> = [
  [langRule('followup', 'three'), 3],
  [langRule('followup', 'four'), 4],
];
/** How many of the latest answers giving something new a summary gathers from, and how many measures it carries at most. */
const SUMMARY_TURNS = 4;
const MAX_CARRIED = 8;

const SUBJECTLESS = new Set(langWords('followup', 'subjectless', 'en'));
/** Removed in the order written (longer words first), so what is left is the question's own subject. */
const SUBJECTLESS_ZH = new RegExp(langWords('followup', 'subjectless', 'zh').map(escapeRegExp).join('|'), 'g');

/**
 * What the parse knows of a message: the classifier read it as gathering or as asking who handles
 * "those"; or it asks a department and names no subject at all ("牵头部门是哪些").
 */
export type FollowupHint = 'gather' | 'department-of-those' | 'no-subject';

/**
 * Offline follow-up resolution. Only a real follow-up leans on the conversation: a message that
 * points back ("who handles that?", "and for elderly care?", "那申请条件呢？") is searched alone
 * and together with the previous question, and when it names no subject of its own it inherits
 * the previous answer's citations. Anything else is a new question: a short message is not a
 * follow-up for being short, and a question in another language than the previous one refers back
 * only through that language's own pointing words. `namesKnownTopic` says whether the message
 * names a topic the documents speak of (the Turn's concepts).
 */
export function resolveFollowup(
  question: string,
  history: ChatTurn[],
  language: Language,
  hint?: FollowupHint,
  namesKnownTopic = true,
): ResolvedQuestion {
  // The last exchange that cited something: greetings and thanks in between are not what "that" points to.
  const answeredAt = history.findLastIndex((t) => t.role === 'assistant' && extractMarkers(t.content).length > 0);
  const lastUser = history.slice(0, Math.max(answeredAt, 0)).findLast((t) => t.role === 'user');
  if (!lastUser) return { context: null, carriedIds: [] };
  const lastCited = [...new Set(extractMarkers(history[answeredAt]!.content))];
  const text = question.trim();
  const zh = language === 'zh';
  const subjectless = hint === 'no-subject' || (zh ? isSubjectlessChinese(text) : contentWords(text).every((w) => SUBJECTLESS.has(w)));
  // The direction word is the rule's first group that matched ("next", "back", 下一).
  const step = (zh ? STEP_ZH : STEP).exec(text)?.slice(1).find(Boolean);
  if (step) {
    const moved = stepId(lastCited.at(-1)!, STEP_FORWARD.test(step) ? 1 : -1);
    return { context: null, carriedIds: moved ? [moved] : [] };
  }
  const citing = history.filter((t) => t.role === 'assistant' && extractMarkers(t.content).length > 0);
  const picked = resolvePick(text, history, citing, zh, lastUser, answeredAt);
  if (picked) return picked;
  const corrected = (zh ? CORRECTS_ZH : CORRECTS).exec(text);
  if (corrected) {
    const correction = lastCited.length > 1 ? { narrowTo: lastCited, corrects: true } : { exclude: lastCited };
    // "We're not building a park, we just run tournaments": asked is what was meant, not what was not.
    const meant = corrected.slice(1).find((group) => group !== undefined && contentWords(group).length + countHan(group) > 1);
    return { context: lastUser.content, carriedIds: [], ...correction, ...(meant ? { query: meant.trim() } : {}) };
  }
  // A summary gathers the latest answers; "those two" the last two measures given, however many
  // answers back (an answer may repeat the one before it); anything else the last answer's.
  const plural = (zh ? PLURAL_ZH : PLURAL).test(text) ? (HOW_MANY.find(([pattern]) => pattern.test(text))?.[1] ?? 2) : 1;
  const gathers = (zh ? SUMMARY_ZH : SUMMARY).test(text);
  // "Which of these three is for start-ups?" narrows what those answers gave; "so in total? only the
  // financing ones" what the conversation gathered.
  const narrows = (zh ? NARROWS_ZH : NARROWS).exec(text);
  if (narrows) {
    const given = gathers || hint === 'gather' ? answersAdding(citing, SUMMARY_TURNS) : answersGiving(citing, plural);
    // "So overall which can we apply for? Only the ones about people, not the company": what it
    // leaves out does not describe what it wants.
    const wanted = text.replace(zh ? LEAVES_OUT_ZH : LEAVES_OUT, '').trim();
    return { context: null, carriedIds: [], narrowTo: idsOf(given), ...(wanted !== text ? { query: wanted } : {}) };
  }
  const pointsBack = (zh ? ANAPHORA_ZH : ANAPHORA).test(text);
  // "Which bureau handles these?" asks about the measures just given, not about a bureau's topic.
  const pointed = (zh ? POINTS_AT_MEASURE_ZH : POINTS_AT_MEASURE).test(text) || (hint === 'department-of-those' && pointsBack);
  const phrases = describedPhrases(text, zh);
  const described = phrases.length > 0 ? { described: { phrases, among: idsOf(citing) } } : {};
  // "So in total, what can a company like mine lean on?" gathers when it names no topic the documents speak of.
  const summary = (gathers && (subjectless || !namesKnownTopic)) || hint === 'gather';
  const leans = pointsBack || subjectless || pointed || summary;
  const gathered = gathers ? { gathered: idsOf(answersAdding(citing, SUMMARY_TURNS)) } : {};
  if (!leans) return { context: null, carriedIds: [], ...gathered, ...described };
  if (!(subjectless || pointed || summary)) return { context: lastUser.content, carriedIds: [], ...gathered, ...described };
  const recent = summary ? answersAdding(citing, SUMMARY_TURNS) : answersGiving(citing, plural);
  return { context: lastUser.content, carriedIds: idsOf(recent).slice(0, MAX_CARRIED), ...described };
}

/** "the ESG one", "人才那条": the descriptions a message names measures by. */
function describedPhrases(text: string, zh: boolean): string[] {
  const pattern = zh ? DESCRIBED.zh : DESCRIBED.en;
  return [...text.matchAll(pattern)].map((m) => m.slice(1).find(Boolean)!.trim()).filter((phrase) => phrase.length > 0);
}

function idsOf(answers: ChatTurn[]): string[] {
  return [...new Set(answers.flatMap((t) => extractMarkers(t.content)))];
}

/**
 * "The first one", "第二条是哪个部门负责？": an item of the latest list, whether the user numbered
 * it ("two things: 1) ... 2) ...", until an answer lists sections of its own) or an answer listed
 * it. Null when the message picks nothing, or the position is beyond every list: "第二条" with no
 * list before it names Measure 2.
 */
function resolvePick(
  text: string,
  history: ChatTurn[],
  citing: ChatTurn[],
  zh: boolean,
  lastUser: ChatTurn,
  answeredAt: number,
): ResolvedQuestion | null {
  const match = (zh ? PICK_ZH : PICK).exec(text);
  if (!match) return null;
  const position = positionOf(match.slice(1).find(Boolean)!);
  const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`.trim();
  const numbered = history.findLastIndex((t) => t.role === 'user' && itemsOf(t.content).length >= 2);
  const listed = history.findLastIndex((t) => t.role === 'assistant' && new Set(extractMarkers(t.content)).size >= 2);
  // The answer to the numbered message itself counts its items the user's way.
  if (numbered >= 0 && listed <= numbered + 1) {
    const item = itemAt(itemsOf(history[numbered]!.content), position);
    if (item) return { context: null, carriedIds: [], query: `${item} ${rest}` };
  }
  // An answer's list when it is the latest answer; else the measures the latest answers gave one by
  // one, in order ("那后者找哪个部门？" after one answer on animation and one on IP protection).
  const items = listed >= 0 && listed === answeredAt ? idsOf([history[listed]!]) : idsOf(answersGiving(citing, Math.max(2, position)));
  const id = items.length >= 2 ? itemAt(items, position) : undefined;
  return id && answeredAt >= 0 ? { context: lastUser.content, carriedIds: [id], query: rest } : null;
}

/** The needs a message named one by one: its numbered items, else the parts of a compound question ("两个想法：A；另外B"). */
function itemsOf(message: string): string[] {
  const language = detectLanguage(message);
  const numbered = splitEnumeration(message, language);
  return numbered.length > 0 ? numbered : splitCompound(message, language);
}

/** 1 for "first", "1st", "第一", "前者"; -1 for "last", "后者", "最后". */
function positionOf(token: string): number {
  const word = token.toLowerCase();
  if (PICK_LAST.has(word)) return -1;
  if (PICK_FIRST.has(word)) return 1;
  const ordinal = ORDINALS.indexOf(word);
  if (ordinal >= 0) return ordinal + 1;
  return /^\d/.test(word) ? Number.parseInt(word, 10) : parseChineseNumber(word);
}

function itemAt<T>(items: T[], position: number): T | undefined {
  return position === -1 ? items.at(-1) : position >= 1 ? items[position - 1] : undefined;
}

/** The fewest latest answers that cite `count` different sections between them (all there are, if fewer). */
function answersGiving(citing: ChatTurn[], count: number): ChatTurn[] {
  const ids = new Set<string>();
  let from = citing.length;
  while (from > 0 && ids.size < count) {
    from -= 1;
    for (const id of extractMarkers(citing[from]!.content)) ids.add(id);
  }
  return citing.slice(from);
}

/**
 * The latest `count` answers that each gave a measure the later ones did not: "who's responsible
 * for it?" and "what's the rate?" repeat the measure before them, and must not push the first
 * answers of the conversation out of "so in total, what can we apply for?".
 */
function answersAdding(citing: ChatTurn[], count: number): ChatTurn[] {
  const ids = new Set<string>();
  const kept: ChatTurn[] = [];
  for (let from = citing.length - 1; from >= 0 && kept.length < count; from--) {
    const given = extractMarkers(citing[from]!.content);
    if (given.some((id) => !ids.has(id))) kept.unshift(citing[from]!);
    for (const id of given) ids.add(id);
  }
  return kept;
}

function isSubjectlessChinese(text: string): boolean {
  const rest = text.replace(SUBJECTLESS_ZH, '').replace(/[^\p{Script=Han}A-Za-z]/gu, '');
  return rest.length <= 1;
}

/** M10 -> M11 (or M9), R1 -> R2; ids of other documents keep their prefix. Unknown ids are dropped by the retriever. */
function stepId(id: string, by: number): string | null {
  const match = /^(.*?)([MR])(\d+)$/.exec(id);
  if (!match) return null;
  const n = Number(match[3]) + by;
  return n >= 1 ? `${match[1]}${match[2]}${n}` : null;
}
