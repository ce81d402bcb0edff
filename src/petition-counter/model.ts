import { date, url, type Schema } from '../internal/schema.js';

export interface PetitionData {
  title: string;
  /** The petition page; outbound links add the webmaster's `source`. */
  url: string;
  count: number;
  /** No goal (or the goal passed): the widget aims at the next milestone. */
  goal?: number;
  shareText?: string;
  hashtags?: string[];
  /** When the count was read (ISO 8601): a lower count only replaces a higher one if newer. */
  updated?: string;
}

/** More hashtags than this is a data mistake: every share link carries all of them. */
export const MAX_HASHTAGS = 20;

// A petition without its link cannot be signed or shared, so `url` is required: an unsafe or
// invalid one refuses the data (the fallback link stays), unlike optional links elsewhere.
export const petitionSchema: Schema = {
  t: 'obj',
  req: ['title', 'url', 'count'],
  p: {
    title: { t: 'str', min: 1 },
    url: { t: 'str', f: url },
    count: { t: 'num', int: true, min: 0, what: 'a signature count' },
    goal: { t: 'num', int: true, min: 1, what: 'a goal above 0' },
    shareText: { t: 'str' },
    hashtags: { t: 'arr', of: { t: 'str', min: 1 }, max: MAX_HASHTAGS },
    updated: { t: 'str', f: date },
  },
};

/**
 * The first milestone above `count` on the ladder 100, 250, 500, 1 000, 2 500, 5 000, 10 000, …
 * (1, 2.5 and 5 times each power of ten).
 */
export function nextMilestone(count: number): number {
  for (let p = 100; ; p *= 10) for (const m of [p, p * 2.5, p * 5]) if (m > count) return m;
}

export interface Progress {
  /** What the bar fills toward: the goal, or the next milestone once the goal is met or absent. */
  target: number;
  /** Whole percent toward `target`, rounded down: never 100 before it is reached, never over. */
  percent: number;
  milestone: boolean;
  /** The goal was given and has been met. */
  reached: boolean;
}

export function progress(count: number, goal?: number): Progress {
  const reached = goal !== undefined && count >= goal;
  const target = goal !== undefined && !reached ? goal : nextMilestone(count);
  return {
    target,
    percent: Math.min(100, Math.floor((count / target) * 100)),
    milestone: target !== goal,
    reached,
  };
}

/**
 * Whether `next` may replace `shown`: a count never moves backwards on a stale or out-of-order
 * response, unless the response says it is newer (`updated`) or it is another petition.
 */
export function advances(shown: PetitionData, next: PetitionData): boolean {
  const time = (d: PetitionData) => Date.parse(d.updated!); // NaN without one: never "newer"
  return next.count >= shown.count || next.url !== shown.url || time(next) > time(shown);
}

/** The share links, as plain URLs (no third-party script): `link` is the petition with `source`. */
export function shareLinks(link: string, d: PetitionData): [channel: string, href: string][] {
  const tags = d.hashtags?.map((h) => ' #' + h.replace(/^#/, '')).join('') ?? '';
  const all = encodeURIComponent(`${d.shareText ?? d.title} ${link}${tags}`);
  return [
    ['email', `mailto:?subject=${encodeURIComponent(d.title)}&body=${all}`],
    ['sms', `sms:?&body=${all}`],
    ['whatsapp', `https://wa.me/?text=${all}`],
    ['facebook', `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(link)}`],
    ['x', `https://x.com/intent/post?text=${all}`],
    ['bluesky', `https://bsky.app/intent/compose?text=${all}`],
  ];
}
