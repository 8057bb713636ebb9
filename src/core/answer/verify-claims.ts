import { documentOf, type Corpus } from '../corpus/corpus.js';
import { formatDate } from './notices.js';
import { labelSection, readSection, type Language, type Section } from '../corpus/section.js';
import { detectLanguage } from '../text/detect-language.js';
import { foldConfusables } from '../text/fold-confusables.js';
import { foldDigits } from '../text/fold-digits.js';
import { extractMarkers, stripMarkers } from '../text/sentences.js';
import { checkClauses, type ClauseFailure } from './verify-clauses.js';
import { extractFigures } from './verify-figures.js';
import { findForbidden, type ForbiddenKind } from './verify-forbidden.js';
import { extractSectionRefs, findUnknownOrganisation } from './verify-names.js';
import { claimTokens, measureSupport, sourceTokens } from './verify-support.js';

export type ClaimFailure = 'prompt_echo' | ForbiddenKind | 'measure' | 'organisation' | 'figure' | 'support' | ClauseFailure | 'uncited';

/**
 * Share of a cited sentence's claim tokens that must occur in the sections it cites, per
 * language. Chosen on the dev sets (test/honest-dev-set.test.ts): an honest model that rewords
 * the sections scored at least 0.80 in English (1,062 sentences) and 0.73 in Chinese (859),
 * while sentences an obedient model made up around a marker had a median of 0.25 and 0.10.
 */
export const SUPPORT_SHARE: Record<Language, number> = { en: 0.6, zh: 0.5 };

export interface ClaimVerdict {
  failure: ClaimFailure | null;
  /** A claim that cites the sections supporting it; an answer needs at least one. */
  anchored: boolean;
}

/** What a section supports in one language, prepared once per section. */
interface SectionSource {
  text: string;
  figures: Set<number>;
  tokens: Set<string>;
}

const SOURCES = new WeakMap<Section, Partial<Record<Language, SectionSource>>>();

/**
 * Checks one sentence of a model's answer against the sections it cites, in the sentence's
 * language (English source or Chinese translation): no echo of the prompt; no link, contact
 * detail or code the cited text lacks; every measure it names cited; every organisation,
 * number, amount, percentage, date, duration and rate in the cited text; enough of its
 * words there, and of each clause's on its own, with no condition the text lacks. A sentence without a marker may only frame ("In short:", "Yes.").
 */
export function checkClaim(sentence: string, corpus: Corpus, isEcho: (sentence: string) => boolean): ClaimVerdict {
  const cited = extractMarkers(sentence).flatMap((id) => corpus.sectionById.get(id) ?? []);
  // Digits of any script read as ASCII, so that "０２１-６２１５…" or "٥٠" meets the same checks.
  const plain = foldDigits(stripMarkers(sentence))
    .replace(/^\s*(?:[-*•]|\(?\d+[.)])\s+/, '')
    .replace(/[*_#>]+/g, ' ');
  const language = detectLanguage(plain);
  const sources = cited.map((section) => prepareSource(section, language, corpus));
  const sourceText = sources.map((s) => s.text).join('\n');
  const fail = (failure: ClaimFailure): ClaimVerdict => ({ failure, anchored: false });

  if (isEcho(sentence)) return fail('prompt_echo');
  // Full-width and look-alike letters read as ASCII, so "ｗｗｗ．…" and "a＠b。cn" are links and addresses too.
  const forbidden = findForbidden(readAsAscii(plain), readAsAscii(sourceText));
  if (forbidden) return fail(forbidden);
  const { refs, rest } = extractSectionRefs(plain);
  if (refs.some((ref) => !cited.some((s) => s.kind === ref.kind && s.number === ref.number))) return fail('measure');
  if (findUnknownOrganisation(rest, sourceText, jurisdictionWords(corpus, cited))) return fail('organisation');
  const known = new Set(sources.flatMap((s) => [...s.figures]));
  const figures = extractFigures(rest);
  if (figures.some((n) => !known.has(n))) return fail('figure');
  const tokens = claimTokens(rest, language);
  if (cited.length === 0) return tokens.length <= 1 ? { failure: null, anchored: false } : fail('uncited');
  const support = new Set(sources.flatMap((s) => [...s.tokens]));
  if (measureSupport(tokens, support) < SUPPORT_SHARE[language]) return fail('support');
  const clause = checkClauses(rest, language, { text: sourceText, tokens: support }, SUPPORT_SHARE[language]);
  if (clause) return fail(clause);
  // A date or a count checked against the text is as much a claim as two of its words; a question claims nothing.
  return { failure: null, anchored: tokens.length + figures.length >= 2 && !/[?？]\s*$/.test(plain) };
}

function prepareSource(section: Section, language: Language, corpus: Corpus): SectionSource {
  const cached = SOURCES.get(section) ?? {};
  SOURCES.set(section, cached);
  const source = cached[language] ?? buildSource(section, language, corpus);
  cached[language] = source;
  return source;
}

/**
 * A section's text in one language with its label, title, headings and departments; the
 * preamble and the effective period also speak for the document (title, number, dates, issuers).
 */
function buildSource(section: Section, language: Language, corpus: Corpus): SectionSource {
  const words = readSection(section, language);
  const { metadata, translations } = documentOf(corpus, section);
  // Every section speaks for its own jurisdiction: "<the district> supports ..." names no new body.
  const { name, names } = metadata.jurisdiction;
  const parts = [labelSection(section, language), words.title, ...words.path, words.text, ...words.departments, name, ...names];
  if (section.kind === 'preamble' || section.kind === 'validity') {
    const translated = language === 'zh' ? translations.zh : undefined;
    parts.push(
      translated?.title ?? metadata.title,
      metadata.documentNumber,
      formatDate(metadata.issued, language),
      ...(translated?.issuers ?? metadata.issuers),
    );
    if (metadata.validUntil) parts.push(formatDate(metadata.validUntil, language));
  }
  const text = foldDigits(parts.join('\n'));
  const { rest } = extractSectionRefs(text);
  return { text, figures: new Set(extractFigures(rest)), tokens: sourceTokens(text, language) };
}

/** The cited documents' own jurisdiction names, word by word ("jing'an"), which may lead a department's name. */
function jurisdictionWords(corpus: Corpus, cited: Section[]): Set<string> {
  const names = cited.flatMap((s) => documentOf(corpus, s).metadata.jurisdiction.names);
  return new Set(names.flatMap((n) => n.normalize('NFKC').replace(/[‘’ʼ]/g, "'").toLowerCase().split(/\s+/)));
}

/** An ideographic full stop between Latin letters or digits is a dot ("jingan。gov。cn"); at a sentence's end it stays. */
const readAsAscii = (text: string) => foldConfusables(text).replace(/(?<=[A-Za-z0-9])[。｡](?=[A-Za-z0-9])/g, '.');
