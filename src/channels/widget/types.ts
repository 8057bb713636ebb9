export type { Answer, Citation, Notice } from '../../core/answer/types.js';
import type { Answer, Notice } from '../../core/answer/types.js';
export type { Language } from '../../core/corpus/section.js';
import type { Language } from '../../core/corpus/section.js';

/** GET /api/measures/:id?lang=en|zh */
export interface SectionDetail {
  id: string;
  label: string;
  title: string;
  section: string;
  departments: string[];
  text: string;
  /** Present when the text is an unofficial translation: the notice to show beside it. */
  translation?: string;
}

/** One document as GET /api/policy describes it: the widget's subtitle and starter questions. */
export interface PolicyDoc {
  title: string;
  documentNumber: string;
  examples: Record<Language, string[]>;
  translations: Partial<Record<Language, { title: string }>>;
}

/** POST /api/match */
export interface MatchResult {
  matches: Array<{ id: string; title: string; departments: string[]; reason: { quote: string; need: string }; score: number }>;
  language: Language;
  notices: Notice[];
}

export type { Rating } from '../../core/storage/store.js';
import type { Rating } from '../../core/storage/store.js';

export type Turn = { role: 'user'; text: string } | { role: 'assistant'; text: string; answer: Answer; rating?: Rating };

export interface WidgetOptions {
  api: string;
  title: string | null;
  lang: Language;
  open: boolean;
}
