import { langWords } from '../lang/lang-data.js';

/** English function words plus words that carry no topic in questions to a policy assistant (lang/en/stopwords.json). */
export const STOPWORDS: ReadonlySet<string> = new Set(langWords('stopwords', 'function', 'en'));
