import type { Corpus } from '../corpus/corpus.js';
import { escapeRegExp } from '../text/escape-reg-exp.js';
import { foldConfusables } from '../text/fold-confusables.js';
import { normalizeText } from '../text/tokenize.js';

export type MessageClass = 'policy' | 'injection' | 'other_jurisdiction' | 'other_task';

/** Attempts to change the assistant's job, its rules or its output, in English and Chinese. */
const INJECTION = [
  /\b(ignore|disregard|forget|override|bypass)\b.{0,40}\b(instructions?|rules?|prompts?|guidelines?|polic(y|ies)|above|previous|prior|everything|constraints?|restrictions?)\b/i,
  /\b(system|hidden|initial|developer)\s+(prompt|message|instructions?)\b/i,
  /\b(you are now|from now on,? you|act as|pretend (to be|you|that)|roleplay|role-play|jailbreak|developer mode|DAN\b|do anything now)/i,
  /\b(reveal|print|show|repeat|output)\b.{0,30}\b(your|the)\s+(instructions|prompt|rules|configuration|api key)/i,
  /\b(reveal|print|show|output|dump|list|give me|tell me)\b.{0,40}\b(environment variables?|env vars?|api keys?|secret keys?|secrets|credentials|passwords?|access tokens?)\b|\b(system|admin) override\b/i,
  /(输出|打印|显示|告诉我|列出|给我).{0,12}(环境变量|密钥|API\s*key|口令|密码|令牌)/i,
  /\bpretend\b.{0,80}\b(measure|policy|exists?)\b/i,
  /\b(new|updated) (instructions?|rules?)\b|^\s*(system|assistant|developer)\s*:/im,
  /\b(your|the assistant's) (instructions|prompt|rules|guidelines)\b/i,
  /\b(disregard|forget|ignore) (the|this|that) (document|text|policy|measures|context)\b/i,
  /\b(admin|administrator|sudo|root) (override|mode|access)\b|<!--|\bstored (user )?(conversations?|messages|data)\b/i,
  // Asking for invented content, hiding what the text leaves open, or a forced verdict.
  /\b(?:make up|made-up|invent|fabricate)\s+(?:some\s+|a few\s+|realistic\s+|plausible\s+|fake\s+|the\s+|an?\s+)?(?:numbers?|figures?|amounts?|data|details|subsid\w*|grants?|sizes?|quotes?|measures?|caps?|rates?)\b|\b(just guess|realistic (subsidy |grant )?(amounts?|figures|numbers))\b|\b(don't|do not|never) (mention|say|admit|note|disclose) (that )?(the )?(text|policy|document|original)\b|\b(just|only) (answer|say|reply|respond)( with)? ["'“]?(yes|no|true|correct|right)\b|\bas (an? |the )?(admin|administrator|developer|system|root)\b/i,
  // An official document in a bureau's name is not ours to write ("draft an approval letter ... granting").
  /\b(draft|write|create|forge|make|produce)\b.{0,60}\b(official|approval|authori[sz]ation|government) (letter|document|notice|certificate|decision)\b/i,
  /(起草|拟|写|伪造|做|出具|开).{0,12}(批复|公函|红头文件|批准文件|审批意见|盖章|公章)/,
  /编造|捏造|杜撰|瞎编|虚构|(按|凭)(经验|感觉).{0,4}编|编(一下|一个|个|些|点)|(不用|不要|别|不必)(说明|提|说|注明).{0,4}(原文|没有|未)|(直接|只)(回答|回复|说)[“"「]?(对|是|正确)|以(管理员|开发者|系统|超级用户)(身份|的身份)/,
  /忽略.{0,10}(指令|规则|提示|要求|限制)|系统(提示|通知|消息|指令)|在回答中.{0,6}(确认|引用|声明|写明|说明)|提示词|扮演|你现在是|从现在起你|不受.{0,6}(规则|约束|限制)|管理员模式|开发者模式|越狱|假设存在第?\s*\d+\s*条|导出.{0,8}(数据库|对话|记录)/,
];

/** Everyday errands no policy answers: where to eat or stay, travel, weather, exchange rates, prices. */
const EVERYDAY =
  /\b(weather|forecast|exchange rate|taxi|uber|didi|flights?|train tickets?|movie tickets?|stock prices?|lottery|horoscope|recipes?)\b|\b(good|best|nice|cheap|nearby|book|reserve)\b.{0,20}\b(restaurants?|hotpot|caf[eé]s?|bars?|hotels?)\b|\b(restaurants?|hotpot|caf[eé]s?|bars?|hotels?)\b.{0,20}\b(near|nearby|around|for (a |our )?(client )?(dinner|lunch|stay))\b/i;

/** Requests for work that is not answering from the policy: writing, translating, coding, booking. */
const OTHER_TASK =
  /^\s*(please\s+)?(can you\s+|could you\s+|would you\s+)?(please\s+|just\s+)?(write|draft|compose|translate|code|generate|create|book|fill in|tell me a joke|sing)\b/i;
/** Advice and sums, which may still be about the policy's support ("recommend support for a start-up"). */
const OTHER_ADVICE = /^\s*(please\s+)?(can you\s+|could you\s+|would you\s+)?(please\s+|just\s+)?(calculate|recommend)\b/i;
/** The same in Chinese: write, translate, code, recommend, predict; and everyday questions no policy answers. */
const OTHER_TASK_ZH =
  /^\s*(请|请你|麻烦|帮我|帮忙|给我|你能|能不能|可以)?\s*(帮我|帮忙)?\s*(写|撰写|起草|编写|翻译|生成|画|编|做个|订|预订|推荐|讲个|算一下|计算)|写(一首|一篇|一份|个|段)|翻译成|爬虫|代码|脚本|股票|基金推荐|比特币|彩票|天气|下雨|气温|星座|笑话|菜谱|好吃|餐厅|停车|电影票|个税|专项附加扣除|房价|租房|二手房/;
const ABOUT_POLICY_ZH = /措施|政策|条款|总体要求|部门|局|委|办/;
/** A writing task about the policy itself ("write a summary of the measures") is still a policy question. */
const ABOUT_POLICY = /\b(measures?|polic(y|ies)|requirements?|department|bureau|commission)\b|M\d{1,2}\b/i;
/** ... and advice about support ("recommend support for a start-up", "calculate which subsidies apply"). */
const ABOUT_SUPPORT = /\b(support|subsid\w*|grants?|funding|incentives?|enterprises?|compan(y|ies)|firms?|start-?ups?)\b/i;

export function classifyMessage(message: string, corpus: Corpus): MessageClass {
  // Judged as a reader sees it: look-alike letters and invisible characters cannot hide a pattern.
  const text = normalizeText(foldConfusables(message));
  if (INJECTION.some((pattern) => pattern.test(text))) return 'injection';
  const places = placePatterns(corpus);
  if (OTHER_TASK.test(text) && !ABOUT_POLICY.test(text)) return 'other_task';
  if (OTHER_ADVICE.test(text) && !ABOUT_POLICY.test(text) && !ABOUT_SUPPORT.test(text)) return 'other_task';
  if (EVERYDAY.test(text) && !ABOUT_POLICY.test(text) && !ABOUT_SUPPORT.test(text)) return 'other_task';
  if (OTHER_TASK_ZH.test(text) && !ABOUT_POLICY_ZH.test(text)) return 'other_task';
  // A covered place wins: a road named after another city ("Nanjing West Road") is not that city.
  // Where someone came from is not the policy asked about ("our CTO relocated from Singapore").
  const asked = text.replace(places.origin, ' ');
  if (places.other.test(asked) && !text.match(places.covered)) return 'other_jurisdiction';
  return 'policy';
}

/** The names and places of the jurisdictions the corpus covers, from each document's metadata. */
export function coveredPlaces(corpus: Corpus): RegExp {
  return placePatterns(corpus).covered;
}

interface PlacePatterns {
  covered: RegExp;
  other: RegExp;
  /** Another place named as where someone or something came from. */
  origin: RegExp;
}

const PLACE_CACHE = new WeakMap<Corpus, PlacePatterns>();

/** Built once per corpus: the covered jurisdictions' names and places, and every other known place. */
/** Someone arriving: "relocated from", "moved here from", "hired from", "returning from". */
const ARRIVAL_EN = String.raw`\b(?:relocat\w*|mov(?:ed|ing|es)|came|coming|comes|return\w*|transferr?\w*|recruit\w*|hired?|hiring|join\w*)\b(?:\s+\S+){0,3}?\s+from\s+(?:the\s+)?`;

function placePatterns(corpus: Corpus): PlacePatterns {
  let patterns = PLACE_CACHE.get(corpus);
  if (!patterns) {
    const covered = corpus.documents.flatMap((d) => [...d.metadata.jurisdiction.names, ...d.metadata.jurisdiction.places]);
    const coveredSet = new Set(covered.map((p) => p.toLowerCase()));
    const other = corpus.places.filter((p) => !coveredSet.has(p.toLowerCase()));
    const others = alternation(other, 'i');
    const origin = new RegExp(
      `${ARRIVAL_EN}(?:${others.source})|(?:来自|从)\\s*(?:${others.source})(?=.{0,4}(来|过来|调|搬|迁|回|引进|加入|到))|来自(?:${others.source})`,
      'gi',
    );
    patterns = { covered: alternation(covered, 'gi'), other: others, origin };
    PLACE_CACHE.set(corpus, patterns);
  }
  return patterns;
}

/** Latin names match whole words ("Baoshan", not "baoshanlu"); Chinese names match anywhere. */
function alternation(names: string[], flags: string): RegExp {
  if (names.length === 0) return /(?!)/;
  const parts = [...names]
    .sort((a, b) => b.length - a.length)
    .map((n) => escapeRegExp(normalizeText(n)).replace(/'/g, "'?\\s?"))
    .map((n) => (/^[\x00-\x7f]/.test(n) ? `\\b${n}\\b` : n));
  return new RegExp(parts.join('|'), flags);
}
