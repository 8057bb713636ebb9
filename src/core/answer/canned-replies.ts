import type { Corpus } from '../corpus/corpus.js';
import type { PolicyDocument } from '../corpus/document.js';
import { labelId, type Language } from '../corpus/section.js';
import type { SmalltalkKind } from './classify-turn.js';
import type { RelatedSection } from './types.js';
import type { Detail } from './detect-asks.js';
import { phrasesFor } from './phrases.js';

export type RefusalReason = 'off_topic' | 'steer' | 'jurisdiction' | 'missing' | 'not_stated';

/** The documents the assistant answers from, named as people know them. */
export function describeScope(corpus: Corpus, language: Language): string {
  const names = corpus.documents.map((d) => describeDocument(d, language));
  return language === 'zh' ? names.join('、') : names.join('; ');
}

function describeDocument(d: PolicyDocument, language: Language): string {
  return language === 'zh'
    ? `《${d.translations.zh?.title ?? d.metadata.title}》（${d.metadata.documentNumber}）`
    : `the ${d.metadata.title} (${d.metadata.documentNumber})`;
}

/** What a question asked that the nearest sections leave open, and whom to ask. */
export interface NotStated {
  details: Detail[];
  contact: string | null;
}

/** A refusal's text: what the assistant covers and, where it helps, what to ask instead. */
export function writeRefusal(
  corpus: Corpus,
  reason: RefusalReason,
  language: Language,
  missing: string[] = [],
  related: RelatedSection[] = [],
  notStated: NotStated = { details: [], contact: null },
): string {
  const scope = describeScope(corpus, language);
  const nearest = related.map((r) => `${labelId(r.id, language)}${language === 'zh' ? `（${r.title}）` : ` (${r.title})`}`);
  const labels = missing.map((id) => labelId(id, language));
  const examples = corpus.documents.flatMap((d) => d.metadata.examples[language]).slice(0, 2);
  const primary = corpus.documents.find((d) => d.metadata.primary) ?? corpus.documents[0]!;
  const measures = primary.sections.filter((s) => s.kind === 'measure').length;
  const requirements = primary.sections.filter((s) => s.kind === 'requirement').length;
  const say = phrasesFor(language);
  const stated = say.notStated(notStated.details, say.join(nearest), notStated.contact);
  if (language === 'zh') {
    const texts: Record<RefusalReason, string> = {
      off_topic:
        nearest.length > 0
          ? `${scope}没有涉及这个问题。最接近的条款是${nearest.join('、')}，但它们并不回答这个问题。如需进一步咨询，可以转人工或拨打12345市民服务热线。`
          : `我只能回答关于${scope}的问题，其中没有涉及这个问题的内容。${examples.length > 0 ? `您可以问，例如：${examples.join('')}` : ''}`,
      steer: `抱歉，这个请求我不能执行：我只依据${scope}的条文回答相关问题。`,
      jurisdiction: `我只解答${scope}的相关问题；其他区或城市的政策，请咨询当地政府部门。`,
      missing: `${scope}中没有${labels.join('、')}：措施编号为1至${measures}，此前另有${requirements}条总体要求（原文未编号，编号仅供参考）。`,
      not_stated: stated,
    };
    return texts[reason];
  }
  const texts: Record<RefusalReason, string> = {
    off_topic:
      nearest.length > 0
        ? `${capitalize(scope)} do not address this. The nearest sections are ${nearest.join(', ')}, but they do not answer it. To ask someone, request a person here or call the 12345 hotline.`
        : `I can only answer questions about ${scope}, and nothing in them covers this.${examples.length > 0 ? ` Try asking, for example: "${examples.join('" or "')}"` : ''}`,
    steer: `I can't do that: I only answer questions about ${scope}, from their text.`,
    jurisdiction: `I only cover ${scope}; for another district's or city's policy, please ask that government.`,
    missing: `${labels.join(' and ')} does not exist in ${scope}: the measures are numbered 1 to ${measures}, after ${requirements} Overall Requirements.`,
    not_stated: stated,
  };
  return texts[reason];
}

/** One friendly line for a greeting, thanks or a request for help: what the assistant covers and an example. */
export function writeSmalltalk(corpus: Corpus, kind: SmalltalkKind, language: Language): string {
  const scope = describeScope(corpus, language);
  const example = corpus.documents.flatMap((d) => d.metadata.examples[language])[0];
  if (language === 'zh') {
    if (kind === 'thanks') return '不客气！还有其他问题，欢迎继续问我。';
    if (kind === 'closing') return '再见！以后有政策方面的问题，欢迎随时再来问我。';
    return `您好！我依据${scope}的条文回答问题，并注明出处。${example ? `例如可以问：${example}` : ''}`;
  }
  if (kind === 'thanks') return "You're welcome! Ask me anything else about the measures.";
  if (kind === 'closing') return 'Goodbye! Come back any time with a question about the measures.';
  return `Hello! I answer questions about ${scope} from their text, with citations.${example ? ` For example: "${example}"` : ''}`;
}

/** "How many measures are there?": each loaded document's parts, requirements and measures, counted from its sections. */
export function writeStructure(corpus: Corpus, language: Language): string {
  return corpus.documents
    .map((d) => {
      const count = (kind: string) => d.sections.filter((s) => s.kind === kind).length;
      const parts = new Set(d.sections.filter((s) => s.path.length > 0).map((s) => s.path[0])).size;
      const [requirements, measures, guideParts] = [count('requirement'), count('measure'), count('part')];
      const name = describeDocument(d, language);
      if (language === 'zh') {
        const items = guideParts > 0 ? `分为${guideParts}个部分` : `共有${requirements}条总体要求和${measures}项措施，分为${parts}个部分`;
        return `${name}${items}。`;
      }
      const items =
        guideParts > 0 ? `${guideParts} parts` : `${requirements} overall requirements and ${measures} measures, in ${parts} parts`;
      return `${capitalize(name)} ${corpus.documents.length === 1 ? 'have' : 'has'} ${items}.`;
    })
    .join(language === 'zh' ? '' : ' ');
}

/** The reply to someone who asks for a person: what happens next; the channel shows the form or the contacts. */
export function writeHandoffOffer(language: Language): string {
  if (language === 'zh') {
    return '可以为您转接工作人员：请留下联系方式（电话、邮箱或微信，选填）和问题说明，工作人员会在这段对话中回复您。也可以拨打12345市民服务热线。';
  }
  return 'I can pass this conversation to a member of staff: leave a contact (phone, e-mail or WeChat, optional) and a short note, and they will reply here. You can also call the 12345 citizen hotline.';
}

/** For a question too broad to answer from one measure: what to tell the assistant instead. */
export function writeClarification(corpus: Corpus, language: Language): string {
  const scope = describeScope(corpus, language);
  if (language === 'zh') {
    return `${scope}涵盖多种支持方向。请告诉我贵企业所在行业和具体需求（融资、人才、研发、市场拓展、场地、知识产权或品牌），我来对应相关措施；也可以用“哪些政策适用于我的企业？”描述企业情况。`;
  }
  return `${capitalize(scope)} cover many kinds of support. Tell me what your company does and what it needs (financing, talent, R&D, markets, space, intellectual property or brand) and I will point you to the measures that apply, or describe your company under "What applies to my company?".`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
