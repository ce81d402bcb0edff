/**
 * Reading a campaign from the volunteer's computer or from a web address: a JSON object up to
 * 5 MB, with the checker's own JSON message (line and column) when it does not parse.
 */
import { parseJson } from '../src/schemas.js';
import { isObject, type JsonObject } from './campaign.js';
import type { EditorMessages } from './i18n.js';

export const MAX_BYTES = 5 * 1024 * 1024;
const TIMEOUT_MS = 15_000;

export type Loaded = { doc: JsonObject; text: string } | { error: string };

/** Parses `text` as a campaign named `where` in messages. */
export function readCampaign(text: string, where: string, t: EditorMessages): Loaded {
  if (text.length > MAX_BYTES) return { error: t.open.tooBig(where) };
  const parsed = parseJson(text, where);
  if (!parsed.ok) return { error: parsed.message };
  if (!isObject(parsed.value)) return { error: t.open.notCampaign(where) };
  return { doc: parsed.value, text };
}

export async function loadFile(file: File, t: EditorMessages): Promise<Loaded> {
  if (file.size > MAX_BYTES) return { error: t.open.tooBig(file.name) };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { error: t.open.unreadable(file.name) };
  }
  return readCampaign(text, file.name, t);
}

/** Fetches a campaign (no cookies sent; another site must allow it with CORS). */
export async function loadUrl(address: string, t: EditorMessages): Promise<Loaded> {
  let url: URL;
  try {
    url = new URL(address, location.href);
    if (!/^https?:$/.test(url.protocol)) throw new TypeError();
  } catch {
    return { error: t.open.notWebAddress(address) };
  }
  url.hash = '';
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'omit', signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch {
    return { error: t.open.fetchFailed(url.href) };
  }
  if (!res.ok) return { error: t.open.httpFailed(url.href, res.status) };
  if (Number(res.headers.get('content-length')) > MAX_BYTES)
    return { error: t.open.tooBig(url.href) };
  let text: string;
  try {
    text = await res.text();
  } catch {
    return { error: t.open.fetchFailed(url.href) };
  }
  return readCampaign(text, url.href, t);
}
