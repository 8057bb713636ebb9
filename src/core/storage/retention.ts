export const DAY_MS = 24 * 60 * 60 * 1000;

/** Conversations created before this instant are purged. */
export function retentionCutoff(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}
