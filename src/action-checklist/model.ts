import { date, url, zone, type Schema } from '../internal/schema.js';
import { lastWeekday } from './zoned.js';

export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface ChecklistAction {
  id: string;
  title: string;
  description?: string;
  url?: string;
  /** The link's text ("Sign the petition"). */
  cta?: string;
  repeat?: 'weekly';
  /** The day a weekly action comes round again (its tick clears at 00:00 that day). */
  weekday?: Weekday;
  /** ISO date or date-time; without an offset, wall-clock time in `timeZone` (else the reader's). */
  due?: string;
  timeZone?: string;
  hashtags?: string[];
  mentions?: string[];
  /** "Get at least five others to sign": a count the member keeps on the device. */
  shareGoal?: number;
}

export interface ActionChecklistData {
  /** Keys the saved progress: keep it when the list changes, change it for a new campaign. */
  id: string;
  title?: string;
  actions: ChecklistAction[];
}

/** More than this is a data mistake (a checklist is what a member can do this week), not a list. */
export const MAX_ACTIONS = 50;

/** Hashtags or mentions per action: each is a button, and all of them go into every post link. */
export const MAX_TAGS = 20;

const text = { t: 'str', min: 1 } as const;
const tags = { t: 'arr', of: text, max: MAX_TAGS } as const;

export const actionChecklistSchema: Schema = {
  t: 'obj',
  req: ['id', 'actions'],
  p: {
    id: text,
    title: { t: 'str' },
    actions: {
      t: 'arr',
      max: MAX_ACTIONS,
      of: {
        t: 'obj',
        req: ['id', 'title'],
        p: {
          id: text,
          title: text,
          description: { t: 'str' },
          url: { t: 'str', f: url },
          cta: { t: 'str' },
          repeat: { t: 'enum', of: ['weekly'] },
          weekday: { t: 'enum', of: WEEKDAYS },
          due: { t: 'str', f: date },
          timeZone: { t: 'str', f: zone },
          hashtags: tags,
          mentions: tags,
          shareGoal: {
            t: 'num',
            int: true,
            min: 1,
            max: 999,
            what: 'a whole number from 1 to 999',
          },
        },
        // Without a weekday a weekly action has no day to clear on: shown as a one-off.
        rule: (a, warn) => {
          if (a.repeat && !a.weekday) {
            delete a.repeat;
            warn('repeat', '"weekly" needs a weekday; shown as a one-time action');
          }
          return undefined;
        },
      },
    },
  },
  // Ticks are saved by action id: two actions with one id would share a tick, so that refuses.
  rule: (d) => {
    const actions = d.actions as ChecklistAction[];
    const seen = new Map<string, number>();
    for (const [i, a] of actions.entries()) {
      const first = seen.get(a.id);
      if (first !== undefined)
        return `actions[${i}].id: ${JSON.stringify(a.id)} repeats actions[${first}].id`;
      seen.set(a.id, i);
    }
    return undefined;
  },
};

/** What the device remembers for one action: when it was ticked, and how many people it was shared with. */
export interface Entry {
  /** Tick time, ms since the epoch; absent when not ticked. */
  at?: number;
  /** "Shared with n". */
  n?: number;
}

/** The storage key for a checklist's progress. */
export const storageKey = (id: string) => `checklist:${id}`;

/**
 * Progress read back from storage, for the current actions only (ticks follow ids, not positions;
 * a removed action's entry is left out). An entry that is not the right shape is dropped alone.
 */
export function readEntries(stored: unknown, actions: ChecklistAction[]): Map<string, Entry> {
  const out = new Map<string, Entry>();
  if (!stored || typeof stored !== 'object') return out;
  for (const { id } of actions) {
    const e = Object.hasOwn(stored, id) ? (stored as Record<string, Entry>)[id] : undefined;
    if (!e || typeof e !== 'object') continue;
    const clean: Entry = {};
    if (Number.isFinite(e.at) && e.at! > 0) clean.at = e.at;
    if (Number.isSafeInteger(e.n) && e.n! > 0 && e.n! <= 999) clean.n = e.n;
    if (clean.at || clean.n) out.set(id, clean);
  }
  return out;
}

/** One change this tab made to an action's entry (`undefined`: cleared), and when. */
export interface Change {
  entry?: Entry;
  at: number;
}

/** How long this tab stands by a change of its own that another tab's write may have missed. */
export const MERGE_WINDOW_MS = 10_000;

const sameEntry = (a?: Entry, b?: Entry) => a?.at === b?.at && a?.n === b?.n;

/**
 * Merges this tab's recent changes into what another tab just wrote. Tabs read storage from their
 * own copy, so two tabs ticking different actions in the same instant each write the whole list
 * without the other's tick; the tab whose write lost puts its own changes back, per action. Each
 * change is put back once and then forgotten (as is one already there, or older than the window),
 * so two tabs that disagree on one action settle instead of ping-ponging. Returns the merged
 * entries, or `undefined` when nothing of ours was missing; `changes` is pruned in place.
 */
export function mergeOwn(
  stored: Map<string, Entry>,
  changes: Map<string, Change>,
  now: number,
): Map<string, Entry> | undefined {
  let merged: Map<string, Entry> | undefined;
  for (const [id, { entry, at }] of changes) {
    changes.delete(id);
    if (now - at > MERGE_WINDOW_MS || sameEntry(stored.get(id), entry)) continue;
    merged ??= new Map(stored);
    if (entry) merged.set(id, entry);
    else merged.delete(id);
  }
  return merged;
}

/**
 * Whether `action` counts as done at `now`: ticked, and for a weekly action ticked since its
 * weekday last began (in the action's zone, else `viewerZone`).
 */
export function isDone(
  action: ChecklistAction,
  entry: Entry | undefined,
  now: number,
  viewerZone: string,
): boolean {
  const at = entry?.at;
  if (!at) return false;
  if (!action.weekday) return true;
  return at >= lastWeekday(WEEKDAYS.indexOf(action.weekday), action.timeZone ?? viewerZone, now);
}

/** A duration until a deadline, in the unit a person would use: minutes, hours, then days. */
export function timeLeft(ms: number): [number, Intl.RelativeTimeFormatUnit] {
  const minute = 60e3;
  const hour = 60 * minute;
  return ms < hour
    ? [Math.max(1, Math.ceil(ms / minute)), 'minute']
    : ms < 48 * hour
      ? [Math.floor(ms / hour), 'hour']
      : [Math.floor(ms / (24 * hour)), 'day'];
}

/**
 * Until when "closes in …" for a deadline at `at`, shown at `now`, stays the same: the deadline
 * itself, or the next step of `timeLeft` (the minute, hour or day it counts in drops by one).
 */
export function timeLeftUntil(at: number, now: number): number {
  const [n, unit] = timeLeft(at - now);
  if (unit == 'minute') return n > 1 ? at - (n - 1) * 60e3 : at;
  return at - n * (unit == 'hour' ? 36e5 : 864e5) + 1;
}

/** `#tag` / `@name` however the data wrote them. */
export const hashtag = (s: string) => '#' + s.trim().replace(/^#/, '');
export const mention = (s: string) => '@' + s.trim().replace(/^@/, '');

/**
 * Plain "post" links for the big social sites, text filled in; no third-party script. Facebook's
 * sharer takes a link and one hashtag only, so it is offered only with a link.
 */
export function postLinks(
  text: string,
  link?: string,
  firstTag?: string,
): [site: string, href: string][] {
  const q = encodeURIComponent;
  const withLink = link ? `${text} ${link}` : text;
  const out: [string, string][] = [
    ['X', `https://x.com/intent/post?text=${q(withLink)}`],
    ['Bluesky', `https://bsky.app/intent/compose?text=${q(withLink)}`],
  ];
  if (link)
    out.push([
      'Facebook',
      `https://www.facebook.com/sharer/sharer.php?u=${q(link)}${firstTag ? `&hashtag=${q(firstTag)}` : ''}`,
    ]);
  return out;
}
