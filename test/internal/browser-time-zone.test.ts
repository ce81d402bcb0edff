import { expect } from '@open-wc/testing';

// The suite pins every browser's time zone (TEST_TZ, America/New_York by default) so that a
// missing zone conversion fails the same way in Chromium, Firefox and WebKit. This checks the pin.

/** "GMT-04:00" → -240; "GMT" → 0. */
const minutes = (longOffset: string) => {
  const m = /GMT(?:([+-])(\d\d):(\d\d))?/.exec(longOffset);
  if (!m) throw new Error(`no offset in ${longOffset}`);
  return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
};
const offset = (date: Date, timeZone?: string) =>
  minutes(
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(date)
      .find((p) => p.type === 'timeZoneName')!.value,
  );

describe('browser time zone', () => {
  it('is the zone the run asked for, in Intl and in Date, all year round', async () => {
    const { timeZone } = (await (await fetch('/__test-env')).json()) as { timeZone: string };
    // Zone ids have aliases (Asia/Kolkata comes back as Asia/Calcutta): compare offsets.
    for (let month = 0; month < 12; month++) {
      const date = new Date(Date.UTC(2025, month, 15, 12));
      const expected = offset(date, timeZone);
      expect(offset(date), `Intl offset in month ${month + 1}`).to.equal(expected);
      expect(-date.getTimezoneOffset(), `Date offset in month ${month + 1}`).to.equal(expected);
    }
  });
});
