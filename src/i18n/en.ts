/**
 * English — the reference catalog, built into every bundle: every other language implements
 * `Messages` with the same keys (test/i18n-catalogs.test.ts checks each file against this one).
 */

const plural = new Intl.PluralRules('en');
const one = (n: number) => plural.select(n) === 'one';
const en = {
  /** Intl options, not text: how this language names a time zone next to a time. */
  intl: {
    /** "10:00 AM MDT": the short US abbreviations English-reading members know. */
    timeZoneName: 'short' as Intl.DateTimeFormatOptions['timeZoneName'],
  },

  loading: 'Loading…',
  /** `what` is the widget's `name` below. */
  unavailable: (what: string) => `We can’t show ${what} right now.`,
  problems: 'Data problems (shown on localhost or with debug):',
  newTab: '(opens in a new tab)',
  moreProblems: (n: number) => `…and ${n} more`,
  updated: (date: string) => `Updated ${date}`,

  voteTally: {
    name: 'the vote results',
    title: 'Vote results',
    yesShare: (percent: string, over: boolean) => `${over ? 'over ' : ''}${percent} yes`,
    counts: (yes: string, no: string) => `${yes} yes · ${no} no`,
    noVotes: 'No votes counted yet',
    noResults: 'No results yet.',
    needed: (percent: string) => `${percent} needed`,
    meets: 'Meets the threshold',
    below: 'Below the threshold',
  },

  // <union-action-checklist> strings go here (action-checklist issue).
  actionChecklist: {
    name: 'the action checklist',
    title: 'Actions you can take',
    progress: (done: string, total: string) => `${done} of ${total} done`,
    none: 'Nothing to do right now. Check back soon.',
    allDone: 'All done. Thank you!',
    every: (weekday: string) => `Every ${weekday}`,
    closes: (inTime: string) => `Closes ${inTime}`,
    deadline: (date: string) => `Deadline: ${date}`,
    closed: 'Closed',
    act: 'Take action',
    copy: (text: string) => `Copy ${text}`,
    copyAll: 'Copy all',
    copied: (text: string) => `Copied ${text}`,
    copyFailed: 'Could not copy: select the text and copy it',
    post: (site: string) => `Post on ${site}`,
    shared: (n: string, goal: string) => `Shared with ${n} of ${goal}`,
    more: 'Count one more person',
    fewer: 'Count one fewer',
    reset: 'Reset the list',
    wasReset: 'The list was reset.',
    undo: 'Undo',
  },

  // <union-town-hall> strings go here (town-hall issue).
  townHall: {
    name: 'the town hall',
    choose: 'Choose a session',
    yourTime: (time: string) => `${time} your time`,
    now: 'Happening now',
    over: 'Over',
    eventOver: 'This town hall is over.',
    noSessions: 'No sessions announced yet.',
    registerBy: (when: string) => `Register by ${when}`,
    /** `inTime` comes from Intl.RelativeTimeFormat: "in 3 days". */
    closesIn: (inTime: string) => `Registration closes ${inTime}.`,
    closed: 'Registration is closed.',
    register: 'Register',
    addToCalendar: 'Add to calendar',
    pickToAdd: 'Choose a session to add it to your calendar.',
    ics: 'Calendar file (.ics)',
    scan: 'Scan to register',
    qrName: 'QR code with the registration link',
    qrTooLong: 'The registration link is too long for a QR code: use the Register button.',
  },

  // <union-petition-counter> strings go here (petition-counter issue).
  petitionCounter: {
    name: 'the petition',
    signatures: (n: number): string => (n === 1 ? 'signature' : 'signatures'),
    of: (count: string, target: string) => `${count} of ${target} signatures`,
    percent: (percent: string, goal: string) => `${percent} of the ${goal} goal`,
    reached: (goal: string) => `Goal of ${goal} reached!`,
    next: (milestone: string) => `Next milestone: ${milestone}`,
    sign: 'Sign the petition',
    share: 'Share',
    copy: 'Copy link',
    copied: 'Link copied',
    copyHere: 'Copy this link:',
    email: 'Email',
    sms: 'Text message',
    tally: (n: number, goal: number) =>
      `You’ve shared it with ${n} of ${goal} ${goal === 1 ? 'person' : 'people'}`,
    more: 'I shared with one more',
    less: 'Undo',
  },

  // <union-ta-list> strings go here (ta-list issue).
  taList: {
    name: 'the tentative agreements',
    title: 'Tentative agreements',
    status: { ta: 'TA reached', recommended: 'Recommended', open: 'Open' },
    /** "3 TAs reached", "1 recommended", "2 open" — `n` is the formatted count. */
    count: (status: 'ta' | 'recommended' | 'open', count: number, n: string) =>
      status === 'ta' ? `${n} TA${one(count) ? '' : 's'} reached` : `${n} ${status}`,
    fresh: (_count: number, n: string) => `${n} new`,
    new: 'New',
    none: 'No items yet.',
    empty: 'No tentative agreements yet.',
    filters: 'Filter the agreements',
    subgroup: 'Subgroup',
    allSubgroups: 'All subgroups',
    statusLabel: 'Status',
    allStatuses: 'All statuses',
    search: 'Search',
    /** The result count, announced politely after the filters change. */
    shown: (count: number, total: number, n: string, all: string) =>
      `${count === total ? all : `${n} of ${all}`} item${one(total) ? '' : 's'} shown`,
    noMatch: 'No items match these filters.',
    clear: 'Clear filters',
    /** Under a long subgroup: `n` more items to show, `shown` of `all` shown so far. */
    more: (_count: number, n: string, shown: string, all: string) =>
      `Show ${n} more (${shown} of ${all} shown)`,
  },
};

export type Messages = typeof en;
export default en;
