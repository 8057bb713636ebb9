import { readJurisdiction, type Jurisdiction } from '../../../core/corpus/read-jurisdiction.js';
import { isMostlyChinese } from './normalise-text.js';

/** metadata.json as far as the text states it; a field the text does not state is absent. */
export interface DraftMetadata {
  id: string;
  title?: string;
  documentNumber?: string;
  issued?: string;
  validUntil?: string;
  issuers?: string[];
  language: 'en' | 'zh';
  /** Written only for a guide: "measures" is the default. */
  shape?: 'guide';
  jurisdiction?: Jurisdiction;
}

export interface Draft {
  metadata: DraftMetadata;
  /** Fields a person must fill in, each with what was looked for. */
  missing: { field: string; lookedFor: string }[];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const ZH_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const EN_DATE = /([A-Z][a-z]+)\s+(\d{1,2}),\s*(\d{4})/;
/** 静府规〔2025〕1号, also written with [] ［］ （） around the year. */
const ZH_NUMBER = /[\u4e00-\u9fff]{1,12}[〔［[（(]\d{4}[〕］\]）)]\s*\d+\s*号/;
/** "JDDRC D (2024) No.18": issuer letters, the year in brackets, the number. */
const EN_NUMBER = /^[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)* \(\d{4}\) No\. ?\d+$/;
const ZH_PART = /^[一二三四五六七八九十]+、/;
const EN_PART = /^[IVXLC]+\.\s/;
const GUIDE_TITLE = /申报指南|application guide/i;
/** Part headings of an application guide; a document with several of them is a guide whatever its title. */
const GUIDE_PARTS = /支持对象|申报条件|申报材料|申报时间|申报方式|eligib|application materials|how to apply/i;
const CLOSING = /施行|有效期至|shall be effective|valid until|come into force/i;
const SENTENCE_END = /[。．.；;：:！!？?]$/;
/** A footnote's text ("[1] 年节能量按…"), often printed after the signature. */
const FOOTNOTE_NOTE = /^[［[【]\d{1,2}[］\]】]|^注\s*\d*\s*[：:]/;
/** "地址：青云路88号", "Tel: …": a labelled line of a contact block, not an issuing body. */
const LABELLED = /[：:]/;

/** Drafts metadata.json from a document's normalised paragraphs; `fallbackId` is used when no --id was given. */
export function draftMetadata(paragraphs: string[], fallbackId: string | null): Draft {
  const language = isMostlyChinese(paragraphs.join('')) ? 'zh' : 'en';
  const missing: Draft['missing'] = [];
  const note = <T>(field: string, value: T | undefined, lookedFor: string): T | undefined => {
    if (value === undefined) missing.push({ field, lookedFor });
    return value;
  };

  const isNumber = (p: string) => (language === 'zh' ? ZH_NUMBER.test(p) && p.length <= 30 : EN_NUMBER.test(p));
  const isDate = (p: string) => readDate(p.replace(/^[（(]|[）)]$/g, '')) !== undefined && p.length <= 24;
  const title = paragraphs.slice(0, 4).find((p) => !isNumber(p) && !isDate(p) && p.length <= 100 && !SENTENCE_END.test(p) && !isPart(p));
  const numberLine = paragraphs.slice(0, 6).find(isNumber);
  const documentNumber = numberLine && (language === 'zh' ? ZH_NUMBER.exec(numberLine)![0] : numberLine);
  const closingIndex = paragraphs.findLastIndex((p) => CLOSING.test(p));
  const validUntil = readValidUntil(closingIndex >= 0 ? paragraphs[closingIndex]! : '');
  const dateLine = [...paragraphs.slice(0, 4), ...paragraphs.slice(-3)].find(isDate);
  const issued = dateLine ? readDate(dateLine) : undefined;
  const issuers = readIssuers(paragraphs, closingIndex, isDate);
  const shape = isGuide(title, paragraphs) ? 'guide' : 'measures';
  const jurisdiction = issuers && readJurisdiction(issuers, language);

  const metadata: DraftMetadata = {
    id: fallbackId ?? '',
    title: note('title', title, 'a title line before the first paragraph'),
    documentNumber: note('documentNumber', documentNumber, language === 'zh' ? 'a number like 〔2026〕3号' : 'a number like "(2026) No.3"'),
    issued: note('issued', issued, 'a date line at the top or after the issuers'),
    validUntil: note(
      'validUntil',
      validUntil,
      language === 'zh' ? '有效期至 in the closing paragraph' : '"valid until" in the closing paragraph',
    ),
    issuers: note('issuers', issuers, 'the issuing bodies after the last paragraph'),
    language,
    shape: shape === 'guide' ? shape : undefined,
    jurisdiction: note('jurisdiction', jurisdiction, 'a district or city named by every issuer'),
  };
  if (fallbackId === null) metadata.id = deriveId(metadata);
  return { metadata: dropUndefined(metadata), missing };
}

/** A docId from what the text says: the shape and the year, e.g. "guide-2026"; --id gives a better one. */
function deriveId(m: DraftMetadata): string {
  const year = /\d{4}/.exec(m.documentNumber ?? '')?.[0] ?? m.issued?.slice(0, 4);
  return [m.shape ?? 'measures', year ?? 'draft'].join('-');
}

function isPart(p: string): boolean {
  return ZH_PART.test(p) || EN_PART.test(p);
}

function isGuide(title: string | undefined, paragraphs: string[]): boolean {
  const parts = paragraphs.filter(isPart);
  return GUIDE_TITLE.test(title ?? '') || parts.some((p) => GUIDE_TITLE.test(p)) || parts.filter((p) => GUIDE_PARTS.test(p)).length >= 3;
}

function readValidUntil(closing: string): string | undefined {
  const zh = /有效期至\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/.exec(closing);
  const en = /valid until\s+([A-Z][a-z]+\s+\d{1,2},\s*\d{4})/i.exec(closing);
  return readDate(zh?.[1] ?? en?.[1] ?? '');
}

/** "2025年12月15日" or "December 15, 2025" as 2025-12-15; anything else, or an impossible date, undefined. */
export function readDate(text: string): string | undefined {
  const zh = ZH_DATE.exec(text);
  const en = EN_DATE.exec(text);
  let parts: [number, number, number] | undefined;
  if (zh) parts = [Number(zh[1]), Number(zh[2]), Number(zh[3])];
  else if (en && MONTHS.includes(en[1]!.toLowerCase())) parts = [Number(en[3]), MONTHS.indexOf(en[1]!.toLowerCase()) + 1, Number(en[2])];
  if (!parts) return undefined;
  const [year, month, day] = parts;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** A phone number or a room: a guide's contact line ("…王老师 021-57831206"), never an issuing body's name. */
const HOLDS_NUMBER = /\d{3,}/;

/**
 * The issuing bodies: the short lines at the very end (after the closing paragraph when there is
 * one, before any footnotes printed after the signature), without a sentence's closing punctuation
 * or a label; a date line among them is the signing date.
 */
function readIssuers(paragraphs: string[], closingIndex: number, isDate: (p: string) => boolean): string[] | undefined {
  const issuers: string[] = [];
  let last = paragraphs.length - 1;
  while (last > closingIndex && FOOTNOTE_NOTE.test(paragraphs[last]!)) last -= 1;
  for (let i = last; i > closingIndex; i -= 1) {
    const p = paragraphs[i]!;
    if (isDate(p)) continue;
    if (p.length > 60 || SENTENCE_END.test(p) || LABELLED.test(p) || isPart(p) || HOLDS_NUMBER.test(p)) break;
    issuers.unshift(p);
  }
  return issuers.length > 0 ? issuers : undefined;
}

/** The district or city every issuer's name starts with: "某区" in "某区财政局", "Sample County" in English. */
function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
