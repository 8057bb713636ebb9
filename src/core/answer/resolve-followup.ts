import { detectLanguage } from '../text/detect-language.js';
import { extractMarkers } from '../text/sentences.js';
import { contentWords } from '../text/tokenize.js';
import type { ChatTurn } from './types.js';

export interface ResolvedQuestion {
  /** The previous question, searched together with this one. */
  context: string | null;
  /** Sections the previous answer cited, carried when the question has no subject of its own. */
  carriedIds: string[];
  /**
   * "Only the green ones", or "no, I meant the finance one" after several: the answer keeps, of
   * these (the previous answer's), those the question is about.
   */
  narrowTo?: string[];
  /** "No, I meant the finance one" after a single measure: that one was wrong and is not given again. */
  exclude?: string[];
}

/** Walking through the text: "and the next one?", "previous?", "下一条呢？", "再下一条", "上一条". */
const STEP =
  /^\s*(?:and\s+|ok,?\s+|so\s+)?(?:what about\s+)?(?:the\s+)?(next|following|previous|prior)(?:\s+(?:one|measure|item|requirement|section))?\s*(?:one)?\s*[?.!]*\s*$/i;
const STEP_ZH =
  /^\s*(?:那|那么|好的?[，,]?)?(?:再)?(下一|后一|上一|前一)(?:条|项)(?:呢|是什么|讲什么|说什么|讲的是什么)?\s*[？?。！!]*\s*$/;

/** Correcting the last answer: "no, I meant the finance one", "不是这个，我说的是人才那条". */
const CORRECTS =
  /^\s*(?:no|nope|not (?:that|this)(?: one)?|wrong(?: one)?)\b[\s,.!-]*(?:i (?:meant|mean|was asking about|asked about)|the one about|i'm asking about)\b/i;
const CORRECTS_ZH = /^\s*(?:不是|不对|错了|搞错了)(?:这个|这条|那个|那条)?[，,。\s]*(?:我(?:说|问|指|想问|要问)的?是|是)/;

/** Narrowing the last answer: "only the green ones", "just the ones for start-ups", "其中绿色的", "只要金融方面的". */
const NARROWS = /\b(?:only|just)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?ones?\b|\bof (?:those|these|them),? (?:which|what)\b/i;
const NARROWS_ZH = /^(?:那|那么)?(?:其中|里面|这里面|这些里|只要|只看|只说)/;

/** Words that point back ("that", "it") or continue ("and for ...", "what about ..."). */
const ANAPHORA =
  /\b(it|its|that|this|these|those|they|them|there|the same|above|such)\b|^(and|also|what about|how about|but|then|what if)\b/i;
const ANAPHORA_ZH =
  /^(那|那么|还有|另外|再|以及|和|也)|这(个|项|条|些|方面|里)|那(个|项|条|些|方面|里)|它|上述|以上|该(措施|政策|项|条|部门)|同样|[呢吗][？?]?$/;
/**
 * Pointing at the measures just cited ("does that also apply to foreign firms?", "这条对外资企业也
 * 适用吗"): the question is about them, whatever else it names, so they are carried.
 */
const POINTS_AT_MEASURE =
  /\balso (?:appl(?:y|ies)|applicable|eligible|count|qualif\w*)\b|\b(?:(?:does|do|is|are|can|would|will) (?:that|this|it|they|these|those)(?: one| ones| measures?)? (?:also |still )?(?:apply|cover|include|work|extend|hold)|(?:that|this|these|those|the same) (?:measures?|ones?|two|provisions?|policy|support))\b/i;
const POINTS_AT_MEASURE_ZH =
  /(?:也|同样|是否也|也都)(?:适用|可以|能用|能申请|能享受|算|行)|这(?:条|项|两条|两项|几条|几项|个措施|些措施|项措施|条措施)|那(?:条|项|两条|两项)|该(?:措施|条|项)|上述(?:措施|条款)?|以上(?:措施|条款|几条)/;

/**
 * "So what can we apply for?", "那我们能申请哪些？": after a company has described itself over
 * several turns, the answer is every measure the conversation has found, not the last one.
 */
const SUMMARY =
  /\b(?:what|which)\b.{0,25}\b(?:can|could|should|do|may)\s+(?:we|i)\s+(?:apply for|get|use|claim|qualify for)\b|\bwhich (?:ones|measures) (?:fit|suit|apply to) (?:us|me)\b/i;
const SUMMARY_ZH = /(?:能|可以|可)(?:申请|申报|享受|用)(?:哪些|哪几条|什么|啥)|(?:哪些|哪几条)(?:适合|适用于)(?:我们|我)/;
/** Several measures at once: "those two", "这几条都找哪个部门". */
const PLURAL = /\b(?:those|these|both|(?:the|last|those|these) (?:two|three|four))\b/i;
const PLURAL_ZH = /这两|这三|这四|这几|这些|那几|两条|两项|三条|四条|都是|都找|都归|都由/;
/** How many answers back a plural reaches: "those three" three, "these" or "both" two. */
const HOW_MANY: Array<[RegExp, number]> = [
  [/\bthree\b|三条|这三/i, 3],
  [/\bfour\b|四条|这四/i, 4],
];
/** How many of the latest answers a summary gathers from, and how many measures it carries at most. */
const SUMMARY_TURNS = 4;
const MAX_CARRIED = 8;

/** Words that ask about a subject without naming one ("who handles that", "is it still valid", "how much"). */
const SUBJECTLESS = new Set(
  `handle handles handled handling responsible department departments bureau office contact ask valid validity still apply applies applying application
  expire expires measure measures support supported policy one more detail details say says said mean means question answer amount amounts money
  deadline deadlines form forms documents procedure procedures eligible eligibility requirement requirements condition conditions phone number interest
  rate rates bank banks subsidy subsidies cost costs period date long else other who whom charge offer offers offered provide provides
  give gives get available terms loan loans apply how talk speak call reach go different difference differ compare
  we've we're i've two three four both ones last discussed covered mentioned previous earlier above among every shows show appears appear most often common same
  claim qualify fit fits suit overall best run runs budget budgets project projects per cap maximum max limit
  funding fund grant grants size level percent percentage ratio timeline window schedule materials paperwork`.split(/\s+/),
);
/** Chinese asks that have no subject of their own; what is left of a question after removing them must be (almost) nothing. */
const SUBJECTLESS_ZH =
  /区别|不同|两个|两项|几条|几项|这几|都是|分别|负责|哪些|哪几|哪个|申请条件|申报条件|条件|门槛|金额|多少钱|补多少|额度|利率|银行|找谁|找哪个部门|哪个部门|谁负责|谁管|归谁|负责部门|责任部门|主管|对口|出现|最多|一样|相同|三|四|里|得|条|项|归|管|联系方式|电话|截止时间|截止|什么时候|材料|流程|怎么申请|如何申请|怎么申报|有效期|还有效|有效|具体|细节|内容|规定|要求|部门|申请|申报|享受|适合|适用|补贴|支持|政策|措施|我们|咱们|我|这个|那个|这|那|还有|呢|吗|吧|啊|么|什|的|是|有|哪|谁|怎|多少|么样|可以|能|请问|一下|说说|讲讲|介绍/g;

/**
 * Offline follow-up resolution. Only a real follow-up leans on the conversation: a message that
 * points back ("who handles that?", "and for elderly care?", "那申请条件呢？") is searched alone
 * and together with the previous question, and when it names no subject of its own it inherits
 * the previous answer's citations. Anything else is a new question: a short message is not a
 * follow-up for being short, and a question in another language than the previous one refers back
 * only through that language's own pointing words.
 */
export function resolveFollowup(question: string, history: ChatTurn[]): ResolvedQuestion {
  // The last exchange that cited something: greetings and thanks in between are not what "that" points to.
  const answeredAt = history.findLastIndex((t) => t.role === 'assistant' && extractMarkers(t.content).length > 0);
  const lastUser = history.slice(0, Math.max(answeredAt, 0)).findLast((t) => t.role === 'user');
  if (!lastUser) return { context: null, carriedIds: [] };
  const lastCited = [...new Set(extractMarkers(history[answeredAt]!.content))];
  const text = question.trim();
  const zh = detectLanguage(text) === 'zh';
  const subjectless = zh ? isSubjectlessChinese(text) : contentWords(text).every((w) => SUBJECTLESS.has(w));
  const step = (zh ? STEP_ZH : STEP).exec(text)?.[1];
  if (step) {
    const moved = stepId(lastCited.at(-1)!, /^(next|following|下一|后一)$/i.test(step) ? 1 : -1);
    return { context: null, carriedIds: moved ? [moved] : [] };
  }
  if ((zh ? CORRECTS_ZH : CORRECTS).test(text)) {
    const correction = lastCited.length > 1 ? { narrowTo: lastCited } : { exclude: lastCited };
    return { context: lastUser.content, carriedIds: [], ...correction };
  }
  if ((zh ? NARROWS_ZH : NARROWS).test(text)) return { context: null, carriedIds: [], narrowTo: lastCited };
  const pointed = (zh ? POINTS_AT_MEASURE_ZH : POINTS_AT_MEASURE).test(text);
  const summary = (zh ? SUMMARY_ZH : SUMMARY).test(text) && subjectless;
  const leans = (zh ? ANAPHORA_ZH : ANAPHORA).test(text) || subjectless || pointed;
  if (!leans) return { context: null, carriedIds: [] };
  if (!(subjectless || pointed)) return { context: lastUser.content, carriedIds: [] };
  // A summary gathers the latest answers; "those two" the last two; anything else the last one.
  const citing = history.filter((t) => t.role === 'assistant' && extractMarkers(t.content).length > 0);
  const plural = (zh ? PLURAL_ZH : PLURAL).test(text) ? (HOW_MANY.find(([pattern]) => pattern.test(text))?.[1] ?? 2) : 1;
  const turns = summary ? SUMMARY_TURNS : plural;
  const carried = [...new Set(citing.slice(-turns).flatMap((t) => extractMarkers(t.content)))];
  return { context: lastUser.content, carriedIds: carried.slice(0, MAX_CARRIED) };
}

function isSubjectlessChinese(text: string): boolean {
  const rest = text.replace(SUBJECTLESS_ZH, '').replace(/[^\p{Script=Han}A-Za-z]/gu, '');
  return rest.length <= 1;
}

/** M10 -> M11 (or M9), R1 -> R2; ids of other documents keep their prefix. Unknown ids are dropped by the retriever. */
function stepId(id: string, by: number): string | null {
  const match = /^(.*?)([MR])(\d+)$/.exec(id);
  if (!match) return null;
  const n = Number(match[3]) + by;
  return n >= 1 ? `${match[1]}${match[2]}${n}` : null;
}
