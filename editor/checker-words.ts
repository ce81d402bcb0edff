/**
 * The checker's findings in the editor's language. `check()` (src/internal/schema.ts) and the
 * widgets' cross-field rules (src/*\/model.ts) speak English, and must keep doing so: the CLI and
 * the widget bundles print those very words. The editor reads each message back into its parts —
 * the value as the data wrote it, what it should be, the limit — and has the catalog say them.
 * test/editor-messages.test.ts walks every schema and scans those sources for message forms, and
 * fails when one is not read here. A message not read here is shown in English, marked so.
 */

/** What a value should be, as the checker names it (`a signature count`). */
export type What =
  | 'text'
  | 'non-empty text'
  | 'a link (http, https, mailto, tel or sms)'
  | 'a date'
  | 'a date-time'
  | 'a time zone (an IANA name such as America/Denver)'
  | 'a number'
  | 'true or false'
  | 'a list'
  | 'an object'
  | 'a count'
  | 'a percentage from 0 to 100'
  | 'a signature count'
  | 'a goal above 0'
  | 'a whole number from 1 to 999'
  | 'a whole number of minutes (1 to 10080)';

/** The words for each of the checker's message forms; `value` is quoted as the data wrote it. */
export interface CheckerWords {
  required: string;
  /** "a list" and "an object": how a message quotes a value that is not text or a number. */
  aList: string;
  anObject: string;
  what: Record<What, string>;
  not: (value: string, what: string) => string;
  oneOf: (choices: string) => string;
  listOfAtLeast: (n: number) => string;
  /** "; use America/Los_Angeles", after a zone abbreviation. */
  useZone: (zone: string) => string;
  notWellFormed: (value: string) => string;
  shownAs: (value: string, choices: string, shown: string) => string;
  tooMany: (n: number, max: number) => string;
  /** An optional field's problem, worked around by leaving it (or the field `at`) out. */
  leftOut: (message: string, at?: string) => string;
  /** "path: message", for a rule's message the editor could not place at its field. */
  at: (path: string, message: string) => string;
  weeklyNeedsWeekday: string;
  repeats: (value: string, path: string) => string;
  itemsInAll: (n: number, max: number) => string;
  idTaken: (value: string, path: string) => string;
  notAfterStart: (value: string) => string;
  afterLastSession: (value: string) => string;
  needsVotes: string;
}

/** A value as `show()` quotes it: JSON text, or a number, boolean, null, "a list", "an object". */
const VALUE = String.raw`("(?:[^"\\]|\\.)*"|a list|an object|-?[\w.+-]+)`;
/** A checker path: `actions[1].id`. */
const PATH = String.raw`([A-Za-z_$][\w$]*(?:\[\d+\]|\.[A-Za-z_$][\w$]*)*)`;

type Say = (w: CheckerWords, m: RegExpExecArray) => string | undefined;

const value = (w: CheckerWords, v: string): string =>
  v === 'a list' ? w.aList : v === 'an object' ? w.anObject : v;

/** "a time zone (…); use America/Los_Angeles", "one of a, b", "a list of at least 2", "a count". */
function sayWhat(w: CheckerWords, what: string): string | undefined {
  const hint = /^(.*); use (\S+)$/.exec(what);
  if (hint) {
    const base = sayWhat(w, hint[1]);
    return base === undefined ? undefined : base + w.useZone(hint[2]);
  }
  if (what.startsWith('one of ')) return w.oneOf(what.slice(7));
  const least = /^a list of at least (\d+)$/.exec(what);
  if (least) return w.listOfAtLeast(Number(least[1]));
  return Object.hasOwn(w.what, what) ? w.what[what as What] : undefined;
}

/** Each form the checker writes, most particular first; `say` reads it back in `w`'s words. */
const FORMS: [RegExp, Say][] = [
  [/^is required$/, (w) => w.required],
  [
    new RegExp(
      String.raw`^${VALUE} is not well-formed Unicode \(half an emoji\?\); repaired with \uFFFD$`,
      's',
    ),
    (w, m) => w.notWellFormed(value(w, m[1])),
  ],
  [
    new RegExp(String.raw`^${VALUE} is not one of (.+); shown as (\S+)$`, 's'),
    (w, m) => w.shownAs(value(w, m[1]), m[2], m[3]),
  ],
  [/^has (\d+) items; at most (\d+)$/, (w, m) => w.tooMany(Number(m[1]), Number(m[2]))],
  [/^(\d+) items in all; at most (\d+)$/, (w, m) => w.itemsInAll(Number(m[1]), Number(m[2]))],
  [/^"weekly" needs a weekday; shown as a one-time action$/, (w) => w.weeklyNeedsWeekday],
  [/^needs both yes and no counts, or yesPercent$/, (w) => w.needsVotes],
  [
    new RegExp(String.raw`^${VALUE} repeats ${PATH}$`, 's'),
    (w, m) => w.repeats(value(w, m[1]), m[2]),
  ],
  [
    new RegExp(String.raw`^${VALUE} is already ${PATH}; ids must be unique; left out$`, 's'),
    (w, m) => w.idTaken(value(w, m[1]), m[2]),
  ],
  [
    new RegExp(String.raw`^${VALUE} is not after its start; left out$`, 's'),
    (w, m) => w.notAfterStart(value(w, m[1])),
  ],
  [
    new RegExp(
      String.raw`^${VALUE} is after the last session ends; registration closes then$`,
      's',
    ),
    (w, m) => w.afterLastSession(value(w, m[1])),
  ],
  [
    new RegExp(String.raw`^(.+); (?:${PATH} )?left out$`, 's'),
    (w, m) => {
      const inner = sayChecker(w, m[1]);
      return inner === undefined ? undefined : w.leftOut(inner, m[2]);
    },
  ],
  [
    new RegExp(String.raw`^${VALUE} is not (.+)$`, 's'),
    (w, m) => {
      const what = sayWhat(w, m[2]);
      return what === undefined ? undefined : w.not(value(w, m[1]), what);
    },
  ],
  [
    new RegExp(String.raw`^${PATH}: (.+)$`, 's'),
    (w, m) => {
      const inner = sayChecker(w, m[2]);
      return inner === undefined ? undefined : w.at(m[1], inner);
    },
  ],
];

/** `message` (one of the checker's, without its path) in `w`'s words; undefined if not read here. */
export function sayChecker(w: CheckerWords, message: string): string | undefined {
  for (const [form, say] of FORMS) {
    const m = form.exec(message);
    if (m) {
      const said = say(w, m);
      if (said !== undefined) return said;
    }
  }
  return undefined;
}
