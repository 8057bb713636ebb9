import { documentOf, type Corpus } from '../corpus/corpus.js';
import { askedGuidePartsIn } from '../retrieval/guide-topics.js';
import type { Retrieval, RetrievalHit } from '../retrieval/types.js';
import { isInForce } from './prefer-in-force.js';
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
export function pairGuideAndMeasure(chosen: Selection, retrieval: Retrieval, corpus: Corpus, today: string, question: string): Selection {
  if (!chosen.hits[0] || retrieval.strategy !== 'hybrid' || !corpus.documents.some((d) => d.metadata.shape === 'guide')) return chosen;
  const isPart = (hit: RetrievalHit) => corpus.sectionById.get(hit.id)!.kind === 'part';
  const selection = withAskedParts(withoutGuidePreamble(chosen, corpus), retrieval, corpus, question);
  const top = selection.hits[0]!;
  const isMeasure = (hit: RetrievalHit) => corpus.sectionById.get(hit.id)!.kind === 'measure';
  const hasPart = selection.hits.some(isPart);
  const hasMeasure = selection.hits.some(isMeasure);
  if (hasPart === hasMeasure) return selection;
  const wanted = hasPart ? isMeasure : isPart;
  const guideDocs = new Set(selection.hits.map((h) => documentOf(corpus, corpus.sectionById.get(h.id)!).metadata.id));
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
