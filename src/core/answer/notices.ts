import type { PolicyMetadata } from '../corpus/section.js';
import type { Notice } from './types.js';

/** The validity notice, shown on every answer once `today` (YYYY-MM-DD) is past the end date. */
export function validityNotices(metadata: PolicyMetadata, today: string): Notice[] {
  if (today <= metadata.validUntil) return [];
  return [{ kind: 'validity', text: `These measures were valid until ${formatDate(metadata.validUntil)}.` }];
}

/** "2025-12-31" -> "31 December 2025" */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const name = new Date(Date.UTC(year!, month! - 1, day!)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `${day} ${name} ${year}`;
}
