/**
 * A Response whose body reads at once, for tests that drive the loader with fake timers: a real
 * body is read in the browser's own tasks (several of them in Firefox), so while the clock jumps
 * the loader would finish at an unpredictable fake time.
 */
export const respond = (text: string, headers: Record<string, string> = {}, status = 200) => {
  const res = new Response(text, { status, headers });
  Object.defineProperty(res, 'text', { value: () => Promise.resolve(text) });
  Object.defineProperty(res, 'body', { value: stream(new TextEncoder().encode(text)) });
  return res;
};

/** A body whose reader hands out `bytes` in one chunk, in microtasks only. */
const stream = (bytes: Uint8Array) => ({
  getReader() {
    let sent = false;
    return {
      read: () =>
        Promise.resolve(sent ? { done: true } : ((sent = true), { done: false, value: bytes })),
      cancel: () => Promise.resolve(),
    };
  },
});

/** `respond` with a JSON body. */
export const json = (body: unknown, headers: Record<string, string> = {}, status = 200) =>
  respond(JSON.stringify(body), { 'content-type': 'application/json', ...headers }, status);
