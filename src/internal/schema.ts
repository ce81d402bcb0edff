/**
 * A small declarative schema: plain data describing each widget's JSON, read by `check()` at run
 * time and by `scripts/schema.ts` to emit JSON Schema, so the two can never drift.
 *
 * Why not a validation library: valibot, the best small candidate, cost 2.0 KB min+gzip for the
 * vote-tally schema alone (measured with esbuild + gzip -9) against a 10 KB budget for Lit, core
 * and widget together; this file is about 0.8 KB, reports in our `path: value is not …` form, and
 * tells errors (data refused) from warnings (the widget works around it).
 */

/** A string format: what it is called in messages, its JSON Schema `format`, and its test. */
export type Format = readonly [what: string, jsonFormat: string, test: (s: string) => boolean];

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
      /** A rule across fields; returns a message for the object's path. */
      rule?: (value: Record<string, unknown>) => string | undefined;
    };

export interface Issue {
  path: string;
  message: string;
}

export interface Checked<T> {
  /** The cleaned value (unknown fields dropped), when there were no errors. */
  value?: T;
  errors: Issue[];
  /** Problems the widget works around (e.g. an unknown status shown as "open"). */
  warnings: Issue[];
}

const show = (v: unknown): string =>
  typeof v === 'string'
    ? JSON.stringify(v.length > 60 ? v.slice(0, 57) + '…' : v)
    : v && typeof v === 'object'
      ? Array.isArray(v)
        ? 'a list'
        : 'an object'
      : String(v);

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
/** Whether the browser knows `zone` as an IANA time-zone name. */
export function isZone(zone: string): boolean {
  let ok = zones.get(zone);
  if (ok === undefined) {
    try {
      ok = !!new Intl.DateTimeFormat('en', { timeZone: zone });
    } catch {
      ok = false;
    }
    zones.set(zone, ok);
  }
  return ok;
}

export const zone: Format = ['a time zone (an IANA name such as America/Denver)', 'tz', isZone];

function walk(s: Schema, v: unknown, path: string, out: Checked<unknown>): unknown {
  const fail = (what: string): undefined =>
    void out.errors.push({ path, message: `${show(v)} is not ${what}` });
  const o = v as Record<string, unknown>;
  switch (s.t) {
    case 'str':
      return typeof v !== 'string'
        ? fail('text')
        : v.trim().length < (s.min ?? 0)
          ? fail('non-empty text')
          : s.f && !s.f[2](v)
            ? fail(s.f[0])
            : v;
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
      if (Array.isArray(v) && v.length > (s.max ?? Infinity))
        return void out.errors.push({ path, message: `has ${v.length} items; at most ${s.max}` });
      return !Array.isArray(v) || v.length < (s.min ?? 0)
        ? fail(s.min ? `a list of at least ${s.min}` : 'a list')
        : v.map((item, i) => walk(s.of, item, `${path}[${i}]`, out));
    case 'obj': {
      if (!v || typeof v !== 'object' || Array.isArray(v)) return fail('an object');
      const clean: Record<string, unknown> = {};
      const before = out.errors.length;
      for (const key in s.p) {
        const at = path ? `${path}.${key}` : key;
        if (Object.hasOwn(o, key) && o[key] !== undefined)
          clean[key] = walk(s.p[key], o[key], at, out);
        else if (s.req?.includes(key)) out.errors.push({ path: at, message: 'is required' });
      }
      // A rule across fields runs only on fields that passed: one problem, one message.
      const broken = out.errors.length === before && s.rule?.(clean);
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
