import type { Corpus } from '../corpus/corpus.js';
import { fuseScores } from '../search/fuse.js';
import { findDepartment, listDepartments, sectionsOfDepartment } from './department-query.js';
import { findExplicitReferences } from './explicit-reference.js';
import { expandQuery } from './expand-query.js';
import { bestPerSection, blend, promote, round } from './rank-hits.js';
import { createGroupFinder } from './group-query.js';
import type { SearchIndex } from './search-index.js';

export interface RetrievalHit {
  id: string;
  /** Fused score, 0..1 (1 = best on both rankers, or named outright). */
  score: number;
  /** Best cosine similarity of the section's chunks to the query. */
  dense: number;
  /** Best BM25 score of the section's chunks. */
  lexical: number;
}

export type RetrievalStrategy = 'explicit' | 'department' | 'group' | 'hybrid';

export interface Retrieval {
  strategy: RetrievalStrategy;
  hits: RetrievalHit[];
  /** How many leading hits were named by the question, its department or its heading rather than ranked. */
  pinned: number;
  /** Heading of the group a "which measures cover X" question matched. */
  group: string | null;
  /** Explicit references to sections that do not exist ("Measure 50"). */
  missing: string[];
  department: string | null;
}

export interface RetrieveOptions {
  /** Sections from the conversation so far, ranked just after anything the question names itself. */
  carriedIds?: string[];
  /** Sections the question is about by its nature (VALIDITY for "is it still valid"): ranked first, not pinned. */
  preferIds?: string[];
  /** The conversation's previous question: a follow-up is searched both alone and with it, and the two averaged. */
  context?: string;
  /** Ends a remote embedding call when the answer's time budget is spent. */
  signal?: AbortSignal;
  limit?: number;
}

const CANDIDATES = 200;

export type Retriever = (query: string, options?: RetrieveOptions) => Promise<Retrieval>;

export function createRetriever(
  corpus: Corpus,
  index: SearchIndex,
  options: { onDenseError?: (error: unknown) => void } = {},
): Retriever {
  const { sections } = corpus;
  const knownIds = new Set(corpus.sectionById.keys());
  const departments = listDepartments(sections);
  const prefixes = corpus.documents.map((d) => d.metadata.jurisdiction.departmentPrefix);
  const findGroup = createGroupFinder(sections);

  const searchDense = async (query: string, signal?: AbortSignal) => {
    const [vector] = await index.embedder.embed([query], { signal });
    return index.vectors.search(vector!, CANDIDATES);
  };

  const searchHybrid = async (query: string, signal?: AbortSignal): Promise<RetrievalHit[]> => {
    const dense = await searchDense(query, signal).catch((error: unknown) => {
      // A remote embedder that fails must not take answers down: BM25 alone still ranks well.
      options.onDenseError?.(error);
      return [];
    });
    const lexical = index.lexical.search(query, CANDIDATES);
    const denseBest = bestPerSection(dense.map((h) => ({ sectionId: index.chunks[h.index]!.sectionId, score: h.score })));
    const lexicalBest = bestPerSection(
      lexical.map((h) => ({ sectionId: index.chunks[h.index]!.sectionId, score: h.score })),
    );
    const fused = fuseScores(
      new Map([...denseBest].map(([id, h]) => [id, h.score])),
      new Map([...lexicalBest].map(([id, h]) => [id, h.score])),
    );
    return [...fused.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([id, score]) => ({
        id,
        score: round(score),
        dense: round(denseBest.get(id)?.score ?? 0),
        lexical: round(lexicalBest.get(id)?.score ?? 0),
      }));
  };

  return async (query, request = {}) => {
    const limit = request.limit ?? 10;
    const own = await searchHybrid(expandQuery(query), request.signal);
    const ranked = request.context
      ? blend(own, await searchHybrid(expandQuery(`${query} ${request.context}`), request.signal))
      : own;
    const explicit = findExplicitReferences(query, knownIds);
    const department = findDepartment(query, departments, prefixes);
    const group = explicit.ids.length > 0 || department?.asksForList ? null : findGroup(query);
    let strategy: RetrievalStrategy = 'hybrid';
    let pinned: string[] = [];
    if (explicit.ids.length > 0) {
      strategy = 'explicit';
      pinned = explicit.ids;
    } else if (department?.asksForList) {
      strategy = 'department';
      pinned = sectionsOfDepartment(sections, department.department).map((s) => s.id);
    } else if (group) {
      strategy = 'group';
      pinned = group.ids;
    }
    const carried = (request.carriedIds ?? []).filter((id) => knownIds.has(id) && !pinned.includes(id));
    const front = [...pinned, ...carried];
    const preferred = (request.preferIds ?? []).filter((id) => knownIds.has(id) && !front.includes(id));
    const hits = promote(ranked, [...front, ...preferred]).slice(0, Math.max(limit, front.length + preferred.length));
    return {
      strategy,
      hits,
      pinned: front.length,
      group: group?.heading ?? null,
      missing: explicit.missing,
      department: department?.department ?? null,
    };
  };
}
