/**
 * Per-device memory for ticks, chosen sessions and "last visit" marks. localStorage when the
 * browser allows it; otherwise (private modes, blocked storage, quota full, a throwing getter) an
 * in-memory copy for this page view, so the widget works either way and never throws.
 * A stored value that is not JSON reads as absent: one corrupt entry never breaks the page.
 */

import { isServer } from 'lit';

const PREFIX = 'union-widgets:';
const memory = new Map<string, string>();

function store(): Storage | undefined {
  // A server render shows what a first visit shows: nothing remembered (Node 22+ has a
  // localStorage of its own, which is not the reader's).
  if (isServer) return undefined;
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

/** The value stored under `key`, or `undefined` when absent, unreadable or not JSON. */
export function load<T>(key: string): T | undefined {
  let text: string | null | undefined = memory.get(key);
  if (text === undefined) {
    try {
      text = store()?.getItem(PREFIX + key);
    } catch {
      // blocked: memory only
    }
  }
  try {
    return text == null ? undefined : (JSON.parse(text) as T);
  } catch {
    return undefined;
  }
}

/** Stores `value` under `key` (or removes it when `undefined`); falls back to memory on failure. */
export function save(key: string, value: unknown): void {
  const text = value === undefined ? undefined : JSON.stringify(value);
  try {
    const s = store();
    if (!s) throw 0;
    if (text === undefined) s.removeItem(PREFIX + key);
    else s.setItem(PREFIX + key, text);
    memory.delete(key);
  } catch {
    if (text === undefined) memory.delete(key);
    else memory.set(key, text);
  }
}

/**
 * Calls `callback` when another tab changes `key` (the `storage` event); returns the function
 * that stops listening.
 */
export function watchKey(key: string, callback: () => void): () => void {
  const listener = (e: StorageEvent) => {
    if (e.key === null || e.key === PREFIX + key) callback();
  };
  addEventListener('storage', listener);
  return () => removeEventListener('storage', listener);
}
