export type { Citation, Notice } from '../../core/answer/types.js';
import type { Answer as CoreAnswer, Notice } from '../../core/answer/types.js';
export type { Language } from '../../core/corpus/section.js';
import type { Language } from '../../core/corpus/section.js';

/** GET /api/measures/:id?lang=en|zh */
export interface SectionDetail {
  id: string;
  label: string;
  title: string;
  section: string;
  departments: string[];
  /** How to reach those departments, when the document lists it (absent from older servers). */
  contacts?: Contact[];
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

/**
 * The contract's Answer as the widget reads it: `related` (wave 3, "not covered") and `handoff`
 * (an offer to reach a person) are optional here, so answers saved before them still render.
 */
export type Answer = CoreAnswer & {
  related?: Array<{ id: string; title: string }>;
  handoff?: 'offer';
};

/** A department's contact (metadata `contacts`), as a 503 `handoff_unavailable` returns it. */
export interface Contact {
  department: string;
  phone?: string;
  address?: string;
  url?: string;
}

/** GET /api/conversations/:id/messages */
export interface ConversationMessage {
  id: string;
  role: 'user' | 'assistant' | 'staff';
  text: string;
  at: string;
  author?: string;
}

export type Turn =
  | { role: 'user'; text: string }
  | { role: 'assistant'; text: string; answer: Answer; rating?: Rating; comment?: string }
  | { role: 'staff'; id: string; text: string; author?: string }
  /** The hand-off was sent: shown as a status line where it happened. */
  | { role: 'handoff'; handoffId: string };

export interface WidgetOptions {
  api: string;
  title: string | null;
  lang: Language;
  open: boolean;
  /** After the language switch rebuilds the widget: where focus goes. */
  focus?: 'language';
}
