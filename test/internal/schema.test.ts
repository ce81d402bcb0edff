import { expect } from '@open-wc/testing';
import {
  check,
  date,
  dateTime,
  describe as say,
  isZone,
  url,
  wellFormed,
  zone,
  type Schema,
} from '../../src/internal/schema.js';
import { schemas } from '../../src/schemas.js';

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
const warnings = (v: unknown) => check(schema, v).warnings.map(say);

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
    const bad = { title: '', when: '2021-13-40T10:00', items: [{ n: 'x' }, { n: -1 }] };
    expect(errors(bad)).to.deep.equal([
      'items[0].n: "x" is not a count',
      'items[1].n: -1 is not a count',
    ]);
    expect(warnings(bad)).to.deep.equal([
      'title: "" is not non-empty text; left out',
      'when: "2021-13-40T10:00" is not a date-time; left out',
    ]);
  });

  it('refuses the data for a required field that is missing or wrong, at any depth', () => {
    const r = check(schema, { title: 'ok', items: [{ n: 1 }, { kind: 'ta' }] });
    expect(r.value).to.equal(undefined);
    expect(r.errors.map(say)).to.deep.equal(['items[1].n: is required']);
    expect(errors({ items: {} })).to.deep.equal(['items: an object is not a list']);
  });

  it('leaves out an optional field that fails, with a warning, and keeps the rest', () => {
    const r = check<Record<string, unknown>>(schema, {
      title: 5,
      link: 'javascript:alert(1)',
      zone: 'America/Denver',
      items: [{ n: 1, flag: 'yes' }],
    });
    expect(r.errors).to.deep.equal([]);
    expect(r.value).to.deep.equal({ zone: 'America/Denver', items: [{ n: 1 }] });
    expect(r.warnings.map(say)).to.deep.equal([
      'title: 5 is not text; left out',
      'link: "javascript:alert(1)" is not a link (http, https, mailto, tel or sms); left out',
      'items[0].flag: "yes" is not true or false; left out',
    ]);
  });

  it('leaves out a whole optional list for one bad item, naming the item', () => {
    const tagged: Schema = {
      t: 'obj',
      p: { tags: { t: 'arr', of: { t: 'str', min: 1 } }, title: { t: 'str' } },
    };
    const r = check(tagged, { tags: ['ok', ''], title: 'T' });
    expect(r.value).to.deep.equal({ title: 'T' });
    expect(r.warnings.map(say)).to.deep.equal(['tags[1]: "" is not non-empty text; tags left out']);
  });

  it('lets a rule across fields work around a problem with a warning, or refuse', () => {
    const ruled: Schema = {
      t: 'obj',
      p: { from: { t: 'num' }, to: { t: 'num' } },
      req: ['from'],
      rule: (v, warn) => {
        if ((v.from as number) < 0) return 'from must not be negative';
        if (v.to !== undefined && (v.to as number) < (v.from as number)) {
          delete v.to;
          warn('to', 'is before from; left out');
        }
        return undefined;
      },
    };
    const nested: Schema = { t: 'obj', p: { span: ruled }, req: ['span'] };
    const soft = check(nested, { span: { from: 5, to: 2 } });
    expect(soft.value).to.deep.equal({ span: { from: 5 } });
    expect(soft.warnings.map(say)).to.deep.equal(['span.to: is before from; left out']);
    expect(check(nested, { span: { from: -1 } }).errors.map(say)).to.deep.equal([
      'span: from must not be negative',
    ]);
  });

  it('checks dates against the calendar', () => {
    const ok = (when: string) => check(schema, { when, items: [] }).warnings.length === 0;
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
    expect(check(schema, { day: '2021-10-28', items: [] }).warnings).to.deep.equal([]);
  });

  it('knows IANA zones, including odd offsets, UTC and Etc/*', () => {
    for (const z of [
      'America/Denver',
      'Asia/Kathmandu',
      'Australia/Lord_Howe',
      'Etc/GMT+5',
      'Etc/UTC',
      'UTC',
    ])
      expect(isZone(z), z).to.equal(true);
    expect(warnings({ zone: 'Not/AZone', items: [] })).to.deep.equal([
      'zone: "Not/AZone" is not a time zone (an IANA name such as America/Denver); left out',
    ]);
  });

  it('refuses abbreviations and legacy names that Intl accepts, with the name to use', () => {
    // Intl takes all of these (EST as Panama, without daylight saving; BST as Dhaka).
    for (const z of ['PST', 'EST', 'MST', 'HST', 'CST', 'PST8PDT', 'EST5EDT', 'CET', 'BST', 'GMT'])
      expect(isZone(z), z).to.equal(false);
    const zoneOnly: Schema = {
      t: 'obj',
      p: { timeZone: { t: 'str', f: zone } },
      req: ['timeZone'],
    };
    const said = (timeZone: string) => check(zoneOnly, { timeZone }).errors.map(say)[0];
    const use = (name: string) =>
      `timeZone: "${name}" is not a time zone (an IANA name such as America/Denver); use`;
    for (const [given, iana] of [
      ['PST', 'America/Los_Angeles'],
      ['PDT', 'America/Los_Angeles'],
      ['PST8PDT', 'America/Los_Angeles'],
      ['MDT', 'America/Denver'],
      ['CST', 'America/Chicago'],
      ['CDT', 'America/Chicago'],
      ['EST', 'America/New_York'],
      ['EDT', 'America/New_York'],
      ['EST5EDT', 'America/New_York'],
      ['HST', 'Pacific/Honolulu'],
      ['AKST', 'America/Anchorage'],
      ['pst', 'America/Los_Angeles'],
    ])
      expect(said(given), given).to.equal(`${use(given)} ${iana}`);
    expect(said('MST')).to.equal(`${use('MST')} America/Denver`);
    // Outside the US no one abbreviation means one zone (IST: India, Ireland, Israel): no guess.
    for (const other of ['CET', 'IST', 'Not/AZone'])
      expect(said(other)).to.equal(
        `timeZone: "${other}" is not a time zone (an IANA name such as America/Denver)`,
      );
  });

  it('refuses links that are not http(s), mailto, tel or sms', () => {
    const linked: Schema = { t: 'obj', p: { link: { t: 'str', f: url } }, req: ['link'] };
    expect(check(linked, { link: 'javascript:alert(1)' }).errors.map(say)[0]).to.match(
      /^link: "javascript:alert\(1\)" is not a link/,
    );
    expect(check(linked, { link: 'https://union.org' }).errors).to.deep.equal([]);
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

  it('caps list lengths where a widget sets a maximum, without reading past the cap', () => {
    const capped: Schema = {
      t: 'obj',
      p: { xs: { t: 'arr', of: { t: 'num' }, max: 3 } },
      req: ['xs'],
    };
    expect(check(capped, { xs: [1, 2, 3] }).errors).to.deep.equal([]);
    expect(check(capped, { xs: [1, 2, 3, 4] }).errors.map(say)).to.deep.equal([
      'xs: has 4 items; at most 3',
    ]);
    const huge = new Proxy(new Array(100_000).fill(1), {
      get: (a, k) => {
        if (k === '0') throw new Error('an item was read');
        return Reflect.get(a, k);
      },
    });
    expect(check(capped, { xs: huge }).errors.map(say)).to.deep.equal([
      'xs: has 100000 items; at most 3',
    ]);
  });

  it('gives every list in every widget a cap', () => {
    const uncapped = (s: Schema, path: string): string[] =>
      s.t === 'arr'
        ? [...(s.max ? [] : [path]), ...uncapped(s.of, `${path}[]`)]
        : s.t === 'obj'
          ? Object.entries(s.p).flatMap(([k, v]) => uncapped(v, `${path}.${k}`))
          : [];
    const missing = Object.entries(schemas).flatMap(([name, s]) => uncapped(s, name));
    expect(missing).to.deep.equal([]);
  });

  it('repairs text that is not well-formed Unicode (half an emoji), with a warning', () => {
    const cut = 'Sign now ✊\ud83c';
    const r = check<{ title: string; items: { kind: string }[] }>(schema, {
      title: cut,
      items: [{ n: 1 }],
    });
    expect(r.errors).to.deep.equal([]);
    expect(r.value!.title).to.equal('Sign now ✊\uFFFD');
    expect(() => encodeURIComponent(r.value!.title)).not.to.throw();
    expect(r.warnings.map(say)).to.deep.equal([
      'title: "Sign now ✊\\ud83c" is not well-formed Unicode (half an emoji?); repaired with \uFFFD',
    ]);
    // A whole emoji (a surrogate pair) is left alone; a lone low half is repaired too.
    expect(check(schema, { title: '✊🏽 ok', items: [] }).warnings).to.deep.equal([]);
    expect(wellFormed('\udc00x\ud83d')).to.equal('\uFFFDx\uFFFD');
  });

  it('repairs lone surrogates without String.prototype.toWellFormed too', () => {
    const native = Object.getOwnPropertyDescriptor(String.prototype, 'toWellFormed');
    delete (String.prototype as { toWellFormed?: unknown }).toWellFormed;
    try {
      expect(wellFormed('a\ud83d b\udc4d ✊🏽')).to.equal('a\uFFFD b\uFFFD ✊🏽');
    } finally {
      if (native) Object.defineProperty(String.prototype, 'toWellFormed', native);
    }
  });

  it('repairs text before checking it: a required field with half an emoji still counts', () => {
    const named: Schema = { t: 'obj', p: { id: { t: 'str', min: 1 } }, req: ['id'] };
    const r = check<{ id: string }>(named, { id: '\ud83d' });
    expect(r.errors).to.deep.equal([]);
    expect(r.value!.id).to.equal('\uFFFD');
  });

  it('never cuts a quoted value inside a surrogate pair', () => {
    const long = 'x'.repeat(56) + '💪 and more text after the emoji';
    const message = warnings({ title: 5, when: long, items: [] })[1];
    expect(/\p{Cs}/u.test(message)).to.equal(false);
    expect(message).not.to.contain('\\ud');
  });

  it('truncates long values in messages', () => {
    expect(warnings({ title: 5, when: 'x'.repeat(500), items: [] })[1].length).to.be.below(120);
  });
});
