import { langRule } from '../lang/lang-data.js';
import type { LangRule } from '../lang/lang-rule.js';
import { normalizeText } from '../text/tokenize.js';

/** Details a question asks for that this kind of policy usually leaves to the departments. */
export type Detail =
  | 'amounts'
  | 'interest rates'
  | 'banks'
  | 'application procedures and forms'
  | 'deadlines'
  | 'eligibility thresholds'
  | 'contact numbers'
  | 'payment schedules'
  | 'scoring criteria'
  | 'prices and rates'
  | 'durations and times';

export interface Asks {
  details: Detail[];
  department: boolean;
  /** The question wants every measure on a topic ("which measures support ...", "有哪些措施"). */
  list: boolean;
  /** Sections the question is about by its nature: VALIDITY for "is it still valid", PREAMBLE for "who issued it". */
  sections: string[];
  /** "What replaced it?": asks for a later document; the period answers it when none is loaded. */
  successor?: boolean;
  /** "How many measures are there?": asks how the documents are made up. */
  shape?: boolean;
  /** "单独负责的", "ours alone": asks for the measures naming one department only. */
  alone?: boolean;
  /** "Is there support for ...?", "what support ...": asks more than the details it names. */
  existence: boolean;
}

const DETAILS: Array<[Detail, LangRule]> = [
  ['amounts', langRule('asks', 'amounts')],
  ['interest rates', langRule('asks', 'interest-rates')],
  ['banks', langRule('asks', 'banks')],
  ['application procedures and forms', langRule('asks', 'procedures')],
  ['deadlines', langRule('asks', 'deadlines')],
  ['eligibility thresholds', langRule('asks', 'eligibility')],
  ['contact numbers', langRule('asks', 'contacts')],
  ['payment schedules', langRule('asks', 'payment')],
  ['scoring criteria', langRule('asks', 'scoring')],
  ['prices and rates', langRule('asks', 'prices')],
  ['durations and times', langRule('asks', 'durations')],
];

export const DETAIL_NAMES: Detail[] = DETAILS.map(([detail]) => detail);

const VALIDITY = langRule('asks', 'validity');
const SUCCESSOR = langRule('documents', 'successor');
const SHAPE = langRule('documents', 'shape');
const DOCUMENT = langRule('asks', 'document');
const DEPARTMENT = langRule('asks', 'department');
const LIST = langRule('asks', 'list');
const EXISTENCE = langRule('asks', 'existence');
const ALONE = langRule('departments', 'alone');

export function detectAsks(question: string): Asks {
  const text = normalizeText(question);
  const successor = SUCCESSOR.test(text);
  const sections = [VALIDITY.test(text) || successor ? 'VALIDITY' : null, DOCUMENT.test(text) ? 'PREAMBLE' : null];
  return {
    details: DETAILS.filter(([, pattern]) => pattern.test(text)).map(([detail]) => detail),
    department: DEPARTMENT.test(text),
    list: LIST.test(text),
    existence: EXISTENCE.test(text),
    sections: sections.filter((id): id is string => id !== null),
    ...(successor ? { successor } : {}),
    ...(SHAPE.test(text) ? { shape: true } : {}),
    ...(ALONE.test(text) ? { alone: true } : {}),
  };
}
