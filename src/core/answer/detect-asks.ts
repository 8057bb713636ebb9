import { normalizeText } from '../text/tokenize.js';

/** Details a question asks for that this kind of policy usually leaves to the departments. */
export type Detail =
  | 'amounts'
  | 'interest rates'
  | 'banks'
  | 'application procedures and forms'
  | 'deadlines'
  | 'eligibility thresholds'
  | 'contact numbers';

export interface Asks {
  details: Detail[];
  department: boolean;
  /** The question wants every measure on a topic ("which measures support ...", "有哪些措施"). */
  list: boolean;
  /** Sections the question is about by its nature: VALIDITY for "is it still valid", PREAMBLE for "who issued it". */
  sections: string[];
}

const DETAILS: Array<[Detail, RegExp]> = [
  [
    'amounts',
    /\b(how much|amount|amounts|yuan|rmb|cny|usd|dollars?|money|funding level|cap|ceiling|maximum|percent(age)?|%|subsid(y|ies) (size|level)|grant size|how big|ratio)\b|多少钱|金额|补贴标准|补多少|奖多少|贷多少|多少万|额度|上限|最高|比例|百分之|几成/i,
  ],
  ['interest rates', /\b(interest( rate)?s?|rates? of interest|apr|discount(ed)? rate)\b|利率|利息|贴息/i],
  ['banks', /\b(which banks?|what banks?|banks? (offer|provide|give|lend))\b|哪些银行|哪家银行|哪几家银行|什么银行/i],
  [
    'application procedures and forms',
    /\b(application forms?|forms? (to|for)|apply for|applying for|how (do|can|to) (we |i )?(apply|get|claim|obtain|request)|application (process|procedure|form|materials)|what documents|documents (do|to|should|must)|paperwork|submit|procedures?)\b|怎么申请|如何申请|怎样申请|申请流程|申报流程|怎么申报|如何申报|申请材料|申报材料|表格|申请表|手续|要交什么|提交什么/i,
  ],
  [
    'deadlines',
    /\b(deadlines?|due date|by when|closing date|cut-?off|window|when (can|should|must|do) (we|i) (apply|submit))\b|截止|期限|什么时候申请|什么时候申报|申报时间|几号之前|哪天之前/i,
  ],
  [
    'eligibility thresholds',
    /\b(eligib\w*|threshold|criteria|qualif\w*|minimum|requirements? (to|for)|revenue of|turnover|headcount|how (big|large) (must|should))\b|申请条件|申报条件|什么条件|条件是|门槛|资格|要求是什么|营收要求|达到什么/i,
  ],
  [
    'contact numbers',
    /\b(phone( number)?|telephone|hotline|call (them|who)|contact (number|details|info\w*)|email address)\b|电话|联系方式|热线|邮箱|怎么联系/i,
  ],
];

export const DETAIL_NAMES: Detail[] = DETAILS.map(([detail]) => detail);

const VALIDITY =
  /\b(valid|validity|expir\w*|in force|in effect|effective|still (appl\w*|rely|use|valid|open|running|available|active|in force|live|current|good)|take effect|takes effect|come into force|until when|end date|lapse\w*|sunset|how long|current(ly)? appl\w*|before (it|they|the|these|its|their)? ?(\w+ ){0,2}(was |were )?(announced|announcement|publication|published|issued|issuance)|earlier cases|revis\w*|amend\w*)\b|有效期|有效吗|还有效|仍有效|失效|过期|到期|施行|生效|实施时间|什么时候开始|什么时候结束|执行到|适用到|(还|仍)(能|可以|可)(再)?.{0,6}(申报|申请|适用|执行|参照|用)|还适用|(公布|发布|出台|印发)(之)?前|(能|可以|可)(参照|按照|按)(这个|本|此)?(执行|办|申报)|(政策|措施|文件|这些|本|它)[^，。？]{0,6}(什么时候|何时|哪天|哪年)(截止|结束|到期|为止|失效)|之前的项目|之前的案例|发布之前|修订|调整吗|会调整|会修改/i;

const DOCUMENT =
  /\b(document number|doc(ument)?\s+no|issuing (body|bodies|authorit\w+|department)|(measures|policy|document) (was |were )?issued|issue date|date of (the )?(document|policy|measures)|who (issued|wrote|published)|when did (it|this|they|the (measures|policy|document))\b.{0,20}(come out|get (issued|published|released)|appear)|when was (it|this|the)\b.{0,30}(issued|published|released|announced|dated)|purpose of (the|these|this) (measures|policy|document)|five centers)\b|发文|文号|印发|发布日期|(什么时候|何时|哪天|哪年|几月|几号)(出台|发布|印发|颁布|公布|下发)|(出台|发布|印发|颁布)(时间|日期|的)|哪个部门发布|谁发布|哪些部门发布|联合发布|五个中心|主要讲|目的是/i;

const DEPARTMENT =
  /\b(which|what|who)\b.{0,40}\b(department|bureau|office|commission|agency|authority|body|responsible|in charge|handles?|contact|ask|talk to|go to|oversees?)\b|\bwho (handles|runs|manages|is responsible|do (we|i) (contact|ask|call))\b|\bcontact\b|哪个部门|哪个单位|哪个局|找谁|找哪|谁负责|谁管|归谁|负责部门|主管部门|责任部门|对接|联系谁|问谁/i;

const LIST =
  /\b(which|what) (measures|items|provisions|support|policies|incentives)\b|\b(list|all|every)\b.{0,20}\b(measures?|items?|support|provisions?)\b|\b(measures|everything|incentives) (for|on|about|related to|covering|that (mention|cover|support|apply))\b|\b(all|every|the) (support|anything) (for|on|about)\b|\bwhat does (the|this) (policy|document) (offer|provide|say about)\b|\bwhat is there for\b|\b(compare|comparison|difference between|differences between|versus|vs)\b|哪些|哪几|几条|都有什么|有什么.{0,6}(措施|支持|政策|要求|扶持)|有啥|所有|全部|列出|分别|涉及|区别|不同之处|比较|对比/i;

export function detectAsks(question: string): Asks {
  const text = normalizeText(question);
  const sections = [VALIDITY.test(text) ? 'VALIDITY' : null, DOCUMENT.test(text) ? 'PREAMBLE' : null];
  return {
    details: DETAILS.filter(([, pattern]) => pattern.test(text)).map(([detail]) => detail),
    department: DEPARTMENT.test(text),
    list: LIST.test(text),
    sections: sections.filter((id): id is string => id !== null),
  };
}
