/**
 * A small declarative schema: plain data describing each widget's JSON, read by `check()` at run
 * time and by `scripts/schema.ts` to emit JSON Schema, so the two can never drift.
 *
 * Why not a validation library: valibot, the best small candidate, cost 2.0 KB min+gzip for the
 * vote-tally schema alone (measured with esbuild + gzip -9) against a 10 KB budget for Lit, core
 * and widget together; this file is about 0.8 KB, reports in our `path: value is not …` form, and
 * tells errors (data refused) from warnings (the widget works around it).
 */
import { zoneFormat } from './zoned.js';

/**
 * A string format: what it is called in messages, its JSON Schema `format`, its test, and
 * optionally a hint for a value that fails ("; use America/Los_Angeles").
 */
export type Format = readonly [
  what: string,
  jsonFormat: string,
  test: (s: string) => boolean,
  hint?: (s: string) => string,
];

export type Schema =
  | { t: 'str'; f?: Format; min?: number }
  | { t: 'num'; int?: boolean; min?: number; max?: number; what?: string }
  | { t: 'bool' }
  | { t: 'enum'; of: readonly string[]; soft?: string }
  | { t: 'arr'; of: Schema; min?: number; max?: number }
  | {
      t: 'obj';
      p: Record<string, Schema>;
      req?: readonly string[];
      /**
       * A rule across fields, run on the cleaned object when its fields had no errors. It returns
       * an error for the object's path, or works around the problem itself (deleting a field)
       * and reports that through `warn`, whose path is relative to the object's.
       */
      rule?: (
        value: Record<string, unknown>,
        warn: (path: string, message: string) => void,
      ) => string | undefined;
    };

export interface Issue {
  path: string;
  message: string;
}

export interface Checked<T> {
  /**
   * The cleaned value, when there were no errors: unknown fields dropped, optional fields that
   * failed left out, text repaired.
   */
  value?: T;
  /** Problems that refuse the data: a required field missing or wrong, a list over its cap. */
  errors: Issue[];
  /**
   * Problems the widget works around: an optional field that fails (left out), an unknown status
   * (shown as "open"), text that is not well-formed Unicode (repaired).
   */
  warnings: Issue[];
}

/** A value as messages quote it: long text cut (never inside a surrogate pair), lists named. */
const show = (v: unknown): string =>
  typeof v === 'string'
    ? JSON.stringify(v.length > 60 ? v.slice(0, 57).replace(/[\uD800-\uDBFF]$/, '') + '…' : v)
    : v && typeof v === 'object'
      ? Array.isArray(v)
        ? 'a list'
        : 'an object'
      : String(v);

/**
 * `s` as well-formed Unicode: each lone surrogate (half of an emoji, left by cutting text short)
 * becomes U+FFFD. `encodeURIComponent`, `TextEncoder` and share sheets throw on or mangle the
 * original. A `u` regex matches only lone surrogates (a pair reads as one code point), which is
 * the fallback where `String.prototype.toWellFormed` (ES2024) is missing.
 */
export const wellFormed = (s: string): string =>
  (s as { toWellFormed?: () => string }).toWellFormed?.() ?? s.replace(/\p{Cs}/gu, '\uFFFD');

/** `http:`, `https:`, `mailto:`, `tel:` or `sms:` — the only links a widget will render. */
export const LINK = /^(https?|mailto|tel|sms):$/;

export const url: Format = [
  'a link (http, https, mailto, tel or sms)',
  'uri',
  (s) => {
    try {
      return LINK.test(new URL(s).protocol);
    } catch {
      return false;
    }
  },
];

/**
 * ISO 8601 calendar date with an optional time and offset (`2021-10-28`, `2021-10-28T10:00`,
 * `2021-10-28T16:00:00Z`); the calendar must agree (no Feb 30). `needTime` rejects a bare date.
 */
export function isDateTime(s: string, needTime?: boolean): boolean {
  const m =
    /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?(Z|[+-]\d\d:\d\d)?)?$/.exec(s);
  if (!m || (needTime && !m[4])) return false;
  // An offset must be a real one (±23:59): "+25:00" would pass the pattern and fail Date.parse.
  if (m[7] && m[7] !== 'Z' && (+m[7].slice(1, 3) > 23 || +m[7].slice(4) > 59)) return false;
  const [y, mo, d, h, mi, se] = m.slice(1, 7).map((x) => +(x ?? 0));
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCMonth() === mo - 1 && day.getUTCDate() === d && h < 24 && mi < 60 && se < 60;
}

export const date: Format = ['a date', 'iso-date-or-date-time', (s) => isDateTime(s)];
export const dateTime: Format = ['a date-time', 'date-time', (s) => isDateTime(s, true)];

const zones = new Map<string, boolean>();
/**
 * Whether `zone` is an IANA Area/Location name the browser knows (`America/Denver`, `Etc/GMT+5`),
 * or `UTC`. Intl also accepts abbreviations and legacy names — `PST`, `EST` (which Intl reads as
 * Panama: no daylight saving), `BST` (Dhaka), `PST8PDT`, `CET` — that mean different things to
 * different people; the contract allows only the names that cannot be misread.
 */
export function isZone(zone: string): boolean {
  if (zone !== 'UTC' && !zone.includes('/')) return false;
  let ok = zones.get(zone);
  if (ok === undefined) {
    try {
      ok = !!zoneFormat(zone); // the converter's own formatter: one construction per zone
    } catch {
      ok = false;
    }
    zones.set(zone, ok);
  }
  return ok;
}

/** The US zone each abbreviation's first letter(s) stand for (P in PST, PDT, PT, PST8PDT). */
const US: Record<string, string> = {
  P: 'America/Los_Angeles',
  M: 'America/Denver',
  C: 'America/Chicago',
  E: 'America/New_York',
  H: 'Pacific/Honolulu',
  AK: 'America/Anchorage',
};

/** "; use America/Los_Angeles" for PST, PDT, PT and the legacy PST8PDT, and so on for each US zone. */
function zoneHint(s: string): string {
  const us = /^(AK|[PMCEH])([SD]?T|ST\d\1DT)$/i.exec(s.trim());
  return us ? `; use ${US[us[1].toUpperCase()]}` : '';
}

/** A time zone; JSON Schema gets a pattern for its Area/Location shape (json-schema.ts). */
export const zone: Format = [
  'a time zone (an IANA name such as America/Denver)',
  'tz',
  isZone,
  zoneHint,
];

/** `path.key`, or `key` at the top level (`sessions[0].end` joined to `` is itself). */
const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);

function walk(s: Schema, v: unknown, path: string, out: Checked<unknown>): unknown {
  const fail = (what: string): undefined =>
    void out.errors.push({ path, message: `${show(v)} is not ${what}` });
  const o = v as Record<string, unknown>;
  switch (s.t) {
    case 'str': {
      if (typeof v !== 'string') return fail('text');
      const text = wellFormed(v);
      if (text !== v)
        out.warnings.push({
          path,
          message: `${show(v)} is not well-formed Unicode (half an emoji?); repaired with \uFFFD`,
        });
      if (text.trim().length < (s.min ?? 0)) return fail('non-empty text');
      if (s.f && !s.f[2](text)) return fail(s.f[0] + (s.f[3]?.(text) ?? ''));
      return text;
    }
    case 'num': {
      const bad =
        typeof v !== 'number' ||
        !Number.isFinite(v) ||
        (s.int && !Number.isSafeInteger(v)) ||
        v < (s.min ?? -Infinity) ||
        v > (s.max ?? Infinity);
      return bad ? fail(s.what ?? 'a number') : v;
    }
    case 'bool':
      return typeof v === 'boolean' ? v : fail('true or false');
    case 'enum':
      if (s.of.includes(v as string)) return v;
      if (!s.soft) return fail(`one of ${s.of.join(', ')}`);
      out.warnings.push({
        path,
        message: `${show(v)} is not one of ${s.of.join(', ')}; shown as ${s.soft}`,
      });
      return s.soft;
    case 'arr':
      if (!Array.isArray(v) || v.length < (s.min ?? 0))
        return fail(s.min ? `a list of at least ${s.min}` : 'a list');
      // The cap is checked before any item is: 100 000 items are refused at once, not walked.
      if (v.length > (s.max ?? Infinity))
        return void out.errors.push({ path, message: `has ${v.length} items; at most ${s.max}` });
      return v.map((item, i) => walk(s.of, item, `${path}[${i}]`, out));
    case 'obj': {
      if (!v || typeof v !== 'object' || Array.isArray(v)) return fail('an object');
      const clean: Record<string, unknown> = {};
      const before = out.errors.length;
      for (const key in s.p) {
        const at = join(path, key);
        const required = s.req?.includes(key);
        if (!Object.hasOwn(o, key) || o[key] === undefined) {
          if (required) out.errors.push({ path: at, message: 'is required' });
          continue;
        }
        // An optional field the widget can do without: its problems are warnings, and it is
        // left out of the clean value whole (a bad hashtag drops that list of hashtags).
        const own: Checked<unknown> = required ? out : { errors: [], warnings: out.warnings };
        const value = walk(s.p[key], o[key], at, own);
        if (own === out || !own.errors.length) clean[key] = value;
        else
          for (const e of own.errors)
            out.warnings.push({
              path: e.path,
              message: `${e.message}; ${e.path === at ? '' : at + ' '}left out`,
            });
      }
      // A rule across fields runs only on fields that passed: one problem, one message.
      const warn = (rel: string, message: string) =>
        void out.warnings.push({ path: join(path, rel), message });
      const broken = out.errors.length === before && s.rule?.(clean, warn);
      if (broken) out.errors.push({ path, message: broken });
      return clean;
    }
  }
}

/** Checks `value` against `schema`; every problem is reported with its path (`results[2].yes`). */
export function check<T>(schema: Schema, value: unknown): Checked<T> {
  const out: Checked<unknown> = { errors: [], warnings: [] };
  const v = walk(schema, value, '', out);
  if (!out.errors.length) out.value = v;
  return out as Checked<T>;
}

/** "path: message" — the form every problem takes in the console, the event and the widget. */
export const describe = (i: Issue): string => (i.path ? `${i.path}: ${i.message}` : i.message);
