import type { Language } from '../../core/corpus/section.js';

/** What a "View full text" button carries: the section, and the language to show it in. */
export interface SectionView {
  id: string;
  language: Language;
}

/** English views keep the bare id, as buttons posted before languages did. */
export function encodeSectionView(id: string, language: Language): string {
  return language === 'en' ? id : JSON.stringify({ id, language });
}

export function decodeSectionView(value: string | undefined): SectionView {
  try {
    const parsed = JSON.parse(value ?? '') as Partial<SectionView>;
    if (typeof parsed.id === 'string') return { id: parsed.id, language: parsed.language === 'zh' ? 'zh' : 'en' };
  } catch {
    // A bare id.
  }
  return { id: value ?? '', language: 'en' };
}
