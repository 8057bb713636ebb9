import type { Notice } from '../answer/types.js';
import type { Corpus } from '../corpus/corpus.js';
import type { Language } from '../corpus/section.js';
import type { OutOfScope } from './profile-scope.js';

/**
 * Why a company gets no match, in the profile's language: it is outside the documents'
 * jurisdiction (naming the place and whom they serve), a private person, a request of another
 * kind, or a company whose trade and needs no measure addresses.
 */
export function describeNoMatch(scope: OutOfScope | null, corpus: Corpus, language: Language): Notice {
  const served = servedArea(corpus, language);
  const zh = language === 'zh';
  const text = (() => {
    switch (scope?.kind) {
      case 'elsewhere':
        return zh
          ? `没有适用的措施：该企业位于${scope.place}，而这些文件只适用于${served}的企业。`
          : `No measure applies: the company is in ${scope.place}, and these documents serve enterprises in ${served} only.`;
      case 'person':
        return zh
          ? '没有适用的措施：这些措施面向企业，不面向个人。'
          : 'No measure applies: the measures serve enterprises, not private persons.';
      case 'injection':
        return zh ? '没有匹配：这段描述不是对企业的介绍。' : 'No match: the description is not a description of a company.';
      default:
        return zh
          ? `没有适用的措施：${served}的措施都不涉及该企业所在的行业或所需的支持。`
          : `No measure applies: none of the measures for ${served} addresses this company's industry or needs.`;
    }
  })();
  return { kind: 'not_served', text };
}

function servedArea(corpus: Corpus, language: Language): string {
  const names = [...new Set(corpus.documents.map((d) => d.metadata.jurisdiction))];
  return names
    .map((j) => (language === 'zh' ? (j.names.find((n) => /\p{Script=Han}/u.test(n)) ?? j.name) : j.name))
    .filter((n, i, all) => all.indexOf(n) === i)
    .join(language === 'zh' ? '、' : ', ');
}

/** The needs the company states that no measure of the loaded documents speaks of, named in the profile's language. */
export function describeUnservedNeeds(needs: Array<{ label: Record<Language, string> }>, language: Language): Notice {
  const names = needs.map((n) => n.label[language]);
  return {
    kind: 'not_served',
    text:
      language === 'zh'
        ? `以下需求没有对应的措施：${names.join('、')}。`
        : `No measure addresses ${names.length > 1 ? 'these needs' : 'this need'}: ${names.join(', ')}.`,
  };
}
