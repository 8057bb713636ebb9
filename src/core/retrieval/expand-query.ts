import { tokenize } from '../text/tokenize.js';

/**
 * Industry shorthand and everyday words that enterprises use where the policy says something
 * else ("law firm" for "professional service institutions"). Word vectors know few of these, and
 * BM25 cannot match them at all, so they are expanded before search.
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
  livestreams: 'live-streaming',
  livestreamers: 'live-streaming',
  // The words enterprises use for what the policy names otherwise.
  'law firm': 'professional service institutions',
  'law firms': 'professional service institutions',
  lawyers: 'professional service institutions',
  'accounting firm': 'professional service institutions',
  accountants: 'professional service institutions',
  consultancy: 'professional service institutions',
  consulting: 'professional service institutions',
  auditors: 'professional service institutions',
  abroad: 'international going global overseas',
  overseas: 'international overseas',
  'foreign markets': 'international overseas markets',
  banks: 'financial institutions',
  bank: 'financial institutions',
  lender: 'financial institutions',
  lenders: 'financial institutions',
  insurers: 'financial institutions',
  loan: 'loans financing',
  seniors: 'elderly care',
  'aged care': 'elderly care',
  'nursing homes': 'elderly care institutions',
  pension: 'elderly care',
  drugs: 'innovative drugs',
  biomedicine: 'innovative drugs medical devices life and health',
  biomedical: 'innovative drugs medical devices life and health',
  'life sciences': 'life and health innovative drugs',
  healthcare: 'life and health medical institutions',
  medicine: 'innovative drugs life and health',
  pharmaceutical: 'innovative drugs',
  patents: 'intellectual property patents',
  patent: 'intellectual property patents',
  trademark: 'intellectual property brand',
  trademarks: 'intellectual property brand',
  hiring: 'talents',
  hire: 'talents',
  hires: 'talents',
  recruit: 'talents',
  recruiting: 'talents',
  staff: 'talents',
  employees: 'talents labor',
  gaming: 'gaming e-sports',
  games: 'gaming e-sports',
  blockchain: 'blockchain chain',
  crypto: 'blockchain',
  'data center': 'computing power centers',
  'data centre': 'computing power centers',
  'office space': 'space carriers parks buildings',
  rent: 'costs space carriers',
  'carbon neutral': 'green carbon neutrality',
  sustainability: 'green ESG sustainability',
  'first store': 'first stores',
  restaurant: 'consumption catering time-honored brands',
  restaurants: 'consumption catering time-honored brands',
};

const PHRASES = Object.keys(GLOSSARY).filter((key) => key.includes(' '));

/** Appends the spelled-out form of any shorthand or everyday phrase in the query ("IVD kits" + "in vitro diagnostics"). */
export function expandQuery(query: string): string {
  const text = ` ${tokenize(query.replace(/r&d/gi, 'rd')).join(' ')} `;
  const words = new Set(text.trim().split(' '));
  const keys = [...words, ...PHRASES.filter((phrase) => text.includes(` ${phrase} `))];
  const additions = [...new Set(keys.map((key) => GLOSSARY[key]).filter(Boolean))];
  return additions.length > 0 ? `${query} (${additions.join('; ')})` : query;
}
