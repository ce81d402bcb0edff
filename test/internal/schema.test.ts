import { expect } from '@open-wc/testing';
import {
  check,
  date,
  dateTime,
  describe as say,
  isZone,
  url,
  zone,
  type Schema,
} from '../../src/internal/schema.js';

const schema: Schema = {
  t: 'obj',
  req: ['items'],
  p: {
    title: { t: 'str', min: 1 },
    when: { t: 'str', f: dateTime },
    day: { t: 'str', f: date },
    zone: { t: 'str', f: zone },
    link: { t: 'str', f: url },
    items: {
      t: 'arr',
      of: {
        t: 'obj',
        req: ['n'],
        p: {
          n: { t: 'num', int: true, min: 0, what: 'a count' },
          kind: { t: 'enum', of: ['ta', 'open'], soft: 'open' },
          flag: { t: 'bool' },
        },
      },
    },
  },
};

const errors = (v: unknown) => check(schema, v).errors.map(say);

describe('check (schema)', () => {
  it('returns a clean copy: unknown fields dropped, known ones kept', () => {
    const { value, errors } = check<{ items: unknown[] }>(schema, {
      items: [{ n: 1, extra: 2 }],
      other: 1,
    });
    expect(errors).to.deep.equal([]);
    expect(value).to.deep.equal({ items: [{ n: 1 }] });
  });

  it('names the path of each problem', () => {
    expect(errors({ items: [{ n: 1 }, { n: 2 }, { n: -4 }] })).to.deep.equal([
      'items[2].n: -4 is not a count',
    ]);
    expect(errors({})).to.deep.equal(['items: is required']);
    expect(errors({ items: [{}] })).to.deep.equal(['items[0].n: is required']);
    expect(errors({ items: 'x' })).to.deep.equal(['items: "x" is not a list']);
    expect(errors(null)).to.deep.equal(['null is not an object']);
  });

  it('refuses NaN, Infinity, strings, fractions and numbers past 2^53 as counts', () => {
    for (const n of [NaN, Infinity, '12', 1.5, 2 ** 53, -1])
      expect(errors({ items: [{ n }] }), String(n)).to.have.length(1);
  });

  it('reports every problem at once, not just the first', () => {
    expect(errors({ title: '', when: '2021-13-40T10:00', items: [{ n: 'x' }] })).to.deep.equal([
      'title: "" is not non-empty text',
      'when: "2021-13-40T10:00" is not a date-time',
      'items[0].n: "x" is not a count',
    ]);
  });

  it('checks dates against the calendar', () => {
    const ok = (when: string) => check(schema, { when, items: [] }).errors.length === 0;
    expect(ok('2021-10-28T10:00')).to.equal(true);
    expect(ok('2021-10-28T10:00:00Z')).to.equal(true);
    expect(ok('2021-10-28T10:00:00.5-06:00')).to.equal(true);
    expect(ok('2021-02-30T10:00')).to.equal(false);
    expect(ok('2021-10-28T24:00')).to.equal(false);
    expect(ok('2021-10-28T10:00+25:00')).to.equal(false);
    expect(ok('2021-10-28T10:00-05:60')).to.equal(false);
    expect(ok('2021-10-28T10:00+05:45')).to.equal(true);
    expect(ok('2021-10-28')).to.equal(false);
    expect(ok('Oct 28 2021')).to.equal(false);
    expect(check(schema, { day: '2021-10-28', items: [] }).errors).to.deep.equal([]);
  });

  it('knows IANA zones, including odd offsets', () => {
    for (const z of ['America/Denver', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Etc/GMT+5'])
      expect(isZone(z), z).to.equal(true);
    expect(errors({ zone: 'Not/AZone', items: [] })[0]).to.match(
      /^zone: "Not\/AZone" is not a time zone/,
    );
  });

  it('refuses links that are not http(s), mailto, tel or sms', () => {
    expect(errors({ link: 'javascript:alert(1)', items: [] })[0]).to.match(
      /^link: "javascript:alert\(1\)" is not a link/,
    );
    expect(errors({ link: 'https://union.org', items: [] })).to.deep.equal([]);
  });

  it('turns a soft enum into a warning and a fallback value', () => {
    const r = check<{ items: { kind: string }[] }>(schema, { items: [{ n: 0, kind: 'weird' }] });
    expect(r.errors).to.deep.equal([]);
    expect(r.value!.items[0].kind).to.equal('open');
    expect(r.warnings.map(say)).to.deep.equal([
      'items[0].kind: "weird" is not one of ta, open; shown as open',
    ]);
  });

  it('treats __proto__ and constructor keys from JSON as data, never as prototypes', () => {
    const r = check<Record<string, unknown>>(
      schema,
      JSON.parse('{"__proto__":{"polluted":1},"constructor":1,"items":[]}'),
    );
    expect(r.errors).to.deep.equal([]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(r.value)).to.equal(Object.prototype);
  });

  it('caps list lengths where a widget sets a maximum', () => {
    const capped: Schema = { t: 'obj', p: { xs: { t: 'arr', of: { t: 'num' }, max: 3 } } };
    expect(check(capped, { xs: [1, 2, 3] }).errors).to.deep.equal([]);
    expect(check(capped, { xs: [1, 2, 3, 4] }).errors.map(say)).to.deep.equal([
      'xs: has 4 items; at most 3',
    ]);
  });

  it('truncates long values in messages', () => {
    expect(errors({ title: 5, when: 'x'.repeat(500), items: [] })[1].length).to.be.below(100);
  });
});
