import { html, isServer, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { UnionElement } from '../internal/element.js';
import { UnionRegisterEvent } from '../internal/events.js';
import { noteFocus, restoreFocus } from '../internal/focus.js';
import { dateFormat, readerZone, relativeFormat } from '../internal/i18n.js';
import { uniqueKeys } from '../internal/keys.js';
import { nowOf } from '../internal/now.js';
import { load, save } from '../internal/storage.js';
import { actionHref } from '../internal/url.js';
import type { CalendarEvent } from './ics.js';
import {
  closesAt,
  left,
  nextChange,
  phase,
  rightUntil,
  slots,
  townHallSchema,
  type Slot,
  type TownHallData,
} from './model.js';
import type { Qr } from './qr.js';
import { dayIn, sameClock } from '../internal/zoned.js';
import { townHallStyles } from './styles.js';

/**
 * What is kept of a member's choice of session: the session and its time, so the same ids in a
 * later event on the same link (or a session moved to another time) are not taken for it.
 */
const choice = (s: Slot) => `${s.key} ${s.start}`;

const MAX_DELAY = 2 ** 31 - 1;

/** The calendar helpers, fetched once a member picks a session (most visitors never do). */
let calendar: typeof import('./ics.js') | undefined;

/**
 * QR codes by the link they encode (null: too long for one), made once per page; a prerendered
 * page's codes are read back from its markup, so its encoder is never fetched.
 */
const codes = new Map<string, Qr | null>();
const making = new Map<string, Promise<void>>();

/** Resolves once every QR code asked for so far is made (a server render waits for them). */
export const codesMade = (): Promise<unknown> => Promise.all(making.values());

function makeCode(url: string): Promise<void> {
  let made = making.get(url);
  if (!made) {
    made = import('./qr.js')
      .then(({ qr }) => qr(url))
      .then(
        (c) => void codes.set(url, c ?? null),
        () => void codes.set(url, null),
      );
    making.set(url, made);
  }
  return made;
}

/**
 * A town hall's sessions in the event's zone and the viewer's, grouped by day; a registration
 * deadline that counts down and closes; a remembered choice of session; "add to calendar"
 * (.ics, Google, Outlook); and a QR code of the registration link, whose encoder loads only when
 * a QR is shown.
 *
 * @tag union-town-hall
 * @summary Town-hall sessions in every member's own time, with registration and calendar.
 * @csspart title - The heading.
 * @csspart session - One session's row.
 * @csspart register - The Register link.
 * @csspart qr - The QR code's figure.
 * @cssprop [--union-accent=#a4161a] - Register button and "happening now" badge.
 * @fires {UnionRegisterEvent} union-register - A member chose Register; `url` (with `source`),
 *   `session` (the session's id, or its start as written) and `start` (ISO instant).
 */
export class UnionTownHall extends UnionElement<TownHallData> {
  static override styles = [UnionElement.styles, townHallStyles];

  static override properties = {
    ...UnionElement.properties,
    chosen: { state: true },
    code: { state: true },
  };

  protected readonly schema = townHallSchema;
  protected readonly section = 'townHall' as const;

  /** Key of the session the member picked. */
  private chosen?: string;
  /** The QR for `codeFor`: undefined while loading, null when the link is too long. */
  private code?: Qr | null;
  #codeFor?: string;
  // What this render shows, worked out once in willUpdate.
  #now = 0;
  #list: Slot[] = [];
  #closes = 0;
  #pick?: Slot;
  /** The Register link (with `source`) while registration is open. */
  #href?: string;
  // The polite live region: its text, and what it last spoke about.
  #said = '';
  #sayKey?: string;
  #sayPart = '';
  /** The status line under the sessions. */
  #status = '';
  #timer?: ReturnType<typeof setTimeout>;
  #blob?: [key: string, url: string];
  readonly #onVisibility = () => {
    this.#stop();
    if (!document.hidden) this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#stop();
    if (this.#blob) URL.revokeObjectURL(this.#blob[1]);
    this.#blob = undefined;
  }

  /** New data brings back the session this member chose for it (or the only one). */
  protected override accept(raw: unknown, origin: string): void {
    const before = this.model;
    super.accept(raw, origin);
    const d = this.model;
    if (!d || d === before) return;
    const list = slots(d);
    const kept = load<string>(this.#storeKey(d));
    this.chosen =
      list.find((s) => choice(s) === kept)?.key ?? (list.length === 1 ? list[0].key : undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const d = this.model;
    this.#now = nowOf(this);
    this.#list = d ? slots(d) : [];
    this.#closes = d ? closesAt(d, this.#list) : 0;
    this.#pick = this.#list.find((s) => s.key === this.chosen);
    this.#href =
      d && this.#now < this.#closes
        ? // A remembered session that is over no longer decides where "Register" goes.
          actionHref(
            (this.#pick && this.#now < this.#pick.end ? this.#pick.url : undefined) ??
              d.registrationUrl,
            this.source,
          )
        : undefined;
    const url = d?.qr !== false ? this.#href : undefined;
    if (url !== this.#codeFor) {
      this.#codeFor = url;
      this.code = url ? codes.get(url) : undefined;
      if (url && !codes.has(url))
        makeCode(url).then(() => this.#codeFor === url && (this.code = codes.get(url)));
    }
  }

  /** The server's QR code, kept: the same link needs no encoder. */
  protected override adopt(root: ShadowRoot): void {
    const svg = root.querySelector('svg[data-for]');
    const d = svg?.querySelector('path')?.getAttribute('d');
    const size = Number(svg?.getAttribute('viewBox')?.split(' ')[2]);
    if (d && size > 0) codes.set(svg!.getAttribute('data-for')!, { size, d });
  }

  protected override updated(): void {
    // Rescheduled after every render: new data or a new choice may bring the next change closer.
    this.#stop();
    // Lit still updates a removed element (a QR or .ics import resolving): never re-arm then.
    if (!this.isConnected) return;
    const next = nextChange(this.#list, this.#closes, this.#now);
    if (next === undefined || document.hidden) return;
    // Each minute while the countdown shows; otherwise straight to the next change.
    const delay = Math.min(
      next - this.#now + 1,
      this.#now < this.#closes ? 6e4 - (this.#now % 6e4) : MAX_DELAY,
    );
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.requestUpdate();
    }, delay);
  }

  #stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #choose(d: TownHallData, s: Slot): void {
    this.chosen = s.key;
    save(this.#storeKey(d), choice(s));
  }

  /** The event (its link, or title): a session added or removed around the choice keeps it. */
  #storeKey = (d: TownHallData) => `town-hall:${d.registrationUrl ?? d.title}`;

  /** A Blob URL for the session's .ics file, made once per session and revoked when replaced. */
  #icsHref(e: CalendarEvent): string {
    const key = JSON.stringify(e);
    if (this.#blob?.[0] !== key) {
      if (this.#blob) URL.revokeObjectURL(this.#blob[1]);
      this.#blob = [
        key,
        URL.createObjectURL(new Blob([calendar!.ics(e, Date.now())], { type: 'text/calendar' })),
      ];
    }
    return this.#blob[1];
  }

  /** Times of a session (a range when it has an end) in `zone`. */
  #range(s: Slot, zone: string, extra?: Intl.DateTimeFormatOptions): string {
    const f = dateFormat(this.locale.tag, {
      hour: 'numeric',
      minute: '2-digit',
      timeZone: zone,
      ...extra,
    });
    return this.model!.sessions[s.index].end ? f.formatRange(s.start, s.end) : f.format(s.start);
  }

  /** A session's times in the event's zone, with the zone's name. */
  #inEventZone(s: Slot): string {
    return this.#range(s, this.model!.timeZone, { timeZoneName: this.locale.t.intl.timeZoneName });
  }

  /**
   * The status line ("Registration closes in 59 minutes."), and what the polite live region says:
   * only when the state or the countdown's unit changes, or at 60/30/15/5/1 minutes left — never
   * on every tick.
   */
  #updateStatus(): void {
    const now = this.#now;
    const list = this.#list;
    const th = this.locale.t.townHall;
    let status = '';
    let part = '';
    if (list.length && list.every((s) => now >= s.end)) status = part = th.eventOver;
    else if (list.length && now >= this.#closes) status = part = th.closed;
    else if (now < this.#closes) {
      const [n, unit] = left(this.#closes - now);
      status = th.closesIn(relativeFormat(this.locale.tag, { numeric: 'auto' }).format(n, unit));
      part = unit == 'minute' && ![60, 30, 15, 5, 1].includes(n) ? this.#sayPart : unit + n;
    }
    this.#status = status;
    this.#sayPart = part;
    const live = list.find((s) => phase(s, now) == 'now');
    const key = part + (live?.key ?? '');
    if (this.#sayKey !== undefined && key !== this.#sayKey)
      this.#said = live ? `${status} ${th.now}: ${this.#sessionTimes(live)}` : status;
    this.#sayKey = key;
  }

  /** The chosen session as a calendar event, while it is still to come. */
  #calendarEvent(d: TownHallData): CalendarEvent | undefined {
    const pick = this.#pick;
    if (!pick || this.#now >= pick.end) return undefined;
    return {
      title: d.title + (pick.label ? ` (${pick.label})` : ''),
      description: d.description,
      url: this.#href,
      start: pick.start,
      end: pick.end,
    };
  }

  /** Sessions render by key; when a refresh removes the focused session, focus stays in the list. */
  protected override update(changed: PropertyValues<this>): void {
    const spot = noteFocus(this.shadowRoot, 'label[part=session]');
    super.update(changed);
    restoreFocus(this.shadowRoot, spot, 'input:enabled', () =>
      this.shadowRoot?.querySelector('[part=title]'),
    );
  }

  protected override renderData(d: TownHallData): TemplateResult {
    this.#updateStatus();
    if (isServer) this.until = rightUntil(this.#list, this.#closes, this.#now);
    const qr = d.qr !== false && !!this.#href;
    return html`<section class="widget" part="base">
      ${this.heading(d.title)} ${this.#renderDescription(d)}
      <div class=${qr ? 'layout with-qr' : 'layout'}>
        <div>
          ${this.#renderSessions(d)} ${this.#renderDeadline(d)} ${this.#renderPhaseNote()}
          <div class="sr" role="status">${this.#said}</div>
          ${this.#renderRegister()} ${this.#renderCalendar(d)}
        </div>
        ${qr ? this.#renderQr() : nothing}
      </div>
    </section>`;
  }

  #renderDescription(d: TownHallData) {
    return d.description ? html`<p>${d.description}</p>` : nothing;
  }

  /** Where the town hall stands ("Registration closes in 2 hours", "Happening now"). */
  #renderPhaseNote() {
    return this.#status ? html`<p><b>${this.#status}</b></p>` : nothing;
  }

  /** The sessions as one radio group, under a heading per day (in the event's zone). */
  #renderSessions(d: TownHallData) {
    const { tag, t } = this.locale;
    if (!this.#list.length) return html`<p>${t.townHall.noSessions}</p>`;
    const days = new Map<string, Slot[]>();
    for (const s of this.#list) {
      const day = dayIn(d.timeZone, s.start);
      days.set(day, [...(days.get(day) ?? []), s]);
    }
    const dayName = dateFormat(tag, { dateStyle: 'full', timeZone: d.timeZone });
    // Rows are keyed by session, so a refresh that adds one above cannot move focus onto another.
    const keys = uniqueKeys(this.#list, (s) => s.key);
    const rowKey = new Map(this.#list.map((s, i) => [s, keys[i]]));
    const sessionKey = (s: Slot) => rowKey.get(s)!;
    return html`<fieldset>
      <legend>${t.townHall.choose}</legend>
      ${repeat(
        days,
        ([day]) => day,
        ([, day]) =>
          html`${this.heading(dayName.format(day[0].start), 'sub')}
          ${repeat(day, sessionKey, (s) => this.#renderSession(d, s, dayName.format(s.start)))}`,
      )}
    </fieldset>`;
  }

  /** One session's radio; its name starts with its day, which sighted readers get from the heading. */
  #renderSession(d: TownHallData, s: Slot, day: string) {
    const th = this.locale.t.townHall;
    const p = phase(s, this.#now);
    return html`<label class=${p} part="session">
      <input
        type="radio"
        name="s"
        .checked=${this.chosen === s.key}
        ?disabled=${p == 'over'}
        @change=${() => this.#choose(d, s)}
      />
      <span>
        <span class="sr">${day}</span>
        ${s.label ? html`<b>${s.label}</b>` : nothing}
        <span>${this.#inEventZone(s)}</span> ${this.#renderReaderTime(s)}
        ${p == 'upcoming' ? nothing : html`<span class="badge">${p == 'now' ? th.now : th.over}</span>`}
      </span>
    </label>`;
  }

  /**
   * "8:00 – 10:30 PM your time" (with the weekday when the day differs), or nothing when the
   * reader's clock reads the same as the event's, or when the reader is unknown (a server render
   * without `time-zone`).
   */
  #readerTime(s: Slot): string | undefined {
    const ez = this.model!.timeZone;
    const vz = readerZone(this);
    if (!vz || sameClock(ez, vz, s.start)) return undefined;
    const weekday: Intl.DateTimeFormatOptions =
      dayIn(vz, s.start) == dayIn(ez, s.start) ? {} : { weekday: 'short' };
    return this.locale.t.townHall.yourTime(this.#range(s, vz, weekday));
  }

  /** A session's times as a screen reader hears them: the event's, then the reader's if they differ. */
  #sessionTimes(s: Slot): string {
    const yours = this.#readerTime(s);
    return yours ? `${this.#inEventZone(s)} (${yours})` : this.#inEventZone(s);
  }

  #renderReaderTime(s: Slot) {
    const yours = this.#readerTime(s);
    return yours ? html`<span class="muted">${yours}</span>` : nothing;
  }

  #renderDeadline(d: TownHallData) {
    if (!d.deadline || this.#now >= this.#closes) return nothing;
    const when = dateFormat(this.locale.tag, {
      hour: 'numeric',
      minute: '2-digit',
      timeZone: d.timeZone,
      weekday: 'long',
      month: 'long',
      day: 'numeric',
      timeZoneName: this.locale.t.intl.timeZoneName,
    }).format(this.#closes);
    return html`<p class="muted">${this.locale.t.townHall.registerBy(when)}</p>`;
  }

  #renderRegister() {
    const href = this.#href;
    const pick = this.#pick;
    if (!href) return nothing;
    const register = () =>
      this.dispatchEvent(
        new UnionRegisterEvent(href, pick?.key, pick && new Date(pick.start).toISOString()),
      );
    return html`<p>
      <a class="btn" part="register" href=${href} @click=${register}
        >${this.locale.t.townHall.register}</a
      >
    </p>`;
  }

  /** "Add to calendar" for the chosen session (its helpers load on first choice), or a hint to choose. */
  #renderCalendar(d: TownHallData) {
    const th = this.locale.t.townHall;
    const cal = this.#calendarEvent(d);
    if (cal && !calendar) import('./ics.js').then((m) => ((calendar = m), this.requestUpdate()));
    const links = cal && calendar?.calendarLinks(cal);
    if (links)
      return html`<p class="muted screen">${th.addToCalendar}</p>
        <ul class="cal screen">
          <li><a href=${this.#icsHref(cal!)} download="town-hall.ics">${th.ics}</a></li>
          <li><a href=${links.google}>Google Calendar</a></li>
          <li><a href=${links.outlook}>Outlook</a></li>
        </ul>`;
    const allOver = this.#list.every((s) => this.#now >= s.end);
    return allOver || cal ? nothing : html`<p class="muted screen">${th.pickToAdd}</p>`;
  }

  /** The registration link as a QR code (the encoder loads on first need), or why there is none. */
  #renderQr() {
    const th = this.locale.t.townHall;
    if (this.code === null) return html`<p class="muted">${th.qrTooLong}</p>`;
    // The code's square is kept while the encoder loads: nothing below it moves when it arrives.
    const code = this.code
      ? html`<svg
          role="img"
          aria-label=${th.qrName}
          data-for=${this.#codeFor!}
          viewBox="0 0 ${this.code.size} ${this.code.size}"
          shape-rendering="crispEdges"
        >
          <rect width="100%" height="100%" fill="#fff"></rect>
          ${svg`<path fill="#000" d=${this.code.d}></path>`}
        </svg>`
      : nothing;
    return html`<figure part="qr">
      <div class="code">${code}</div>
      <figcaption>${th.scan}</figcaption>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'union-town-hall': UnionTownHall;
  }
}
