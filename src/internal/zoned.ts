/**
 * Wall-clock times in an IANA zone → instants, identically whatever the machine's own zone: the
 * town hall's sessions and deadline, the checklist's due dates and weekly resets.
 *
 * Why not date-fns-tz's `fromZonedTime`/`getTimezoneOffset`: both read the wall-clock time through
 * the host's `Date` getters, so 3.2.0 resolves an ambiguous time (2025-11-02 01:30 New York) to a
 * different instant depending on the viewer's zone, and shifts times that fall in the *host's* DST
 * gap. Only Intl's zone data (what date-fns-tz uses underneath) is used here, never the host zone.
 */

const parts = new Map<string, Intl.DateTimeFormat>();

/**
 * The formatter that reads wall-clock fields in `zone`, made once per zone: `isZone` (validation)
 * and `offsetAt` (conversion) share it, so a zone costs one Intl construction, not two. Throws on
 * a zone Intl does not know.
 */
export function zoneFormat(zone: string): Intl.DateTimeFormat {
  let f = parts.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    parts.set(zone, f);
  }
  return f;
}

/** The zone's offset from UTC at `ms`, in ms (Denver in October: -6 h). Throws on an unknown zone. */
export function offsetAt(zone: string, ms: number): number {
  const p: Record<string, string> = {};
  for (const { type, value } of zoneFormat(zone).formatToParts(ms)) p[type] = value;
  const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour % 24, +p.minute, +p.second);
  return asUtc - (ms - (((ms % 1000) + 1000) % 1000));
}

const DAY = 864e5;

/**
 * The instant of an ISO date-time. With `Z` or an offset it is that instant; without, it is
 * wall-clock time in `zone`: an ambiguous time (fall back) is the earlier instant, a nonexistent
 * one (spring forward) moves forward by the gap (RFC 5545 and Temporal's "compatible" rule).
 * Returns NaN for text that is not an ISO date-time.
 */
export function toInstant(iso: string, zone: string): number {
  const m = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d)(\.\d+)?)?)?(Z|[+-]\d\d:\d\d)?$/.exec(
    iso,
  );
  if (!m) return NaN;
  if (m[8]) return Date.parse(iso);
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map((x) => +(x ?? 0));
  return zonedToInstant(zone, y, mo, d, h, mi, s, Math.round(+(m[7] ?? 0) * 1000));
}

/**
 * The instant when the wall clock in `zone` reads the given fields (which may overflow, as in
 * `Date.UTC`: day 32 is the 1st of the next month), with the same rule as `toInstant`.
 */
export function zonedToInstant(
  zone: string,
  y: number,
  mo: number,
  d: number,
  h = 0,
  mi = 0,
  s = 0,
  ms = 0,
): number {
  const wall = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  // The offsets a day either side bracket any one transition; each that maps back to `wall` is a
  // real reading of it. Two: ambiguous, take the earlier. None: a gap, read with the earlier offset.
  const before = offsetAt(zone, wall - DAY);
  const after = offsetAt(zone, wall + DAY);
  const fits = [before, after].map((o) => wall - o).filter((t) => offsetAt(zone, t) === wall - t);
  return fits.length ? Math.min(...fits) : wall - before;
}

/** Minutes between the two zones' offsets at `ms` are zero: the viewer's clock reads the same. */
export const sameClock = (a: string, b: string, ms: number): boolean =>
  offsetAt(a, ms) === offsetAt(b, ms);

/** The `YYYY-MM-DD` calendar date of `ms` in `zone` (grouping sessions by day, weekly resets). */
export function dayIn(zone: string, ms: number): string {
  return new Date(ms + offsetAt(zone, ms)).toISOString().slice(0, 10);
}
