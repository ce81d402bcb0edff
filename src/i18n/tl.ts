import type { Messages } from './en.js';

/**
 * Tagalog / Filipino — a lazy chunk, loaded when a widget on the page asks for tl or fil (CLDR
 * writes both as fil, which is also the tag Intl formats with).
 *
 * How these strings were written and checked: drafted by a language model (the project's i18n
 * helper) for union members, in everyday Filipino with the loanwords members use themselves
 * (link, I-email, I-text, filter) rather than coined terms; every campaign term checked against
 * docs/glossary.md (pansamantalang kasunduan, pangkat, pulong, petisyon…); numbers, dates and
 * relative times come from Intl in `fil` and are checked by test/i18n-languages.test.ts. No
 * native-speaking member has reviewed them yet: ask one before a release, and record the review
 * here.
 *
 * Plurals: Filipino nouns do not change with the count ("1 pirma", "21 pirma"). What
 * Intl.PluralRules('fil') tells apart is the linker after a spelled-out number ("limang tao" but
 * "apat na tao"); with digits, these strings put no linker after the number, so every count reads
 * the same way.
 */

/** The TA list's statuses: the badges. */
const status = {
  ta: 'May pansamantalang kasunduan',
  recommended: 'Inirerekomenda',
  open: 'Bukas pa',
};
/** …and the count's label after the number ("3 pansamantalang kasunduan"). */
const counted = {
  ta: 'pansamantalang kasunduan',
  recommended: 'inirerekomenda',
  open: 'bukas pa',
};

const tl: Messages = {
  intl: {
    // "10:00 AM Oras sa Denver": the zone by its city; `short` gives "GMT-6", and the long names
    // ("Oras sa Bundok sa Hilagang Amerika") are longer than a session row can hold.
    timeZoneName: 'shortGeneric',
  },

  loading: 'Naglo-load…',
  unavailable: (what: string) => `Hindi namin maipakita ang ${what} sa ngayon.`,
  newTab: '(magbubukas sa bagong tab)',
  moreProblems: (n: number) => `…at ${n} pa`,
  problems: 'Mga problema sa data (makikita sa localhost o kapag naka-debug):',
  updated: (date) => `Na-update noong ${date}`,

  voteTally: {
    name: 'resulta ng botohan',
    title: 'Resulta ng botohan',
    yesShare: (percent, over) => (over ? `Mahigit ${percent} ang pabor` : `${percent} ang pabor`),
    counts: (yes, no) => `${yes} pabor · ${no} tutol`,
    noVotes: 'Wala pang nabilang na boto',
    noResults: 'Wala pang resulta.',
    needed: (percent) => `Kailangan ng ${percent} na pabor`,
    meets: 'Naabot ang kailangang porsiyento',
    below: 'Kulang pa sa kailangang porsiyento',
  },

  actionChecklist: {
    name: 'listahan ng mga aksiyon',
    title: 'Mga aksiyong magagawa mo',
    progress: (done, total) => `${done} sa ${total} ang tapos na`,
    none: 'Wala pang dapat gawin ngayon. Bumalik ka ulit mamaya.',
    allDone: 'Tapos na lahat. Salamat!',
    every: (weekday) => `Tuwing ${weekday}`,
    closes: (inTime) => `Magsasara ${inTime}`,
    deadline: (date) => `Huling araw: ${date}`,
    closed: 'Sarado na',
    act: 'Kumilos na',
    copy: (text) => `Kopyahin ang ${text}`,
    copyAll: 'Kopyahin lahat',
    copied: (text) => `Nakopya ang ${text}`,
    copyFailed: 'Hindi makopya: piliin ang teksto at kopyahin ito',
    post: (site) => `I-post sa ${site}`,
    shared: (n, goal) => `Naibahagi sa ${n} sa ${goal} tao`,
    more: 'Magdagdag ng isang tao',
    fewer: 'Magbawas ng isang tao',
    reset: 'I-reset ang listahan',
    wasReset: 'Na-reset ang listahan.',
    undo: 'Ibalik',
  },

  townHall: {
    name: 'pulong',
    choose: 'Pumili ng sesyon',
    yourTime: (time) => `${time} sa oras mo`,
    now: 'Nagaganap ngayon',
    over: 'Tapos na',
    eventOver: 'Tapos na ang pulong na ito.',
    noSessions: 'Wala pang inanunsiyong sesyon.',
    registerBy: (when) => `Magparehistro bago ang ${when}`,
    closesIn: (inTime) => `Magsasara ang rehistrasyon ${inTime}.`,
    closed: 'Sarado na ang rehistrasyon.',
    register: 'Magparehistro',
    addToCalendar: 'Idagdag sa kalendaryo',
    pickToAdd: 'Pumili ng sesyon para idagdag ito sa kalendaryo mo.',
    ics: 'File ng kalendaryo (.ics)',
    scan: 'I-scan para magparehistro',
    qrName: 'QR code na may link para magparehistro',
    qrTooLong: 'Masyadong mahaba ang link para sa QR code: gamitin ang button na Magparehistro.',
  },

  petitionCounter: {
    name: 'petisyon',
    signatures: () => 'pirma',
    of: (count, target) => `${count} sa ${target} pirma`,
    percent: (percent, goal) => `${percent} ng layuning ${goal} pirma`,
    reached: (goal) => `Naabot ang layuning ${goal} pirma!`,
    next: (milestone) => `Susunod na layunin: ${milestone} pirma`,
    sign: 'Pumirma sa petisyon',
    share: 'Ibahagi',
    copy: 'Kopyahin ang link',
    copied: 'Nakopya ang link',
    copyHere: 'Kopyahin ang link na ito:',
    email: 'I-email',
    sms: 'I-text',
    tally: (n, goal) => `Naibahagi mo na sa ${n} sa ${goal} tao`,
    more: 'Nagbahagi ako sa isa pa',
    less: 'Ibalik',
  },

  taList: {
    name: 'mga pansamantalang kasunduan',
    title: 'Mga pansamantalang kasunduan',
    status,
    count: (s, _count, n) => `${n} ${counted[s]}`,
    fresh: (_count, n) => `${n} bago`,
    new: 'Bago',
    none: 'Wala pang nakalista.',
    empty: 'Wala pang pansamantalang kasunduan.',
    filters: 'Salain ang mga kasunduan',
    subgroup: 'Pangkat',
    allSubgroups: 'Lahat ng pangkat',
    statusLabel: 'Katayuan',
    allStatuses: 'Lahat ng katayuan',
    search: 'Maghanap',
    shown: (count, total, n, all) =>
      count === total ? `Ipinapakita ang lahat ng ${all}` : `Ipinapakita ang ${n} sa ${all}`,
    noMatch: 'Walang tumutugma sa mga pinili mo.',
    clear: 'Alisin ang mga filter',
    more: (_count, n, shown, all) => `Ipakita ang ${n} pa (${shown} sa ${all} ang nakikita)`,
  },
};

export default tl;
