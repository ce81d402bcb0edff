/**
 * The checker's findings, placed next to the fields they are about. Every message comes from
 * `check()` — the code the widgets and `union-widgets validate` run — so the editor can never
 * accept what a widget would refuse, nor refuse what it would show. The editor only adds a hint
 * where it can see the fix (`"8,412" is not a count — write 8412`).
 */
import type { Checked, Issue, Schema } from '../src/internal/schema.js';
import { check } from '../src/schemas.js';
import { getIn, schemaAt, type Path } from './campaign.js';

export type Level = 'error' | 'warning';

export interface Problem {
  /** Where, as the checker writes it (`sessions[1].start`; '' for the whole section). */
  path: string;
  level: Level;
  /** The checker's own words. */
  message: string;
  /** A fix the editor can see, in the value's own terms (`8412`). */
  fix?: string;
}

/** The part of the checker's path syntax the editor reads back: `a.b[2].c`. */
const PATH = /^([A-Za-z_$][\w$]*(?:\[\d+\]|\.[A-Za-z_$][\w$]*)*): (.+)$/s;

/** `sessions[1].start` → `['sessions', 1, 'start']`. */
export function parsePath(text: string): (string | number)[] {
  return [...text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] === undefined ? m[1] : Number(m[2]),
  );
}

/**
 * A rule across fields reports at the object (`''`), often naming the field inside its message
 * (`sessions[0].end: "…" is not after its start`): such a problem belongs to that field.
 */
function place(issue: Issue, schema: Schema): { path: string; message: string } {
  const m = PATH.exec(issue.message);
  if (!m) return issue;
  const inner = issue.path ? `${issue.path}.${m[1]}` : m[1];
  return schemaAt(schema, parsePath(inner)) ? { path: inner, message: m[2] } : issue;
}

/** Common ways people write numbers, read as the number they mean (for the hint only). */
function numberFix(s: Extract<Schema, { t: 'num' }>, raw: string): string | undefined {
  let x = raw
    .trim()
    .replace(/\s*%$/, '')
    .replace(/[\s\u00a0\u202f'’_]/g, '');
  if (/^\d{1,3}(,\d{3})+$/.test(x)) x = x.replace(/,/g, '');
  else if (s.int && /^\d{1,3}(\.\d{3})+$/.test(x)) x = x.replace(/\./g, '');
  else if (!s.int && /^\d+,\d+$/.test(x)) x = x.replace(',', '.');
  return /^\d+(\.\d+)?$/.test(x) && !check(s, Number(x)).errors.length ? x : undefined;
}

/** IANA names for the abbreviations people write; an abbreviation names no rules for DST. */
const ZONES: Record<string, string> = {
  PST: 'America/Los_Angeles',
  PDT: 'America/Los_Angeles',
  PT: 'America/Los_Angeles',
  PACIFIC: 'America/Los_Angeles',
  MST: 'America/Denver',
  MDT: 'America/Denver',
  MT: 'America/Denver',
  MOUNTAIN: 'America/Denver',
  CST: 'America/Chicago',
  CDT: 'America/Chicago',
  CT: 'America/Chicago',
  CENTRAL: 'America/Chicago',
  EST: 'America/New_York',
  EDT: 'America/New_York',
  ET: 'America/New_York',
  EASTERN: 'America/New_York',
  HST: 'Pacific/Honolulu',
  AKST: 'America/Anchorage',
};

/** The fix for a value that does not pass `schema`, when there is an obvious one. */
export function fixFor(schema: Schema | undefined, raw: unknown): string | undefined {
  if (typeof raw !== 'string' || !schema) return undefined;
  if (schema.t === 'num') return numberFix(schema, raw);
  if (schema.t !== 'str' || !schema.f) return undefined;
  if (schema.f[1] === 'tz')
    return ZONES[
      raw
        .trim()
        .toUpperCase()
        .replace(/ TIME$/, '')
    ];
  if (schema.f[1] === 'uri' && /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(raw.trim())) {
    const fixed = `https://${raw.trim()}`;
    return schema.f[2](fixed) ? fixed : undefined;
  }
  return undefined;
}

export interface SectionCheck {
  checked: Checked<unknown>;
  problems: Problem[];
  /** Problems by path (`''` for the section as a whole). */
  byPath: Map<string, Problem[]>;
  errors: number;
  warnings: number;
}

/** Checks one section's data and places each problem at its field. */
export function checkSection(schema: Schema, data: unknown): SectionCheck {
  const checked = check(schema, data);
  const problems: Problem[] = [];
  const add = (level: Level) => (issue: Issue) => {
    const { path, message } = place(issue, schema);
    const at = parsePath(path);
    problems.push({ path, level, message, fix: fixFor(schemaAt(schema, at), getIn(data, at)) });
  };
  checked.errors.forEach(add('error'));
  checked.warnings.forEach(add('warning'));
  const byPath = new Map<string, Problem[]>();
  for (const p of problems) byPath.set(p.path, [...(byPath.get(p.path) ?? []), p]);
  return {
    checked,
    problems,
    byPath,
    errors: checked.errors.length,
    warnings: checked.warnings.length,
  };
}

/** Whether a problem is only "is required" (shown once the field was visited, or on save). */
export const isMissing = (p: Problem): boolean => p.message === 'is required';

/** Whether `path` is `prefix` or inside it. */
export const within = (path: Path, prefix: Path): boolean =>
  prefix.length <= path.length && prefix.every((p, i) => path[i] === p);
