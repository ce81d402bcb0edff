// The campaign editor (editor/, built as dist/editor.html), driven as a local's communications
// volunteer would: open, type, pick, add and remove, preview, download. What they get is checked
// with the same check() that `union-widgets validate` runs (it imports dist/schemas.js, built from
// the src/schemas.ts imported here).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/index.js';
import '../editor/editor.js';
import type { UnionCampaignEditor } from '../editor/campaign-editor.js';
import { DRAFT_KEY } from '../editor/draft.js';
import { dateTime, type Schema } from '../src/internal/schema.js';
import { check, schemas } from '../src/schemas.js';

const WIDGET = {
  voteTally: 'vote-tally',
  actionChecklist: 'action-checklist',
  townHall: 'town-hall',
  petition: 'petition-counter',
  taList: 'ta-list',
} as const;

let editor: UnionCampaignEditor;
let root: ShadowRoot;

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Waits until the editor (`host`, by default the one under test) and every part inside it have rendered. */
async function settle(host: UnionCampaignEditor = editor): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await host.updateComplete;
    const parts = [...host.shadowRoot!.querySelectorAll('*')].filter((e) =>
      e.localName.startsWith('ue-'),
    );
    await Promise.all(
      parts.map((p) => (p as unknown as { updateComplete: Promise<unknown> }).updateComplete),
    );
  }
}

async function open(attrs: { sample?: string; src?: string; sri?: string } = {}): Promise<void> {
  editor = await fixture<UnionCampaignEditor>(
    html`<union-campaign-editor
      sample=${attrs.sample ?? '/demo/campaign.json'}
      src=${attrs.src ?? ''}
      sri-src=${attrs.sri ?? '/dist/sri.json'}
    ></union-campaign-editor>`,
  );
  root = editor.shadowRoot!;
  await settle();
}

/** The button whose visible text (or accessible name) starts with `text`. */
function button(scope: ParentNode, text: string): HTMLButtonElement {
  const found = [...scope.querySelectorAll('button')].find(
    (b) => norm(b.textContent).startsWith(text) || b.getAttribute('aria-label') === text,
  );
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

async function press(scope: ParentNode, text: string): Promise<void> {
  button(scope, text).click();
  await settle();
}

/** A label's own words, without its "(required)". */
const labelText = (l: HTMLLabelElement) =>
  norm(
    [...l.childNodes]
      .filter((n) => !(n instanceof Element && n.classList.contains('required')))
      .map((n) => (n.nodeType === Node.COMMENT_NODE ? '' : n.textContent))
      .join(''),
  );

/** The input, select or text area labelled `label` within `scope`. */
function field(scope: ParentNode, label: string): HTMLInputElement {
  const found = [...scope.querySelectorAll('label')].find((l) => labelText(l) === label);
  if (!found) throw new Error(`no field "${label}"`);
  return root.getElementById(found.htmlFor) as HTMLInputElement;
}

/** The list item (a fieldset) whose heading starts with `heading`. */
function item(scope: ParentNode, heading: string): HTMLFieldSetElement {
  const found = [...scope.querySelectorAll('li.item > fieldset')].find((f) =>
    norm(f.querySelector(':scope > legend')?.textContent).startsWith(heading),
  );
  if (!found) throw new Error(`no item "${heading}"`);
  return found as HTMLFieldSetElement;
}

/** Puts `value` in a field as a pick or a paste does (one input event), then leaves it. */
async function fill(input: HTMLInputElement | HTMLSelectElement, value: string): Promise<void> {
  input.focus();
  input.value = value;
  input.dispatchEvent(
    new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
  );
  input.blur();
  await settle();
}

/** Types into a field key by key, as a person does. */
async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
  await settle();
}

/** Ctrl + `key`, as the keyboard sends it (Control held while `key` goes down and up). */
async function chord(key: string): Promise<void> {
  await sendKeys({ press: `Control+${key}` });
}

const form = () => root.querySelector('section.form')!;
/** The language an element's text is in: its nearest `lang`, out through shadow roots. */
function langOf(el: Element): string | undefined {
  const own = el.closest('[lang]');
  if (own) return own.getAttribute('lang')!;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? langOf(root.host) : undefined;
}
const problemsNear = (input: Element) =>
  norm(input.closest('.field')?.querySelector('.problems')?.textContent);

async function goTo(section: keyof typeof WIDGET): Promise<void> {
  root.querySelector<HTMLButtonElement>(`nav button[data-section=${section}]`)!.click();
  await settle();
}

/** Presses "Download campaign.json" and returns the file's text, or undefined if none came. */
async function download(): Promise<string | undefined> {
  const click = sinon.stub(HTMLAnchorElement.prototype, 'click');
  try {
    root.querySelector<HTMLButtonElement>('.toolbar .download')!.click();
    await settle();
    const a = click.thisValues[0] as HTMLAnchorElement | undefined;
    if (!a) return undefined;
    expect(a.download).to.equal('campaign.json');
    return await (await fetch(a.href)).text();
  } finally {
    click.restore();
  }
}

/** Every widget's part of the file passes the checker `union-widgets validate` runs. */
function expectValid(doc: Record<string, unknown>): void {
  for (const [key, widget] of Object.entries(WIDGET)) {
    if (doc[key] === undefined) continue;
    const { errors } = check(schemas[widget], doc[key]);
    expect(errors, `${key}: ${JSON.stringify(errors)}`).to.deep.equal([]);
  }
}

/** The preview's widget element. */
const previewed = (tag: string) => root.querySelector(`ue-preview .stage ${tag}`) as HTMLElement;
const previewText = (tag: string) => norm(previewed(tag)?.shadowRoot?.textContent);

/**
 * Each test is a volunteer's whole session, dozens of steps: about 4 s in WebKit (its keys go
 * over WebDriver) and in Chromium with the other engines running beside it on two cores. A limit
 * on a hung test, not a wait.
 */
const SESSION_MS = 20_000;

beforeEach(() => localStorage.clear());
afterEach(() => sinon.restore());

describe('the campaign editor: a volunteer builds this week’s bulletin', function () {
  this.timeout(SESSION_MS);
  it('builds the Aug 2025 town hall (two sessions, Pacific time, QR on) and the three subgroups’ TAs from an empty campaign', async () => {
    await open();
    await press(root, 'Start an empty campaign');
    await goTo('townHall');
    await press(form(), 'Add a town hall');

    await typeInto(
      field(form(), 'Name of the town hall'),
      'CAT National Bargaining Virtual Town Hall',
    );
    // The zone list: IANA names, each with its region and its offset now, never an abbreviation.
    const zone = field(form(), 'Time zone of the event');
    const list = root.getElementById(zone.getAttribute('list')!) as HTMLDataListElement;
    const la = [...list.options].find((o) => o.value === 'America/Los_Angeles')!;
    expect(la.label).to.match(/^Pacific Time · UTC−0[78]:00$/);
    expect([...list.options].some((o) => /\b[A-Z][DS]T\b/.test(o.label))).to.equal(false);
    await fill(zone, 'America/Los_Angeles');
    expect(norm(field(form(), 'Time zone of the event').closest('.field')!.textContent)).to.match(
      /Now UTC−0[78]:00/,
    );
    await press(form(), 'Add a session');
    await fill(field(item(form(), 'Session 1'), 'Starts'), '2025-08-21T18:00');
    await fill(field(item(form(), 'Session 1'), 'Ends'), '2025-08-21T20:30');
    await press(form(), 'Add a session');
    await fill(field(item(form(), 'Session 2'), 'Starts'), '2025-08-22T07:00');
    await fill(field(form(), 'Registration link'), 'https://alliance.example/town-hall-2025');
    const qr = field(form(), 'Show a QR code to register');
    expect(qr.checked, 'QR on by default, as the widget does').to.equal(true);
    qr.click(); // off…
    qr.click(); // …and on again: now written down
    await settle();

    // The real widget, beside the form: Pacific time, a QR code to register.
    await waitUntil(() =>
      /CAT National Bargaining Virtual Town Hall/.test(previewText('union-town-hall')),
    );
    expect(previewText('union-town-hall')).to.match(/6:00 – 8:30 PM PDT/);
    // August 2025 is past: the clock shows it the week before, registration open, QR and all.
    await fill(root.querySelector<HTMLSelectElement>('ue-preview select.as-of')!, '0');
    await waitUntil(() => /Scan to register/.test(previewText('union-town-hall')), 'no QR code');

    await goTo('taList');
    await press(form(), 'Add tentative agreements');
    const updated = () => field(form(), 'Updated on');
    expect(updated().type).to.equal('date');
    await fill(updated(), '2025-08-15');
    const withTime = updated().closest('.field')!.querySelector('label.with-time')!;
    expect(norm(withTime.textContent)).to.equal('At a time of day');
    withTime.querySelector('input')!.click();
    await settle();
    expect(updated().type).to.equal('datetime-local');
    expect(updated().value).to.equal('2025-08-15T00:00');
    await fill(updated(), '2025-08-15T17:00');
    const subgroups: [string, string, string[]][] = [
      [
        'Staffing and Patient Care',
        'ta',
        [
          'A dashboard that will share up-to-date staffing information with every unit-based team',
          'Training to support the contract staffing language implementation',
          'Processes that ensure staffing language is enforceable and consistently applied across KP',
        ],
      ],
      [
        'Partnership Effectiveness',
        'recommended',
        ['Improve UBT assessments', 'A clear plan to implement Just Culture'],
      ],
      ['AI and Technology', 'ta', ['Create a joint, national AI & Technology Taskforce']],
    ];
    for (const [n, [name, status, titles]] of subgroups.entries()) {
      await press(form(), 'Add a subgroup');
      const group = () => item(form(), `Subgroup ${n + 1}`);
      await fill(field(group(), 'Name of the subgroup'), name);
      for (const [i, title] of titles.entries()) {
        await press(group(), 'Add an item');
        await fill(field(item(group(), `Item ${i + 1}`), 'What was agreed or discussed'), title);
        await fill(
          field(item(group(), `Item ${i + 1}`), 'Status') as unknown as HTMLSelectElement,
          status,
        );
      }
    }
    await waitUntil(() => /AI and Technology/.test(previewText('union-ta-list')));

    const text = await download();
    expect(text, 'downloaded').to.be.a('string');
    expect(text).to.match(/^\{\n {2}"townHall": \{\n {4}"title"/); // pretty-printed, schema order
    const doc = JSON.parse(text!);
    expectValid(doc);
    expect(Object.keys(doc)).to.deep.equal(['townHall', 'taList']);
    expect(doc.townHall).to.deep.equal({
      title: 'CAT National Bargaining Virtual Town Hall',
      timeZone: 'America/Los_Angeles',
      sessions: [
        { start: '2025-08-21T18:00', end: '2025-08-21T20:30' },
        { start: '2025-08-22T07:00' },
      ],
      registrationUrl: 'https://alliance.example/town-hall-2025',
      qr: true,
    });
    expect(doc.taList.updated).to.equal('2025-08-15T17:00');
    expect(
      doc.taList.subgroups.map(
        (g: { name: string; items: { title: string; status: string }[] }) => [
          g.name,
          g.items.map((i) => i.status).join(),
          g.items.length,
        ],
      ),
    ).to.deep.equal([
      ['Staffing and Patient Care', 'ta,ta,ta', 3],
      ['Partnership Effectiveness', 'recommended,recommended', 2],
      ['AI and Technology', 'ta', 1],
    ]);
    expect(norm(root.querySelector('.saved-state')!.textContent)).to.equal(
      'All changes downloaded',
    );
  });

  it('opens the sample campaign from a file, adds a TA, raises the petition goal, changes a vote result; what it does not know survives', async () => {
    const original = await (await fetch('/demo/campaign.json')).json();
    original.petition.internalNote = 'Count from Action Network on Mondays';
    original.taList.subgroups[0].owner = 'Bargaining team';
    await open();
    const input = root.querySelector<HTMLInputElement>('ue-open input[type=file]')!;
    const files = new DataTransfer();
    files.items.add(
      new File([JSON.stringify(original, null, 2)], 'campaign.json', { type: 'application/json' }),
    );
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => root.querySelector('section.form'), 'the campaign did not open');
    await settle();
    expect(norm(root.querySelector('.status')!.textContent)).to.contain(
      'Also in this file, kept exactly as it is: $comment, townHall2025',
    );

    await goTo('taList');
    const ai = item(form(), 'Subgroup 3');
    await press(ai, 'Add an item');
    await fill(
      field(item(ai, 'Item 3'), 'What was agreed or discussed'),
      'Paid time for AI training',
    );
    await fill(field(item(ai, 'Item 3'), 'Status') as unknown as HTMLSelectElement, 'ta');
    expect(norm(item(form(), 'Subgroup 1').textContent)).to.contain(
      'Also here, kept exactly as it is: owner.',
    );

    await goTo('petition');
    await typeInto(field(form(), 'Goal'), '15000');
    // Hashtags as chips: typed with or without #, removed by their button.
    await typeInto(field(form(), 'New hashtag'), '#Solidarity');
    await sendKeys({ press: 'Enter' });
    await settle();
    const chips = () =>
      [...form().querySelectorAll('.chip > span')].map((c) => norm(c.textContent));
    expect(chips()).to.deep.equal(['#BestJobsBestCare', '#Solidarity']);
    await press(form(), 'Remove #BestJobsBestCare');
    expect(chips()).to.deep.equal(['#Solidarity']);
    await waitUntil(
      () => /15,000/.test(previewText('union-petition-counter')),
      'goal not previewed',
    );

    await goTo('voteTally');
    await fill(field(item(form(), 'Result 4'), 'Published yes share (%)'), '94');

    const text = await download();
    const doc = JSON.parse(text!);
    expectValid(doc);
    expect(Object.keys(doc)).to.deep.equal([
      '$comment',
      'voteTally',
      'actionChecklist',
      'townHall',
      'petition',
      'taList',
      'townHall2025',
    ]);
    expect(doc.$comment).to.equal(original.$comment);
    expect(doc.townHall2025).to.deep.equal(original.townHall2025);
    expect(doc.petition.internalNote).to.equal('Count from Action Network on Mondays');
    expect(doc.taList.subgroups[0].owner).to.equal('Bargaining team');
    expect(doc.petition.goal).to.equal(15000);
    expect(doc.petition.hashtags).to.deep.equal(['Solidarity']);
    expect(doc.voteTally.results[3]).to.deep.equal({ union: 'UNITE HERE Local 5', yesPercent: 94 });
    expect(doc.taList.subgroups[2].items[2]).to.deep.equal({
      title: 'Paid time for AI training',
      status: 'ta',
    });
    // Nothing else moved.
    expect(doc.actionChecklist).to.deep.equal(original.actionChecklist);
    expect(doc.townHall).to.deep.equal(original.townHall);
  });

  it('an opened campaign downloaded without a change is the same data; a broken file or address says what is wrong and opens nothing', async () => {
    await open();
    const input = root.querySelector<HTMLInputElement>('ue-open input[type=file]')!;
    const files = new DataTransfer();
    files.items.add(new File(['{\n  "petition": {"count": 8412,}\n}'], 'broken.json'));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() =>
      /broken\.json is not valid JSON at line 2, column 30: /.test(
        norm(root.querySelector('ue-open .message')!.textContent),
      ),
    );
    expect(!!root.querySelector('section.form'), 'a form').to.equal(false);
    const message = () => norm(root.querySelector('ue-open .message')!.textContent);
    const address = root.querySelector<HTMLInputElement>('ue-open input[type=url]')!;
    for (const [url, said] of [
      ['/nope/missing.json', /the site answered with error 404/],
      ['javascript:parent.__pwned=1', /"javascript:parent\.__pwned=1" is not a web address/],
    ] as const) {
      address.value = url;
      button(root.querySelector('ue-open')!, 'Open').click();
      await waitUntil(() => said.test(message()), `${url}: ${said}`);
    }
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);

    await press(root, 'Start from the sample campaign');
    await waitUntil(() => root.querySelector('section.form'));
    expect(norm(root.querySelector('.saved-state')!.textContent)).to.equal(
      'All changes downloaded',
    );
    const doc = JSON.parse((await download())!);
    expect(doc).to.deep.equal(await (await fetch('/demo/campaign.json')).json());
  });
});

describe('the campaign editor: bad input', function () {
  this.timeout(SESSION_MS);
  /** The download refused: no file, the summary names the problem, "Go to the field" goes there. */
  async function expectRefused(problem: RegExp): Promise<void> {
    expect(await download(), 'a file was downloaded').to.equal(undefined);
    const summary = root.querySelector<HTMLElement>('.summary')!;
    expect(!!summary, 'a summary').to.equal(true);
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(root.activeElement === summary, 'focus on the summary').to.equal(true);
    expect(norm(summary.textContent)).to.match(problem);
    expect(!!root.querySelector('ue-snippets textarea'), 'a snippet to copy').to.equal(false);
  }

  it('text, number, link, time zone, date-time, choice and list: each says what is wrong beside the field; what a widget refuses blocks the download', async () => {
    await open();
    await press(root, 'Start from the sample campaign');
    await waitUntil(() => root.querySelector('section.form'));

    // Number: the issue's own case.
    await goTo('petition');
    const count = field(form(), 'Signatures so far');
    await typeInto(count, '8,412');
    expect(problemsNear(count)).to.equal('"8,412" is not a signature count — write 8412');
    expect(count.getAttribute('aria-invalid')).to.equal('true');
    await expectRefused(/Petition — Signatures so far: "8,412" is not a signature count/);
    await goTo('voteTally'); // the summary stays, and takes the volunteer back
    await press(root.querySelector('.summary')!, 'Go to the field');
    expect(
      root.activeElement === field(form(), 'Signatures so far'),
      'focus on the count',
    ).to.equal(true);
    await press(field(form(), 'Signatures so far').closest('.field')!, 'write 8412');
    expect(field(form(), 'Signatures so far').value).to.equal('8412');
    expect(problemsNear(field(form(), 'Signatures so far'))).to.equal('');

    // Text: a required title emptied says so once the volunteer leaves it.
    const title = field(form(), 'Petition title');
    await fill(title, '');
    expect(problemsNear(title)).to.equal('is required');
    // Link.
    const link = field(form(), 'Link to the petition');
    await fill(link, 'www.example.org/petition');
    expect(problemsNear(link)).to.match(
      /"www\.example\.org\/petition" is not a link.* — write https:\/\/www\.example\.org\/petition/,
    );
    await expectRefused(/Petition — Petition title: is required/);
    await fill(title, 'Invest in patient care');
    await press(link.closest('.field')!, 'write https://www.example.org/petition');

    // Time zone and date-time.
    await goTo('townHall');
    const zone = field(form(), 'Time zone of the event');
    await fill(zone, 'Pacific');
    expect(problemsNear(zone)).to.match(
      /"Pacific" is not a time zone .*— write America\/Los_Angeles|"Pacific" is not a time zone.*America\/Los_Angeles/,
    );
    const start = field(item(form(), 'Session 2'), 'Starts');
    await fill(start, '');
    expect(problemsNear(start)).to.equal('is required');
    await expectRefused(/Town hall — Session 2 › Starts: is required/);
    await fill(zone, 'America/Denver');
    await fill(start, '2021-10-28T16:00');
    // A session that ends before it starts: the schema's rule, placed at the field it names.
    const end = field(item(form(), 'Session 1'), 'Ends');
    await fill(end, '2021-10-28T09:00');
    expect(problemsNear(end)).to.match(/is not after its start/);
    await fill(end, '');

    // Choice: a weekly action without its day. A select holds only the schema's values; what the
    // checker says about the pair shows in the action (whether it refuses the data or, under the
    // error/warning rule, the widget shows a one-time action instead).
    await goTo('actionChecklist');
    const mondays = () => item(form(), 'Action 2');
    expect(norm(mondays().textContent)).to.not.match(/needs a weekday/);
    await fill(field(mondays(), 'Comes round again on') as unknown as HTMLSelectElement, '');
    expect(norm(mondays().textContent)).to.match(/"weekly" needs a weekday/);
    await fill(field(mondays(), 'Comes round again on') as unknown as HTMLSelectElement, 'monday');
    expect(norm(mondays().textContent)).to.not.match(/needs a weekday/);

    // List: two actions with one key; the key waits under "More options", which opens.
    const key = field(item(form(), 'Action 3'), 'Action key');
    await fill(key, 'sign-petition');
    expect(key.closest('details')!.open).to.equal(true);
    expect(problemsNear(key)).to.match(/"sign-petition" repeats actions\[0\]\.id/);
    await expectRefused(/Actions — Action 3 › Action key/);
    await fill(key, 'tele-town-hall-2021-10');

    // All fixed: the download goes through.
    const doc = JSON.parse((await download())!);
    expectValid(doc);
    expect(doc.petition.count).to.equal(8412);
  });

  it('a bad value the widget works around (unknown status from a file) is shown as a warning and does not block', async () => {
    const sample = await (await fetch('/demo/campaign.json')).json();
    sample.taList.subgroups[0].items[0].status = 'signed';
    await open();
    const input = root.querySelector<HTMLInputElement>('ue-open input[type=file]')!;
    const files = new DataTransfer();
    files.items.add(new File([JSON.stringify(sample)], 'campaign.json'));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => root.querySelector('section.form'));
    await goTo('taList');
    const status = field(item(item(form(), 'Subgroup 1'), 'Item 1'), 'Status');
    expect(problemsNear(status)).to.match(
      /^The widget works around this: "signed" is not one of ta, recommended, open; shown as open/,
    );
    expect((status as unknown as HTMLSelectElement).value).to.equal('signed'); // kept until changed
    const doc = JSON.parse((await download())!);
    expect(doc.taList.subgroups[0].items[0].status).to.equal('signed');
  });
});

describe('the campaign editor: form from the schema', function () {
  this.timeout(SESSION_MS);
  const petition = schemas['petition-counter'] as Extract<Schema, { t: 'obj' }>;
  afterEach(() => {
    delete petition.p.subtitle;
    delete petition.p.signaturesToday;
    delete petition.p.closes;
  });

  it('a field added to a widget’s schema appears in the form, checked and saved, with no editor change', async () => {
    petition.p.subtitle = { t: 'str' };
    petition.p.signaturesToday = { t: 'num', int: true, min: 0, what: 'a count' };
    petition.p.closes = { t: 'str', f: dateTime };
    await open();
    await press(root, 'Start from the sample campaign');
    await waitUntil(() => root.querySelector('section.form'));
    await goTo('petition');
    await fill(field(form(), 'Subtitle'), 'Sign by Friday');
    const today = field(form(), 'Signatures today');
    expect(today.inputMode).to.equal('numeric');
    await typeInto(today, 'twelve');
    expect(problemsNear(today)).to.match(/"twelve" is not a count/);
    await typeInto(today, '12');
    expect(field(form(), 'Closes').type).to.equal('datetime-local');
    await fill(field(form(), 'Closes'), '2025-08-29T17:00');
    const doc = JSON.parse((await download())!);
    expect(doc.petition).to.include({
      subtitle: 'Sign by Friday',
      signaturesToday: 12,
      closes: '2025-08-29T17:00',
    });
  });
});

describe('the campaign editor: never lose work', function () {
  this.timeout(SESSION_MS);
  it('keeps the draft as they type and offers it back on the next visit', async () => {
    await open();
    await press(root, 'Start from the sample campaign');
    await waitUntil(() => root.querySelector('section.form'));
    await goTo('petition');
    await typeInto(field(form(), 'Goal'), '12000');
    expect(norm(root.querySelector('.saved-state')!.textContent)).to.equal(
      'Changes not downloaded yet',
    );
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).doc.petition.goal).to.equal(12000);

    editor.remove();
    await open();
    expect(norm(root.querySelector('ue-open .draft')!.textContent)).to.match(
      /You have work from .* that was not downloaded\./,
    );
    await press(root, 'Continue where I left off');
    await goTo('petition');
    expect(field(form(), 'Goal').value).to.equal('12000');
    expect(norm(root.querySelector('.saved-state')!.textContent)).to.equal(
      'Changes not downloaded yet',
    );

    editor.remove();
    await open();
    await press(root, 'Start again');
    expect(!!root.querySelector('ue-open .draft'), 'a draft offered').to.equal(false);
    expect(localStorage.getItem(DRAFT_KEY)).to.equal(null);
  });

  it('opening a campaign by address keeps work never downloaded on offer, and does not overwrite it', async () => {
    const sample = await (await fetch('/demo/campaign.json')).json();
    sample.petition.goal = 12345;
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ doc: sample, at: Date.now(), saved: '' }));
    await open({ src: '/demo/campaign.json' });
    await waitUntil(() => root.querySelector('section.form'), 'the address did not open');
    await settle();
    expect(norm(root.querySelector('.draft')!.textContent)).to.match(/that was not downloaded/);
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).doc.petition.goal).to.equal(12345);
    await press(root.querySelector('.draft')!, 'Continue where I left off');
    await goTo('petition');
    expect(field(form(), 'Goal').value).to.equal('12345');
    expect(!!root.querySelector('.draft'), 'still offered').to.equal(false);
  });

  it('undo and redo, by button and by keyboard; typing into one field is one step', async () => {
    await open();
    await press(root, 'Start from the sample campaign');
    await waitUntil(() => root.querySelector('section.form'));
    await goTo('petition');
    const goal = field(form(), 'Goal');
    await typeInto(goal, '20000');
    await typeInto(field(form(), 'Petition title'), 'Invest in care');
    await press(root, 'Undo');
    expect(field(form(), 'Petition title').value).to.match(/^Tell Kaiser Permanente/);
    expect(field(form(), 'Goal').value).to.equal('20000');
    field(form(), 'Goal').focus();
    await chord('z');
    await settle();
    expect(field(form(), 'Goal').value, 'one step for the whole number').to.equal('10000');
    await chord('y');
    await settle();
    expect(field(form(), 'Goal').value).to.equal('20000');
    await press(root, 'Redo');
    expect(field(form(), 'Petition title').value).to.equal('Invest in care');
    expect(button(root, 'Redo').disabled).to.equal(true);
    // Undone elsewhere: the editor shows where.
    await goTo('voteTally');
    root.querySelector<HTMLButtonElement>('nav button[data-section=voteTally]')!.focus();
    await chord('z');
    await settle();
    const shown = root.querySelector('nav button[aria-current=true]')!.getAttribute('data-section');
    expect(shown).to.equal('petition');
    expect(field(form(), 'Petition title').value).to.match(/^Tell Kaiser Permanente/);
  });

  it('lists by keyboard: a moved item keeps the focus, a removal is announced and undone', async () => {
    await open();
    await press(root, 'Start from the sample campaign');
    await waitUntil(() => root.querySelector('section.form'));
    const unions = () =>
      [...form().querySelectorAll('li.item > fieldset > legend')].map((l) => norm(l.textContent));
    item(form(), 'Result 1').querySelector<HTMLButtonElement>('button.down')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(unions().slice(0, 2)).to.deep.equal([
      'Result 1 — USW Local 7600',
      'Result 2 — UNAC/UHCP',
    ]);
    const moved = item(form(), 'Result 2').querySelector('button.down');
    expect(root.activeElement === moved, 'focus on the moved item’s button').to.equal(true);
    expect(norm(root.querySelector('.status')!.textContent)).to.equal('Moved Result 1 to place 2.');
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(unions()[2]).to.equal('Result 3 — UNAC/UHCP');

    await press(item(form(), 'Result 3'), 'Remove Result 3');
    expect(unions().length).to.equal(4);
    expect(norm(root.querySelector('.status')!.textContent)).to.equal(
      'Removed Result 3. Undo brings it back.',
    );
    expect(
      root.activeElement?.closest('li.item') === item(form(), 'Result 3').parentElement,
    ).to.equal(true);
    await chord('z');
    await settle();
    expect(unions()[2]).to.equal('Result 3 — UNAC/UHCP');
    await waitUntil(
      () => (previewText('union-vote-tally').match(/UNAC\/UHCP/g) ?? []).length === 1,
    );
  });

  it('asks before the page is left with changes not downloaded, not after a download', async () => {
    await open();
    await press(root, 'Start from the sample campaign');
    await waitUntil(() => root.querySelector('section.form'));
    const leave = () => {
      const e = new Event('beforeunload', { cancelable: true });
      dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(leave(), 'nothing changed yet').to.equal(false);
    await goTo('petition');
    await typeInto(field(form(), 'Goal'), '11000');
    expect(leave()).to.equal(true);
    await download();
    expect(leave()).to.equal(false);
  });
});

describe('the campaign editor: preview and clock', function () {
  this.timeout(SESSION_MS);
  it('shows the town hall before the deadline, during a session and after; in Spanish; dark', async () => {
    await open();
    await press(root, 'Start from the sample campaign');
    await waitUntil(() => root.querySelector('section.form'));
    await goTo('townHall');
    const asOf = root.querySelector<HTMLSelectElement>('ue-preview select.as-of')!;
    const options = [...asOf.options].map((o) => o.textContent!.trim());
    expect(options).to.deep.equal([
      'Now',
      'Before registration closes',
      'During Session 1',
      'During Session 2',
      'During Session 3',
      'After the last session',
      'A date and time I choose…',
    ]);
    const show = async (label: string, expected: RegExp) => {
      await fill(asOf, String(options.indexOf(label) - 1));
      await waitUntil(() => expected.test(previewText('union-town-hall')), `${label}: ${expected}`);
    };
    await show('Before registration closes', /Registration closes in 24 hours/);
    expect(previewText('union-town-hall')).to.not.match(/This town hall is over/);
    await show('During Session 2', /Happening now/);
    await show('After the last session', /This town hall is over/);

    await fill(root.querySelector<HTMLSelectElement>('ue-preview .preview-controls select')!, 'es');
    await waitUntil(
      () => /Esta asamblea ya terminó\./.test(previewText('union-town-hall')),
      'not in Spanish',
    );
    expect(previewed('union-town-hall').closest('[lang]')!.getAttribute('lang')).to.equal('es');
    expect(previewText('union-town-hall')).to.not.match(/This town hall is over/);

    const dark = [...root.querySelectorAll<HTMLInputElement>('ue-preview input[type=radio]')][1];
    dark.click();
    await settle();
    expect(previewed('union-town-hall').closest('[theme]')!.getAttribute('theme')).to.equal('dark');
  });

  it('the widgets’ `now` attribute: nearest ancestor’s instant, live; none or nonsense means the clock', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div now="2021-10-28T16:30:00-06:00">
        <union-town-hall
          .data=${{
            title: 'Tele-town hall',
            timeZone: 'America/Denver',
            sessions: [{ start: '2021-10-28T16:00' }],
          }}
        ></union-town-hall>
      </div>`,
    );
    const hall = wrap.querySelector('union-town-hall') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await hall.updateComplete;
    const text = () => norm(hall.shadowRoot!.textContent);
    expect(text()).to.match(/Happening now/);
    /** Sets the ancestor's `now` and lets the page react (an observer, then a render). */
    const set = async (now: string) => {
      wrap.setAttribute('now', now);
      await new Promise((r) => setTimeout(r));
      await hall.updateComplete;
    };
    await set('2021-10-27T12:00:00-06:00');
    expect(text(), 'not re-rendered for the new now').to.match(/Registration closes in 29 hours/);
    await set('soon');
    expect(text()).to.match(/This town hall is over/);
  });
});

describe('the campaign editor: save and share', function () {
  this.timeout(SESSION_MS);
  it('makes each widget’s snippet from the address where the file will live, or with the data inside', async () => {
    await open();
    await press(root, 'Start from the sample campaign');
    await waitUntil(() => root.querySelector('section.form'));
    const panel = root.querySelector('ue-snippets')!;
    expect(norm(panel.textContent)).to.contain('Enter the address where campaign.json will be');
    expect(norm(panel.textContent)).to.contain('Access-Control-Allow-Origin');
    await fill(
      panel.querySelector<HTMLInputElement>('input.where')!,
      'https://yourlocal.org/campaign.json',
    );
    await fill(panel.querySelector<HTMLInputElement>('input.source')!, 'UFCW7');
    const areas = [...panel.querySelectorAll('textarea')];
    expect(areas.length).to.equal(5);
    const town = areas.find((a) => a.value.includes('<union-town-hall'))!.value;
    expect(town).to.contain(
      '<union-town-hall src="https://yourlocal.org/campaign.json#/townHall" source="UFCW7">',
    );
    expect(town).to.contain(
      '<a href="https://actionnetwork.org/forms/register-alliance-oct-tth?clear_id=true">October National Bargaining Tele-Town Hall</a>',
    );
    expect(town).to.match(/<script type="module" src="[^"]+union-widgets\.js"/);
    panel.querySelectorAll<HTMLInputElement>('input[type=radio]')[1].click();
    await settle();
    const inline = [...panel.querySelectorAll('textarea')].find((a) =>
      a.value.includes('<union-petition-counter'),
    )!.value;
    expect(inline).to.contain('<script type="application/json">');
    expect(inline).to.contain('"count": 8412');
  });

  it('gives no snippet that would work only on this computer or network, and says which address and why', async () => {
    await open();
    await press(root, 'Start from the sample campaign');
    await waitUntil(() => root.querySelector('section.form'));
    const panel = root.querySelector('ue-snippets')!;
    const where = panel.querySelector<HTMLInputElement>('input.where')!;
    await fill(where, 'http://localhost:8000/campaign.json');
    expect(panel.querySelectorAll('textarea').length).to.equal(0);
    expect(norm(panel.textContent)).to.contain(
      'No snippet yet: it would work only for you, not for your members.',
    );
    expect(norm(panel.textContent)).to.contain(
      'The address of campaign.json http://localhost:8000/campaign.json points at your own computer',
    );
    await fill(where, '/campaign.json'); // the website's own folder: fine
    expect(panel.querySelectorAll('textarea').length).to.equal(5);
    expect(panel.querySelector('textarea')!.value).to.contain('src="/campaign.json#/voteTally"');

    await goTo('petition');
    await fill(field(form(), 'Link to the petition'), 'http://192.168.1.20/petition');
    expect(panel.querySelectorAll('textarea').length).to.equal(0);
    expect(norm(panel.textContent)).to.contain(
      'The link http://192.168.1.20/petition in “Petition” is only reachable on your local network',
    );
    await fill(root.querySelector<HTMLSelectElement>('.ui-lang select')!, 'es');
    expect(norm(panel.textContent)).to.contain(
      'El enlace http://192.168.1.20/petition de “Petición” solo se alcanza en su red local',
    );
  });

  it('without sri.json, points the snippets at the copy it is served from, and refuses that one on this computer', async () => {
    await open({ sri: '/nope/sri.json' });
    await press(root, 'Start from the sample campaign');
    await waitUntil(() => root.querySelector('section.form'));
    const panel = root.querySelector('ue-snippets')!;
    await fill(
      panel.querySelector<HTMLInputElement>('input.where')!,
      'https://yourlocal.org/c.json',
    );
    expect(panel.querySelectorAll('textarea').length).to.equal(0);
    expect(norm(panel.textContent)).to.contain(
      `The library's address ${location.origin}/nope/ points at your own computer`,
    );
  });
});

describe('the campaign editor: languages, keyboard, screen readers, phones', function () {
  this.timeout(SESSION_MS);
  it('says what is wrong in Spanish in the Spanish editor, beside the field and in the summary, the value as written', async () => {
    await open();
    await press(root, 'Start from the sample campaign');
    await waitUntil(() => root.querySelector('section.form'));
    await fill(root.querySelector<HTMLSelectElement>('.ui-lang select')!, 'es');
    await goTo('petition');
    const count = field(form(), 'Firmas hasta ahora');
    await typeInto(count, '8,412');
    const said = '"8,412" no es un número entero de firmas (0 o más)';
    expect(problemsNear(count)).to.equal(`${said} — escriba 8412`);
    const problems = count.closest('.field')!.querySelector('.problems')!;
    expect(problems.querySelector('[lang="en"]')).to.equal(null);
    expect(langOf(problems.querySelector('p.problem')!)).to.equal('es');
    // A zone abbreviation's hint, and a rule's warning placed at its field.
    await goTo('townHall');
    const zone = field(form(), 'Zona horaria del evento');
    await fill(zone, 'PST');
    expect(problemsNear(zone)).to.contain(
      '"PST" no es una zona horaria (un nombre IANA como America/Denver); use America/Los_Angeles',
    );
    await fill(zone, 'America/Denver');
    const start = field(item(form(), 'Sesión 1'), 'Empieza');
    const end = field(item(form(), 'Sesión 1'), 'Termina');
    await fill(start, '2021-10-28T16:00');
    await fill(end, '2021-10-28T09:00');
    expect(problemsNear(end)).to.equal(
      'El widget lo resuelve así: "2021-10-28T09:00" no es posterior a su inicio; se omite',
    );

    expect(await download()).to.equal(undefined);
    const summary = root.querySelector('.summary')!;
    expect(norm(summary.textContent)).to.contain(`Firmas hasta ahora: ${said}`);
    expect(summary.querySelector('[lang="en"]')).to.equal(null);
    expect(editor.getAttribute('lang')).to.equal('es');
  });

  it('is axe-clean opening, editing, with problems shown, in Spanish', async function () {
    this.timeout(60_000); // axe over seven states of a long form (WebKit: about 25 s)
    await open();
    await expect(editor).to.be.accessible();
    await press(root, 'Start from the sample campaign');
    await waitUntil(() => root.querySelector('section.form'));
    for (const section of Object.keys(WIDGET) as (keyof typeof WIDGET)[]) {
      await goTo(section);
      await expect(editor).to.be.accessible();
    }
    await goTo('petition');
    await typeInto(field(form(), 'Signatures so far'), '8,412');
    await download();
    await expect(editor).to.be.accessible();
    await fill(root.querySelector<HTMLSelectElement>('.ui-lang select')!, 'es');
    expect(norm(root.querySelector('h1')!.textContent)).to.equal('Editor de campañas');
    expect(field(form(), 'Firmas hasta ahora').value).to.equal('8,412');
    expect(editor.getAttribute('lang')).to.equal('es');
    await expect(editor).to.be.accessible();
  });
});

describe('dist/editor.html and the demo page, as built (npm run build first)', function () {
  this.timeout(SESSION_MS);
  before(async () => {
    const page = await fetch('/dist/editor.html', { method: 'HEAD' });
    if (!page.ok) throw new Error('dist/editor.html is missing: run `npm run build` first');
  });

  /** Opens `src` in a frame and resolves with its document once loaded. */
  async function frame(src: string, width = 1000): Promise<Document & { defaultView: Window }> {
    const f = document.createElement('iframe');
    f.src = src;
    f.style.width = `${width}px`;
    f.style.height = '700px';
    const loaded = new Promise((r) => f.addEventListener('load', r, { once: true }));
    document.body.append(f);
    await loaded;
    return f.contentDocument! as Document & { defaultView: Window };
  }
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('editor.html?src= opens that campaign at start, previews it with the built widgets, and pins the snippets', async () => {
    const doc = await frame('/dist/editor.html?src=/demo/campaign.json');
    const built = () => doc.querySelector('union-campaign-editor')?.shadowRoot;
    await waitUntil(() => built()?.querySelector('section.form'), 'the campaign did not open');
    await waitUntil(
      () =>
        built()!
          .querySelector('ue-preview union-vote-tally')
          ?.shadowRoot?.textContent?.includes('UNAC/UHCP'),
      'no preview',
    );
    const panel = built()!.querySelector('ue-snippets')!;
    const where = panel.querySelector<HTMLInputElement>('input.where')!;
    where.value = 'https://yourlocal.org/campaign.json';
    where.dispatchEvent(new Event('input'));
    const sri = await (await fetch('/dist/sri.json')).json();
    await waitUntil(() => panel.querySelector('textarea'), 'no snippet');
    expect(panel.querySelector('textarea')!.value).to.contain(
      `src="${sri.cdn}union-widgets.js" integrity="${sri.integrity['union-widgets.js']}"`,
    );

    // An edit, a download: the file passes dist/schemas.js — the module `union-widgets validate`
    // checks with — for every widget in it.
    built()!.querySelector<HTMLButtonElement>('nav button[data-section=petition]')!.click();
    await waitUntil(() =>
      [...built()!.querySelectorAll('label')].some((l) => /^Goal/.test(norm(l.textContent))),
    );
    const label = [...built()!.querySelectorAll('label')].find((l) =>
      /^Goal/.test(norm(l.textContent)),
    )!;
    const input = built()!.getElementById(label.htmlFor) as HTMLInputElement;
    input.value = '25000';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const click = sinon.stub(
      (doc.defaultView as unknown as typeof window).HTMLAnchorElement.prototype,
      'click',
    );
    built()!.querySelector<HTMLButtonElement>('.toolbar .download')!.click();
    await waitUntil(() => click.called, 'no download');
    const file = JSON.parse(
      await (await fetch((click.thisValues[0] as HTMLAnchorElement).href)).text(),
    );
    const validateWith = '/dist/schemas.js';
    const dist = await import(validateWith);
    expect(file.petition.goal).to.equal(25000);
    for (const [key, widget] of Object.entries(WIDGET))
      expect(dist.check(dist.schemas[widget], file[key]).errors, key).to.deep.equal([]);
  });

  it('editor.html works at 360 px: nothing wider than the phone', async () => {
    // A frame 360 px wide is a 360 px viewport for the page in it, in every engine (WebDriver,
    // which drives WebKit here, cannot set the viewport of the test page itself).
    const doc = await frame('/dist/editor.html?src=/demo/campaign.json', 360);
    const built = doc.querySelector('union-campaign-editor') as UnionCampaignEditor;
    const shadow = () => built.shadowRoot;
    await waitUntil(() => shadow()?.querySelector('section.form'), 'the campaign did not open');
    for (const section of Object.keys(WIDGET) as (keyof typeof WIDGET)[]) {
      shadow()!.querySelector<HTMLButtonElement>(`nav button[data-section=${section}]`)!.click();
      await settle(built);
      const shown = shadow()!.querySelector('nav button[aria-current=true]');
      expect(shown?.getAttribute('data-section')).to.equal(section);
      expect(doc.documentElement.scrollWidth, section).to.be.at.most(360);
    }
  });

  it('the demo opens each dated widget at its bulletin’s week, not on "This town hall is over"; "Now" shows today', async () => {
    const doc = await frame('/demo/index.html');
    const halls = () => [...doc.querySelectorAll('union-town-hall')];
    const texts = () => halls().map((h) => norm(h.shadowRoot?.textContent));
    await waitUntil(
      () => texts().every((t) => /Choose a session/.test(t)),
      'town halls not rendered',
    );
    for (const t of texts()) {
      expect(t).to.not.match(/This town hall is over/);
      expect(t).to.match(/Registration closes in/);
    }
    const asOf = doc.getElementById('as-of') as HTMLSelectElement;
    asOf.value = 'now';
    asOf.dispatchEvent(new Event('change'));
    await waitUntil(
      () => texts().every((t) => /This town hall is over/.test(t)),
      'not shown as of now',
    );
  });
});
