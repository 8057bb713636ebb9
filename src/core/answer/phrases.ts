import type { Language } from '../corpus/section.js';
import type { Detail } from './detect-asks.js';

/**
 * The words an offline answer frames quoted text with, in each language. Framing only: every
 * claim in an answer is a sentence of the cited section.
 */
export interface Phrases {
  /** Lead-in before naming candidates that are close in the ranking. */
  uncertain: string;
  responsible(departments: string, marker: string): string;
  /** Who is responsible, inside a list line. */
  owner(departments: string): string;
  /** The text is silent on the details asked about; who to ask. */
  silent(details: Detail[], contact: string | null, marker: string): string;
  /** Not covered: the question asks only for details the nearest sections leave open; those sections and whom to ask. */
  notStated(details: Detail[], nearest: string, contact: string | null): string;
  nextStep(contact: string, marker: string): string;
  listLead(count: number): string;
  /** Before the sections a question names together ("difference between Measure 10 and Measure 15"). */
  compareLead: string;
  /** "When was it issued?" answered first: the document number and date. */
  issued(documentNumber: string, date: string, marker: string): string;
  /** The same, when the answer quotes our own translation: the number is the source text's, not a number of this language's text. */
  issuedInSource(documentNumber: string, date: string, marker: string): string;
  /** "Is it still valid?" answered first: the end date and whether it has passed. */
  validity(until: string, expired: boolean, marker: string): string;
  /** "What replaced it?" answered first: the newer document of the same jurisdiction and its period. */
  successor(title: string, documentNumber: string, until: string | null, markers: string): string;
  /** "What replaced it?" when no later document of the same jurisdiction is loaded. */
  noSuccessor: string;
  departmentLead(department: string, count: number): string;
  departmentAlone(department: string, count: number): string;
  /** "Of these, which does the X handle?": the department's among the measures just given. */
  departmentAmong(department: string, count: number): string;
  groupLead(heading: string, count: number): string;
  /** After the heading of a section whose document has expired, beside documents in force. */
  expired(until: string): string;
  join(items: string[]): string;
  /** Ends a quoted sentence (markers go before a Chinese full stop, after an English one). */
  sentence(text: string, marker: string): string;
  ellipsis: string;
  /** After a heading that introduces text. */
  colon: string;
  /** A quoted sentence without its closing punctuation, to continue it. */
  trim(text: string): string;
}

const DETAIL_ZH: Record<Detail, string> = {
  amounts: '具体金额',
  'interest rates': '利率',
  banks: '合作银行',
  'application procedures and forms': '申报材料和流程',
  deadlines: '截止时间',
  'eligibility thresholds': '申报条件',
  'contact numbers': '联系电话',
  'payment schedules': '拨付时间和方式',
  'scoring criteria': '评分标准',
  'prices and rates': '价格和费率',
  'durations and times': '办理时长和时间',
};

const EN: Phrases = {
  uncertain: 'More than one measure may apply; they differ in focus:',
  responsible: (departments, marker) => `Responsible: ${departments} ${marker}.`,
  owner: (departments) => ` (responsible: ${departments})`,
  silent: (details, contact, marker) => `The measures do not set out ${joinEn(details)}${contact ? `; ask the ${contact}` : ''} ${marker}.`,
  notStated: (details, nearest, contact) =>
    `The documents do not set out ${joinEn(details)} for this. The nearest is ${nearest}${contact ? `; ask the ${contact}` : ''}.`,
  nextStep: (contact, marker) => `Next step: ask the ${contact} how to apply ${marker}.`,
  listLead: (count) => `${count} measures apply, most relevant first:`,
  compareLead: 'Side by side:',
  issued: (documentNumber, date, marker) => `The measures are document ${documentNumber}, dated ${date} ${marker}.`,
  issuedInSource: (documentNumber, date, marker) => `The measures are document ${documentNumber}, dated ${date} ${marker}.`,
  validity: (until, expired, marker) =>
    expired
      ? `These measures were valid until ${until} and have expired ${marker}.`
      : `These measures are valid until ${until} and still in force ${marker}.`,
  successor: (title, documentNumber, until, markers) =>
    `The later document of the same district loaded here is "${title}" (${documentNumber})${until ? `, valid until ${until}` : ''} ${markers}.`,
  noSuccessor: 'No later document of the same district is loaded here, so I cannot say what replaced them.',
  departmentLead: (department, count) => `The ${department} is named as responsible for ${count} measures:`,
  departmentAlone: (department, count) =>
    count === 1
      ? `The ${department} is the only department named for one measure:`
      : `The ${department} is the only department named for ${count} measures:`,
  departmentAmong: (department, count) =>
    `Of these, the ${department} is named as responsible for ${count === 1 ? 'this one' : `these ${count}`}:`,
  groupLead: (heading, count) => `Under "${heading}" the policy has ${count} items:`,
  expired: (until) => ` (expired ${until})`,
  join: joinEn,
  // A Chinese quote in an English answer loses its own full stop too: "…200万元 [doc:M2]."
  sentence: (text, marker) => `${text.replace(/[.;:。；：，]\s*$/, '')} ${marker}.`,
  ellipsis: '…',
  colon: ': ',
  trim: (text) => text.replace(/[.;:]\s*$/, ''),
};

const ZH: Phrases = {
  uncertain: '可能涉及以下几项措施，侧重点不同：',
  responsible: (departments, marker) => `责任部门：${departments}${marker}。`,
  owner: (departments) => `（责任部门：${departments}）`,
  silent: (details, contact, marker) =>
    `政策原文未规定${details.map((d) => DETAIL_ZH[d]).join('、')}${contact ? `，请咨询${contact}` : ''}${marker}。`,
  notStated: (details, nearest, contact) =>
    `现有文件未规定${details.map((d) => DETAIL_ZH[d]).join('、')}。最接近的条款是${nearest}${contact ? `，请咨询${contact}` : ''}。`,
  nextStep: (contact, marker) => `下一步：可向${contact}咨询申报事宜${marker}。`,
  listLead: (count) => `以下${count}项措施与此相关（按相关程度排序）：`,
  compareLead: '对照如下：',
  issued: (documentNumber, date, marker) => `本措施文号为${documentNumber}，发布日期为${date}${marker}。`,
  issuedInSource: (documentNumber, date, marker) =>
    `本措施英文本标注的文号为${documentNumber}（中文原件的文号以官方发布为准），发布日期为${date}${marker}。`,
  validity: (until, expired, marker) => `本措施有效期至${until}，${expired ? '目前已到期' : '目前仍在有效期内'}${marker}。`,
  successor: (title, documentNumber, until, markers) =>
    `此后同一地区发布的文件为《${title}》（${documentNumber}）${until ? `，有效期至${until}` : ''}${markers}。`,
  noSuccessor: '这里没有载入同一地区此后发布的文件，无法说明由哪份文件接替。',
  departmentLead: (department, count) => `${department}负责以下${count}项措施：`,
  departmentAlone: (department, count) => `责任部门只列${department}一家的措施有以下${count}项：`,
  departmentAmong: (department, count) => `其中由${department}负责的有以下${count}项：`,
  groupLead: (heading, count) => `“${heading}”部分共有${count}项：`,
  expired: (until) => `（已于${until}到期）`,
  join: (items) => items.join('、'),
  sentence: (text, marker) => `${text.replace(/[。；：，]\s*$/, '')}${marker}。`,
  ellipsis: '……',
  colon: '：',
  trim: (text) => text.replace(/[。；：，]\s*$/, ''),
};

export function phrasesFor(language: Language): Phrases {
  return language === 'zh' ? ZH : EN;
}

function joinEn(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
