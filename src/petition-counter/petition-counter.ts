import { html, nothing, type TemplateResult } from 'lit';
import { UnionElement } from '../internal/element.js';
import { UnionShareEvent } from '../internal/events.js';
import { formatStamp, numberFormat, zoneOf } from '../internal/i18n.js';
import { load, save } from '../internal/storage.js';
import { actionHref } from '../internal/url.js';
import { petitionCounterStyles } from './styles.js';
import { advances, petitionSchema, progress, shareLinks, type PetitionData } from './model.js';

/** The live region speaks at most this often (ms), however often the count changes. */
export const ANNOUNCE_MS = 30_000;
/** How long the count-up runs (ms), when motion is allowed. */
const COUNT_UP_MS = 700;
/** Whether the device has a share sheet (there is no `navigator` on a server). */
const canShare = () => typeof navigator !== 'undefined' && 'share' in navigator;

const brands: Record<string, string> = {
  whatsapp: 'WhatsApp',
  facebook: 'Facebook',
  x: 'X',
  bluesky: 'Bluesky',
};

/**
 * Signatures toward a goal (or, once it is passed, the next milestone), updating live without
 * flicker and never backwards on a stale response, with a sign-the-petition link and share
 * buttons that are plain links (no third-party script). `share-goal="5"` adds a "shared with
 * N of 5" tally kept on the member's device.
 *
 * @tag union-petition-counter
 * @summary Petition signatures toward a goal, live, with share buttons.
 * @csspart title - The petition title.
 * @csspart bar - The progress bar (a native `<progress>`).
 * @csspart cta - The "Sign the petition" link.
 * @csspart share - The row of share buttons and links.
 * @csspart tally - The "shared with N of 5" tally.
 * @cssprop [--union-accent=#a4161a] - Bar, count and call-to-action colour.
 * @fires {UnionShareEvent} union-share - A member shared: `channel` is native, copy, email, sms,
 *   whatsapp, facebook, x or bluesky; `url` the petition link shared.
 */
export class UnionPetitionCounter extends UnionElement<PetitionData> {
  static override styles = [UnionElement.styles, petitionCounterStyles];

  static override properties = {
    ...UnionElement.properties,
    shareGoal: { type: Number, attribute: 'share-goal' },
    shown: { state: true },
    said: { state: true },
    note: { state: true },
  };

  /** Show a "shared with N of M" tally, kept on the member's device, toward this many people. */
  shareGoal = 0;

  /** The count on screen while counting up. */
  private shown?: number;
  /** The count the live region last announced. */
  private said?: number;
  /** After "Copy link": copied, or the link shown to copy by hand. */
  private note?: 'copied' | 'manual';

  #frame = 0;
  #saidAt = 0;
  #timers: Record<string, ReturnType<typeof setTimeout>> = {};

  protected readonly schema = petitionSchema;
  protected readonly section = 'petitionCounter' as const;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.#frame);
    Object.values(this.#timers).forEach(clearTimeout);
    this.shown = undefined;
  }

  /**
   * A count never moves backwards on a stale or out-of-order response (unless its `updated` is
   * newer). The `data` property is the page's own script speaking, and is shown as given.
   */
  protected override accept(raw: unknown, origin: string): void {
    const prev = this.model;
    super.accept(raw, origin);
    const next = this.model;
    if (!prev || !next || next === prev) return;
    if (origin !== 'data' && !advances(prev, next)) this.model = prev;
    else if (next.count !== prev.count) this.#counted(prev.count, next.count);
  }

  /** A live change: count up (motion allowed) and announce politely, at most every 30 s. */
  #counted(from: number, to: number): void {
    cancelAnimationFrame(this.#frame);
    if (matchMedia('(prefers-reduced-motion: no-preference)').matches) {
      from = this.shown ??= from;
      let start: number | undefined;
      const step = (now: number) => {
        const k = Math.min(1, (now - (start ??= now)) / COUNT_UP_MS);
        this.shown = k < 1 ? Math.round(from + (to - from) * (1 - (1 - k) ** 3)) : undefined;
        if (k < 1) this.#frame = requestAnimationFrame(step);
      };
      this.#frame = requestAnimationFrame(step);
    } else this.shown = undefined;
    clearTimeout(this.#timers.say);
    this.#timers.say = setTimeout(
      () => {
        this.#saidAt = Date.now();
        this.said = this.model?.count;
      },
      Math.max(0, this.#saidAt + ANNOUNCE_MS - Date.now()),
    );
  }

  #shared(channel: string, url: string): void {
    this.dispatchEvent(new UnionShareEvent(channel, url));
  }

  async #native(d: PetitionData, url: string): Promise<void> {
    try {
      await navigator.share({ title: d.title, text: d.shareText ?? d.title, url });
      this.#shared('native', url);
    } catch {
      // Dismissed, or not allowed here: the other buttons remain.
    }
  }

  /** Copies the link; where the browser refuses (no permission, plain http), shows it to copy by hand. */
  async #copy(url: string): Promise<void> {
    clearTimeout(this.#timers.note);
    try {
      await navigator.clipboard.writeText(url);
      this.note = 'copied';
      this.#timers.note = setTimeout(() => (this.note = undefined), 5000);
      this.#shared('copy', url);
    } catch {
      this.note = 'manual';
    }
  }

  #tally(key: string, by: number): void {
    save(key, Math.max(0, (Number(load(key)) || 0) + by));
    this.requestUpdate();
  }

  protected override renderData(d: PetitionData): TemplateResult {
    const link = actionHref(d.url, this.source)!;
    return html`<section class="widget" part="base">
      ${this.heading(d.title, 'title', 't')} ${this.#renderCount(d)} ${this.#renderProgress(d)}
      <a class="button cta" part="cta" href=${link}>${this.locale.t.petitionCounter.sign}</a>
      ${this.#renderShare(d, link)} ${this.shareGoal > 0 ? this.#renderTally(d) : nothing}
      ${this.#renderUpdated(d)}
    </section>`;
  }

  #num(n: number): string {
    return numberFormat(this.locale.tag).format(n);
  }

  /** The big count (counting up while it changes), and the polite announcement of new counts. */
  #renderCount(d: PetitionData) {
    const t = this.locale.t.petitionCounter;
    const said =
      this.said === undefined ? '' : `${this.#num(this.said)} ${t.signatures(this.said)}`;
    return html`<p>
        <span class="n">${this.#num(this.shown ?? d.count)}</span> ${t.signatures(d.count)}
      </p>
      <p class="sr" role="status">${said}</p>`;
  }

  /** The bar toward the goal (or the next milestone), and what it means in words. */
  #renderProgress(d: PetitionData) {
    const { tag, t } = this.locale;
    const p = progress(d.count, d.goal);
    const toward = p.milestone
      ? t.petitionCounter.next(this.#num(p.target))
      : t.petitionCounter.percent(
          numberFormat(tag, { style: 'percent' }).format(p.percent / 100),
          this.#num(p.target),
        );
    return html`<progress
        part="bar"
        max=${p.target}
        value=${d.count}
        aria-labelledby="t"
        aria-valuetext=${t.petitionCounter.of(this.#num(d.count), this.#num(p.target))}
      ></progress>
      <p>${p.reached ? t.petitionCounter.reached(this.#num(d.goal!)) : nothing} ${toward}</p>`;
  }

  /** The device's share sheet, copy link, and plain share links (no third-party script). */
  #renderShare(d: PetitionData, link: string) {
    const { t } = this.locale;
    const tp = t.petitionCounter;
    const native = canShare()
      ? html`<button type="button" @click=${() => this.#native(d, link)}>${tp.share}…</button>`
      : nothing;
    const note =
      this.note === 'copied' ? tp.copied : this.note ? `${tp.copyHere} ${link}` : nothing;
    return html`<div class="row" part="share" role="group" aria-label=${tp.share}>
        ${native}
        <button type="button" @click=${() => this.#copy(link)}>${tp.copy}</button>
        ${shareLinks(link, d).map(([channel, href]) => this.#renderShareLink(channel, href, link))}
      </div>
      <p role="status">${note}</p>`;
  }

  /** One share link; web ones open in a new tab, and say so. */
  #renderShareLink(channel: string, href: string, link: string) {
    const { t } = this.locale;
    const web = href.startsWith('http');
    return html`<a
      class="button"
      href=${href}
      target=${web ? '_blank' : nothing}
      rel="noopener noreferrer"
      @click=${() => this.#shared(channel, link)}
      >${brands[channel] ?? t.petitionCounter[channel as 'email' | 'sms']}${
        web ? html`<span class="sr"> ${t.newTab}</span>` : nothing
      }</a
    >`;
  }

  /** "You've shared it with 2 of 5 people", kept on the device, announced as it changes. */
  #renderTally(d: PetitionData) {
    const t = this.locale.t.petitionCounter;
    const key = `petition-shares:${d.url}`;
    const shares = Math.max(0, Math.floor(Number(load(key)) || 0));
    return html`<div class="row" part="tally">
      <span role="status">${t.tally(shares, this.shareGoal)}</span>
      <button type="button" @click=${() => this.#tally(key, 1)}>${t.more}</button>
      <button type="button" @click=${() => this.#tally(key, -1)}>${t.less}</button>
    </div>`;
  }

  #renderUpdated(d: PetitionData) {
    const { tag, t } = this.locale;
    return d.updated
      ? html`<p class="muted">${t.updated(formatStamp(tag, d.updated, zoneOf(this)))}</p>`
      : nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'union-petition-counter': UnionPetitionCounter;
  }
}
