import { documentOf, isInForce, type Corpus } from '../corpus/corpus.js';
import { langRule } from '../lang/lang-data.js';
import { askedGuidePartsIn } from '../retrieval/guide-topics.js';
import type { Retrieval, RetrievalHit } from '../retrieval/types.js';
import type { Asks } from './detect-asks.js';
import { isRelevant, RELEVANCE, type Selection } from './select-sections.js';

/** The other half of the pair is added when it scores at least this share of the answer's first section. */
const PAIR_SCORE = 0.5;
/** ... and ranks among this many. */
const PAIR_DEPTH = 5;

/**
 * A measure says what is supported; an application guide says how much, by when, with what and
 * whom to call. When an answer rests on one of them and the other speaks to the question too
 * (relevant, close in score, in force), both are used, each cited: a measure gains the guide's part, a
 * guide's part the measure it implements. Lists and questions naming sections are left as asked.
 */
export function pairGuideAndMeasure(
  chosen: Selection,
  retrieval: Retrieval,
  corpus: Corpus,
  today: string,
  question: { text: string; asks: Pick<Asks, 'department' | 'list'> },
): Selection {
  if (!chosen.hits[0] || retrieval.strategy !== 'hybrid' || !corpus.documents.some((d) => d.metadata.shape === 'guide')) return chosen;
  const isPart = (hit: RetrievalHit) => corpus.sectionById.get(hit.id)!.kind === 'part';
  const selection = withAskedParts(withoutGuidePreamble(chosen, corpus), retrieval, corpus, question.text);
  const top = selection.hits[0]!;
  const isMeasure = (hit: RetrievalHit) => corpus.sectionById.get(hit.id)!.kind === 'measure';
  const hasPart = selection.hits.some(isPart);
  const hasMeasure = selection.hits.some(isMeasure);
  if (hasPart === hasMeasure) return selection;
  const wanted = hasPart ? isMeasure : isPart;
  const guideDocs = new Set(selection.hits.map((h) => documentOf(corpus, corpus.sectionById.get(h.id)!).metadata.id));
  // A guide's part stating a measure's figures again implements it, wherever it ranks ("who is
  // responsible" and "which ones" are answered by the measures alone).
  const implementing = hasMeasure && !question.asks.department && !question.asks.list ? implementingPart(corpus, top.id, today) : undefined;
  if (implementing && !guideDocs.has(corpus.sectionById.get(implementing)!.docId)) {
    const hit = retrieval.hits.find((h) => h.id === implementing) ?? { id: implementing, score: 0, dense: 0, lexical: 0, coverage: 0 };
    return { ...selection, hits: [...selection.hits, hit] };
  }
  const partner = retrieval.hits
    .slice(0, PAIR_DEPTH)
    .find(
      (h) =>
        wanted(h) &&
        isInForce(corpus, h.id, today) &&
        !guideDocs.has(corpus.sectionById.get(h.id)!.docId) &&
        isRelevant(h, retrieval.language) &&
        h.score >= top.score * PAIR_SCORE,
    );
  return partner ? { ...selection, hits: [...selection.hits, partner] } : selection;
}

/**
 * "How much is it, what must be attached and whom do I call?" asks three parts of a guide by their
 * topics; retrieval put them first, and each holds a third of the answer: every one of them the
 * retrieval put first is used, up to the sections an answer cites, the first chosen kept first.
 */
function withAskedParts(selection: Selection, retrieval: Retrieval, corpus: Corpus, question: string): Selection {
  const asked = askedGuidePartsIn(corpus)(question, retrieval.language).map((p) => p.id);
  const promoted = retrieval.hits.slice(0, asked.length).filter((h) => asked.includes(h.id) && !selection.hits.some((s) => s.id === h.id));
  const room = RELEVANCE.maxSections - selection.hits.length;
  return room > 0 && promoted.length > 0 ? { ...selection, hits: [...selection.hits, ...promoted.slice(0, room)] } : selection;
}

/** A part implementing a measure states at least this many of its figures (an amount and its cap, a share and a period). */
const SHARED_FIGURES = 2;

/**
 * The guide's part that implements a measure: guides restate the support they implement with its
 * figures as written ("按实际投入的30%给予补贴，最高不超过200万元"), so the in-force part sharing
 * most of the measure's figures, at least SHARED_FIGURES, is its part.
 */
function implementingPart(corpus: Corpus, measureId: string, today: string): string | undefined {
  const measure = corpus.sectionById.get(measureId)!;
  const figures = figuresOf(corpus, measure.id);
  if (figures.size < SHARED_FIGURES) return undefined;
  let best: { id: string; shared: number } | undefined;
  for (const section of corpus.sections) {
    if (section.kind !== 'part' || !isInForce(corpus, section.id, today)) continue;
    const shared = [...figuresOf(corpus, section.id)].filter((f) => figures.has(f)).length;
    if (shared >= SHARED_FIGURES && shared > (best?.shared ?? 0)) best = { id: section.id, shared };
  }
  return best?.id;
}

const FIGURES = new WeakMap<Corpus, Map<string, Set<string>>>();

/** The figures a section states in its own language's text ("30%", "200万元"), read once per corpus. */
function figuresOf(corpus: Corpus, id: string): Set<string> {
  let cache = FIGURES.get(corpus);
  if (!cache) {
    cache = new Map();
    FIGURES.set(corpus, cache);
  }
  let figures = cache.get(id);
  if (!figures) {
    const section = corpus.sectionById.get(id)!;
    const { language } = documentOf(corpus, section).metadata;
    const all = langRule('figures', 'stated-figure', [language]).patterns.map((p) => new RegExp(p.source, `${p.flags.replace('g', '')}g`));
    figures = new Set(all.flatMap((pattern) => section.text.match(pattern) ?? []));
    cache.set(id, figures);
  }
  return figures;
}

/** Beside one of its parts, a guide's preamble only repeats the guide's title: it is left out. */
function withoutGuidePreamble(selection: Selection, corpus: Corpus): Selection {
  const top = corpus.sectionById.get(selection.hits[0]!.id)!;
  if (top.kind !== 'part') return selection;
  const hits = selection.hits.filter((h) => {
    const section = corpus.sectionById.get(h.id)!;
    return !(section.kind === 'preamble' && section.docId === top.docId);
  });
  return { ...selection, hits };
}
