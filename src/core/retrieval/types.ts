import type { Language } from '../corpus/section.js';

export interface RetrievalHit {
  id: string;
  /** Fused score, 0..1 (1 = best on every ranker, or named outright). */
  score: number;
  /** Best cosine similarity of the section's chunks to the (English) query. */
  dense: number;
  /** Best BM25 score of the section's chunks for the (English) query. */
  lexical: number;
  /** For a Chinese question, the share of its terms the section's Chinese text contains; 0 otherwise. */
  coverage: number;
}

/** `successor`: the question asks which document replaced another (the newer documents' preambles and periods are pinned). */
export type RetrievalStrategy = 'explicit' | 'department' | 'group' | 'successor' | 'hybrid';

export interface Retrieval {
  strategy: RetrievalStrategy;
  /** The question's language; each language has its own rankers and relevance floors. */
  language: Language;
  hits: RetrievalHit[];
  /** How many leading hits were named by the question, its department or its heading rather than ranked. */
  pinned: number;
  /** Heading of the group a "which measures cover X" question matched. */
  group: string | null;
  /** Explicit references to sections that do not exist ("M50"). */
  missing: string[];
  department: string | null;
  /** The department's list holds only the measures it is the one responsible department of. */
  departmentAlone?: boolean;
}

export interface RetrieveOptions {
  /** The question's language when the caller has parsed it already; detected otherwise. */
  language?: Language;
  /** Sections from the conversation so far, ranked just after anything the question names itself. */
  carriedIds?: string[];
  /**
   * Sections just given that the question narrows ("which of those does the Data Bureau handle?"):
   * a department it names asks for that department's list, these of it first.
   */
  narrowTo?: string[];
  /** Sections the question is about by its nature (VALIDITY for "is it still valid"): ranked first, not pinned. */
  preferIds?: string[];
  /** The conversation's previous question: a follow-up is searched both alone and with it, and the two averaged. */
  context?: string;
  /** YYYY-MM-DD: sections of documents in force on this day rank before close ones of expired documents. */
  today?: string;
  /** Ends a remote embedding call when the answer's time budget is spent. */
  signal?: AbortSignal;
  limit?: number;
}

export type Retriever = (query: string, options?: RetrieveOptions) => Promise<Retrieval>;
