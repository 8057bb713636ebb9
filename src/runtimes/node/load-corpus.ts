import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { attachTranslation } from '../../core/corpus/attach-translation.js';
import { createCorpus, type Corpus, type GlossaryEntry } from '../../core/corpus/corpus.js';
import { parseMetadata, type PolicyDocument } from '../../core/corpus/document.js';
import { parseDocument } from '../../core/corpus/parse-document.js';
import type { ChineseDictionary } from '../../core/corpus/gloss-sections.js';
import { parseVocabulary } from '../../core/corpus/vocabulary.js';
import { decodeWordVectors, type WordVectors } from '../../core/embedding/word-vectors.js';
import { AppError } from '../../core/errors.js';

export const CORPUS_DIR = fileURLToPath(new URL('../../../corpus/', import.meta.url));
const WORD_VECTORS = fileURLToPath(new URL('../../../models/word-vectors.bin', import.meta.url));
const DICTIONARY = fileURLToPath(new URL('../../../models/zh-en-dictionary.json', import.meta.url));

export interface LoadedCorpus {
  corpus: Corpus;
  /** Every input file's text, for the index key: a change to any of them rebuilds the index. */
  sources: string;
  /** The documents' source texts as written, for the naive baseline that chunks raw text. */
  raw: string;
}

/** Reads every `corpus/<docId>/` folder (metadata.json, the policy text, its translations) and the shared lists. */
export function loadCorpus(dir = CORPUS_DIR): LoadedCorpus {
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'metadata.json')))
    .map((entry) => join(dir, entry.name))
    .sort();
  const sources: string[] = [];
  const read = (file: string) => {
    const text = readFileSync(file, 'utf8');
    sources.push(file.slice(dir.length), text);
    return text;
  };
  const raw: string[] = [];
  const documents = folders.map((folder) =>
    loadDocument(folder, (file) => {
      const text = read(file);
      if (file.endsWith('.txt')) raw.push(text);
      return text;
    }),
  );
  const glossary = existsSync(join(dir, 'glossary.json'))
    ? (JSON.parse(read(join(dir, 'glossary.json'))) as { entries: GlossaryEntry[] }).entries
    : [];
  const places = existsSync(join(dir, 'places.json')) ? (JSON.parse(read(join(dir, 'places.json'))) as { places: string[] }).places : [];
  // Only documents written in Chinese are read with the dictionary; it is part of the index key then.
  const dictionary = documents.some((d) => d.metadata.language === 'zh') ? loadDictionary(read) : undefined;
  return { corpus: createCorpus(documents, { glossary, places, dictionary }), sources: sources.join('\n'), raw: raw.join('\n') };
}

/** One document folder; errors name the file and, for the text, the line. */
export function loadDocument(folder: string, read = (file: string) => readFileSync(file, 'utf8')): PolicyDocument {
  const metadataFile = join(folder, 'metadata.json');
  const metadata = parseMetadata(read(metadataFile), metadataFile);
  const folderName = folder.split(/[\\/]/).filter(Boolean).at(-1);
  if (folderName !== metadata.id) {
    throw new AppError('invalid_metadata', `${metadataFile}: id "${metadata.id}" must equal the folder name "${folderName}"`);
  }
  const policyFile = join(folder, metadata.source);
  let document: PolicyDocument;
  try {
    document = parseDocument(read(policyFile), metadata);
  } catch (error) {
    throw new AppError('policy_parse_error', `${policyFile}: ${(error as Error).message}`);
  }
  for (const file of Object.values(metadata.translations)) {
    const path = join(folder, file);
    document = attachTranslation(document, read(path), path);
  }
  const vocabularyFile = join(folder, 'vocabulary.json');
  return existsSync(vocabularyFile) ? { ...document, vocabulary: parseVocabulary(read(vocabularyFile), vocabularyFile) } : document;
}

/** The Chinese-English dictionary that documents written in Chinese are glossed with (scripts/trim-dictionary.ts). */
export function loadDictionary(read = (file: string) => readFileSync(file, 'utf8')): ChineseDictionary {
  // Looked up in the parsed object: copying 70,000 entries into a Map would triple the load time.
  const { words } = JSON.parse(read(DICTIONARY)) as { words: Record<string, string> };
  return { get: (word) => (Object.hasOwn(words, word) ? words[word] : undefined), has: (word) => Object.hasOwn(words, word) };
}

export function loadWordVectors(file = WORD_VECTORS): WordVectors {
  return decodeWordVectors(new Uint8Array(readFileSync(file)));
}
