import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import sinon from 'sinon';
import '../src/town-hall/define.js';
import type { UnionTownHall } from '../src/town-hall/town-hall.js';
import type { TownHallData } from '../src/town-hall/model.js';
import { fold, ics } from '../src/town-hall/ics.js';
import type { UnionErrorEvent, UnionRegisterEvent } from '../src/internal/events.js';

const oct: TownHallData = {
  title: 'October National Bargaining Tele-Town Hall',
  description: 'Learn the latest update in National Bargaining.',
  timeZone: 'America/Denver',
  sessions: [
    { id: 's1', label: 'Session 1', start: '2021-10-28T10:00' },
    { id: 's2', label: 'Session 2', start: '2021-10-28T16:00' },
    { id: 's3', label: 'Session 3', start: '2021-10-28T19:00' },
  ],
  durationMinutes: 60,
  registrationUrl: 'https://actionnetwork.org/forms/register-alliance-oct-tth?clear_id=true',
  deadline: '2021-10-27T13:00',
};
const aug: TownHallData = {
  title: 'CAT National Bargaining Virtual Town Hall',
  timeZone: 'America/Los_Angeles',
  sessions: [
    { id: 'thu', start: '2025-08-21T18:00', end: '2025-08-21T20:30' },
    { id: 'fri', start: '2025-08-22T07:00' },
  ],
  durationMinutes: 90,
  registrationUrl: 'https://alliance.example/town-hall-2025',
  qr: true,
};

const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <E extends Element = HTMLElement>(el: Element, sel: string) =>
  el.shadowRoot!.querySelector<E>(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
/** What a sighted reader sees of each session row (visually hidden text left out). */
const rows = (el: Element) =>
  $$(el, 'label').map((l) => {
    const copy = l.cloneNode(true) as Element;
    copy.querySelectorAll('.sr').forEach((n) => n.remove());
    return copy.textContent!.replace(/\s+/g, ' ').trim();
  });
/**
 * The accessible names of the session radios, as assistive technology gets them: from Chromium's
 * accessibility tree where the runner can read it, else computed as the spec does for an input
 * inside its label (the label's text).
 */
async function radioNames(el: Element): Promise<string[]> {
  try {
    const tree = (await a11ySnapshot({})) as unknown as AxNode;
    const found: string[] = [];
    const walk = (n: AxNode) => {
      if (n.role === 'radio') found.push(n.name ?? '');
      n.children?.forEach(walk);
    };
    walk(tree);
    return found.map((n) => n.replace(/\s+/g, ' ').trim());
  } catch {
    return $$(el, 'input[type=radio]').map((r) =>
      (r as HTMLInputElement).labels![0].textContent!.replace(/\s+/g, ' ').trim(),
    );
  }
}
interface AxNode {
  role?: string;
  name?: string;
  children?: AxNode[];
}
const status = (el: Element) => $(el, 'p > b')?.textContent?.trim();
const said = (el: Element) => $(el, '[role=status]')!.textContent!.trim();

const timers = (now: string) =>
  sinon.useFakeTimers({
    now: Date.parse(now),
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
const dateOnly = (now: string) => sinon.useFakeTimers({ now: Date.parse(now), toFake: ['Date'] });

/** A town hall seen from `zone` (the `time-zone` attribute on an ancestor), in `lang`. */
async function show(data: TownHallData, zone = 'America/New_York', lang = 'en', source = 'UFCW7') {
  const wrap = await fixture(
    html`<div lang=${lang} time-zone=${zone}>
      <union-town-hall source=${source} .data=${data}
        ><a href="/town-hall">Town hall</a></union-town-hall
      >
    </div>`,
  );
  const el = wrap.querySelector('union-town-hall')!;
  await el.updateComplete;
  return el;
}

/** axe schedules with setTimeout: give it the real clock back first. */
async function accessible(el: Element) {
  sinon.restore();
  await expect(el).to.be.accessible();
}

let n = 0;
const unique = () => `th-${Date.now()}-${++n}`;

/** Draws the rendered QR on a canvas and decodes it with jsQR, a real decoder. */
async function decodeQr(svgEl: SVGSVGElement): Promise<string | undefined> {
  const w = window as unknown as {
    jsQR?: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null;
  };
  if (!w.jsQR) {
    const s = Object.assign(document.createElement('script'), {
      src: '/node_modules/jsqr/dist/jsQR.js',
    });
    const loaded = new Promise((r) => s.addEventListener('load', r));
    document.head.append(s);
    await loaded;
  }
  const size = 400;
  const copy = svgEl.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(size));
  copy.setAttribute('height', String(size));
  const url = URL.createObjectURL(
    new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }),
  );
  const img = new Image();
  img.src = url;
  await img.decode();
  const canvas = Object.assign(document.createElement('canvas'), { width: size, height: size });
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(img, 0, 0, size, size);
  URL.revokeObjectURL(url);
  return w.jsQR!(ctx.getImageData(0, 0, size, size).data, size, size)?.data;
}

describe('<union-town-hall>', () => {
  afterEach(() => {
    sinon.restore();
    localStorage.clear();
    delete (document as { hidden?: boolean }).hidden;
  });

  it('shows the October 2021 seed in Mountain time and the viewer’s, grouped by weekday', async () => {
    timers('2021-10-20T12:00:00Z');
    const el = await show(oct);
    expect(text(el)).to.contain('Thursday, October 28, 2021');
    expect(rows(el)).to.deep.equal([
      'Session 1 10:00 AM MDT 12:00 PM your time',
      'Session 2 4:00 PM MDT 6:00 PM your time',
      'Session 3 7:00 PM MDT 9:00 PM your time',
    ]);
    expect(text(el)).to.contain('Register by Wednesday, October 27 at 1:00 PM MDT');
    expect(status(el)).to.equal('Registration closes in 7 days.');
    await accessible(el);
  });

  it('leaves out "your time" when the viewer’s clock reads the same, and adds the weekday when the day differs', async () => {
    timers('2021-10-20T12:00:00Z');
    const same = await show(oct, 'America/Boise');
    expect(rows(same)[0]).to.equal('Session 1 10:00 AM MDT');
    const tokyo = await show(oct, 'Asia/Tokyo');
    expect(rows(tokyo)).to.deep.equal([
      'Session 1 10:00 AM MDT Fri 1:00 AM your time',
      'Session 2 4:00 PM MDT Fri 7:00 AM your time',
      'Session 3 7:00 PM MDT Fri 10:00 AM your time',
    ]);
  });

  it('follows a time-zone attribute change live', async () => {
    dateOnly('2021-10-20T12:00:00Z');
    const el = await show(oct, 'America/Denver');
    expect(rows(el)[0]).to.equal('Session 1 10:00 AM MDT');
    el.parentElement!.setAttribute('time-zone', 'Europe/London');
    await waitUntil(() => rows(el)[0].includes('your time'), 'did not follow the zone');
    expect(rows(el)[0]).to.equal('Session 1 10:00 AM MDT 5:00 PM your time');
  });

  it('the August 2025 seed is PDT (never "PST in August"), sessions on two days, a range when the end is given', async () => {
    dateOnly('2025-08-01T12:00:00Z');
    const el = await show(aug, 'America/Los_Angeles');
    expect($$(el, 'h3').map((h) => h.textContent!.trim())).to.deep.equal([
      'Thursday, August 21, 2025',
      'Friday, August 22, 2025',
    ]);
    expect(rows(el)).to.deep.equal(['6:00 – 8:30 PM PDT', '7:00 AM PDT']);
    expect(text(el)).not.to.contain('PST');
  });

  it('odd offsets: Etc/GMT+5 shows as GMT-5, a Kathmandu viewer sees +05:45', async () => {
    timers('2024-12-01T00:00:00Z');
    const el = await show(
      { title: 'T', timeZone: 'Etc/GMT+5', sessions: [{ start: '2025-01-01T10:00' }] },
      'Asia/Kathmandu',
    );
    expect(rows(el)).to.deep.equal(['10:00 AM GMT-5 8:45 PM your time']);
  });

  it('speaks Spanish with Spanish dates', async () => {
    timers('2021-10-20T12:00:00Z');
    const el = await show(oct, 'America/New_York', 'es-MX');
    expect($(el, 'legend')!.textContent!.trim()).to.equal('Elige una sesión');
    expect(text(el)).to.contain('jueves, 28 de octubre de 2021');
    // The zone named in Spanish ("hora de la montaña"; engines' CLDR versions add more or less
    // around it), not "GMT-6"; "your time" as a Spanish reader would say it.
    expect(rows(el)[0])
      .to.match(/^Session 1 10:00 .*hora de la montaña.* 12:00 .*en tu zona horaria$/)
      .and.not.contain('GMT');
    expect(status(el)).to.equal('La inscripción cierra dentro de 7 días.');
    expect($(el, '.btn')!.textContent!.trim()).to.equal('Inscribirme');
    await accessible(el);
  });

  describe('states and countdown', () => {
    it('counts down each minute, announces politely at milestones only, then closes registration', async () => {
      const clock = timers('2021-10-27T18:01:30Z'); // deadline 19:00Z: 58.5 minutes left
      const el = await show(oct);
      expect(status(el)).to.equal('Registration closes in 59 minutes.');
      expect(said(el)).to.equal('');
      await clock.tickAsync(60_000);
      await el.updateComplete;
      expect(status(el)).to.equal('Registration closes in 58 minutes.');
      expect(said(el)).to.equal(''); // no announcement on an ordinary tick
      await clock.tickAsync(28 * 60_000);
      await el.updateComplete;
      expect(status(el)).to.equal('Registration closes in 30 minutes.');
      expect(said(el)).to.equal('Registration closes in 30 minutes.');
      await clock.tickAsync(60_000);
      await el.updateComplete;
      expect(said(el)).to.equal('Registration closes in 30 minutes.');
      expect($$(el, '.btn')).to.have.length(1);
      await clock.tickAsync(30 * 60_000);
      await el.updateComplete;
      expect(status(el)).to.equal('Registration is closed.');
      expect(said(el)).to.equal('Registration is closed.');
      expect($$(el, '.btn')).to.have.length(0);
      expect(text(el)).not.to.contain('Register by');
      await accessible(el);
    });

    it('runs no timer while the page is hidden', async () => {
      const clock = timers('2021-10-27T18:00:00Z');
      const el = await show(oct);
      expect(clock.countTimers()).to.equal(1);
      let hidden = true;
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(clock.countTimers()).to.equal(0);
      await clock.tickAsync(10 * 60_000);
      expect(status(el)).to.equal('Registration closes in 60 minutes.');
      hidden = false;
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      delete (document as { hidden?: boolean }).hidden;
      expect(status(el)).to.equal('Registration closes in 50 minutes.');
      expect(clock.countTimers()).to.equal(1);
    });

    it('leaves no timer behind once removed from the page, even if it updates again', async () => {
      const clock = timers('2021-10-27T18:00:00Z');
      const el = await show(oct);
      expect(clock.countTimers()).to.equal(1);
      el.remove();
      el.requestUpdate(); // what a late QR or .ics import does
      await el.updateComplete;
      expect(clock.countTimers()).to.equal(0);
    });

    it('keeps counting down after being moved in the page', async () => {
      const clock = timers('2021-10-27T17:28:00Z'); // deadline 19:00Z: 92 minutes left
      const el = await show(oct);
      expect(status(el)).to.equal('Registration closes in 92 minutes.');
      const wrap = el.parentElement!;
      el.remove();
      wrap.append(el); // what a carousel or a framework does
      await el.updateComplete;
      await clock.tickAsync(2 * 60_000);
      await el.updateComplete;
      expect(status(el)).to.equal('Registration closes in 90 minutes.');
      expect(clock.countTimers()).to.equal(1);
    });

    it('marks a session happening now', async () => {
      timers('2021-10-28T16:30:00Z');
      const el = await show(oct);
      expect(rows(el)[0]).to.match(/Happening now$/);
      expect(said(el)).to.equal('');
      expect(status(el)).to.equal('Registration is closed.');
      await accessible(el);
    });

    it('marks sessions over when they end; none can be picked once over', async () => {
      const clock = timers('2021-10-28T16:30:00Z');
      const el = await show(oct);
      await clock.tickAsync(31 * 60_000);
      await el.updateComplete;
      expect(rows(el)[0]).to.match(/Over$/);
      expect($$(el, 'input').map((i) => (i as HTMLInputElement).disabled)).to.deep.equal([
        true,
        false,
        false,
      ]);
      await accessible(el);
    });

    it('says when the whole event is over, with no timer left running', async () => {
      const clock = timers('2021-11-01T00:00:00Z');
      const el = await show(oct);
      expect(status(el)).to.equal('This town hall is over.');
      expect(rows(el).every((r) => r.endsWith('Over'))).to.equal(true);
      expect(clock.countTimers()).to.equal(0);
      expect($$(el, '.cal')).to.have.length(0);
      await accessible(el);
    });

    it('announces a session starting', async () => {
      const clock = timers('2021-10-28T21:59:00Z');
      const el = await show(oct);
      await clock.tickAsync(61_000);
      await el.updateComplete;
      expect(said(el)).to.equal(
        'Registration is closed. Happening now: 4:00 PM MDT (6:00 PM your time)',
      );
    });

    it('announces a session starting in the event’s time only, when the reader’s clock reads the same', async () => {
      const clock = timers('2021-10-28T21:59:00Z');
      const el = await show(oct, 'America/Denver');
      await clock.tickAsync(61_000);
      await el.updateComplete;
      expect(said(el)).to.equal('Registration is closed. Happening now: 4:00 PM MDT');
    });
  });

  describe('choosing and registering', () => {
    it('names each session with its day, so a screen reader arrowing through hears which day', async () => {
      timers('2025-08-01T12:00:00Z');
      const el = await show(aug, 'America/New_York');
      expect(await radioNames(el)).to.deep.equal([
        'Thursday, August 21, 2025 6:00 – 8:30 PM PDT 9:00 – 11:30 PM your time',
        'Friday, August 22, 2025 7:00 AM PDT 10:00 AM your time',
      ]);
    });

    it('is a native radio group: arrow keys move the choice, and it is remembered per event', async () => {
      timers('2021-10-20T12:00:00Z');
      const el = await show(oct);
      const radios = $$(el, 'input[type=radio]') as HTMLInputElement[];
      expect(radios.every((r) => !r.checked)).to.equal(true);
      radios[0].focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(radios.map((r) => r.checked)).to.deep.equal([false, true, false]);
      const again = await show(oct);
      expect(($$(again, 'input') as HTMLInputElement[]).map((r) => r.checked)).to.deep.equal([
        false,
        true,
        false,
      ]);
      const other = await show({
        ...oct,
        title: 'Another town hall',
        registrationUrl: 'https://union.example/other',
      });
      expect(($$(other, 'input') as HTMLInputElement[]).some((r) => r.checked)).to.equal(false);
    });

    it('keeps the choice when a session is added above it, not for a later event on the same link', async () => {
      timers('2021-10-20T12:00:00Z');
      const el = await show(oct);
      ($$(el, 'input')[1] as HTMLInputElement).click(); // Session 2
      await el.updateComplete;
      const added = await show({
        ...oct,
        sessions: [{ id: 's0', label: 'Session 0', start: '2021-10-27T19:00' }, ...oct.sessions],
      });
      expect(($$(added, 'input') as HTMLInputElement[]).map((r) => r.checked)).to.deep.equal([
        false,
        false,
        true,
        false,
      ]);
      // November's town hall, on the same registration link with the same session ids.
      const later = await show({
        ...oct,
        sessions: oct.sessions.map((s) => ({ ...s, start: s.start.replace('10-28', '11-18') })),
      });
      expect(($$(later, 'input') as HTMLInputElement[]).some((r) => r.checked)).to.equal(false);
    });

    it('works where storage is blocked (in memory)', async () => {
      timers('2021-10-20T12:00:00Z');
      sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('blocked', 'SecurityError'));
      const data = { ...oct, title: 'Blocked storage town hall' };
      const el = await show(data);
      ($$(el, 'input')[2] as HTMLInputElement).click();
      await el.updateComplete;
      const again = await show(data);
      expect(($$(again, 'input')[2] as HTMLInputElement).checked).to.equal(true);
    });

    it('Register opens the link with source and fires union-register with the session', async () => {
      timers('2021-10-20T12:00:00Z');
      const el = await show(oct);
      ($$(el, 'input')[1] as HTMLInputElement).click();
      await el.updateComplete;
      const a = $<HTMLAnchorElement>(el, 'a.btn')!;
      expect(a.href).to.equal(
        'https://actionnetwork.org/forms/register-alliance-oct-tth?clear_id=true&source=UFCW7',
      );
      a.addEventListener('click', (e) => e.preventDefault());
      const fired = oneEvent(el, 'union-register');
      a.click();
      const e = (await fired) as unknown as UnionRegisterEvent;
      expect([e.url, e.session, e.start]).to.deep.equal([a.href, 's2', '2021-10-28T22:00:00.000Z']);
    });

    it('uses a session’s own registration link when it has one', async () => {
      timers('2021-10-20T12:00:00Z');
      const data = {
        ...oct,
        sessions: [
          { ...oct.sessions[0], registrationUrl: 'https://union.example/s1' },
          oct.sessions[1],
        ],
      };
      const el = await show(data, 'America/New_York', 'en', 'L7');
      ($$(el, 'input')[0] as HTMLInputElement).click();
      await el.updateComplete;
      expect($<HTMLAnchorElement>(el, 'a.btn')!.href).to.equal(
        'https://union.example/s1?source=L7',
      );
    });
  });

  describe('a refresh under the member’s focus', () => {
    /** The focused radio's session, as its label reads. */
    const focusedRow = (el: Element) =>
      (el.shadowRoot!.activeElement as HTMLInputElement | null)
        ?.closest('label')
        ?.textContent?.replace(/\s+/g, ' ')
        .trim();

    it('keeps focus on the same session when one is added above it, and Space picks that one', async () => {
      timers('2021-10-20T12:00:00Z');
      const el = await show(oct);
      ($$(el, 'input')[1] as HTMLInputElement).focus();
      el.data = {
        ...oct,
        sessions: [{ id: 's0', label: 'Session 0', start: '2021-10-28T08:00' }, ...oct.sessions],
      };
      await el.updateComplete;
      expect(focusedRow(el)).to.contain('Session 2 ');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(($$(el, 'input') as HTMLInputElement[]).map((r) => r.checked)).to.deep.equal([
        false,
        false,
        true,
        false,
      ]);
    });

    it('moves focus to a neighbouring session when the focused one is removed, and to the heading when none is left', async () => {
      timers('2021-10-20T12:00:00Z');
      const el = await show(oct);
      ($$(el, 'input')[2] as HTMLInputElement).focus();
      el.data = { ...oct, sessions: oct.sessions.slice(0, 2) };
      await el.updateComplete;
      expect(focusedRow(el)).to.contain('Session 2 ');
      el.data = { ...oct, sessions: [] };
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement!.localName).to.equal('h2');
      expect(document.activeElement).to.equal(el);
    });
  });

  describe('add to calendar', () => {
    it('asks for a session first, then offers .ics, Google Calendar and Outlook (loaded on choice)', async () => {
      dateOnly('2021-10-20T12:00:00Z');
      const el = await show(oct);
      expect(text(el)).to.contain('Choose a session to add it to your calendar.');
      ($$(el, 'input')[0] as HTMLInputElement).click();
      await waitUntil(() => $$(el, '.cal a').length === 3, 'no calendar links');
      const links = $$(el, '.cal a') as HTMLAnchorElement[];
      expect(links.map((a) => a.textContent!.trim())).to.deep.equal([
        'Calendar file (.ics)',
        'Google Calendar',
        'Outlook',
      ]);
      expect(links[0].href).to.match(/^blob:/);
      expect(links[0].getAttribute('download')).to.equal('town-hall.ics');
      const google = new URL(links[1].href);
      expect(google.searchParams.get('dates')).to.equal('20211028T160000Z/20211028T170000Z');
      expect(google.searchParams.get('text')).to.equal(`${oct.title} (Session 1)`);
      const outlook = new URL(links[2].href);
      expect([
        outlook.searchParams.get('startdt'),
        outlook.searchParams.get('enddt'),
      ]).to.deep.equal(['2021-10-28T16:00:00Z', '2021-10-28T17:00:00Z']);
      await accessible(el);
    });

    it('the .ics download parses with ical.js to the right instants and fields', async () => {
      dateOnly('2025-08-01T12:00:00Z');
      const el = await show(aug);
      ($$(el, 'input')[0] as HTMLInputElement).click();
      await waitUntil(() => $(el, '.cal a'), 'no calendar links');
      const file = await (await fetch(($(el, '.cal a') as HTMLAnchorElement).href)).text();
      expect(file.endsWith('\r\n')).to.equal(true);
      expect(
        file
          .split('\r\n')
          .slice(0, -1)
          .every((l) => l.length > 0 && !l.includes('\n')),
      ).to.equal(true);
      const cal = new ICAL.Component(ICAL.parse(file));
      expect(cal.getFirstPropertyValue('version')).to.equal('2.0');
      expect(cal.getFirstPropertyValue('prodid')).to.be.a('string');
      const ev = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
      expect(ev.startDate.toJSDate().toISOString()).to.equal('2025-08-22T01:00:00.000Z');
      expect(ev.endDate.toJSDate().toISOString()).to.equal('2025-08-22T03:30:00.000Z');
      expect(ev.startDate.isDate).to.equal(false);
      expect(ev.summary).to.equal(aug.title);
      expect(ev.uid).to.match(/@union-widgets$/);
      const vevent = cal.getFirstSubcomponent('vevent')!;
      expect(vevent.getFirstPropertyValue('url')).to.equal(
        'https://alliance.example/town-hall-2025?source=UFCW7',
      );
      expect(
        (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString(),
      ).to.equal('2025-08-01T12:00:00.000Z');
    });

    it('escapes TEXT and folds long lines at 75 octets without splitting a character', () => {
      const description =
        'Salario, personal; y "seguridad"\\ — ¡únete! 🗳️ '.repeat(6) + '\nSegunda línea';
      const file = ics(
        { uid: 'u@x', title: 'Asamblea, 28; oct', description, start: 0, end: 36e5 },
        0,
      );
      const lines = file.split('\r\n');
      const octets = (s: string) => new TextEncoder().encode(s).length;
      expect(lines.every((l) => octets(l) <= 75)).to.equal(true);
      expect(lines.some((l) => l.startsWith(' '))).to.equal(true);
      expect(file).to.contain('SUMMARY:Asamblea\\, 28\\; oct');
      const ev = new ICAL.Component(ICAL.parse(file)).getFirstSubcomponent('vevent')!;
      expect(ev.getFirstPropertyValue('description')).to.equal(description);
      expect(ev.getFirstPropertyValue('summary')).to.equal('Asamblea, 28; oct');
      expect(fold('a'.repeat(75))).to.equal('a'.repeat(75));
      expect(fold('a'.repeat(76))).to.equal('a'.repeat(75) + '\r\n a');
    });
  });

  describe('QR code', () => {
    it('loads the encoder lazily and renders a code that scans to the registration link with source', async () => {
      dateOnly('2025-08-01T12:00:00Z');
      const el = await show(aug);
      await waitUntil(() => $(el, 'figure svg path'), 'no QR rendered');
      const code = $<SVGSVGElement>(el, 'figure svg')!;
      expect(code.getAttribute('role')).to.equal('img');
      expect(code.getAttribute('aria-label')).to.equal('QR code with the registration link');
      expect(code.getAttribute('shape-rendering')).to.equal('crispEdges');
      expect($(el, 'figcaption')!.textContent!.trim()).to.equal('Scan to register');
      expect(await decodeQr(code)).to.equal('https://alliance.example/town-hall-2025?source=UFCW7');
      await accessible(el);
    });

    it('leaves the QR out with a note when the link is too long; the rest works', async () => {
      dateOnly('2025-08-01T12:00:00Z');
      const el = await show({
        ...aug,
        registrationUrl: 'https://alliance.example/r?x=' + 'a'.repeat(3000),
      });
      await waitUntil(() => text(el).includes('too long for a QR code'), 'no note');
      expect($$(el, 'figure')).to.have.length(0);
      expect($$(el, 'a.btn')).to.have.length(1);
      await accessible(el);
    });

    it('shows no QR when qr is false or registration is closed', async () => {
      dateOnly('2025-08-01T12:00:00Z');
      const off = await show({ ...aug, qr: false });
      await off.updateComplete;
      expect($$(off, 'figure')).to.have.length(0);
      sinon.restore();
      dateOnly('2025-09-01T12:00:00Z');
      const over = await show(aug);
      expect($$(over, 'figure')).to.have.length(0);
    });
  });

  describe('bad input: a message naming the field, nothing thrown', () => {
    const errorFor = async (data: unknown) => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<UnionTownHall>(
        html`<union-town-hall lang="en"><a href="/th">Town hall</a></union-town-hall>`,
      );
      const error = oneEvent(el, 'union-error');
      el.data = data as TownHallData;
      const e = (await error) as unknown as UnionErrorEvent;
      await el.updateComplete;
      return { el, e, warn };
    };

    it('an unknown zone: fallback content and the field named', async () => {
      const { el, e, warn } = await errorFor({ ...oct, timeZone: 'Not/AZone' });
      expect(e.errors[0]).to.equal(
        'data: timeZone: "Not/AZone" is not a time zone (an IANA name such as America/Denver)',
      );
      expect(warn.calledWithMatch(/timeZone: "Not\/AZone"/)).to.equal(true);
      expect($$(el, 'slot')).to.have.length(1);
      await accessible(el);
    });

    it('a "PST" zone: refused, with the IANA name to use', async () => {
      const { el, e } = await errorFor({ ...oct, timeZone: 'PST' });
      expect(e.errors).to.deep.equal([
        'data: timeZone: "PST" is not a time zone (an IANA name such as America/Denver); use America/Los_Angeles',
      ]);
      expect($$(el, 'slot')).to.have.length(1);
    });

    it('an invalid date: refused; an end before its start: left out, the session lasts its default', async () => {
      const bad = await errorFor({
        ...oct,
        sessions: [oct.sessions[0], { start: '2021-10-28T25:00' }],
      });
      expect(bad.e.errors[0]).to.equal(
        'data: sessions[1].start: "2021-10-28T25:00" is not a date-time',
      );
      sinon.restore();
      dateOnly('2021-10-28T16:30:00Z');
      const back = await errorFor({
        ...oct,
        sessions: [{ start: '2021-10-28T10:00', end: '2021-10-28T09:00' }],
      });
      expect(back.e.errors).to.deep.equal([]);
      expect(back.e.warnings).to.deep.equal([
        'data: sessions[0].end: "2021-10-28T09:00" is not after its start; left out',
      ]);
      expect(rows(back.el)).to.have.length(1);
      expect(text(back.el)).to.contain('Happening now');
    });

    it('a javascript: registration link: left out with a warning, no Register and no QR, sessions still shown', async () => {
      dateOnly('2021-10-20T12:00:00Z');
      const { el, e, warn } = await errorFor({ ...oct, registrationUrl: 'javascript:alert(1)' });
      const message =
        'data: registrationUrl: "javascript:alert(1)" is not a link (http, https, mailto, tel or sms); left out';
      expect(e.errors).to.deep.equal([]);
      expect(e.warnings).to.deep.equal([message]);
      expect(warn.calledWithMatch(message)).to.equal(true);
      expect(rows(el)).to.have.length(3);
      expect($$(el, 'a.btn')).to.have.length(0);
      expect($$(el, 'figure')).to.have.length(0);
      expect($$(el, '[href^=javascript]')).to.have.length(0);
    });

    it('a javascript: link on one session: that session falls back to the event’s link', async () => {
      dateOnly('2021-10-20T12:00:00Z');
      const sessions = [{ ...oct.sessions[0], registrationUrl: 'javascript:alert(1)' }];
      const { el, e } = await errorFor({ ...oct, sessions });
      expect(e.warnings).to.deep.equal([
        'data: sessions[0].registrationUrl: "javascript:alert(1)" is not a link (http, https, mailto, tel or sms); left out',
      ]);
      expect($$(el, 'a.btn')[0].getAttribute('href')).to.match(/^https:\/\/actionnetwork\.org\//);
      expect($$(el, '[href^=javascript]')).to.have.length(0);
    });

    it('a deadline after the last session: reported, registration closes when the event ends', async () => {
      dateOnly('2021-10-28T16:30:00Z');
      const { el, e } = await errorFor({ ...oct, deadline: '2021-11-30T12:00' });
      expect(e.errors).to.deep.equal([]);
      expect(e.warnings).to.deep.equal([
        'data: deadline: "2021-11-30T12:00" is after the last session ends; registration closes then',
      ]);
      expect(text(el)).to.contain('Register by Thursday, October 28 at 8:00 PM MDT');
    });

    it('keeps the last good data when new data is bad', async () => {
      sinon.stub(console, 'warn');
      timers('2021-10-20T12:00:00Z');
      const el = await show(oct);
      el.data = { ...oct, timeZone: 'Not/AZone' };
      await el.updateComplete;
      expect(rows(el)).to.have.length(3);
    });
  });

  it('no sessions: says so calmly', async () => {
    timers('2021-10-20T12:00:00Z');
    const el = await show({ ...oct, sessions: [] });
    expect(text(el)).to.contain('No sessions announced yet.');
    expect($$(el, 'fieldset, a.btn')).to.have.length(0);
    await accessible(el);
  });

  it('fifty sessions over a week stay grouped by day', async () => {
    timers('2021-10-01T12:00:00Z');
    const sessions = Array.from({ length: 50 }, (_, i) => ({
      start: `2021-10-${String(11 + Math.floor(i / 10)).padStart(2, '0')}T${String(8 + (i % 10)).padStart(2, '0')}:00`,
    }));
    const el = await show({ ...oct, deadline: undefined, sessions });
    expect($$(el, 'input')).to.have.length(50);
    expect($$(el, 'h3')).to.have.length(5);
    await accessible(el);
  });

  it('loads both seed town halls from the sample campaign file', async () => {
    dateOnly('2021-10-20T12:00:00Z');
    const el = await fixture<UnionTownHall>(
      html`<union-town-hall lang="en" src="/demo/campaign.json#/townHall"></union-town-hall>`,
    );
    await waitUntil(() => $$(el, 'input').length === 3, 'seed not rendered');
    const el2 = await fixture<UnionTownHall>(
      html`<union-town-hall lang="en" src="/demo/campaign.json#/townHall2025"></union-town-hall>`,
    );
    await waitUntil(() => $$(el2, 'input').length === 2, 'seed not rendered');
  });

  it('shows Loading… for a slow feed, and is axe-clean', async () => {
    const el = await fixture<UnionTownHall>(
      html`<union-town-hall lang="en" src=${`/__feed/${unique()}?delay=300`}></union-town-hall>`,
    );
    expect($(el, '[role=status]')!.textContent!.trim()).to.equal('Loading…');
    await accessible(el);
  });

  it('fits a 280 px sidebar without horizontal scrolling', async () => {
    dateOnly('2025-08-01T12:00:00Z');
    const wrap = await fixture(
      html`<div time-zone="Asia/Tokyo" lang="es" class="narrow">
        <union-town-hall
          .data=${{ ...aug, title: 'Asamblea virtual nacional de negociación colectiva '.repeat(3) }}
        ></union-town-hall>
      </div>`,
    );
    (wrap as HTMLElement).style.width = '280px';
    const el = wrap.querySelector('union-town-hall')!;
    await waitUntil(() => $(el, 'figure svg'), 'no QR rendered');
    const box = $(el, '.widget')!;
    expect(box.scrollWidth <= box.clientWidth + 1).to.equal(true);
    expect(el.getBoundingClientRect().width).to.equal(280);
    await accessible(el);
  });
});
