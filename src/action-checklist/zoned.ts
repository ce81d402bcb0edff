/**
 * Wall-clock time in an IANA zone → instant, for the checklist's deadlines and weekly resets.
 *
 * A private helper until the lead unifies it with the town hall's converter: `fromZonedTime` from
 * date-fns-tz costs 2.4 KB min+gzip and resolves ambiguous times differently depending on the
 * machine's own zone. This one asks Intl for the zone's offset and never reads the host's zone, so
 * the answer is the same everywhere: an ambiguous time (the hour repeated when clocks go back)
 * takes the earlier instant; a time skipped when clocks go forward moves forward by the gap.
 * It assumes at most one offset change within a day either side, true of every zone in use.
 */

// Self-contained (no DOM, no catalogs) so the schema in model.ts can be bundled for the CLI.
const clocks = new Map<string, Intl.DateTimeFormat>();

/** The wall clock in `zone` at instant `t`: [year, month (1-12), day, hour, minute, second]. */
export function wallClock(t: number, zone: string): number[] {
  let f = clocks.get(zone);
  if (!f) {
    const n = 'numeric';
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: n,
      month: n,
      day: n,
      hour: n,
      minute: n,
      second: n,
    });
    clocks.set(zone, f);
  }
  const parts = f.formatToParts(t);
  const get = (type: string) => +parts.find((p) => p.type === type)!.value;
  return [get('year'), get('month'), get('day'), get('hour'), get('minute'), get('second')];
}

/** How far `zone`'s wall clock is ahead of UTC at instant `t`, in ms. */
const offset = (t: number, zone: string): number => {
  const [y, mo, d, h, mi, s] = wallClock(t, zone);
  return Date.UTC(y, mo - 1, d, h, mi, s) - Math.floor(t / 1000) * 1000;
};

/** The instant when the wall clock in `zone` reads y-mo-d h:mi (fields may overflow: day 0, 32…). */
export function zonedToInstant(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  zone: string,
): number {
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // The zone's offsets a day either side: equal except across a transition.
  const a = offset(wall - 864e5, zone);
  const b = offset(wall + 864e5, zone);
  const hi = Math.max(a, b);
  // The larger offset when it reads back right (an hour repeated when clocks go back: the earlier
  // instant); otherwise the smaller (normal time, or an hour skipped: forward by the gap).
  return wall - (offset(wall - hi, zone) === hi ? hi : Math.min(a, b));
}

/**
 * An ISO date or date-time from the data as an instant: with `Z` or an offset as written; a
 * date-time without one as wall-clock time in `zone`; a bare date as the end of that day in `zone`.
 */
export function toInstant(iso: string, zone: string): number {
  if (/(Z|[+-]\d\d:\d\d)$/.test(iso)) return Date.parse(iso);
  const [y, mo, d, h, mi] = iso.split(/\D/).map(Number);
  return iso.length === 10
    ? zonedToInstant(y, mo, d + 1, 0, 0, zone)
    : zonedToInstant(y, mo, d, h, mi, zone);
}

/** The most recent start (00:00 in `zone`) of weekday `day` (0 = Sunday) at or before `now`. */
export function lastWeekday(day: number, zone: string, now: number): number {
  const [y, mo, d] = wallClock(now, zone);
  const today = new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
  return zonedToInstant(y, mo, d - ((today - day + 7) % 7), 0, 0, zone);
}
