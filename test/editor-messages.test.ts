// Every message the checker and the widgets' rules can write, read back by the editor
// (editor/checker-words.ts) and said in each of its languages. The messages are found two ways, so
// that a new one cannot stay English unnoticed: by walking every widget's schema (plain data) and
// giving each field every kind of wrong value, and by scanning the code that writes messages — the
// checker's walk, each cross-field rule, each format's hint — for its literals, each of which must
// turn up in a message driven here.
import { expect } from '@open-wc/testing';
import { sayChecker } from '../editor/checker-words.js';
import { catalogs } from '../editor/i18n.js';
import type { Schema } from '../src/internal/schema.js';
import { check, schemas } from '../src/schemas.js';

/** Values that each fail `s` a different way (for an object: each field wrong, one at a time). */
function wrongValues(s: Schema): unknown[] {
  switch (s.t) {
    case 'str':
      return [42, ' ', 'nope', 'PST', 'EDT', '\uD800x', '\uD83D'];
    case 'num':
      return ['x', -1, 0.5, 1e9];
    case 'bool':
      return ['x'];
    case 'enum':
      return ['zzz'];
    case 'arr':
      return [
        'x',
        {},
        [],
        Array.from({ length: (s.max ?? 1) + 1 }, () => ({})),
        ...wrongValues(s.of).map((v) => [v]),
      ];
    case 'obj':
      return [
        'x',
        [],
        {},
        ...Object.entries(s.p).flatMap(([key, child]) =>
          wrongValues(child).map((v) => ({ [key]: v })),
        ),
      ];
  }
}

/** Every schema node and the functions inside it: cross-field rules, format hints. */
function codeIn(s: Schema): string[] {
  switch (s.t) {
    case 'str':
      return s.f?.[3] ? [s.f[3].toString()] : [];
    case 'arr':
      return codeIn(s.of);
    case 'obj':
      return [
        ...(s.rule ? [s.rule.toString()] : []),
        ...Object.values(s.p).flatMap((child) => codeIn(child)),
      ];
    default:
      return [];
  }
}

/** What the checker says where no widget's schema says otherwise (yet). */
const CHECKER_DEFAULTS: Schema[] = [{ t: 'num' }, { t: 'arr', of: { t: 'str' }, min: 2 }];

/** Data that breaks each cross-field rule (the schema walk cannot find these). */
const items = (n: number) => Array.from({ length: n }, () => ({ title: 't' }));
const RULE_BREAKERS: [string, unknown][] = [
  [
    'action-checklist',
    {
      id: 'c',
      actions: [
        { id: 'a', title: 'A', repeat: 'weekly' },
        { id: 'a', title: 'B' },
      ],
    },
  ],
  [
    'ta-list',
    {
      subgroups: [
        { id: 's', name: 'A', items: items(1) },
        { id: 's', name: 'B', items: items(1) },
      ],
    },
  ],
  [
    'ta-list',
    {
      subgroups: [
        { name: 'A', items: items(6000) },
        { name: 'B', items: items(6000) },
      ],
    },
  ],
  [
    'town-hall',
    {
      title: 'T',
      timeZone: 'America/Denver',
      sessions: [{ start: '2026-01-02T10:00', end: '2026-01-02T09:00' }],
      deadline: '2026-02-01T00:00',
    },
  ],
  ['vote-tally', { results: [{ union: 'U' }] }],
];

function allMessages(): Set<string> {
  const messages = new Set<string>();
  const add = (schema: Schema, value: unknown) => {
    const { errors, warnings } = check(schema, value);
    for (const i of [...errors, ...warnings]) messages.add(i.message);
  };
  // Each field checked in place under a named parent, so its paths read as real ones do
  // (`field[0].hashtags`, never `[0].hashtags`).
  const visit = (s: Schema) => {
    for (const v of wrongValues(s))
      add({ t: 'obj', req: ['field'], p: { field: s } }, { field: v });
    if (s.t === 'arr') visit(s.of);
    if (s.t === 'obj') Object.values(s.p).forEach(visit);
  };
  Object.values(schemas).forEach(visit);
  CHECKER_DEFAULTS.forEach(visit);
  for (const [name, data] of RULE_BREAKERS) add(schemas[name], data);
  return messages;
}

/** A rule's message as the editor gets it once placed at its field (`actions[1].id: …` → `…`). */
const placed = (m: string) => m.replace(/^[A-Za-z_$][\w$]*(?:\[\d+\]|\.[A-Za-z_$][\w$]*)*: /, '');

/** The string and template literals of `code` that read as words (not keys, paths or spaces). */
function wordLiterals(code: string): string[] {
  const bare = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const literal =
    /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\$]|\\.|\$\{(?:[^{}]|\{[^{}]*\})*\}|\$)*`/g;
  return [...bare.matchAll(literal)]
    .map((m) => m[0])
    .filter((l) => / /.test(l) && /[a-z]{2}/i.test(l));
}

/** A literal as a pattern its messages match: its fixed words in order, anything for each `${…}`. */
function literalPattern(literal: string): RegExp {
  const words = literal
    .slice(1, -1)
    .split(/\$\{(?:[^{}]|\{[^{}]*\})*\}/)
    .map((w) => w.replace(/\\u([0-9a-f]{4})/gi, (_, h) => String.fromCharCode(parseInt(h, 16))))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(words.join('[\\s\\S]*'));
}

describe('the editor says every checker message in its own language', function () {
  this.timeout(30_000);
  const messages = [...allMessages()];

  it('drives every message form there is (the walk finds what, format, enum, cap, left-out and rule messages)', () => {
    const forms = [
      /is required$/,
      /^42 is not text/,
      /is not non-empty text/,
      /is not a link/,
      /is not a date$/,
      /is not a date-time/,
      /"PST" is not a time zone .*; use America\/Los_Angeles/,
      /is not well-formed Unicode/,
      /is not true or false/,
      /is not one of weekly$/,
      /is not one of ta, recommended, open; shown as open/,
      /^"x" is not a list$/,
      /^"x" is not an object$/,
      /^a list is not an object$/,
      /^an object is not a list$/,
      /has 101 items; at most 100/,
      /is not a whole number of minutes/,
      /; field\[0\]\.hashtags left out$/,
      /needs a weekday/,
      /repeats actions\[0\]\.id/,
      /is already subgroups\[0\]\.id/,
      /items in all; at most 10000/,
      /is not after its start; left out/,
      /is after the last session ends/,
      /needs both yes and no counts/,
    ];
    for (const form of forms)
      expect(
        messages.some((m) => form.test(m)),
        `${form}`,
      ).to.equal(true);
  });

  it('finds each message literal of the checker, the rules and the hints among the messages driven', async () => {
    const source = await (await fetch('/src/internal/schema.ts')).text();
    const walk = source.slice(source.indexOf('function walk('), source.indexOf('function check('));
    expect(walk.length).to.be.greaterThan(500);
    const code = [walk, ...Object.values(schemas).flatMap(codeIn)];
    const literals = code.flatMap(wordLiterals);
    expect(literals.length).to.be.greaterThan(20);
    for (const literal of literals) {
      const pattern = literalPattern(literal);
      expect(
        messages.some((m) => pattern.test(m)),
        `no message driven here is written by ${literal}: break the data so the checker writes it, above`,
      ).to.equal(true);
    }
  });

  for (const [tag, words] of Object.entries(catalogs))
    it(`${tag}: every message, and every rule's message placed at its field, is said in the editor's words`, () => {
      for (const message of messages.flatMap((m) => [m, placed(m)])) {
        const said = sayChecker(words.checker, message);
        expect(said, `no ${tag} words for: ${message}`).to.be.a('string');
        if (tag === 'en') expect(said).to.equal(message);
        else expect(said, message).not.to.equal(message);
      }
    });

  it('leaves a message it cannot read unsaid (shown in English), and quotes values as written', () => {
    const es = catalogs.es.checker;
    expect(sayChecker(es, 'is something new')).to.equal(undefined);
    expect(sayChecker(es, '"8,412" is not a shade of blue')).to.equal(undefined);
    expect(sayChecker(es, '"8,412" is not a signature count')).to.equal(
      '"8,412" no es un número entero de firmas (0 o más)',
    );
    expect(sayChecker(es, '"a \\" is not b" is not a date')).to.equal(
      '"a \\" is not b" no es una fecha',
    );
  });
});
