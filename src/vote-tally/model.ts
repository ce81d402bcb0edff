import { date, url, type Schema } from '../internal/schema.js';

export interface VoteResult {
  union: string;
  yes?: number;
  no?: number;
  yesPercent?: number;
  qualifier?: 'over';
  url?: string;
}

export interface VoteTallyData {
  title?: string;
  summary?: string;
  updated?: string;
  /** Percent of yes votes needed, e.g. 66.7. */
  threshold?: number;
  results: VoteResult[];
}

const count = { t: 'num', int: true, min: 0, what: 'a count' } as const;
const percent = { t: 'num', min: 0, max: 100, what: 'a percentage from 0 to 100' } as const;

export const voteTallySchema: Schema = {
  t: 'obj',
  req: ['results'],
  p: {
    title: { t: 'str' },
    summary: { t: 'str' },
    updated: { t: 'str', f: date },
    threshold: percent,
    results: {
      t: 'arr',
      // One result per union: a handful. 100 000 froze the page for 12 s; refused with the path.
      max: 100,
      of: {
        t: 'obj',
        req: ['union'],
        p: {
          union: { t: 'str', min: 1 },
          yes: count,
          no: count,
          yesPercent: percent,
          qualifier: { t: 'enum', of: ['over'] },
          url: { t: 'str', f: url },
        },
        rule: (r) =>
          (r.yes === undefined || r.no === undefined) && r.yesPercent === undefined
            ? 'needs both yes and no counts, or yesPercent'
            : undefined,
      },
    },
  },
};

/** What a result claims: a share of yes votes that the data supports, never more. */
export type Share =
  | { kind: 'none' }
  | {
      kind: 'share';
      /** The figure to show, in percent: rounded down, and 100 only when unanimous. */
      shown: number;
      /** "over 95%": the published figure is a lower bound. */
      over: boolean;
      /** Whether the share meets `threshold` (undefined without one, or when the data can't tell). */
      meets?: boolean;
    };

/**
 * The yes share of a result. Counts win over a published percentage. From counts the figure is
 * rounded *down* to one decimal (99.96% shows as 99.9%, never as a unanimous-looking 100%) and
 * a non-zero yes count never shows as 0%. A published figure is shown as published, with its
 * "over" kept. Threshold checks use the exact figure.
 */
export function yesShare(r: VoteResult, threshold?: number): Share {
  let exact: number;
  let shown: number;
  let over = false;
  if (r.yes !== undefined && r.no !== undefined) {
    const total = r.yes + r.no;
    if (total === 0) return { kind: 'none' };
    // Work in tenths from integers: (57 / 100) * 100 is 56.99999999999999 in floating point, which
    // would show 57 of 100 as "56.9%" and call 29 of 50 "below" a 58% threshold.
    exact = (r.yes * 100) / total;
    const tenths = Math.floor((r.yes * 1000) / total);
    shown = r.no === 0 ? 100 : r.yes === 0 ? 0 : Math.min(999, Math.max(1, tenths)) / 10;
  } else {
    exact = shown = r.yesPercent!;
    over = r.qualifier === 'over';
  }
  return {
    kind: 'share',
    shown,
    over,
    // "over 60%" against a 66.7% threshold proves neither: say nothing.
    meets:
      threshold === undefined || (over && exact < threshold)
        ? undefined
        : exact >= threshold - 1e-9,
  };
}
