import { type Asks, type Detail, detectAsks } from '../answer/detect-asks.js';
import { addNamedSections, scopeAsksToDocument } from '../answer/scope-asks.js';
import { classifyMessage, coveredPlaces, type MessageClass } from '../answer/classify-message.js';
import { detectSmalltalk, type SmalltalkKind } from '../answer/classify-turn.js';
import { isVague } from '../answer/detect-vague.js';
import { measureCoverage } from '../answer/check-coverage.js';
import { findMentionTerm } from '../answer/find-mentions.js';
import { type FollowupHint, type ResolvedQuestion, resolveFollowup } from '../answer/resolve-followup.js';
import { findSpeakerDepartment, namesDepartment } from '../answer/speaker-department.js';
import type { ChatTurn } from '../answer/types.js';
import type { Corpus } from '../corpus/corpus.js';
import type { Language } from '../corpus/section.js';
import { langRule } from '../lang/lang-data.js';
import { glossaryMapperOf } from '../retrieval/map-glossary.js';
import { detectLanguage } from '../text/detect-language.js';
import { countHan } from '../text/tokenize-chinese.js';
import { tokenize } from '../text/tokenize.js';
import intentModels from '../../../models/intents.json';
import { type Concept, findConcepts, questionClauses } from './find-concepts.js';
import { topicWordsOf } from './topic-words.js';
import { createIntentClassifier, type IntentClassifier, type IntentGuess, type IntentModels, ORDINARY_INTENT } from './intent-model.js';

/**
 * One message as the assistant understands it, built once by `parseTurn` in named stages; every
 * later step (retrieval, selection, composition, the LLM path) reads it instead of the raw text.
 */
export interface Turn {
  /** The message as asked (traditional characters already read as simplified). */
  message: string;
  history: ChatTurn[];
  language: Language;
  /** Declined by rule before anything is searched, or a policy question. */
  messageClass: MessageClass;
  /** What the turn-intent classifier makes of the message, when it is sure of it. */
  intent: IntentGuess | null;
  /** Asks to talk to a person: the answer offers a hand-off to staff. */
  wantsPerson: boolean;
  /** A greeting, thanks or request for help: one friendly line, no citations. */
  smalltalk: SmalltalkKind | null;
  /** What the message takes from the conversation: its previous question, measures to carry, narrowing. */
  followup: ResolvedQuestion;
  /** Too broad to pick a measure for (names no industry, activity or need). */
  vague: boolean;
  /** A term the question asks to find in the text ("where does the policy mention ESG?"). */
  mention: string | null;
  /** What it asks for: details, a department, a list, sections by nature (validity, the document). */
  asks: Asks;
  /** The words naming what it is about, without what it asks for and how it frames the question (find-concepts.ts). */
  concepts: Concept[];
  /** It asks what the policy offers or says, rather than a rule or fact of the world (lang/<language>/coverage.json). */
  aboutPolicy: boolean;
  /**
   * It is about a person's private life ("a school place for my kid", "我奶奶的养老金"): no company's
   * support, however it is asked, so it is answered only when the sections hold all it names.
   */
  privateLife: boolean;
  /** "Our bureau": the department the asker introduced earlier in the conversation, when the message names it only so. */
  speakerDepartment: string | null;
  /** It states rather than asks ("money side: banks won't lend to us"): what the company is or needs. */
  statement: boolean;
  /** The details its clauses put as questions ask for ("…money too - are banks pushed to lend?" asks none, though "money" is said). */
  askedDetails: Detail[];
}

const ASKS_FOR_PERSON = langRule('conversation', 'asks-for-person');
const ABOUT_POLICY = langRule('coverage', 'about-policy');
const QUESTION_FORM = langRule('coverage', 'question-form');
const CONTINUES = langRule('coverage', 'continues');
/** "My daughter", "员工小孩": whose private life a question is about (lang/<language>/coverage.json). */
const PRIVATE_LIFE = langRule('coverage', 'private-life').patterns.map((p) => new RegExp(p.source, `${p.flags}g`));
const NAMES_A_SECTION = langRule('vague', 'names-a-number');

/**
 * The classifier decides only the fuzzy turns the rules do not recognise, and only when it is
 * sure: a policy question it misreads as thanks would lose its answer.
 */
const SURE = 0.9;
/**
 * A turn about the conversation itself is short ("转人工", "so what can we get in total?"); a longer
 * message the classifier calls a greeting or a request for a person has a question of its own.
 */
const CONVERSATIONAL_MAX = { words: 8, han: 14 };
let classify: IntentClassifier | undefined;

function isShort(message: string): boolean {
  return countHan(message) <= CONVERSATIONAL_MAX.han && tokenize(message).length <= CONVERSATIONAL_MAX.words;
}

function sureIntent(message: string, language: Language): IntentGuess | null {
  classify ??= createIntentClassifier(intentModels as unknown as IntentModels);
  const guess = classify(message, language);
  return guess && guess.intent !== ORDINARY_INTENT && guess.confidence >= SURE ? guess : null;
}

function smalltalkIntent(intent: IntentGuess | null): SmalltalkKind | null {
  const kind = intent?.intent;
  return kind === 'greeting' || kind === 'thanks' || kind === 'closing' ? kind : null;
}

/** Whether every word naming the message's topic is in some section of the documents. */
function isHeldSomewhere(corpus: Corpus, concepts: readonly Concept[]): boolean {
  return (
    measureCoverage(
      corpus,
      concepts,
      corpus.sections.map((s) => s.id),
    ).uncovered.length === 0
  );
}

/**
 * A department asked of the conversation: "牵头部门是哪些" names no subject at all; "Which office is
 * behind those?" names none the documents lack, and asks of the measures pointed at, as the
 * classifier's "who handles these?" does. Null when the message names a department, a subject of
 * its own ("那智慧养老示范企业是哪个部门在管") or one no document holds ("另外楼里的消防验收找谁办？").
 */
function departmentHint(corpus: Corpus, message: string, concepts: readonly Concept[], namesKnownTopic: boolean): FollowupHint | null {
  if (namesDepartment(corpus, message)) return null;
  if (!concepts.some((c) => !c.weak)) return 'no-subject';
  return !namesKnownTopic && isHeldSomewhere(corpus, concepts) ? 'department-of-those' : null;
}

function followupHint(intent: IntentGuess | null): FollowupHint | undefined {
  return intent?.intent === 'gather' || intent?.intent === 'department-of-those' ? intent.intent : undefined;
}

/** Stages in order; a later stage may read what an earlier one found, never the raw text again for it. */
export function parseTurn(message: string, history: ChatTurn[], corpus: Corpus): Turn {
  const language = detectLanguage(message);
  const messageClass = classifyMessage(message, corpus);
  const asks = addNamedSections(scopeAsksToDocument(detectAsks(message), message, corpus), message, corpus);
  // Only a message that names no topic, no section and asks for nothing the rules know is the classifier's to read.
  const asksSomething = asks.department || asks.list || asks.details.length > 0 || asks.sections.length > 0;
  // "My daughter", "员工小孩" say whose private life it is, not what the question is about.
  const persons = PRIVATE_LIFE.flatMap((pattern) => [...message.matchAll(pattern)].map((m) => m[0].toLowerCase()));
  const concepts = findConcepts(message, language, { places: coveredPlaces(corpus), glossary: glossaryMapperOf(corpus) }).filter(
    (c) => !persons.some((person) => person.includes(c.word.toLowerCase())),
  );
  const namesKnownTopic = concepts.some((c) => !c.weak && topicWordsOf(corpus)(c.word, language));
  // A message naming a topic the documents know has a question of its own. One whose words they
  // lack may be chat ("谢了兄弟", "anyone there?") or a question about something else ("国际学校学费"):
  // the classifier tells them apart, having ordinary questions about other things among its examples.
  const namesTopic = namesKnownTopic || topicWordsOf(corpus)(message, language);
  const fuzzy = isShort(message) && !asksSomething && !NAMES_A_SECTION.test(message) && !namesTopic;
  const intent = fuzzy ? sureIntent(message, language) : null;
  const wantsPerson = ASKS_FOR_PERSON.test(message);
  const hint = (asks.department ? departmentHint(corpus, message, concepts, namesKnownTopic) : null) ?? followupHint(intent);
  const followup = resolveFollowup(message, history, language, hint, namesKnownTopic);
  // "不是，我想问的是后者" picks and corrects: a turn about the conversation, never a closing.
  const structural = followup.query !== undefined || followup.narrowTo !== undefined || followup.exclude !== undefined;
  const smalltalk = detectSmalltalk(message, language) ?? (structural ? null : smalltalkIntent(intent));
  const ownSubject = !followup.context;
  return {
    message,
    history,
    language,
    messageClass,
    intent,
    wantsPerson,
    smalltalk,
    followup,
    vague: ownSubject && isVague(message, coveredPlaces(corpus)),
    mention: ownSubject ? findMentionTerm(message, language) : null,
    asks,
    concepts,
    statement: !QUESTION_FORM.test(message),
    askedDetails: [...new Set(questionClauses(message).flatMap((clause) => detectAsks(clause).details))],
    privateLife: persons.length > 0,
    speakerDepartment: findSpeakerDepartment(corpus, message, history),
    aboutPolicy:
      persons.length === 0 &&
      (asksAboutPolicy(message) || (followup.context !== null && CONTINUES.test(message) && asksAboutPolicy(followup.context))),
  };
}

/**
 * A statement of what a company does or wants asks what the policy offers; only a question asks a
 * rule or fact. "那碳中和债呢" after "绿色金融方面政策鼓励我们做什么？" asks what the one before asked.
 */
function asksAboutPolicy(message: string): boolean {
  return ABOUT_POLICY.test(message) || !QUESTION_FORM.test(message);
}
