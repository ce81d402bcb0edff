/** The campaign editor's English — the reference catalog: Spanish implements `EditorMessages`. */
import type { LocalOnlyAddress } from '../../demo/snippets.js';
import type { CheckerWords } from '../checker-words.js';

/** A field's words: what the form calls it, a line of help, and for lists what one item is. */
export interface FieldWords {
  label: string;
  help?: string;
  /** One item of a list, for buttons and headings ("session" → "Add a session", "Session 2"). */
  item?: string;
  /** "Add a session". */
  add?: string;
  /** The empty choice of an optional select ("Exact figure"). */
  none?: string;
}

/** One address a snippet cannot use: `why` is an `onlyHere` phrase, `section` the widget's name. */
type LocalOnlyWords = (address: string, why: string, section: string) => string;

const plural = new Intl.PluralRules('en');
const s = (n: number) => (plural.select(n) === 'one' ? '' : 's');

const en = {
  languageName: 'English',
  title: 'Campaign editor',
  intro:
    'Write this week’s news into your widgets: vote results, actions, the next town hall, the petition, tentative agreements. Everything you type is checked the way the widgets check it.',
  editorLanguage: 'Editor language',

  open: {
    heading: 'Open a campaign',
    fromFile: 'Open a campaign file from your computer',
    fromUrl: 'Or open one from a web address',
    urlButton: 'Open',
    cancel: 'Back to my campaign',
    empty: 'Start an empty campaign',
    sample: 'Start from the sample campaign',
    loading: (where: string) => `Opening ${where}…`,
    opened: (where: string) => `Opened ${where}.`,
    started: 'Started an empty campaign.',
    notCampaign: (where: string) =>
      `${where} is not a campaign file: it holds no widget data (a campaign file is a JSON object).`,
    tooBig: (where: string) => `${where} is over 5 MB: that is not a campaign file.`,
    unreadable: (where: string) => `${where} could not be read.`,
    fetchFailed: (where: string) =>
      `Could not open ${where}: the site did not answer, or does not let other sites read the file (it must be served with CORS).`,
    httpFailed: (where: string, status: number) =>
      `Could not open ${where}: the site answered with error ${status}.`,
    notWebAddress: (text: string) => `"${text}" is not a web address (http or https).`,
    kept: (keys: string) => `Also in this file, kept exactly as it is: ${keys}.`,
    replace: 'Replace the campaign you are editing? Changes you have not downloaded will be lost.',
  },

  draft: {
    found: (when: string, unsaved: boolean) =>
      unsaved
        ? `You have work from ${when} that was not downloaded.`
        : `You were editing a campaign on ${when} (it was downloaded).`,
    resume: 'Continue where I left off',
    discard: 'Start again',
    kept: 'Your work is kept on this device as you type.',
    notKept:
      'This browser does not let the editor keep your work: download campaign.json before you leave.',
  },

  toolbar: {
    label: 'Campaign',
    open: 'Open another',
    undo: 'Undo',
    redo: 'Redo',
    download: 'Download campaign.json',
    unsaved: 'Changes not downloaded yet',
    saved: 'All changes downloaded',
    undone: 'Undone.',
    redone: 'Redone.',
  },

  sections: {
    voteTally: 'Vote results',
    actionChecklist: 'Actions',
    townHall: 'Town hall',
    petition: 'Petition',
    taList: 'Tentative agreements',
  } as Record<string, string>,
  sectionsLabel: 'Widgets',
  sectionAdd: {
    voteTally: 'Add vote results',
    actionChecklist: 'Add a list of actions',
    townHall: 'Add a town hall',
    petition: 'Add a petition',
    taList: 'Add tentative agreements',
  } as Record<string, string>,
  sectionEmpty: (name: string) => `This campaign has no “${name}” yet.`,
  sectionRemove: (name: string) => `Remove “${name}” from the campaign`,
  sectionRemoved: (name: string) => `Removed “${name}”. Undo brings it back.`,
  toFix: (n: number) => `${n} to fix`,

  form: {
    required: 'required',
    notSet: 'Not set',
    moreOptions: 'More options',
    kept: (keys: string) => `Also here, kept exactly as it is: ${keys}.`,
    item: (what: string, n: number) => `${what.charAt(0).toUpperCase()}${what.slice(1)} ${n}`,
    addItem: (what: string) => `Add ${what}`,
    moveUp: (what: string) => `Move ${what} up`,
    moveDown: (what: string) => `Move ${what} down`,
    remove: (what: string) => `Remove ${what}`,
    removed: (what: string) => `Removed ${what}. Undo brings it back.`,
    moved: (what: string, n: number) => `Moved ${what} to place ${n}.`,
    added: (what: string) => `Added ${what}.`,
    count: (n: number) => `(${n})`,
    chipAdd: 'Add',
    chipNew: (label: string) => `New ${label.toLowerCase()}`,
    chipRemove: (text: string) => `Remove ${text}`,
    chipHelp: 'Type one and press Enter.',
    zoneNow: (offset: string) => `Now ${offset}.`,
    zoneSearch: 'Type a city or region, then pick from the list.',
    withTime: 'At a time of day',
    unknownOption: (value: string) => `${value} (not known to the widget)`,
  },

  problems: {
    required: 'is required',
    write: (fix: string) => `write ${fix}`,
    warning: 'The widget works around this: ',
    summary: (n: number) => `${n} problem${s(n)} to fix before you can download or copy a snippet:`,
    goTo: 'Go to the field',
    blocked: 'Fix the problems marked in red first.',
    inSection: (section: string, field: string) => `${section} — ${field}`,
    section: 'This part as a whole',
  },

  /** The checker's own words, read back (editor/checker-words.ts): they must say the same. */
  checker: {
    required: 'is required',
    aList: 'a list',
    anObject: 'an object',
    what: {
      text: 'text',
      'non-empty text': 'non-empty text',
      'a link (http, https, mailto, tel or sms)': 'a link (http, https, mailto, tel or sms)',
      'a date': 'a date',
      'a date-time': 'a date-time',
      'a time zone (an IANA name such as America/Denver)':
        'a time zone (an IANA name such as America/Denver)',
      'a number': 'a number',
      'true or false': 'true or false',
      'a list': 'a list',
      'an object': 'an object',
      'a count': 'a count',
      'a percentage from 0 to 100': 'a percentage from 0 to 100',
      'a signature count': 'a signature count',
      'a goal above 0': 'a goal above 0',
      'a whole number from 1 to 999': 'a whole number from 1 to 999',
      'a whole number of minutes (1 to 10080)': 'a whole number of minutes (1 to 10080)',
    },
    not: (value: string, what: string) => `${value} is not ${what}`,
    oneOf: (choices: string) => `one of ${choices}`,
    listOfAtLeast: (n: number) => `a list of at least ${n}`,
    useZone: (zone: string) => `; use ${zone}`,
    notWellFormed: (value: string) =>
      `${value} is not well-formed Unicode (half an emoji?); repaired with \uFFFD`,
    shownAs: (value: string, choices: string, shown: string) =>
      `${value} is not one of ${choices}; shown as ${shown}`,
    tooMany: (n: number, max: number) => `has ${n} items; at most ${max}`,
    leftOut: (message: string, at?: string) => `${message}; ${at ? at + ' ' : ''}left out`,
    at: (path: string, message: string) => `${path}: ${message}`,
    weeklyNeedsWeekday: '"weekly" needs a weekday; shown as a one-time action',
    repeats: (value: string, path: string) => `${value} repeats ${path}`,
    itemsInAll: (n: number, max: number) => `${n} items in all; at most ${max}`,
    idTaken: (value: string, path: string) =>
      `${value} is already ${path}; ids must be unique; left out`,
    notAfterStart: (value: string) => `${value} is not after its start; left out`,
    afterLastSession: (value: string) =>
      `${value} is after the last session ends; registration closes then`,
    needsVotes: 'needs both yes and no counts, or yesPercent',
  } as CheckerWords,

  preview: {
    heading: 'Preview',
    language: 'Language',
    zone: 'Reader’s time zone',
    zoneDevice: 'This device’s',
    theme: 'Colours',
    light: 'Light',
    dark: 'Dark',
    asOf: 'Show as of',
    asOfNow: 'Now',
    asOfChosen: 'A date and time I choose…',
    chosen: 'Date and time (reader’s time zone)',
    beforeDeadline: 'Before registration closes',
    during: (what: string) => `During ${what}`,
    after: 'After the last session',
    beforeDue: (what: string) => `Before “${what}” closes`,
    stale: 'The preview shows your last version without mistakes.',
    notes: 'The widget also says:',
    none: 'Add this widget to the campaign to see it here.',
  },

  save: {
    heading: 'Put it on your website',
    step1: 'Download campaign.json and keep it: it is your campaign.',
    step2:
      'Put campaign.json on your website, next to your pages (ask whoever runs the site to upload it). Each week, edit it here and upload it again: the widgets show the new version.',
    where: 'The address where campaign.json will be',
    whereHelp: 'For example https://yourlocal.org/campaign.json',
    cors: 'If the file is on a different site than the pages that show the widgets, that site must let other sites read it (it must be served with CORS: Access-Control-Allow-Origin: *).',
    source: 'Your local’s short name, added to action links (optional)',
    sourceHelp: 'For example UFCW7: petition and registration sites then credit your local.',
    mode: 'How the widget gets the campaign',
    modeFile:
      'From campaign.json on your website (recommended: update the file, every page follows)',
    modeInline: 'Inside the snippet (no file to host; paste again after each change)',
    step3: 'Paste a snippet into your page where each widget should appear.',
    oncePerPage: 'The first line (the script) is needed once per page, however many widgets.',
    snippet: (name: string) => `Snippet for “${name}”`,
    copy: (name: string) => `Copy the snippet for “${name}”`,
    copied: 'Copied. Paste it into your page’s HTML.',
    copyFailed: 'Selected: press Ctrl+C (⌘C on a Mac) to copy.',
    needAddress: 'Enter the address where campaign.json will be, to complete the snippets.',
    badAddress: (text: string) => `"${text}" is not a web address (http or https).`,
    noHashes:
      'The library’s integrity hashes (sri.json) were not found: the snippets work, unpinned.',
    prerender:
      'A snippet with the widget already drawn (for pages that show it before the script runs) comes from the command line: union-widgets render.',
    downloaded: 'Downloaded campaign.json.',
    empty: 'Add a widget first: the campaign is empty.',
    localOnly: 'No snippet yet: it would work only for you, not for your members.',
    /** Why an address in a snippet works only here (demo/snippets.js reachOf()). */
    onlyHere: {
      file: 'is a file on your computer',
      computer: 'points at your own computer',
      network: 'is only reachable on your local network',
    },
    /** Each address that works only here (`why`: onlyHere), and what to do instead. */
    localOnlyWhy: {
      script: (address, why) =>
        `The library's address ${address} ${why}: members would see only the fallback. Open this editor from the public CDN, or from a copy built with its public https:// address (UNION_CDN).`,
      pages: (address, why) =>
        `The iframe page address ${address} ${why}: use the https:// address of a public copy.`,
      feed: (address, why) =>
        `The address of campaign.json ${address} ${why}: put campaign.json on your website (or any public host) and give its https:// address.`,
      fallback: (address, why, section) =>
        `The link ${address} in “${section}” ${why}: link to a page members can open.`,
    } as Record<LocalOnlyAddress['what'], LocalOnlyWords>,
  },

  /** Field words by `section.path` (list indexes left out), then by key alone (`*.title`). */
  fields: {
    '*.title': { label: 'Heading' },
    '*.updated': { label: 'Updated on' },
    '*.description': { label: 'Description' },
    '*.summary': { label: 'Summary' },
    '*.url': { label: 'Link' },
    '*.id': { label: 'Key' },
    '*.hashtags': { label: 'Hashtags', item: 'hashtag' },
    'voteTally.title': { label: 'Heading', help: 'Leave empty for “Vote results”.' },
    'voteTally.summary': { label: 'Summary' },
    'voteTally.updated': { label: 'Results as of' },
    'voteTally.threshold': {
      label: 'Yes votes needed (%)',
      help: 'For example 66.7 for two thirds. Leave empty if there is no threshold.',
    },
    'voteTally.results': { label: 'Results', item: 'result', add: 'Add a union’s result' },
    'voteTally.results.union': { label: 'Union or local' },
    'voteTally.results.yes': { label: 'Yes votes' },
    'voteTally.results.no': { label: 'No votes' },
    'voteTally.results.yesPercent': {
      label: 'Published yes share (%)',
      help: 'When you only have the published figure (“93% YES”): 93. Counts win when both are given.',
    },
    'voteTally.results.qualifier': {
      label: 'The published share is',
      none: 'Exactly that figure',
    },
    'voteTally.results.url': { label: 'Link to the announcement' },
    'actionChecklist.id': {
      label: 'Checklist key',
      help: 'Members’ ticks are saved under this key: keep it while the campaign runs, change it for a new campaign.',
    },
    'actionChecklist.title': { label: 'Heading', help: 'Leave empty for “Actions you can take”.' },
    'actionChecklist.actions': { label: 'Actions', item: 'action', add: 'Add an action' },
    'actionChecklist.actions.id': {
      label: 'Action key',
      help: 'Members’ ticks follow this key: leave it as it is when you edit the action.',
    },
    'actionChecklist.actions.title': { label: 'What to do' },
    'actionChecklist.actions.description': { label: 'Details' },
    'actionChecklist.actions.url': { label: 'Link' },
    'actionChecklist.actions.cta': {
      label: 'Link text',
      help: 'For example “Sign the petition”.',
    },
    'actionChecklist.actions.repeat': { label: 'Repeats', none: 'Does not repeat' },
    'actionChecklist.actions.weekday': {
      label: 'Comes round again on',
      help: 'For a weekly action: members’ ticks clear at the start of this day.',
    },
    'actionChecklist.actions.due': { label: 'Closes' },
    'actionChecklist.actions.timeZone': {
      label: 'Time zone of the closing time',
      help: 'Leave empty to use each member’s own.',
    },
    'actionChecklist.actions.hashtags': { label: 'Hashtags', item: 'hashtag' },
    'actionChecklist.actions.mentions': { label: 'Accounts to tag', item: 'account' },
    'actionChecklist.actions.shareGoal': {
      label: 'Ask members to share with this many people',
      help: 'For example 5 for “get at least five others to sign”.',
    },
    'townHall.title': { label: 'Name of the town hall' },
    'townHall.description': { label: 'Description' },
    'townHall.timeZone': {
      label: 'Time zone of the event',
      help: 'Where the times below are meant, for example America/Los_Angeles for Pacific time. Members see them in their own time too.',
    },
    'townHall.sessions': { label: 'Sessions', item: 'session', add: 'Add a session' },
    'townHall.sessions.id': { label: 'Session key' },
    'townHall.sessions.label': { label: 'Name', help: 'For example “Session 1”. Optional.' },
    'townHall.sessions.start': { label: 'Starts' },
    'townHall.sessions.end': { label: 'Ends', help: 'Leave empty to use the length below.' },
    'townHall.sessions.registrationUrl': {
      label: 'Registration link for this session only',
    },
    'townHall.durationMinutes': {
      label: 'Length of a session (minutes)',
      help: 'For sessions with no end time; 60 when empty.',
    },
    'townHall.registrationUrl': { label: 'Registration link' },
    'townHall.deadline': {
      label: 'Registration closes',
      help: 'In the event’s time zone. Leave empty to close when the last session ends.',
    },
    'townHall.qr': { label: 'Show a QR code to register' },
    'petition.title': { label: 'Petition title' },
    'petition.url': { label: 'Link to the petition' },
    'petition.count': { label: 'Signatures so far' },
    'petition.goal': { label: 'Goal', help: 'Leave empty to aim at the next round number.' },
    'petition.shareText': { label: 'Text people share' },
    'petition.hashtags': { label: 'Hashtags', item: 'hashtag' },
    'petition.updated': { label: 'Signatures counted on' },
    'taList.title': { label: 'Heading', help: 'Leave empty for “Tentative agreements”.' },
    'taList.updated': { label: 'Updated on' },
    'taList.subgroups': { label: 'Subgroups', item: 'subgroup', add: 'Add a subgroup' },
    'taList.subgroups.id': {
      label: 'Link name',
      help: 'The end of a link straight to this subgroup (#staffing). Made from the name when empty.',
    },
    'taList.subgroups.name': { label: 'Name of the subgroup' },
    'taList.subgroups.summary': { label: 'Summary' },
    'taList.subgroups.items': { label: 'Items', item: 'item', add: 'Add an item' },
    'taList.subgroups.items.title': { label: 'What was agreed or discussed' },
    'taList.subgroups.items.detail': { label: 'Details' },
    'taList.subgroups.items.status': { label: 'Status', none: 'Not set (shown as open)' },
    'taList.subgroups.items.date': { label: 'Date' },
  } as Record<string, FieldWords>,

  /** Choices of a select, by value. Weekdays come from Intl. */
  options: {
    over: 'A minimum (“over 95%”)',
    weekly: 'Every week',
    ta: 'Tentative agreement (TA)',
    recommended: 'Recommended',
    open: 'Still open',
  } as Record<string, string>,
};

export type EditorMessages = typeof en;
export default en;
