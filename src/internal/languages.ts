/**
 * Every language the library ships, as BCP 47 tags, English first. English is built in; each
 * other one is `src/i18n/<tag>.ts`, fetched as its own small chunk when a widget first needs it
 * (the loaders are in src/internal/i18n.ts, checked against this list by the type checker).
 * The embed builder, the iframe embed and Storybook's toolbar list these; a reader's `lang` is
 * matched to one of them by BCP 47 lookup (zh-TW → zh-Hant, zh → zh-Hans, fil → tl, es-419 → es).
 * Importing it loads no strings: the CLI, the builder and the embed page use it through
 * dist/schemas.js.
 */
export const LANGUAGES = ['en', 'es', 'tl', 'zh-Hans', 'zh-Hant', 'vi', 'ko'] as const;

export type Language = (typeof LANGUAGES)[number];

/**
 * Language subtags that CLDR (and so Intl) writes differently from what pages use. Not every
 * engine maps them itself: WebKit with ICU 72 formats `tl` as POSIX English, `fil` as Filipino.
 */
const CLDR_NAMES: Record<string, string> = { tl: 'fil' };

/** The canonical form of a BCP 47 tag as Intl knows it (tl-PH → fil-PH), or undefined. */
export function canonical(tag: string): string | undefined {
  let form: string;
  try {
    form = Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined; // not a language tag (markup in lang="", a typo)
  }
  const [language, ...rest] = form.split('-');
  const cldr = CLDR_NAMES[language];
  return cldr ? [cldr, ...rest].join('-') : form;
}

/**
 * The language of `available` that serves a reader's `tag`, or undefined: BCP 47 lookup
 * (RFC 4647 §3.4) over the tag as written, then over its likely-subtags form (zh-TW →
 * zh-Hant-TW → zh-Hant; zh → zh-Hans-CN → zh-Hans; es-419 → es). Tags are compared in canonical
 * form, so fil finds tl (CLDR writes tl as fil).
 */
export function lookup(tag: string, available: readonly string[]): string | undefined {
  const asked = canonical(tag);
  if (!asked) return undefined;
  const keys = new Map(available.map((k) => [(canonical(k) ?? k).toLowerCase(), k]));
  let likely = asked;
  try {
    likely = new Intl.Locale(asked).maximize().toString();
  } catch {
    // an undetermined or private-use tag: the tag as written is all there is
  }
  for (const form of [asked, likely]) {
    const parts = form.toLowerCase().split('-');
    while (parts.length) {
      const key = keys.get(parts.join('-'));
      if (key) return key;
      parts.pop();
      if (parts.at(-1)?.length === 1) parts.pop(); // never end on a singleton (-x-, -u-)
    }
  }
  return undefined;
}
