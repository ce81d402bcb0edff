/**
 * The checklist's two readings of time, on the shared zone converter (`internal/zoned.ts`: the
 * same answer whatever the reader's own zone; ambiguous times take the earlier instant, skipped
 * ones move forward by the gap).
 */
import { dayIn, toInstant, zonedToInstant } from '../internal/zoned.js';

/**
 * When an action's `due` passes: a date-time with `Z` or an offset as written, one without as
 * wall-clock time in `zone`, and a bare date as the end of that day in `zone`.
 */
export function dueInstant(iso: string, zone: string): number {
  if (iso.length !== 10) return toInstant(iso, zone);
  const [y, mo, d] = iso.split('-').map(Number);
  return zonedToInstant(zone, y, mo, d + 1);
}

/** The most recent start (00:00 in `zone`) of weekday `day` (0 = Sunday) at or before `now`. */
export function lastWeekday(day: number, zone: string, now: number): number {
  const [y, mo, d] = dayIn(zone, now).split('-').map(Number);
  const today = new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
  return zonedToInstant(zone, y, mo, d - ((today - day + 7) % 7));
}
