import { dateTime, url, zone, type Schema } from '../internal/schema.js';
import { toInstant } from '../internal/zoned.js';

export interface TownHallSession {
  id?: string;
  label?: string;
  /** ISO date-time: wall-clock in `timeZone` without an offset, an instant with `Z`/offset. */
  start: string;
  end?: string;
  registrationUrl?: string;
}

export interface TownHallData {
  title: string;
  description?: string;
  /** The event's IANA zone (`America/Denver`). */
  timeZone: string;
  sessions: TownHallSession[];
  /** Length of a session without `end` (default 60). */
  durationMinutes?: number;
  registrationUrl?: string;
  /** Registration closes at this date-time. */
  deadline?: string;
  /** Show a "scan to register" QR code (default true). */
  qr?: boolean;
}

const when = { t: 'str', f: dateTime } as const;
// Optional, like every link but the petition's: an unsafe registration link is left out with a
// warning, and the sessions, times and calendar still work.
const link = { t: 'str', f: url } as const;

/** A town hall has a handful of sessions; thousands is a data mistake, not a schedule. */
export const MAX_SESSIONS = 200;

export const townHallSchema: Schema = {
  t: 'obj',
  req: ['title', 'timeZone', 'sessions'],
  p: {
    title: { t: 'str', min: 1 },
    description: { t: 'str' },
    timeZone: { t: 'str', f: zone },
    sessions: {
      t: 'arr',
      max: MAX_SESSIONS,
      of: {
        t: 'obj',
        req: ['start'],
        p: {
          id: { t: 'str', min: 1 },
          label: { t: 'str' },
          start: when,
          end: when,
          registrationUrl: link,
        },
      },
    },
    durationMinutes: {
      t: 'num',
      int: true,
      min: 1,
      max: 10080,
      what: 'a whole number of minutes (1 to 10080)',
    },
    registrationUrl: link,
    deadline: when,
    qr: { t: 'bool' },
  },
  // Cross-field checks need the zone. Both are worked around: an end that is not after its start
  // is left out (the session lasts durationMinutes), a deadline after the event is held to its end.
  rule: (raw, warn) => {
    const d = raw as unknown as TownHallData;
    for (const [i, s] of d.sessions.entries())
      if (s.end && toInstant(s.end, d.timeZone) <= toInstant(s.start, d.timeZone)) {
        warn(`sessions[${i}].end`, `${JSON.stringify(s.end)} is not after its start; left out`);
        delete s.end;
      }
    const list = slots(d);
    if (
      d.deadline &&
      list.length &&
      toInstant(d.deadline, d.timeZone) > closesAt({ ...d, deadline: undefined }, list)
    )
      warn(
        'deadline',
        `${JSON.stringify(d.deadline)} is after the last session ends; registration closes then`,
      );
    return undefined;
  },
};

/** A session with its instants resolved and a stable key. */
export interface Slot {
  key: string;
  index: number;
  label?: string;
  start: number;
  end: number;
  url?: string;
}

export const slots = (d: TownHallData): Slot[] =>
  d.sessions.map((s, index) => {
    const start = toInstant(s.start, d.timeZone);
    return {
      key: s.id ?? s.start,
      index,
      label: s.label,
      start,
      end: s.end ? toInstant(s.end, d.timeZone) : start + (d.durationMinutes ?? 60) * 6e4,
      url: s.registrationUrl,
    };
  });

export type Phase = 'upcoming' | 'now' | 'over';
export const phase = (s: Slot, now: number): Phase =>
  now < s.start ? 'upcoming' : now < s.end ? 'now' : 'over';

/**
 * When registration closes: the deadline, never later than the last session's end (a deadline
 * after the event is a data slip; the widget still closes when the event is over).
 */
export function closesAt(d: TownHallData, list: Slot[]): number {
  const last = Math.max(...list.map((s) => s.end));
  return d.deadline ? Math.min(toInstant(d.deadline, d.timeZone), last) : last;
}

/** The next moment the widget's state changes after `now`, if any (drives the minute timer). */
export function nextChange(list: Slot[], closes: number, now: number): number | undefined {
  const future = [closes, ...list.flatMap((s) => [s.start, s.end])].filter((t) => t > now);
  return future.length ? Math.min(...future) : undefined;
}

/**
 * Until when a rendering made at `now` stays right by the clock: the next session start or end,
 * registration closing, or the countdown's next step ("closes in 3 days" becomes "2 days").
 */
export function rightUntil(list: Slot[], closes: number, now: number): number {
  let until = nextChange(list, closes, now) ?? Infinity;
  if (now < closes) {
    // `left` shows n of a unit while the minutes left are at least n units' worth.
    const [n, unit] = left(closes - now);
    const per = unit == 'day' ? 1440 : unit == 'hour' ? 60 : 1;
    until = Math.min(until, closes - (n * per - 1) * 6e4);
  }
  return until;
}

/** Time left as a relative-time value and unit: days from 2 days, hours from 2 hours, else minutes. */
export function left(ms: number): [number, Intl.RelativeTimeFormatUnit] {
  const min = Math.ceil(ms / 6e4);
  return min >= 2880
    ? [Math.floor(min / 1440), 'day']
    : min >= 120
      ? [Math.floor(min / 60), 'hour']
      : [min, 'minute'];
}
