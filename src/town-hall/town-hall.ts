import { css, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { UnionElement } from '../internal/element.js';
import { UnionRegisterEvent } from '../internal/events.js';
import { dateFormat, zoneOf } from '../internal/i18n.js';
import { load, save } from '../internal/storage.js';
import { actionHref, safeUrl } from '../internal/url.js';
import type { CalendarEvent } from './ics.js';
import {
  closesAt,
  left,
  nextChange,
  phase,
  slots,
  townHallSchema,
  type Slot,
  type TownHallData,
} from './model.js';
import type { Qr } from './qr.js';
import { dayIn, sameClock, toInstant } from '../internal/zoned.js';
import { url as link } from '../internal/schema.js';

const MAX_DELAY = 2 ** 31 - 1;

/** The calendar helpers, fetched once a member picks a session (most visitors never do). */
let calendar: typeof import('./ics.js') | undefined;

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
  static override styles = [
    UnionElement.styles,
    css`
      .g {
        display: grid;
        gap: 1rem;
      }
      @container (min-width: 34rem) {
        .q {
          grid-template-columns: 1fr auto;
        }
      }
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
        min-width: 0;
      }
      legend {
        font-weight: 600;
        padding: 0;
      }
      h3 {
        font-size: 1em;
        margin: 0.75rem 0 0.25rem;
      }
      label {
        display: flex;
        gap: 0.5rem;
        align-items: baseline;
        padding: 0.375rem 0;
        border-top: 1px solid var(--_track);
      }
      input {
        accent-color: var(--_accent-text);
        margin: 0;
      }
      label span {
        display: flex;
        flex-wrap: wrap;
        column-gap: 0.5rem;
      }
      .b,
      .btn {
        border-radius: var(--_radius);
        background: var(--_accent);
        color: var(--_on-accent);
        font-weight: 600;
        padding: 0 0.4em;
      }
      .btn {
        display: inline-block;
        padding: 0.5rem 1.25rem;
        text-decoration: none;
      }
      .over {
        color: var(--_muted);
      }
      /* High contrast drops backgrounds: badges and the Register button keep an edge. */
      @media (forced-colors: active) {
        .b,
        .btn {
          border: 1px solid;
        }
      }
      .over .b {
        background: none;
        color: var(--_muted);
        outline: 1px solid var(--_border);
        outline-offset: -1px;
      }
      .cal {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        padding: 0;
        list-style: none;
      }
      figure {
        margin: 0;
        justify-self: center;
        text-align: center;
        width: 10rem;
      }
      svg {
        display: block;
        width: 100%;
      }
    `,
  ];

  static override properties = {
    ...UnionElement.properties,
    chosen: { state: true },
    code: { state: true },
  };

  protected readonly schema = townHallSchema;

  /** Key of the session the member picked. */
  private chosen?: string;
  /** The QR for `codeFor`: undefined while loading, null when the link is too long. */
  private code?: Qr | null;
  private codeFor?: string;
  // What this render shows, worked out once in willUpdate.
  private now = 0;
  private list: Slot[] = [];
  private closes = 0;
  private pick?: Slot;
  /** The Register link (with `source`) while registration is open. */
  private href?: string;
  // The polite live region: its text, and what it last spoke about.
  private said = '';
  private sayKey?: string;
  private sayPart = '';
  private timer?: ReturnType<typeof setTimeout>;
  private blob?: [key: string, url: string];
  private readonly onVisibility = () => {
    this.stop();
    if (!document.hidden) this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stop();
    if (this.blob) URL.revokeObjectURL(this.blob[1]);
    this.blob = undefined;
  }

  /** Also reports what the widget works around (unsafe link, late deadline), keeping the data. */
  protected override accept(raw: unknown, origin: string): void {
    const before = this.model;
    super.accept(raw, origin);
    const d = this.model;
    if (!d || d === before) return;
    const list = slots(d);
    this.chosen = load<string>(this.storeKey(d)) ?? (list.length === 1 ? list[0].key : undefined);
    const soft: string[] = [];
    const badLink = (href: string | undefined, path: string) =>
      href && !safeUrl(href) && soft.push(`${path}: ${JSON.stringify(href)} is not ${link[0]}`);
    badLink(d.registrationUrl, 'registrationUrl');
    d.sessions.forEach((s, i) => badLink(s.registrationUrl, `sessions[${i}].registrationUrl`));
    if (
      d.deadline &&
      list.length &&
      toInstant(d.deadline, d.timeZone) > closesAt({ ...d, deadline: undefined }, list)
    )
      soft.push(
        `deadline: ${JSON.stringify(d.deadline)} is after the last session ends; registration closes then`,
      );
    if (soft.length) this.fail(soft.map((s) => `${origin}: ${s}`));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const d = this.model;
    this.now = Date.now();
    this.list = d ? slots(d) : [];
    this.closes = d ? closesAt(d, this.list) : 0;
    this.pick = this.list.find((s) => s.key === this.chosen);
    this.href =
      d && this.now < this.closes
        ? // A remembered session that is over no longer decides where "Register" goes.
          actionHref(
            (this.pick && this.now < this.pick.end ? this.pick.url : undefined) ??
              d.registrationUrl,
            this.source,
          )
        : undefined;
    const url = d?.qr !== false ? this.href : undefined;
    if (url !== this.codeFor) {
      this.codeFor = url;
      this.code = undefined;
      if (url)
        import('./qr.js')
          .then(({ qr }) => qr(url))
          .then(
            (c) => this.codeFor === url && (this.code = c ?? null),
            () => this.codeFor === url && (this.code = null),
          );
    }
  }

  protected override updated(): void {
    // Rescheduled after every render: new data or a new choice may bring the next change closer.
    this.stop();
    // Lit still updates a removed element (a QR or .ics import resolving): never re-arm then.
    if (!this.isConnected) return;
    const next = nextChange(this.list, this.closes, this.now);
    if (next === undefined || document.hidden) return;
    // Each minute while the countdown shows; otherwise straight to the next change.
    const delay = Math.min(
      next - this.now + 1,
      this.now < this.closes ? 6e4 - (this.now % 6e4) : MAX_DELAY,
    );
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.requestUpdate();
    }, delay);
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private storeKey = (d: TownHallData) =>
    `town-hall:${d.registrationUrl ?? d.title}|${d.sessions[0]?.start}`;

  /** A Blob URL for the session's .ics file, made once per session and revoked when replaced. */
  private icsHref(e: CalendarEvent): string {
    const key = JSON.stringify(e);
    if (this.blob?.[0] !== key) {
      if (this.blob) URL.revokeObjectURL(this.blob[1]);
      this.blob = [
        key,
        URL.createObjectURL(new Blob([calendar!.ics(e, Date.now())], { type: 'text/calendar' })),
      ];
    }
    return this.blob[1];
  }

  protected override renderData(d: TownHallData): TemplateResult {
    const { tag, t } = this.locale;
    const th = t.townHall;
    const { now, list, pick, href } = this;
    const ez = d.timeZone;
    const vz = zoneOf(this);
    const open = now < this.closes;
    const allOver = list.length > 0 && list.every((s) => now >= s.end);
    const fmt = (zone: string, extra?: Intl.DateTimeFormatOptions) =>
      dateFormat(tag, { hour: 'numeric', minute: '2-digit', timeZone: zone, ...extra });
    const range = (s: Slot, zone: string, extra?: Intl.DateTimeFormatOptions) =>
      d.sessions[s.index].end
        ? fmt(zone, extra).formatRange(s.start, s.end)
        : fmt(zone, extra).format(s.start);
    const inEz = (s: Slot) => range(s, ez, { timeZoneName: 'short' });

    // The status line, and what the polite live region says: only when the state or the
    // countdown's unit changes, or at 60/30/15/5/1 minutes left — never on every tick.
    let status = '';
    let part = '';
    if (allOver) status = part = th.eventOver;
    else if (list.length && !open) status = part = th.closed;
    else if (open) {
      const [n, unit] = left(this.closes - now);
      status = th.closesIn(new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }).format(n, unit));
      part = unit == 'minute' && ![60, 30, 15, 5, 1].includes(n) ? this.sayPart : unit + n;
    }
    this.sayPart = part;
    const live = list.find((s) => phase(s, now) == 'now');
    const key = part + (live?.key ?? '');
    if (this.sayKey !== undefined && key !== this.sayKey)
      this.said = live ? `${status} ${th.now}: ${inEz(live)}` : status;
    this.sayKey = key;

    const days = new Map<string, Slot[]>();
    for (const s of list) {
      const day = dayIn(ez, s.start);
      days.set(day, [...(days.get(day) ?? []), s]);
    }
    const cal: CalendarEvent | undefined =
      pick && now < pick.end
        ? {
            title: d.title + (pick.label ? ` (${pick.label})` : ''),
            description: d.description,
            url: href,
            start: pick.start,
            end: pick.end,
          }
        : undefined;
    if (cal && !calendar) import('./ics.js').then((m) => ((calendar = m), this.requestUpdate()));
    const links = cal && calendar?.calendarLinks(cal);
    const qr = d.qr !== false && href;

    return html`<section class="w" part="base">
      <h2 part="title">${d.title}</h2>
      ${d.description ? html`<p>${d.description}</p>` : nothing}
      <div class="g ${qr ? 'q' : ''}">
        <div>
          ${
            list.length
              ? html`<fieldset>
                  <legend>${th.choose}</legend>
                  ${[...days.values()].map(
                    (day) =>
                      html`<h3>
                          ${dateFormat(tag, { dateStyle: 'full', timeZone: ez }).format(day[0].start)}
                        </h3>
                        ${day.map((s) => {
                          const p = phase(s, now);
                          return html`<label class=${p} part="session">
                            <input
                              type="radio"
                              name="s"
                              .checked=${this.chosen === s.key}
                              ?disabled=${p == 'over'}
                              @change=${() => save(this.storeKey(d), (this.chosen = s.key))}
                            />
                            <span>
                              ${s.label ? html`<b>${s.label}</b>` : nothing}
                              <span>${inEz(s)}</span>
                              ${
                                sameClock(ez, vz, s.start)
                                  ? nothing
                                  : html`<span class="muted"
                                      >${th.yourTime(range(s, vz, dayIn(vz, s.start) == dayIn(ez, s.start) ? {} : { weekday: 'short' }))}</span
                                    >`
                              }
                              ${p == 'upcoming' ? nothing : html`<span class="b">${p == 'now' ? th.now : th.over}</span>`}
                            </span>
                          </label>`;
                        })}`,
                  )}
                </fieldset>`
              : html`<p>${th.noSessions}</p>`
          }
          ${
            d.deadline && open
              ? html`<p class="muted">
                  ${th.registerBy(
                    fmt(ez, {
                      weekday: 'long',
                      month: 'long',
                      day: 'numeric',
                      timeZoneName: 'short',
                    }).format(this.closes),
                  )}
                </p>`
              : nothing
          }
          ${status ? html`<p><b>${status}</b></p>` : nothing}
          <div class="sr" role="status">${this.said}</div>
          ${
            href
              ? html`<p>
                  <a
                    class="btn"
                    part="register"
                    href=${href}
                    @click=${() =>
                      this.dispatchEvent(
                        new UnionRegisterEvent(
                          href,
                          pick?.key,
                          pick && new Date(pick.start).toISOString(),
                        ),
                      )}
                    >${th.register}</a
                  >
                </p>`
              : nothing
          }
          ${
            links
              ? html`<p class="muted">${th.addToCalendar}</p>
                  <ul class="cal">
                    <li><a href=${this.icsHref(cal!)} download="town-hall.ics">${th.ics}</a></li>
                    <li><a href=${links.google}>Google Calendar</a></li>
                    <li><a href=${links.outlook}>Outlook</a></li>
                  </ul>`
              : allOver || !list.length || cal
                ? nothing
                : html`<p class="muted">${th.pickToAdd}</p>`
          }
        </div>
        ${
          qr
            ? this.code === null
              ? html`<p class="muted">${th.qrTooLong}</p>`
              : html`<figure part="qr">
                  ${
                    this.code
                      ? html`<svg
                          role="img"
                          aria-label=${th.qrName}
                          viewBox="0 0 ${this.code.size} ${this.code.size}"
                          shape-rendering="crispEdges"
                        >
                          <rect width="100%" height="100%" fill="#fff"></rect>
                          ${svg`<path fill="#000" d=${this.code.d}></path>`}
                        </svg>`
                      : nothing
                  }
                  <figcaption>${th.scan}</figcaption>
                </figure>`
            : nothing
        }
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'union-town-hall': UnionTownHall;
  }
}
