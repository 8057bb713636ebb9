import type { Language, Turn } from './types.js';

/** One conversation as kept on the device: only what the server already stores (questions, answers, staff replies). */
export interface Conversation {
  /** Local key: a conversation has no server id until its first answer. */
  key: string;
  title: string;
  updated: number;
  conversationId?: string;
  turns: Turn[];
  /** An open hand-off: its id and the last message seen, where polling for staff replies resumes. */
  handoff?: { id: string; after?: string };
}

interface Stored {
  currentKey: string | null;
  conversations: Conversation[];
}

const MAX_CONVERSATIONS = 20;
const TITLE_CHARS = 80;

export function newConversation(): Conversation {
  return { key: `l_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`, title: '', updated: Date.now(), turns: [] };
}

/**
 * Conversations in localStorage (per API), so they survive closing the tab: a list of recent
 * ones to reopen, cleared with one action. Whether the panel is open stays per tab (sessionStorage).
 */
export function createHistory(api: string) {
  const key = `jingan-widget:${api}`;
  const openKey = `${key}:open`;
  const langKey = `${key}:lang`;

  const read = (): Stored => {
    try {
      const stored = JSON.parse(localStorage.getItem(key) ?? 'null') as Stored | null;
      if (stored && Array.isArray(stored.conversations)) return stored;
    } catch {
      // Storage may be blocked (privacy settings, sandboxed frames) or hold junk: start fresh.
    }
    return { currentKey: null, conversations: [] };
  };

  const write = (stored: Stored) => {
    // When the device's quota is full, the oldest conversations make room for the current one.
    for (let list = stored.conversations; list.length; list = list.slice(0, -1)) {
      try {
        localStorage.setItem(key, JSON.stringify({ ...stored, conversations: list }));
        return;
      } catch {
        // Blocked or full storage: try with one conversation fewer.
      }
    }
  };

  return {
    load(): { conversation: Conversation; open: boolean } {
      const stored = read();
      const conversation = stored.conversations.find((c) => c.key === stored.currentKey) ?? newConversation();
      let open = false;
      try {
        open = sessionStorage.getItem(openKey) === 'true';
      } catch {
        // Without sessionStorage the panel starts closed.
      }
      return { conversation, open };
    },
    /** Records the current conversation (once it has a question) and makes it the one a reload shows. */
    save(conversation: Conversation): void {
      const stored = read();
      const others = stored.conversations.filter((c) => c.key !== conversation.key);
      if (conversation.turns.length) {
        const first = conversation.turns.find((t) => t.role === 'user');
        conversation.title = (first?.text ?? '').slice(0, TITLE_CHARS);
        conversation.updated = Date.now();
        others.unshift(conversation);
      }
      write({ currentKey: conversation.key, conversations: others.slice(0, MAX_CONVERSATIONS) });
    },
    saveOpen(open: boolean): void {
      try {
        sessionStorage.setItem(openKey, String(open));
      } catch {
        // Only costs reopening the panel after a reload.
      }
    },
    /** The interface language a person chose with the 中文 / EN switch, if any. */
    language(): Language | null {
      try {
        const chosen = localStorage.getItem(langKey);
        return chosen === 'en' || chosen === 'zh' ? chosen : null;
      } catch {
        return null;
      }
    },
    saveLanguage(lang: Language): void {
      try {
        localStorage.setItem(langKey, lang);
      } catch {
        // The switch still applies until the page is reloaded.
      }
    },
    list(): Conversation[] {
      return read().conversations;
    },
    clear(): void {
      try {
        localStorage.removeItem(key);
      } catch {
        // Nothing was stored.
      }
    },
  };
}

export type History = ReturnType<typeof createHistory>;
