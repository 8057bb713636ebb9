import { normalizeText } from '../text/tokenize.js';

/** Details a question asks for that this kind of policy usually leaves to the departments. */
export type Detail = 'amounts' | 'application procedures and forms' | 'deadlines' | 'eligibility thresholds';

export interface Asks {
  details: Detail[];
  department: boolean;
  /** Sections the question is about by its nature: VALIDITY for "is it still valid", PREAMBLE for "who issued it". */
  sections: string[];
}

const DETAILS: Array<[Detail, RegExp]> = [
  ['amounts', /\b(how much|amount|amounts|yuan|rmb|cny|usd|dollars?|money|funding level|cap|ceiling|maximum|percent(age)?|%|subsid(y|ies) (size|level)|grant size|how big|ratio)\b|多少钱|金额|补贴标准/i],
  ['application procedures and forms', /\b(application forms?|forms? (to|for)|apply for|applying for|how (do|can|to) (we |i )?(apply|get|claim|obtain|request)|application (process|procedure|form|materials)|what documents|documents (do|to|should|must)|paperwork|submit|procedures?)\b|申请|材料|表格/i],
  ['deadlines', /\b(deadlines?|due date|by when|closing date|cut-?off|window|when (can|should|must|do) (we|i) (apply|submit))\b|截止/i],
  ['eligibility thresholds', /\b(eligib\w*|threshold|criteria|qualif\w*|minimum|requirements? (to|for)|revenue of|turnover|headcount|how (big|large) (must|should))\b|条件|门槛/i],
];

export const DETAIL_NAMES: Detail[] = DETAILS.map(([detail]) => detail);

const VALIDITY =
  /\b(valid|validity|expir\w*|in force|in effect|effective|still (appl\w*|rely|use|valid|open|running|available|active|in force)|take effect|takes effect|come into force|until when|end date|lapse\w*|sunset|how long|current(ly)? appl\w*|before (it|they|the|these) (\w+ ){0,2}(was |were )?(announced|announcement|published|issued)|earlier cases|revis\w*|amend\w*)\b|有效期|失效/i;

const DOCUMENT =
  /\b(document number|doc(ument)?\s+no|issuing (body|bodies|authorit\w+|department)|(measures|policy|document) (was |were )?issued|issue date|date of (the )?(document|policy|measures)|who (issued|wrote|published)|when was (it|this|the)\b.{0,30}(issued|published|released|announced|dated)|purpose of (the|these|this) (measures|policy|document)|five centers)\b|发文|文号/i;

const DEPARTMENT =
  /\b(which|what|who)\b.{0,40}\b(department|bureau|office|commission|agency|authority|body|responsible|in charge|handles?|contact|ask|talk to|go to|oversees?)\b|\bwho (handles|runs|manages|is responsible|do (we|i) (contact|ask|call))\b|\bcontact\b|哪个部门|负责/i;

export function detectAsks(question: string): Asks {
  const text = normalizeText(question);
  const sections = [VALIDITY.test(text) ? 'VALIDITY' : null, DOCUMENT.test(text) ? 'PREAMBLE' : null];
  return {
    details: DETAILS.filter(([, pattern]) => pattern.test(text)).map(([detail]) => detail),
    department: DEPARTMENT.test(text),
    sections: sections.filter((id): id is string => id !== null),
  };
}
