import en, { type Messages } from '../../src/i18n/en.js';

/**
 * A test language made from English: every string and every message's result wrapped in
 * `open`…`close` (e.g. the bidi override U+202E…U+202C for a right-to-left pseudo language), so a
 * test can tell its text from English and add it with `addLanguage` like a real language file.
 * Intl options (`intl`) are kept as they are.
 */
export function pseudo(open: string, close = ''): Messages {
  const wrap = (v: unknown): unknown => {
    if (typeof v === 'string') return `${open}${v}${close}`;
    if (typeof v === 'function')
      return (...args: unknown[]) =>
        `${open}${(v as (...a: unknown[]) => string)(...args)}${close}`;
    return Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, wrap(x)]));
  };
  const { intl, ...text } = en;
  return { intl, ...(wrap(text) as Omit<Messages, 'intl'>) };
}

/** A loader the test settles by hand, counting the fetches it was asked for. */
export function deferredLoader(messages: Messages) {
  let settle!: (m: { default: Messages }) => void;
  let fail!: (e: Error) => void;
  const promise = new Promise<{ default: Messages }>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  const loader = Object.assign(
    () => {
      loader.calls++;
      return promise;
    },
    { calls: 0 },
  );
  return {
    loader,
    resolve: () => settle({ default: messages }),
    reject: (e = new Error('chunk failed')) => fail(e),
  };
}
