/**
 * The editor's own words, English and Spanish, chosen like the widgets choose theirs: the page's
 * `lang`, else the browser's language, `es-MX → es → en`.
 */
import en, { type EditorMessages, type FieldWords } from './i18n/en.js';
import es from './i18n/es.js';
import { LANGUAGES } from '../src/schemas.js';

export type { EditorMessages, FieldWords };

export const catalogs: Record<string, EditorMessages> = { en, es };

/** The catalog's language for a BCP 47 tag: its base language when there is one, else English. */
export function editorLanguage(wanted: string | undefined): string {
  let base = 'en';
  try {
    base =
      Intl.getCanonicalLocales(wanted ?? '')[0]
        ?.split('-')[0]
        .toLowerCase() ?? 'en';
  } catch {
    // not a language tag: English
  }
  return Object.hasOwn(catalogs, base) ? base : 'en';
}

/** The languages the widgets speak, for the preview's switch: the library's own list. */
export const WIDGET_LANGUAGES: readonly string[] = LANGUAGES;

/** A language's own name ("español"), for a language switch. */
export function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}
