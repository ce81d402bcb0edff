/**
 * The draft kept on this device as the volunteer types, offered back on the next visit. Storage
 * may be blocked (private modes, strict settings): every call then reports false/undefined and
 * the editor says the draft is not being kept.
 */
import { isObject, type JsonObject } from './campaign.js';

export const DRAFT_KEY = 'union-editor:draft';

export interface Draft {
  doc: JsonObject;
  /** When it was written (ms since the epoch). */
  at: number;
  /** The text last downloaded or opened: the draft has unsaved changes when it differs. */
  saved?: string;
}

/** Writes the draft; false when storage is blocked or full. */
export function saveDraft(draft: Draft): boolean {
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** The draft left by an earlier visit, if there is a readable one. */
export function loadDraft(): Draft | undefined {
  try {
    const raw = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null') as Partial<Draft> | null;
    if (!raw || !isObject(raw.doc) || typeof raw.at !== 'number') return undefined;
    return {
      doc: raw.doc,
      at: raw.at,
      saved: typeof raw.saved === 'string' ? raw.saved : undefined,
    };
  } catch {
    return undefined;
  }
}

export function clearDraft(): void {
  try {
    localStorage.removeItem(DRAFT_KEY);
  } catch {
    // blocked: nothing was kept
  }
}
