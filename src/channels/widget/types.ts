export type { Answer, Citation, Notice } from '../../core/answer/types.js';
import type { Answer } from '../../core/answer/types.js';

/** GET /api/measures/:id */
export interface SectionDetail {
  id: string;
  label: string;
  title: string;
  section: string;
  departments: string[];
  text: string;
}

export type { Rating } from '../../core/storage/store.js';
import type { Rating } from '../../core/storage/store.js';

export type Turn =
  | { role: 'user'; text: string }
  | { role: 'assistant'; text: string; answer: Answer; rating?: Rating };

export interface WidgetOptions {
  api: string;
  title: string | null;
  lang: 'en' | 'zh';
  open: boolean;
}
