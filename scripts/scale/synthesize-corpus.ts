// Synthetic corpora for `npm run scale`: built in memory only, never written under corpus/ and
// never shipped. Every synthetic document says so in its id, title, number and notice.
import { createCorpus, type Corpus } from '../../src/core/corpus/corpus.js';
import { parseMetadata, scopeId, type PolicyDocument } from '../../src/core/corpus/document.js';
import type { Section, SectionText } from '../../src/core/corpus/section.js';
import { createRandom, pickDistinct, recombine, splitChinese, splitEnglish } from './recombine-text.js';

/** Real sections mixed into each synthetic one. */
const SOURCES_PER_SECTION = 3;
const SEED = 20241209;

/**
 * The real corpus followed by synthetic documents, `scale` times its sections in all. Each
 * synthetic document copies the shape of the primary one (a preamble, requirements, measures, a
 * validity clause); each of its sections joins sentence slices of three real sections of the
 * same kind, in English and, cut at the same shares, in Chinese, and takes the first source's
 * title, headings and departments.
 */
export function synthesizeCorpus(real: Corpus, scale: number, seed = SEED): Corpus {
  const template = real.documents.find((d) => d.metadata.primary) ?? real.documents[0]!;
  const copies = Math.round(((scale - 1) * real.sections.length) / template.sections.length);
  const random = createRandom(seed + scale);
  const width = Math.max(2, String(copies).length);
  const synthetic = Array.from({ length: copies }, (_, i) =>
    synthesizeDocument(template, real.sections, String(i + 1).padStart(width, '0'), random),
  );
  return createCorpus([...real.documents, ...synthetic], { glossary: real.glossary, places: real.places });
}

function synthesizeDocument(template: PolicyDocument, pool: Section[], number: string, random: () => number): PolicyDocument {
  const real = template.metadata;
  const documentNumber = `SYNTHETIC-${number}`;
  const metadata = parseMetadata(
    JSON.stringify({
      ...real,
      id: `synthetic-${number}`,
      title: `SYNTHETIC scale-test document ${number}, not a policy (sentences recombined from ${real.title})`,
      documentNumber,
      primary: false,
      source: 'synthetic',
      examples: { en: [], zh: [] },
      translations: {},
    }),
    `synthetic-${number}`,
  );
  const rename = (text: string) => text.replaceAll(real.documentNumber, documentNumber);
  const sections = template.sections.map((shape): Section => {
    const sources = pickDistinct(
      pool.filter((s) => s.kind === shape.kind),
      SOURCES_PER_SECTION,
      random,
    );
    const first = sources[0]!;
    const zh = sources.every((s) => s.translations.zh) ? sources.map((s) => s.translations.zh!) : null;
    const local = shape.id.slice(shape.id.indexOf(':') + 1);
    return {
      id: scopeId(metadata, local),
      docId: metadata.id,
      kind: shape.kind,
      number: shape.number,
      title: first.title,
      path: first.path,
      text: rename(
        recombine(
          sources.map((s) => s.text),
          splitEnglish,
          ' ',
        ),
      ),
      departments: first.departments,
      translations: zh ? { zh: recombineChinese(zh, rename) } : {},
    };
  });
  const zhInfo = template.translations.zh;
  return {
    metadata,
    sections,
    signatories: template.signatories,
    translations: zhInfo
      ? {
          zh: {
            ...zhInfo,
            title: `合成测试文件${number}（不是政策，仅用于规模测试）`,
            official: false,
            notice: '合成文本，由真实条文的句子重组而成，仅用于规模测试，不是政策。',
            numbering: null,
          },
        }
      : {},
  };
}

function recombineChinese(sources: SectionText[], rename: (text: string) => string): SectionText {
  const first = sources[0]!;
  return {
    title: first.title,
    path: first.path,
    departments: first.departments,
    text: rename(
      recombine(
        sources.map((s) => s.text),
        splitChinese,
        '',
      ),
    ),
  };
}
