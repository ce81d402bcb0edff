// Run under several browser zones: TEST_TZ=America/Los_Angeles|Asia/Tokyo|Europe/Berlin plus the
// default America/New_York. Every expectation here is an absolute instant, so each must hold in all.
import { expect } from '@open-wc/testing';
import { fromZonedTime } from 'date-fns-tz';
import { dayIn, offsetAt, sameClock, toInstant } from '../src/internal/zoned.js';
import { check } from '../src/internal/schema.js';
import {
  townHallSchema,
  closesAt,
  slots,
  left,
  nextChange,
  phase,
} from '../src/town-hall/model.js';

const iso = (ms: number) => new Date(ms).toISOString();
const at = (wall: string, zone: string) => iso(toInstant(wall, zone));
const hm = (zone: string, ms: number, lang = 'en-US') =>
  new Intl.DateTimeFormat(lang, {
    timeZone: zone,
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(ms);

describe(
  'town-hall time (browser zone: ' + Intl.DateTimeFormat().resolvedOptions().timeZone + ')',
  () => {
    it('October 2021 seed: 10 am / 4 pm / 7 pm Mountain is MDT (UTC-6)', () => {
      expect(at('2021-10-28T10:00', 'America/Denver')).to.equal('2021-10-28T16:00:00.000Z');
      expect(at('2021-10-28T16:00', 'America/Denver')).to.equal('2021-10-28T22:00:00.000Z');
      expect(at('2021-10-28T19:00', 'America/Denver')).to.equal('2021-10-29T01:00:00.000Z');
      expect(at('2021-10-27T13:00', 'America/Denver')).to.equal('2021-10-27T19:00:00.000Z');
      expect(hm('America/Denver', toInstant('2021-10-28T10:00', 'America/Denver'))).to.equal(
        '10:00 AM MDT',
      );
    });

    it('August 2025 seed: the bulletin says PST but August in Los Angeles is PDT (UTC-7)', () => {
      const thu = toInstant('2025-08-21T18:00', 'America/Los_Angeles');
      expect(iso(thu)).to.equal('2025-08-22T01:00:00.000Z');
      expect(at('2025-08-22T07:00', 'America/Los_Angeles')).to.equal('2025-08-22T14:00:00.000Z');
      expect(hm('America/Los_Angeles', thu)).to.equal('6:00 PM PDT');
    });

    it('New York fall back: 01:30 on 2025-11-02 happens twice; the earlier (EDT) instant wins', () => {
      expect(at('2025-11-02T01:30', 'America/New_York')).to.equal('2025-11-02T05:30:00.000Z');
      expect(at('2025-11-02T00:59', 'America/New_York')).to.equal('2025-11-02T04:59:00.000Z');
      expect(at('2025-11-02T02:00', 'America/New_York')).to.equal('2025-11-02T07:00:00.000Z');
    });

    it('New York spring forward: 02:30 on 2025-03-09 does not exist and moves forward to 03:30 EDT', () => {
      const t = toInstant('2025-03-09T02:30', 'America/New_York');
      expect(iso(t)).to.equal('2025-03-09T07:30:00.000Z');
      expect(hm('America/New_York', t)).to.equal('3:30 AM EDT');
      expect(at('2025-03-09T01:59', 'America/New_York')).to.equal('2025-03-09T06:59:00.000Z');
      expect(at('2025-03-09T03:00', 'America/New_York')).to.equal('2025-03-09T07:00:00.000Z');
    });

    it('Berlin: 02:30 is doubled in October (CEST wins) and missing in March (03:30 CEST)', () => {
      expect(at('2025-10-26T02:30', 'Europe/Berlin')).to.equal('2025-10-26T00:30:00.000Z');
      expect(at('2025-10-26T03:00', 'Europe/Berlin')).to.equal('2025-10-26T02:00:00.000Z');
      expect(at('2025-03-30T02:30', 'Europe/Berlin')).to.equal('2025-03-30T01:30:00.000Z');
      expect(at('2025-07-01T12:00', 'Europe/Berlin')).to.equal('2025-07-01T10:00:00.000Z');
    });

    it('Lord Howe Island: a 30-minute DST shift, both ways', () => {
      expect(offsetAt('Australia/Lord_Howe', Date.UTC(2025, 0, 15)) / 6e4).to.equal(660);
      expect(offsetAt('Australia/Lord_Howe', Date.UTC(2025, 6, 15)) / 6e4).to.equal(630);
      // 2025-04-06 02:00 +11 → 01:30 +10:30: 01:45 happens twice, the earlier (+11) wins.
      expect(at('2025-04-06T01:45', 'Australia/Lord_Howe')).to.equal('2025-04-05T14:45:00.000Z');
      // 2025-10-05 02:00 +10:30 → 02:30 +11: 02:15 does not exist; 30 minutes later, 02:45 +11.
      expect(at('2025-10-05T02:15', 'Australia/Lord_Howe')).to.equal('2025-10-04T15:45:00.000Z');
    });

    it('Kathmandu (+05:45) and Etc/GMT+5 (which is UTC-5, shown as GMT-5)', () => {
      expect(at('2025-01-01T10:00', 'Asia/Kathmandu')).to.equal('2025-01-01T04:15:00.000Z');
      const t = toInstant('2025-01-01T10:00', 'Etc/GMT+5');
      expect(iso(t)).to.equal('2025-01-01T15:00:00.000Z');
      expect(hm('Etc/GMT+5', t)).to.equal('10:00 AM GMT-5');
    });

    it('instants written with Z or an offset are taken as written', () => {
      expect(at('2021-10-28T16:00:00Z', 'Asia/Tokyo')).to.equal('2021-10-28T16:00:00.000Z');
      expect(at('2021-10-28T10:00-06:00', 'Europe/Berlin')).to.equal('2021-10-28T16:00:00.000Z');
      expect(Number.isNaN(toInstant('not a date', 'UTC'))).to.equal(true);
    });

    it('agrees with date-fns-tz fromZonedTime wherever a wall-clock time is unambiguous', () => {
      const cases: [string, string][] = [
        ['2021-10-28T10:00', 'America/Denver'],
        ['2025-08-22T07:00', 'America/Los_Angeles'],
        ['2025-01-01T10:00', 'Asia/Kathmandu'],
        ['2025-07-01T12:00', 'Australia/Lord_Howe'],
      ];
      for (const [wall, zone] of cases)
        expect(at(wall, zone)).to.equal(fromZonedTime(wall, zone).toISOString());
    });

    it('compares clocks and calendar days across zones', () => {
      const t = toInstant('2021-10-28T19:00', 'America/Denver');
      expect(sameClock('America/Denver', 'America/Boise', t)).to.equal(true);
      expect(sameClock('America/Denver', 'America/Phoenix', t)).to.equal(false);
      expect(dayIn('America/Denver', t)).to.equal('2021-10-28');
      expect(dayIn('Asia/Tokyo', t)).to.equal('2021-10-29');
    });

    it('schema: an unknown zone is named, with its field', () => {
      const r = check(townHallSchema, { title: 'T', timeZone: 'Not/AZone', sessions: [] });
      expect(r.errors.map((e) => `${e.path}: ${e.message}`)).to.deep.equal([
        'timeZone: "Not/AZone" is not a time zone (an IANA name such as America/Denver)',
      ]);
    });

    it('schema: invalid dates are named; an end before its start is left out with a warning', () => {
      const bad = check(townHallSchema, {
        title: 'T',
        timeZone: 'UTC',
        sessions: [{ start: '2021-10-28T10:00' }, { start: '2021-13-40T10:00' }],
      });
      expect(bad.errors[0]).to.deep.equal({
        path: 'sessions[1].start',
        message: '"2021-13-40T10:00" is not a date-time',
      });
      const back = check(townHallSchema, {
        title: 'T',
        timeZone: 'America/Denver',
        sessions: [{ start: '2021-10-28T10:00', end: '2021-10-28T09:00' }],
      });
      expect(back.errors).to.deep.equal([]);
      expect(back.warnings).to.deep.equal([
        {
          path: 'sessions[0].end',
          message: '"2021-10-28T09:00" is not after its start; left out',
        },
      ]);
      expect(back.value).to.deep.include({ sessions: [{ start: '2021-10-28T10:00' }] });
    });

    it('sessions, phases, closing time and countdown units', () => {
      const d = {
        title: 'T',
        timeZone: 'America/Denver',
        durationMinutes: 60,
        deadline: '2021-10-27T13:00',
        sessions: [
          { start: '2021-10-28T10:00' },
          { start: '2021-10-28T18:00', end: '2021-10-28T20:30' },
        ],
      };
      const list = slots(d);
      expect(list.map((s) => [iso(s.start), iso(s.end)])).to.deep.equal([
        ['2021-10-28T16:00:00.000Z', '2021-10-28T17:00:00.000Z'],
        ['2021-10-29T00:00:00.000Z', '2021-10-29T02:30:00.000Z'],
      ]);
      expect(iso(closesAt(d, list))).to.equal('2021-10-27T19:00:00.000Z');
      expect(iso(closesAt({ ...d, deadline: '2021-12-01T00:00' }, list))).to.equal(
        '2021-10-29T02:30:00.000Z',
      );
      expect(phase(list[0], Date.parse('2021-10-28T16:30:00Z'))).to.equal('now');
      expect(phase(list[0], Date.parse('2021-10-28T17:00:00Z'))).to.equal('over');
      expect(
        iso(nextChange(list, closesAt(d, list), Date.parse('2021-10-28T16:30:00Z'))!),
      ).to.equal('2021-10-28T17:00:00.000Z');
      expect(nextChange(list, closesAt(d, list), Date.parse('2021-11-01T00:00:00Z'))).to.equal(
        undefined,
      );
      expect(left(3 * 864e5)).to.deep.equal([3, 'day']);
      expect(left(47 * 36e5)).to.deep.equal([47, 'hour']);
      expect(left(119 * 6e4 - 1)).to.deep.equal([119, 'minute']);
      expect(left(30)).to.deep.equal([1, 'minute']);
    });
  },
);
