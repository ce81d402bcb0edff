import { date, type Schema } from '../internal/schema.js';

export type TaStatus = 'ta' | 'recommended' | 'open';

export interface TaItem {
  title: string;
  detail?: string;
  /** Missing means open: nothing agreed yet. */
  status?: TaStatus;
  date?: string;
}

export interface TaSubgroup {
  /** Deep-link id (`#staffing`); derived from the name when missing. */
  id?: string;
  name: string;
  summary?: string;
  items: TaItem[];
}

export interface TaListData {
  title?: string;
  updated?: string;
  subgroups: TaSubgroup[];
}

export const STATUSES: readonly TaStatus[] = ['ta', 'recommended', 'open'];

const text = { t: 'str', min: 1 } as const;

/** Subgroups: bargaining has a handful; thousands is a data mistake. */
export const MAX_SUBGROUPS = 100;
/**
 * Items in one subgroup, and in all. Hundreds stay readable (collapsed, filtered, searched, shown
 * 500 at a time); 10,000 still opens and closes in tens of milliseconds (scripts/bench-ta-list.mjs).
 */
export const MAX_ITEMS = 10_000;
export const MAX_ALL_ITEMS = 10_000;

/**
 * Caps the items in all, and keeps subgroup ids unique: two `#staffing` targets cannot both be the
 * deep link, so a repeated id is left out (that subgroup gets one from its name) with a warning.
 */
function listRule(
  d: Record<string, unknown>,
  warn: (path: string, message: string) => void,
): string | undefined {
  const groups = d.subgroups as TaSubgroup[];
  const all = groups.reduce((n, g) => n + g.items.length, 0);
  if (all > MAX_ALL_ITEMS) return `subgroups: ${all} items in all; at most ${MAX_ALL_ITEMS}`;
  const seen = new Map<string, number>();
  for (let i = 0; i < groups.length; i++) {
    const id = groups[i].id;
    if (id === undefined) continue;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else {
      delete groups[i].id;
      warn(
        `subgroups[${i}].id`,
        `${JSON.stringify(id)} is already subgroups[${first}].id; ids must be unique; left out`,
      );
    }
  }
  return undefined;
}

export const taListSchema: Schema = {
  t: 'obj',
  req: ['subgroups'],
  p: {
    title: { t: 'str' },
    updated: { t: 'str', f: date },
    subgroups: {
      t: 'arr',
      max: MAX_SUBGROUPS,
      of: {
        t: 'obj',
        req: ['name', 'items'],
        p: {
          id: text,
          name: text,
          summary: { t: 'str' },
          items: {
            t: 'arr',
            max: MAX_ITEMS,
            of: {
              t: 'obj',
              req: ['title'],
              p: {
                title: text,
                detail: { t: 'str' },
                status: { t: 'enum', of: STATUSES, soft: 'open' },
                date: { t: 'str', f: date },
              },
            },
          },
        },
      },
    },
  },
  rule: listRule,
};

/** Lower case without accents: "Tecnología" and "TECNOLOGIA" both fold to "tecnologia". */
export const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A URL- and id-safe slug of a name: "AI & Tecnología" → "ai-tecnologia". */
export const slug = (s: string): string =>
  fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'group';

/**
 * Each subgroup's deep-link id: its own when given (unique, checked by the schema), else a slug
 * of its name, suffixed `-2`, `-3`… when taken.
 */
export function groupIds(groups: readonly TaSubgroup[]): string[] {
  const taken = new Set(groups.flatMap((g) => (g.id === undefined ? [] : [g.id])));
  return groups.map((g) => {
    if (g.id !== undefined) return g.id;
    const base = slug(g.name);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}

/** Items by status. */
export function tally(items: readonly TaItem[]): Record<TaStatus, number> {
  const counts = { ta: 0, recommended: 0, open: 0 };
  for (const i of items) counts[i.status ?? 'open']++;
  return counts;
}

/** The key that says whether a member has seen an item: its subgroup and title. */
export const itemKey = (group: string, item: TaItem): string => `${group}\n${item.title}`;

/**
 * Which items are new since the last visit. The first visit (`seen` undefined) marks nothing;
 * items already marked new in this page view (`fresh`) stay marked while they exist.
 */
export function newKeys(
  keys: readonly string[],
  seen: readonly string[] | undefined,
  fresh: ReadonlySet<string>,
): Set<string> {
  const before = new Set(seen);
  return new Set(keys.filter((k) => fresh.has(k) || (seen !== undefined && !before.has(k))));
}
