import type { Corpus } from '../corpus/corpus.js';
import type { Language } from '../corpus/section.js';
import { langRule } from '../lang/lang-data.js';

/**
 * What an application guide's parts are about, as people ask (lang/<language>/layout.json,
 * guide-part-* and guide-question-*), the most telling first: a question naming several is
 * mostly asking the first ("by what time must the paper materials be handed in?" asks the time,
 * "where do we deliver the application, what is the address?" the way to apply, which says where).
 */
const TOPICS = ['time', 'method', 'contacts', 'amounts', 'materials', 'conditions', 'applicants'] as const;
export type GuideTopic = (typeof TOPICS)[number];

/** A guide's part a question asks about, and the topic it is asked by. */
export interface AskedPart {
  id: string;
  topic: GuideTopic;
}

/**
 * Application guides name their parts alike (支持对象, 申报条件, 支持内容和标准, 申报材料, 申报时间,
 * 申报方式, 联系方式). A question asking one of these things ("申报需要哪些材料", "what is the
 * contact phone number?") is about the part of that name in every loaded guide: returns their
 * ids, those of the most telling topic asked first.
 */
export function createGuideTopicFinder(corpus: Corpus): (query: string, language: Language) => string[] {
  const find = askedGuidePartsIn(corpus);
  return (query, language) => find(query, language).map((p) => p.id);
}

const FINDERS = new WeakMap<Corpus, (query: string, language: Language) => AskedPart[]>();

/** The guide parts a question asks by their topic, with the topic; built once per corpus. */
export function askedGuidePartsIn(corpus: Corpus): (query: string, language: Language) => AskedPart[] {
  let find = FINDERS.get(corpus);
  if (!find) {
    find = createPartFinder(corpus);
    FINDERS.set(corpus, find);
  }
  return find;
}

function createPartFinder(corpus: Corpus): (query: string, language: Language) => AskedPart[] {
  const parts = corpus.sections
    .filter((s) => s.kind === 'part')
    .map((s) => {
      const { language } = corpus.documentById.get(s.docId)!.metadata;
      return { id: s.id, topics: TOPICS.filter((t) => langRule('layout', `guide-part-${t}`, [language]).test(s.title)) };
    });
  if (parts.length === 0) return () => [];
  return (query, language) => {
    const asked = TOPICS.filter((t) => langRule('layout', `guide-question-${t}`, [language]).test(query));
    const found: AskedPart[] = [];
    for (const topic of asked) {
      for (const part of parts) if (part.topics.includes(topic) && !found.some((f) => f.id === part.id)) found.push({ id: part.id, topic });
    }
    return found;
  };
}
