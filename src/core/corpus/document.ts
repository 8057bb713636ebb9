import { z } from 'zod';
import { AppError } from '../errors.js';
import type { Section } from './section.js';
import type { DocumentVocabulary } from './vocabulary.js';
import { readJurisdiction } from './read-jurisdiction.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');

/** `corpus/<docId>/metadata.json`: everything specific to one document lives here, never in src/. */
const metadataSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and dashes'),
  title: z.string().min(1),
  /** A guide may carry none (null or left out): answers then name the document "without a number". */
  documentNumber: z.string().min(1).nullish(),
  issued: isoDate,
  validUntil: isoDate.nullable(),
  issuers: z.array(z.string().min(1)).min(1),
  /** The language of the source text, which is the authoritative one. */
  language: z.enum(['en', 'zh']),
  /** "measures" (requirements R1.., measures M1..) or "guide" (an application guide: parts P1..). */
  shape: z.enum(['measures', 'guide']).default('measures'),
  /** The built-in document, cited with bare ids (M10); at most one. */
  primary: z.boolean().default(false),
  source: z.string().default('policy.txt'),
  /** Left out, it is read from the issuers' names ("云澜区科学技术委员会": 云澜区). */
  jurisdiction: z
    .strictObject({
      /** "Example District": how answers name the issuing government. */
      name: z.string().min(1),
      /** Names of the jurisdiction itself in any language, as people write them. */
      names: z.array(z.string().min(1)).min(1),
      /** Places inside it: a question about them is a question for this document. */
      places: z.array(z.string()).default([]),
      /** Written before department names in the text ("Example District" in "Example District Finance Office"). */
      departmentPrefix: z.string().default(''),
    })
    .optional(),
  /** Questions this document answers well, by language: suggestions in refusals and the widget's starters. */
  examples: z.strictObject({ en: z.array(z.string()).default([]), zh: z.array(z.string()).default([]) }).default({ en: [], zh: [] }),
  /**
   * The parts written for one industry, by industry (the names of lang/<language>/industries.json):
   * words of the part's heading as the document writes them ("data intelligence industry"). A
   * company in that industry reaches the part's measures, whatever it calls its trade.
   */
  industries: z.record(z.string().regex(/^[a-z-]+$/), z.string().min(1)).default({}),
  /** Translations by language, each a file in the document's folder. */
  translations: z.strictObject({ zh: z.string().optional() }).default({}),
  /**
   * How to reach the responsible departments, as the document or its application guide states
   * them: answers' next-step lines use them, and they are shown when a hand-off to staff is not
   * available. `department` as the sections name it.
   */
  contacts: z
    .array(
      z.strictObject({
        department: z.string().min(1),
        phone: z.string().min(1).optional(),
        address: z.string().min(1).optional(),
        url: z.url({ protocol: /^https?$/ }).optional(),
      }),
    )
    .default([]),
});

type MetadataFile = z.infer<typeof metadataSchema>;

/** metadata.json as loaded: every document has a number to show and a jurisdiction. */
export type DocumentMetadata = Omit<MetadataFile, 'documentNumber' | 'jurisdiction'> & {
  documentNumber: string;
  jurisdiction: NonNullable<MetadataFile['jurisdiction']>;
};

/** How a document without a number is named where its number would stand. */
const NO_NUMBER = { en: '(no document number)', zh: '（未标注文号）' } as const;

/** What a translation file says about itself (the sections are attached to the document's sections). */
export interface TranslationInfo {
  title: string;
  /** False for our own translation: answers then carry a `translation` notice with `notice`. */
  official: boolean;
  notice: string;
  issuers: string[];
  /** Set when the translation numbers what the original does not: said once where the numbers matter. */
  numbering: string | null;
}

export interface PolicyDocument {
  metadata: DocumentMetadata;
  sections: Section[];
  /** Bodies listed after the closing paragraph. */
  signatories: string[];
  translations: Partial<Record<'zh', TranslationInfo>>;
  /** The everyday words people use for what this document names otherwise (`vocabulary.json` in its folder). */
  vocabulary?: DocumentVocabulary;
}

export function parseMetadata(json: string, where: string): DocumentMetadata {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new AppError('invalid_metadata', `${where}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = metadataSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('invalid_metadata', `${where}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const { data } = parsed;
  const read = readJurisdiction(data.issuers, data.language);
  const jurisdiction = data.jurisdiction ?? (read && { places: [], departmentPrefix: '', ...read });
  if (!jurisdiction) {
    throw new AppError('invalid_metadata', `${where}: jurisdiction: the issuers name no common district, county or city; write it`);
  }
  return { ...data, documentNumber: data.documentNumber ?? NO_NUMBER[data.language], jurisdiction };
}

/** "M10" for the primary document, "<docId>:M10" for any other. */
export function scopeId(metadata: Pick<DocumentMetadata, 'id' | 'primary'>, localId: string): string {
  return metadata.primary ? localId : `${metadata.id}:${localId}`;
}
