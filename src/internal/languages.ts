/**
 * Every language the library ships, as BCP 47 tags, English first. English is built in; each
 * other one is `src/i18n/<tag>.ts`, fetched as its own small chunk when a widget first needs it
 * (the loaders are in src/internal/i18n.ts, checked against this list by the type checker).
 * The embed builder, the iframe embed and Storybook's toolbar list these; a reader's `lang` is
 * matched to one of them by BCP 47 lookup (zh-TW → zh-Hant, zh → zh-Hans, fil → tl, es-419 → es).
 * Data only: importing it costs a few bytes and loads no strings.
 */
export const LANGUAGES = ['en', 'es', 'tl', 'zh-Hans', 'zh-Hant', 'vi', 'ko'] as const;

export type Language = (typeof LANGUAGES)[number];
