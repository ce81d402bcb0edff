import {
  LitElement,
  ReactiveElement,
  html,
  isServer,
  nothing,
  type CSSResult,
  type CSSResultGroup,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { subscribe } from './feed.js';
import { UnionErrorEvent } from './events.js';
import { closestAttr, localeOf, type Locale } from './i18n.js';
import { resolvePointer } from './pointer.js';
import { check, describe, type Issue, type Schema } from './schema.js';
import { base, print } from './styles.js';
import { fingerprint, sleep, stampOf, takeOver } from './takeover.js';
import { paint } from './theme.js';

/** Widgets on the page, re-rendered when a `lang`, `time-zone` or `theme` attribute anywhere changes. */
const live = new Set<UnionElement<object>>();
let watcher: MutationObserver | undefined;

/**
 * One template per heading level (Lit binds no tag names; static-html would cost 0.6 KB): `kind`
 * is the class, and the title's part.
 */
type Heading = (content: unknown, kind: 'title' | 'sub', id?: string) => TemplateResult;
const part = (kind: string) => (kind == 'title' ? kind : nothing);
const HEADINGS: Heading[] = [
  (c, k, id) => html`<h1 class=${k} part=${part(k)} id=${id ?? nothing}>${c}</h1>`,
  (c, k, id) => html`<h2 class=${k} part=${part(k)} id=${id ?? nothing}>${c}</h2>`,
  (c, k, id) => html`<h3 class=${k} part=${part(k)} id=${id ?? nothing}>${c}</h3>`,
  (c, k, id) => html`<h4 class=${k} part=${part(k)} id=${id ?? nothing}>${c}</h4>`,
  (c, k, id) => html`<h5 class=${k} part=${part(k)} id=${id ?? nothing}>${c}</h5>`,
  (c, k, id) => html`<h6 class=${k} part=${part(k)} id=${id ?? nothing}>${c}</h6>`,
];

/**
 * How many problems one report logs to the console and lists in the widget; the rest are counted
 * ("…and 480 more"). Ten thousand bad items once meant ten thousand console lines. The
 * `union-error` event keeps every message: it is for code (a host's monitoring, the builder), costs
 * nothing to render, and the list caps in the schemas bound its length.
 */
export const SHOWN_PROBLEMS = 20;

/** The element's own attributes a rendering depends on (besides the nearest lang and zone). */
const STAMPED = ['source', 'heading-level', 'layout', 'share-goal'];

const isLocalhost = () =>
  !isServer && /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(location.hostname);

/**
 * What every widget shares: data from `src` (with a JSON Pointer fragment), an inline
 * `<script type="application/json">` child or the `data` property, validated against the widget's
 * schema; the last good data kept through failures; errors reported to the person who can fix
 * them; light-DOM fallback content until data is ready; language and time zone from the page.
 *
 * @slot - Fallback content, shown before the script runs, without JavaScript, and while no data
 *   can be shown (a plain link to the campaign page is ideal).
 * @csspart base - The widget's outer box.
 * @cssprop [--union-accent=#a4161a] - Brand colour: bars, buttons, highlights. As text on the
 *   background (big figures) it is darkened or lightened where it would miss 4.5:1.
 * @cssprop [--union-on-accent=#fff] - Text on the brand colour, used where it reaches 4.5:1
 *   on it; unset (or unreadable), white or near-black, whichever reads better.
 * @cssprop [--union-text=#1b1b1f] - Text colour.
 * @cssprop [--union-muted=#50505a] - Secondary text.
 * @cssprop [--union-surface=#fff] - Background.
 * @cssprop [--union-track=#e4e4ea] - Unfilled part of bars.
 * @cssprop [--union-border=#c9c9d1] - Borders (form fields' edges kept at 3:1 at least).
 * @cssprop [--union-good=#1b6e3a] - Success (threshold met, done).
 * @cssprop [--union-radius=0.5rem] - Corner radius.
 * @cssprop [--union-focus=#1f5fbf] - Focus ring (kept at 3:1 at least). Text colours are kept
 *   at 4.5:1 on the background.
 * @fires {UnionErrorEvent} union-error - Data could not be loaded or is invalid: `errors` lists
 *   what refused it (the last good data or the fallback stays), `warnings` what the widget worked
 *   around (the data is shown), each with its field path.
 */
export abstract class UnionElement<T extends object> extends LitElement {
  static override styles: CSSResultGroup = [base, print];

  // Reactive properties are declared through `static properties` rather than decorators: the
  // decorator helpers cost 0.4 KB min+gzip, 4% of a widget's whole budget.
  static override properties = {
    src: {},
    refresh: { type: Number },
    source: {},
    debug: { type: Boolean },
    headingLevel: { type: Number, attribute: 'heading-level' },
    theme: { reflect: true },
    data: { attribute: false },
    model: { state: true },
    problems: { state: true },
  };

  /** URL of the JSON data; a fragment is a JSON Pointer into it (`campaign.json#/voteTally`). */
  src?: string;

  /** Re-fetch `src` every N seconds (at least 10; 0 = never). */
  refresh = 0;

  /** Attribution added as the `source` query parameter to outbound action links. */
  source?: string;

  /** Show data problems inside the widget (always on for localhost). */
  debug = false;

  /** Level of the widget's title (1–6), so it fits the page's outline; its sections are one below. */
  headingLevel = 2;

  /**
   * Colour scheme: `light`, `dark`, or `auto` (the reader's preference). Unset, the nearest
   * ancestor's `theme` applies, else the page's `color-scheme`: dark only on a page that declares
   * it supports dark, for a reader who prefers it.
   */
  theme?: 'light' | 'dark' | 'auto';

  /** The widget's data, in the same shape as the JSON. */
  data?: T;

  /** The last good data: what is on screen. */
  protected model?: T;

  private problems: readonly string[] = [];

  /** This widget's part of the messages; its `name` ("the town hall") is used in messages about it. */
  protected abstract readonly section:
    'voteTally' | 'actionChecklist' | 'townHall' | 'petitionCounter' | 'taList';

  /** The widget's data schema; the same definition emits its JSON Schema. */
  protected abstract readonly schema: Schema;

  /**
   * Language and messages for this render, from the nearest `lang`. Unset until the strings of
   * the first language asked for are in (fallback content shows meanwhile); after a live switch,
   * the previous language stays, marked with its `lang`, until the new one arrives.
   */
  protected locale!: Locale;
  /** The fetch of the strings for the language asked for, while it runs. */
  #awaiting?: Promise<void>;

  #unlisten?: () => void;
  #listening?: string;
  #inlineRead = false;
  #warned = new Set<string>();

  /**
   * The server's rendering, when the page has one (`union-widgets render` writes it as a
   * declarative shadow root, painted before any script runs): it stays on screen until the element
   * has data of its own, then gives way to Lit's rendering in the same task — one copy, no flash.
   */
  #prerendered?: ChildNode[];
  /** What the server rendered from, and until when its rendering stays right (`stampOf`). */
  #stamp?: [inputs: string, until: number];
  /**
   * Data that matches the server's rendering, not yet taken in: the widget sleeps — no
   * validation, no Intl, no rendering — until the member reaches for it, the clock moves past the
   * rendering, or the page is idle (what depends on the reader then fills in).
   */
  #held?: [raw: unknown, origin: string];
  /** Cancels what would wake the widget (`sleep`). */
  #unsleep?: () => void;

  /**
   * Until when (ms) this rendering stays right by the clock alone (a countdown's next step, a
   * session starting): set by widgets whose rendering tells the time, read by the server.
   */
  protected until = Infinity;

  /** The inputs of a rendering of `json`: the data, the nearest lang and zone, the attributes. */
  protected inputs(json: string): string {
    const lang = closestAttr(this, 'lang') ?? (isServer ? 'en' : navigator.language);
    const attrs = STAMPED.map((a) => this.getAttribute(a));
    return fingerprint([json, lang, closestAttr(this, 'time-zone'), ...attrs].join('\n'));
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const server = [...(this.shadowRoot?.childNodes ?? [])];
    // The server's rendering brings its styles in its own <style>: the widget's sheets are adopted
    // when it takes over (update()), which spares a sleeping widget building them and the browser
    // restyling what is on screen.
    const root = server.length ? this.shadowRoot! : super.createRenderRoot();
    if (server.length) {
      this.#prerendered = server;
      this.#stamp = stampOf(root as ShadowRoot);
      this.adopt(root as ShadowRoot);
      // Lit would render in front of the server's nodes (a second copy): after them instead.
      this.renderOptions.renderBefore = null;
    }
    return root;
  }

  /**
   * Takes `raw` in (`accept`), unless it is what the server's rendering on screen was made from
   * and that rendering is still right by the clock: then holds it, asleep (`sleep`), until the
   * widget wakes.
   */
  #take(raw: unknown, origin: string): void {
    const [inputs, until] = this.#stamp ?? [];
    if (!this.#prerendered || this.inputs(JSON.stringify(raw)) !== inputs || Date.now() >= until!) {
      this.#rise();
      return this.accept(raw, origin);
    }
    if (this.#held) return void (this.#held = [raw, origin]);
    this.#held = [raw, origin];
    this.#unsleep = sleep(this.renderRoot as ShadowRoot, until!, () => this.#wake());
  }

  /** Takes the held data in, which replaces the server's rendering with the widget's own. */
  #wake(): void {
    const held = this.#held;
    this.#rise();
    if (!held) return;
    this.accept(...held);
    this.performUpdate();
  }

  /** Ends the sleep: nothing wakes the widget any more, and nothing is held. */
  #rise(): void {
    this.#unsleep?.();
    this.#unsleep = this.#held = undefined;
  }

  /**
   * A widget showing the server's rendering with nothing better of its own does no work at all —
   * no locale lookup, no render — and any change while it sleeps (a `lang` set on the page, an
   * attribute) re-checks that rendering's inputs, waking it when they no longer match.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (this.#held) this.#take(...this.#held);
    if (!this.#prerendered || this.model || changed.has('data')) return true;
    if (changed.has('src') || changed.has('refresh')) this.#listen();
    return false;
  }

  protected override update(changed: PropertyValues<this>): void {
    const server = this.#prerendered;
    if (server && !this.model) {
      // Nothing better yet (data from `src` on its way, or failed: the server's is the last good
      // data): the server's rendering stays, and Lit renders nothing.
      (ReactiveElement.prototype as unknown as { update(c: PropertyValues): void }).update.call(
        this,
        changed,
      );
      return;
    }
    const first = !this.hasUpdated;
    if (!server) {
      super.update(changed);
      // The colours depend on where the widget is, not on its data: painted once here, then again
      // when its surroundings change (theme attributes, the reader's scheme, <html>/<body>, a move).
      if (first) paint(this);
      return;
    }
    this.#prerendered = undefined;
    this.#rise();
    const sheets = (this.constructor as typeof LitElement).elementStyles.map(
      (s) => (s as CSSResult).styleSheet!,
    );
    takeOver(this.renderRoot as ShadowRoot, server, sheets, () => super.update(changed));
  }

  /** Reads what the server rendered, before the first update (the town hall keeps its QR code). */
  protected adopt(_root: ShadowRoot): void {}

  override connectedCallback(): void {
    super.connectedCallback();
    live.add(this);
    // A `theme` anywhere may change the colours (repainted at once), `lang` the text.
    watcher ??= new MutationObserver(() => live.forEach((w) => (paint(w), w.requestUpdate())));
    watcher.observe(document.documentElement, {
      subtree: true,
      attributes: true,
      attributeFilter: ['lang', 'time-zone', 'now', 'theme'],
    });
    this.#readInline();
    this.#listen();
    // A prerendered widget may sleep, never updating: its colours are made readable at once.
    if (this.#prerendered && !this.hasUpdated) paint(this);
    // Re-attached (a carousel, tabs or a framework moved it): render again, so what depends on
    // the clock is current and the widget re-arms its timers in `updated()`; and paint again:
    // the colours around it may differ.
    if (this.hasUpdated) {
      this.requestUpdate();
      paint(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.delete(this);
    paint(this);
    this.#unlisten?.();
    this.#unlisten = this.#listening = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('refresh')) this.#listen();
    if (changed.has('data') && this.data !== undefined) this.accept(this.data, 'data');
    const locale = localeOf(this);
    if (locale instanceof Promise) this.#waitFor(locale);
    else {
      this.locale = locale;
      this.#awaiting = undefined;
    }
  }

  /** Renders again when the strings arrive; one fetch per language however many widgets wait. */
  #waitFor(pending: Promise<void>): void {
    if (this.#awaiting === pending) return;
    this.#awaiting = pending;
    pending.then(() => {
      if (this.#awaiting === pending) this.#awaiting = undefined;
      this.requestUpdate();
    });
  }

  /** Also waits for the strings of the language asked for, and the render that shows them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#awaiting) {
      await this.#awaiting;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /**
   * Validates `raw` and shows it (with what was worked around reported as warnings), or reports
   * what refused it and keeps what is on screen.
   */
  protected accept(raw: unknown, origin: string): void {
    const { value, errors, warnings } = check<T>(this.schema, raw);
    const say = (list: Issue[]) => list.map((i) => `${origin}: ${describe(i)}`);
    if (value) this.model = value;
    this.fail(say(errors), say(warnings));
  }

  /**
   * Reports problems: a `union-error` event with all of them, and the first SHOWN_PROBLEMS new
   * ones in the console (then a count); the debug list shows them. Warnings alone are reported
   * once: a feed re-polled with the same worked-around problem fires no second event.
   */
  protected fail(errors: string[], warnings: string[] = []): void {
    this.problems = [...errors, ...warnings];
    const fresh = this.problems.filter((m) => !this.#warned.has(m));
    for (const m of fresh.slice(0, SHOWN_PROBLEMS)) console.warn(`<${this.localName}> ${m}`);
    if (fresh.length > SHOWN_PROBLEMS)
      console.warn(`<${this.localName}> …and ${fresh.length - SHOWN_PROBLEMS} more`);
    fresh.forEach((m) => this.#warned.add(m));
    if (errors.length || fresh.length) this.dispatchEvent(new UnionErrorEvent(errors, warnings));
  }

  #readInline(): void {
    if (this.#inlineRead) return;
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) {
      // A classic script in <head> upgrades the element before its children are parsed.
      if (document.readyState === 'loading')
        document.addEventListener('DOMContentLoaded', () => this.#readInline(), { once: true });
      return;
    }
    this.#inlineRead = true;
    let raw: unknown;
    try {
      raw = JSON.parse(script.textContent ?? '');
    } catch (e) {
      return this.fail([`inline JSON is not valid JSON (${(e as Error).message})`]);
    }
    this.#take(raw, 'inline JSON');
  }

  #listen(): void {
    if (!this.isConnected) return;
    let url: URL | undefined;
    try {
      url = this.src ? new URL(this.src, document.baseURI) : undefined;
    } catch {
      // reported below
    }
    const key = url ? `${url.href} ${this.refresh}` : this.src;
    if (key === this.#listening) return;
    this.#unlisten?.();
    this.#unlisten = undefined;
    this.#listening = key;
    if (!this.src) return;
    if (!url || !/^https?:$/.test(url.protocol))
      return this.fail([`src: ${JSON.stringify(this.src)} is not an http(s) URL`]);
    const pointer = url.hash;
    url.hash = '';
    const where = `src ${url.href}${pointer}`;
    this.#unlisten = subscribe(url.href, {
      refresh: this.refresh || 0,
      data: (doc) => {
        let raw: unknown;
        try {
          raw = resolvePointer(doc, pointer);
        } catch (e) {
          return this.fail([`${where}: ${(e as Error).message}`]);
        }
        if (raw === undefined)
          return this.fail([`${where}: the JSON Pointer ${pointer} resolves to nothing`]);
        this.#take(raw, where);
      },
      error: (message) => this.fail([`${where}: ${message}`]),
    });
  }

  #hasFallback(): boolean {
    // A server render (union-widgets render) always has its data: no light DOM to read there.
    if (isServer) return false;
    return [...this.childNodes].some((n) =>
      n instanceof HTMLScriptElement ? false : n instanceof Element || !!n.textContent?.trim(),
    );
  }

  /** The widget's title (`kind` 'title') or a section's heading ('sub'), at `heading-level`. */
  protected heading(content: unknown, kind: 'title' | 'sub' = 'title', id?: string) {
    const level = (Math.round(this.headingLevel) || 2) + (kind == 'sub' ? 1 : 0);
    return HEADINGS[Math.min(6, Math.max(1, level)) - 1](content, kind, id);
  }

  /** Renders the widget for validated data. */
  protected abstract renderData(data: T): TemplateResult;

  protected override render(): TemplateResult | typeof nothing {
    const fallback = this.#hasFallback();
    if (!this.locale) return fallback ? html`<slot></slot>` : this.#renderWaiting();
    // The fallback content is the page's own: it keeps the page's language, so it sits outside
    // the element that marks the widget's UI language.
    if (!this.model && fallback) return html`<slot></slot>${this.#renderInLanguage(nothing)}`;
    return this.#renderInLanguage(this.model ? this.renderData(this.model) : this.#renderStatus());
  }

  /**
   * The widget's own content, marked with its UI language: English standing in for fr-CA is read
   * as English, and engines that do not carry the host's language into a shadow tree get it.
   */
  #renderInLanguage(content: TemplateResult | typeof nothing): TemplateResult | typeof nothing {
    const problems = this.#renderProblems();
    if (content === nothing && problems === nothing) return nothing;
    return html`<div lang=${this.locale.lang}>${content}${problems}</div>`;
  }

  /** Before the first language's strings are in, and without fallback content: a quiet box. */
  #renderWaiting(): TemplateResult {
    return html`<div class="widget" part="base" role="status" aria-busy="true"></div>`;
  }

  #renderStatus(): TemplateResult {
    const { t } = this.locale;
    return html`<div class="widget" part="base" role="status">
      ${this.problems.length ? t.unavailable(t[this.section].name) : t.loading}
    </div>`;
  }

  /** Data problems for the webmaster (localhost or `debug`): the first SHOWN_PROBLEMS, then a count. */
  #renderProblems(): TemplateResult | typeof nothing {
    const { t } = this.locale;
    const more = this.problems.length - SHOWN_PROBLEMS;
    if (!this.problems.length || !(this.debug || isLocalhost())) return nothing;
    return html`<div class="problems" part="problems">
      ${t.problems}
      <ul>
        ${this.problems.slice(0, SHOWN_PROBLEMS).map((p) => html`<li>${p}</li>`)}
        ${more > 0 ? html`<li>${t.moreProblems(more)}</li>` : nothing}
      </ul>
    </div>`;
  }
}
