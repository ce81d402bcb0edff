import en, { type Messages } from '../i18n/en.js';
import es from '../i18n/es.js';
import { isZone } from './schema.js';

/** The catalogs by base language; adding a language is adding its file and one entry here. */
const catalogs: Record<string, Messages> = { en, es };

export type { Messages };

/**
 * The nearest value of attribute `name` on `el` or an ancestor, crossing shadow-root boundaries
 * (a widget inside another component's shadow DOM still follows the page's `lang`).
 */
export function closestAttr(el: Element, name: string): string | undefined {
  for (let n: Node | null = el; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    const v = n instanceof Element ? n.getAttribute(name)?.trim() : undefined;
    if (v) return v;
  }
  return undefined;
}

export interface Locale {
  /** BCP 47 tag used for Intl (the reader's region kept: es-MX formats as Mexico does). */
  tag: string;
  t: Messages;
}

/** The reader's time zone: the nearest valid `time-zone` attribute, else the browser's. */
export function zoneOf(el: Element): string {
  const zone = closestAttr(el, 'time-zone');
  return zone && isZone(zone) ? zone : Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const locales = new Map<string, Locale>();

/** The language for `el`: nearest `lang`, else the browser's; `es-MX → es → en` fallback. */
export function localeOf(el: Element): Locale {
  const wanted = closestAttr(el, 'lang') ?? navigator.language ?? 'en';
  let locale = locales.get(wanted);
  if (!locale) {
    let tag = 'en';
    try {
      tag = Intl.getCanonicalLocales(wanted)[0];
    } catch {
      // Not a language tag (e.g. markup in lang=""): English.
    }
    const t = catalogs[tag.split('-')[0].toLowerCase()];
    locale = t ? { tag, t } : { tag: 'en', t: en };
    locales.set(wanted, locale);
  }
  return locale;
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
