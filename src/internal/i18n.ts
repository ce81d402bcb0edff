import { isServer } from 'lit';
import en, { type Messages } from '../i18n/en.js';
import { canonical, lookup, type Language } from './languages.js';
import { isZone } from './schema.js';

export type { Messages };

type Loader = () => Promise<{ default: Messages }>;

/**
 * Every shipped language but English, each a lazy chunk fetched the first time a widget on the
 * page needs it. Adding a language: its file in src/i18n/, its tag in LANGUAGES
 * (src/internal/languages.ts), and its line here — the type checker insists on all three.
 */
const loaders: Record<string, Loader> = {
  es: () => import('../i18n/es.js'),
  tl: () => import('../i18n/tl.js'),
  'zh-Hans': () => import('../i18n/zh-Hans.js'),
  'zh-Hant': () => import('../i18n/zh-Hant.js'),
  vi: () => import('../i18n/vi.js'),
  ko: () => import('../i18n/ko.js'),
} satisfies Record<Exclude<Language, 'en'>, Loader>;

/** Catalogs in memory, by loader key; a language whose chunk failed to load maps to English. */
const catalogs = new Map<string, Messages>([['en', en]]);
/** One request per language per page, however many widgets wait for it. */
const loading = new Map<string, Promise<void>>();
/** English and every loader's key: what a reader's tag is matched against. */
let keys: string[] | undefined;
/** Resolved locales by what was asked; only languages already in memory are cached. */
const locales = new Map<string, Locale>();

/**
 * The nearest value of attribute `name` on `el` or an ancestor, crossing shadow-root boundaries
 * (a widget inside another component's shadow DOM still follows the page's `lang`).
 */
export function closestAttr(el: Element, name: string): string | undefined {
  for (let n: Node | null = el; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    // Duck-typed, not `instanceof Element`: a server render's element is Lit's DOM shim.
    const v = (n as Partial<Element>).getAttribute?.(name)?.trim();
    if (v) return v;
  }
  return undefined;
}

export interface Locale {
  /**
   * BCP 47 tag used for Intl: the reader's own (es-MX formats as Mexico does, zh-TW as Taiwan), or
   * `en` when English stands in for a language the library does not ship.
   */
  tag: string;
  t: Messages;
  /**
   * The `lang` the widget's own content carries: the page's tag as written when the widget speaks
   * it, else the UI language (fr-CA falls back to English: `en`), so screen readers switch voice.
   * Always set: not every engine carries a host's language into its shadow tree.
   */
  lang: string;
}

/** The reader's time zone: the nearest valid `time-zone` attribute, else the browser's. */
export function zoneOf(el: Element): string {
  return readerZone(el) ?? 'UTC';
}

let browserZone: string | undefined;

/**
 * The reader's zone, or `undefined` on a server without a `time-zone` attribute: there the
 * reader is unknown, and what depends on their zone renders its neutral form. The browser's own
 * zone is read once per page (each read would construct an `Intl.DateTimeFormat`).
 */
export function readerZone(el: Element): string | undefined {
  const zone = closestAttr(el, 'time-zone');
  if (zone && isZone(zone)) return zone;
  if (isServer) return undefined;
  return (browserZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/** The shipped (or added) language that serves a reader's tag, or undefined: see `lookup`. */
export function match(tag: string): string | undefined {
  return lookup(tag, (keys ??= ['en', ...Object.keys(loaders)]));
}

/** Fetches the strings for `key` once per page; a failed fetch leaves English standing in. */
function load(key: string): Promise<void> {
  let pending = loading.get(key);
  if (!pending) {
    pending = loaders[key]().then(
      (m) => void catalogs.set(key, m.default),
      (e) => {
        console.warn(`union-widgets: the "${key}" strings could not be loaded; showing English`, e);
        catalogs.set(key, en);
      },
    );
    loading.set(key, pending);
  }
  return pending;
}

/**
 * The language for `el`: the nearest `lang`, else the browser's, matched to a shipped language
 * (English when none fits). Returns a promise instead when that language's strings are not in
 * memory yet: it starts the fetch, and settles (never rejects) when they are in.
 */
export function localeOf(el: Element): Locale | Promise<void> {
  const declared = closestAttr(el, 'lang');
  // A server render has no reader: without a `lang`, English (Node 21+ has a `navigator`, the
  // machine's, which is not the reader's).
  const wanted = declared ?? (isServer ? 'en' : globalThis.navigator?.language) ?? 'en';
  const cacheKey = `${declared === undefined ? '?' : '='}${wanted}`;
  let locale = locales.get(cacheKey);
  if (locale) return locale;
  const tag = canonical(wanted);
  const key = tag && match(tag);
  const t = key ? catalogs.get(key) : en;
  if (!t) return load(key!);
  // A failed fetch put English in that language's place: then English is not the reader's own.
  locale =
    key && (t !== en || key === 'en')
      ? { tag: tag!, t, lang: declared ?? tag! }
      : { tag: 'en', t: en, lang: 'en' };
  locales.set(cacheKey, locale);
  return locale;
}

/**
 * Loads the strings `lang` needs (a server renderer can await this before rendering; tests too).
 */
export function loadLanguage(lang: string): Promise<void> {
  const tag = canonical(lang);
  const key = tag && match(tag);
  return key && !catalogs.has(key) ? load(key) : Promise.resolve();
}

/**
 * Adds a language at run time (for tests, and a server renderer's own languages): `tag` joins
 * the lookup, its strings fetched through `loader` when first needed.
 */
export function addLanguage(tag: string, loader: Loader): void {
  loaders[tag] = loader;
  keys = undefined;
  locales.clear();
}

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** A cached `Intl.NumberFormat`: constructing one costs far more than using it. */
export function numberFormat(
  tag: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  const key = `n${tag}${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(tag, options)));
  return f as Intl.NumberFormat;
}

/** A cached `Intl.DateTimeFormat`. */
export function dateFormat(
  tag: string,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat {
  const key = `d${tag}${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(tag, options)));
  return f as Intl.DateTimeFormat;
}

const relative = new Map<string, Intl.RelativeTimeFormat>();

/** A cached `Intl.RelativeTimeFormat` ("in 3 days"). */
export function relativeFormat(
  tag: string,
  options: Intl.RelativeTimeFormatOptions = {},
): Intl.RelativeTimeFormat {
  const key = tag + JSON.stringify(options);
  let f = relative.get(key);
  if (!f) relative.set(key, (f = new Intl.RelativeTimeFormat(tag, options)));
  return f;
}

/**
 * Formats an "updated" stamp: a bare date (`2021-10-22`) as that calendar date, whatever the
 * reader's zone; a date-time as the reader's local date and time.
 */
export function formatStamp(tag: string, iso: string, timeZone?: string): string {
  const dateOnly = iso.length === 10;
  const d = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  return dateFormat(
    tag,
    dateOnly
      ? { dateStyle: 'medium', timeZone: 'UTC' }
      : { dateStyle: 'medium', timeStyle: 'short', timeZone },
  ).format(d);
}
