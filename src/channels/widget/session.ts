import type { Turn } from './types.js';

export interface Saved {
  conversationId?: string;
  turns: Turn[];
  open: boolean;
}

/** Kept per tab (sessionStorage) and per API, so a reload restores the conversation and nothing outlives the tab. */
export function createSession(api: string) {
  const key = `jingan-widget:${api}`;
  return {
    load(): Saved {
      try {
        const saved = JSON.parse(sessionStorage.getItem(key) ?? 'null') as Saved | null;
        if (saved && Array.isArray(saved.turns)) return saved;
      } catch {
        // Storage may be blocked (privacy settings, sandboxed frames) or hold junk: start fresh.
      }
      return { turns: [], open: false };
    },
    save(state: Saved): void {
      try {
        sessionStorage.setItem(key, JSON.stringify(state));
      } catch {
        // Full or blocked storage only costs the restore after a reload.
      }
    },
  };
}
