import { langRule } from '../lang/lang-data.js';
import type { Language } from './section.js';

const JURISDICTION = { en: langRule('layout', 'jurisdiction', ['en']), zh: langRule('layout', 'jurisdiction', ['zh']) };

export interface Jurisdiction {
  name: string;
  names: string[];
  departmentPrefix?: string;
}

/**
 * The district, county or city every issuer's name opens with ("云澜区科学技术委员会" gives 云澜区);
 * undefined when the issuers name none or different ones. English department names carry it as a
 * prefix ("Sample County Finance Office"); Chinese ones are written short (区科委).
 */
export function readJurisdiction(issuers: readonly string[], language: Language): Jurisdiction | undefined {
  const names = issuers.map((issuer) => JURISDICTION[language].exec(issuer)?.[0]);
  const name = names[0];
  if (!name || names.some((n) => n !== name)) return undefined;
  return language === 'zh' ? { name, names: [name] } : { name, names: [name], departmentPrefix: name };
}
