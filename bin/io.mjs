// What both commands (validate, sync-petition) need when they read from the network or print what
// they read: a body read with a size cap, and untrusted text made safe for a terminal or a log.

/** "5.0 MB" */
export const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** The answer is bigger than the cap; `declared` is its Content-Length when that said so. */
export class TooLarge extends Error {
  constructor(maxBytes, declared) {
    super(declared ? `is ${mb(declared)}` : `is over ${mb(maxBytes)}`);
    this.maxBytes = maxBytes;
    this.declared = declared;
  }
}

/**
 * Reads a fetch Response's body into a Buffer, never holding more than `maxBytes`: refused up
 * front when Content-Length says it is larger, and counted as it streams (Content-Length may be
 * missing or lie). Leaving the loop early cancels the download. Throws TooLarge.
 */
export async function readCapped(res, maxBytes) {
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) {
    await res.body?.cancel().catch(() => {});
    throw new TooLarge(maxBytes, declared);
  }
  const parts = [];
  let size = 0;
  for await (const part of res.body ?? []) {
    size += part.byteLength;
    if (size > maxBytes) throw new TooLarge(maxBytes);
    parts.push(part);
  }
  return Buffer.concat(parts);
}

// C0 controls (ESC among them, which starts every terminal escape sequence), DEL, C1 controls
// (U+009B is a one-character CSI) and the bidirectional overrides that reorder what a line shows.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Untrusted text (a title from a server, a key name from a file, a server's message) made safe to
 * print to a terminal or a cron log: every control character becomes a visible `\u001b`-style
 * escape, so it can neither move the cursor, recolour or clear the screen, nor start a new line
 * that looks like our own output.
 */
export const forTerminal = (text) =>
  String(text).replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
