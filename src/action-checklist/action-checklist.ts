import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { UnionElement } from '../internal/element.js';
import { UnionActionToggleEvent, UnionShareEvent } from '../internal/events.js';
import { noteFocus, restoreFocus } from '../internal/focus.js';
import { dateFormat, numberFormat, relativeFormat, zoneOf } from '../internal/i18n.js';
import { ElementIds } from '../internal/keys.js';
import { nowOf } from '../internal/now.js';
import { load, save, watchKey } from '../internal/storage.js';
import { actionHref } from '../internal/url.js';
import { actionChecklistStyles } from './styles.js';
import {
  actionChecklistSchema,
  hashtag,
  isDone,
  mergeOwn,
  mention,
  postLinks,
  readEntries,
  storageKey,
  timeLeft,
  timeLeftUntil,
  WEEKDAYS,
  type ActionChecklistData,
  type Change,
  type ChecklistAction,
  type Entry,
} from './model.js';
import { dueInstant } from './zoned.js';

/** Checklists on this page: two showing the same list stay in step (storage events only reach other tabs). */
const onPage = new Set<UnionActionChecklist>();

/**
 * The actions a member can take, each with a real checkbox, ticked off and remembered on the
 * device per checklist `id` and action `id` (in memory where storage is blocked), in sync across
 * tabs. Weekly actions clear on their weekday; due actions count down to "closed"; hashtags and
 * mentions copy with one tap; a share goal is counted on the device.
 *
 * @tag union-action-checklist
 * @summary A checklist of campaign actions, remembered on the member's device.
 * @csspart title - The heading.
 * @csspart progress - The "2 of 3 done" line (a polite live region).
 * @csspart action - One action.
 * @csspart cta - An action's link.
 * @cssprop [--union-good=#1b6e3a] - Done actions and the celebration.
 * @fires {UnionActionToggleEvent} union-action-toggle - A member ticked or unticked an action
 *   (`checklist`, `action` ids and `done`), or reset the list.
 * @fires {UnionShareEvent} union-share - A member opened a "post" link (`channel`: x, bluesky, facebook).
 */
export class UnionActionChecklist extends UnionElement<ActionChecklistData> {
  static override styles = [UnionElement.styles, actionChecklistStyles];

  static override properties = {
    ...UnionElement.properties,
    note: { state: true },
    undo: { state: true },
  };

  protected readonly schema = actionChecklistSchema;
  protected readonly section = 'actionChecklist' as const;

  /** The copy confirmation on screen: [action id, message]. */
  private note?: [string, string];
  /** What "Undo" puts back after a reset (the stored progress before it). */
  private undo?: unknown;

  #noteTimer?: ReturnType<typeof setTimeout>;
  #clock?: ReturnType<typeof setInterval>;
  #needsClock = false;
  #watched?: string;
  #unwatch?: () => void;
  #seen?: ActionChecklistData;
  /** This tab's recent changes, per action, for merging with other tabs' writes. */
  #mine = new Map<string, Change>();
  #focusNext?: string;
  /** Element ids per action id: data ids may hold anything an id attribute cannot. */
  #ids = new ElementIds('a');
  #onVisible = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    onPage.add(this);
    document.addEventListener('visibilitychange', this.#onVisible);
    this.#watch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    onPage.delete(this);
    document.removeEventListener('visibilitychange', this.#onVisible);
    this.#unwatch?.();
    this.#watched = undefined;
    clearInterval(this.#clock);
    this.#clock = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const m = this.model;
    if (m && m !== this.#seen) {
      this.#seen = m;
      this.undo = undefined;
      this.#ids.keep(m.actions.map((a) => a.id));
      this.#watch();
      // Drop what the device remembers for actions that are gone (and entries that were corrupt);
      // writing an unchanged value fires no storage event.
      if (load(this.#key) !== undefined) save(this.#key, this.#pack(this.#entries()));
    }
  }

  /** A refresh renders by action id; when it removes the focused control, focus stays in the list. */
  protected override update(changed: PropertyValues<this>): void {
    const spot = noteFocus(this.shadowRoot, 'li[part=action]');
    super.update(changed);
    restoreFocus(this.shadowRoot, spot, 'input', () =>
      this.shadowRoot?.querySelector('[part=title]'),
    );
  }

  protected override updated(): void {
    // A minute clock only while something on screen depends on the time and the page is visible.
    const want = this.#needsClock && document.visibilityState === 'visible' && this.isConnected;
    if (want && !this.#clock) this.#clock = setInterval(() => this.requestUpdate(), 60e3);
    if (!want && this.#clock) {
      clearInterval(this.#clock);
      this.#clock = undefined;
    }
    if (this.#focusNext) this.renderRoot.querySelector<HTMLElement>(this.#focusNext)?.focus();
    this.#focusNext = undefined;
  }

  get #key(): string {
    return storageKey(this.model!.id);
  }

  /** Keeps this tab in step with others (the `storage` event) for the current checklist. */
  #watch(): void {
    if (!this.model || !this.isConnected || this.#watched === this.#key) return;
    this.#unwatch?.();
    this.#watched = this.#key;
    this.#unwatch = watchKey(this.#key, () => this.#fromOtherTab());
  }

  /** Another tab wrote this checklist: put back any change of ours its write missed, then show. */
  #fromOtherTab(): void {
    if (!this.model) return;
    const merged = mergeOwn(this.#entries(), this.#mine, Date.now());
    if (merged) save(this.#key, this.#pack(merged));
    this.requestUpdate();
  }

  #entries(): Map<string, Entry> {
    return readEntries(load(this.#key), this.model!.actions);
  }

  #pack(entries: Map<string, Entry>): Record<string, Entry> {
    return Object.fromEntries([...entries].filter(([, e]) => e.at || e.n));
  }

  #doneIds(): Set<string> {
    const entries = this.#entries();
    const now = nowOf(this);
    const zone = zoneOf(this);
    return new Set(
      this.model!.actions.filter((a) => isDone(a, entries.get(a.id), now, zone)).map((a) => a.id),
    );
  }

  /** Stores progress; announces each action whose done state changed. */
  #store(value: unknown): void {
    const before = this.#doneIds();
    save(this.#key, value);
    const after = this.#doneIds();
    for (const a of this.model!.actions)
      if (before.has(a.id) !== after.has(a.id))
        this.dispatchEvent(new UnionActionToggleEvent(this.model!.id, a.id, after.has(a.id)));
    onPage.forEach((w) => w.requestUpdate());
  }

  #patch(id: string, patch: Entry): void {
    const entries = this.#entries();
    const entry = this.#pack(new Map([[id, { ...entries.get(id), ...patch }]]))[id];
    if (entry) entries.set(id, entry);
    else entries.delete(id);
    this.#mine.set(id, { entry, at: Date.now() });
    this.undo = undefined;
    this.#store(this.#pack(entries));
  }

  #reset(): void {
    this.undo = this.#pack(this.#entries());
    this.#focusNext = '.undo';
    this.#store(undefined);
  }

  #restore(): void {
    const back = this.undo;
    this.undo = undefined;
    this.#focusNext = '.reset';
    this.#store(back);
  }

  async #copy(id: string, text: string, button: HTMLElement): Promise<void> {
    const t = this.locale.t.actionChecklist;
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      // No Clipboard API (insecure page, old browser) or refused: the selection-copy fallback.
      const area = Object.assign(document.createElement('textarea'), {
        value: text,
        className: 'offscreen',
        readOnly: true,
      });
      this.renderRoot.appendChild(area);
      area.select();
      try {
        ok = document.execCommand('copy');
      } catch {
        // reported below
      }
      area.remove();
      button.focus();
    }
    this.note = [id, ok ? t.copied(text) : t.copyFailed];
    clearTimeout(this.#noteTimer);
    this.#noteTimer = setTimeout(() => (this.note = undefined), 5000);
  }

  /**
   * The schedule under an action's title — "Every Monday", "Closes in 3 days", the deadline —
   * and whether its deadline has passed (its link then goes).
   */
  #schedule(a: ChecklistAction, now: number, zone: string): [lines: string[], closed: boolean] {
    const { tag, t } = this.locale;
    const c = t.actionChecklist;
    const lines: string[] = [];
    let closed = false;
    if (a.weekday) {
      this.#needsClock = true;
      lines.push(
        c.every(
          dateFormat(tag, { weekday: 'long', timeZone: 'UTC' }).format(
            Date.UTC(2023, 0, 1 + WEEKDAYS.indexOf(a.weekday)),
          ),
        ),
      );
    }
    if (a.due) {
      const at = dueInstant(a.due, a.timeZone ?? zone);
      closed = at <= now;
      if (!closed) {
        this.#needsClock = true;
        if (isServer) this.until = Math.min(this.until, timeLeftUntil(at, now));
        lines.push(c.closes(relativeFormat(tag).format(...timeLeft(at - now))));
      } else lines.push(c.closed);
      lines.push(
        c.deadline(
          a.due.length === 10
            ? dateFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.parse(a.due))
            : dateFormat(tag, {
                weekday: 'short',
                month: 'short',
                day: 'numeric',
                hour: 'numeric',
                minute: '2-digit',
                timeZoneName: t.intl.timeZoneName,
                timeZone: zone,
              }).format(at),
        ),
      );
    }
    return [lines, closed];
  }

  #renderAction(
    a: ChecklistAction,
    entry: Entry | undefined,
    done: boolean,
    now: number,
    zone: string,
  ): TemplateResult {
    const c = this.locale.t.actionChecklist;
    const href = actionHref(a.url, this.source);
    const [schedule, closed] = this.#schedule(a, now, zone);
    const id = this.#ids.of(a.id);
    return html`<li part="action" class=${done ? 'done' : ''}>
      <input
        type="checkbox"
        id=${id}
        aria-describedby=${schedule.length ? `${id}-schedule` : nothing}
        .checked=${done}
        @change=${(e: Event) =>
          this.#patch(a.id, {
            at: (e.target as HTMLInputElement).checked ? Date.now() : undefined,
          })}
      />
      <div class="action-body">
        <label for=${id}>${a.title}</label>
        ${schedule.length ? html`<p class="muted" id="${id}-schedule">${schedule.join(' · ')}</p>` : nothing}
        ${a.description ? html`<p>${a.description}</p>` : nothing}
        ${href && !closed ? html`<a class="cta" part="cta" href=${href}>${a.cta || c.act}</a>` : nothing}
        ${this.#renderTags(a, href)} ${this.#renderShareCount(a, entry)}
      </div>
    </li>`;
  }

  /** Hashtags and mentions: copy buttons, "post on …" links, and the copy confirmation. */
  #renderTags(a: ChecklistAction, href: string | undefined): TemplateResult | typeof nothing {
    const c = this.locale.t.actionChecklist;
    const tags = [...(a.hashtags ?? []).map(hashtag), ...(a.mentions ?? []).map(mention)];
    if (!tags.length) return nothing;
    // `screen`: a button that means nothing on paper (a printed hashtag still does).
    const copyButton = (copied: string, label: string, name?: string, screen?: 'screen') =>
      html`<button
        class=${screen ?? nothing}
        aria-label=${name ?? nothing}
        @click=${(e: Event) => this.#copy(a.id, copied, e.currentTarget as HTMLElement)}
      >
        ${label}
      </button>`;
    const posts = postLinks(tags.join(' '), href, a.hashtags && hashtag(a.hashtags[0]));
    return html`<div class="copy-buttons">
        ${tags.map((tag) => copyButton(tag, tag, c.copy(tag)))}
        ${tags.length > 1 ? copyButton(tags.join(' '), c.copyAll, undefined, 'screen') : nothing}
      </div>
      <div class="post-links screen">
        ${posts.map(
          ([site, url]) =>
            html`<a
              href=${url}
              target="_blank"
              rel="noopener noreferrer"
              @click=${() => this.dispatchEvent(new UnionShareEvent(site.toLowerCase(), url))}
              >${c.post(site)}<span class="sr"> ${this.locale.t.newTab}</span></a
            >`,
        )}
      </div>
      <p role="status" class="celebrate">${this.note?.[0] === a.id ? this.note[1] : ''}</p>`;
  }

  /** "Shared with 2 of 5", with − and + to count people on the device. */
  #renderShareCount(a: ChecklistAction, entry: Entry | undefined): TemplateResult | typeof nothing {
    if (!a.shareGoal) return nothing;
    const c = this.locale.t.actionChecklist;
    const num = numberFormat(this.locale.tag);
    const shared = entry?.n ?? 0;
    return html`<div class="share-count">
      <span role="status">${c.shared(num.format(shared), num.format(a.shareGoal))}</span>
      <span class="screen">
        <button
          aria-label=${c.fewer}
          @click=${() => this.#patch(a.id, { n: Math.max(0, shared - 1) })}
        >
          −
        </button>
        <button
          aria-label=${c.more}
          @click=${() => this.#patch(a.id, { n: Math.min(999, shared + 1) })}
        >
          +
        </button>
      </span>
    </div>`;
  }

  /** "2 of 3 done" (a polite live region), the celebration when all are, and "The list was reset." */
  #renderProgress(count: number, total: number): TemplateResult {
    const c = this.locale.t.actionChecklist;
    const num = numberFormat(this.locale.tag);
    const all = total > 0 && count === total;
    return html`<p role="status" part="progress" class=${all ? 'celebrate' : ''}>
      ${total ? c.progress(num.format(count), num.format(total)) : ''}${
        all ? html` <span class="pop" aria-hidden="true">🎉</span> ${c.allDone}` : nothing
      }${this.undo ? ` ${c.wasReset}` : ''}
    </p>`;
  }

  /** "Undo" right after a reset; "Reset the list" while anything is done or counted. */
  #renderReset(remembered: boolean): TemplateResult | typeof nothing {
    const c = this.locale.t.actionChecklist;
    if (this.undo)
      return html`<button class="undo screen" @click=${this.#restore}>${c.undo}</button>`;
    if (remembered)
      return html`<button class="reset screen" @click=${this.#reset}>${c.reset}</button>`;
    return nothing;
  }

  protected override renderData(d: ActionChecklistData): TemplateResult {
    const c = this.locale.t.actionChecklist;
    const entries = this.#entries();
    const now = nowOf(this);
    const zone = zoneOf(this);
    const done = new Set(d.actions.filter((a) => isDone(a, entries.get(a.id), now, zone)));
    const total = d.actions.length;
    this.#needsClock = false;
    return html`<section class="widget" part="base">
      ${this.heading(d.title || c.title)} ${this.#renderProgress(done.size, total)}
      ${
        total
          ? html`<progress aria-hidden="true" max=${total} .value=${done.size}></progress>
              <ul role="list">
                ${repeat(
                  d.actions,
                  (a) => a.id,
                  (a) => this.#renderAction(a, entries.get(a.id), done.has(a), now, zone),
                )}
              </ul>`
          : html`<p>${c.none}</p>`
      }
      ${this.#renderReset(done.size > 0 || [...entries.values()].some((e) => e.n))}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'union-action-checklist': UnionActionChecklist;
  }
}
