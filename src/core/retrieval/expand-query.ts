import { tokenize } from '../text/tokenize.js';

/**
 * Industry shorthand that enterprises use and the policy spells out. Word vectors know
 * few of these, and BM25 cannot match them at all, so they are expanded before search.
 */
const GLOSSARY: Record<string, string> = {
  ivd: 'in vitro diagnostics',
  esg: 'environmental social governance',
  cvc: 'corporate venture capital',
  rd: 'research and development',
  ip: 'intellectual property',
  ipr: 'intellectual property rights',
  ai: 'artificial intelligence',
  ic: 'integrated circuits',
  sme: 'small medium-sized enterprises',
  smes: 'small medium-sized enterprises',
  vc: 'venture capital investment',
  pe: 'private equity investment',
  hr: 'human resources',
  iot: 'internet of things',
  hq: 'headquarters',
  mnc: 'multinational corporations',
  mncs: 'multinational corporations',
  bci: 'brain-computer interfaces',
  uhd: 'ultra-high-definition video',
  esports: 'e-sports gaming',
  fintech: 'financial technology',
  biotech: 'biomedicine drugs',
  pharma: 'pharmaceutical drugs',
  medtech: 'medical devices',
  startup: 'start-up enterprises',
  startups: 'start-up enterprises',
  postdoc: 'post-doctoral',
  hukou: 'residency registration',
  ecommerce: 'e-commerce',
  livestream: 'live-streaming',
  livestreaming: 'live-streaming',
};

/** Appends the spelled-out form of any shorthand in the query ("IVD kits" + "in vitro diagnostics"). */
export function expandQuery(query: string): string {
  const words = new Set(tokenize(query.replace(/r&d/gi, 'rd')));
  const additions = [...words].map((w) => GLOSSARY[w]).filter(Boolean);
  return additions.length > 0 ? `${query} (${additions.join('; ')})` : query;
}
