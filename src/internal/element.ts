import {
  LitElement,
  html,
  nothing,
  type CSSResultGroup,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { subscribe } from './feed.js';
import { UnionErrorEvent } from './events.js';
import { localeOf, type Locale } from './i18n.js';
import { resolvePointer } from './pointer.js';
import { check, describe, type Schema } from './schema.js';
import { base } from './styles.js';
import { paint } from './theme.js';

/** Widgets on the page, re-rendered when a `lang`, `time-zone` or `theme` attribute anywhere changes. */
const live = new Set<UnionElement<object>>();
let watcher: MutationObserver | undefined;

const isLocalhost = () => /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(location.hostname);

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
 * @fires {UnionErrorEvent} union-error - Data could not be loaded or is invalid; `errors` lists
 *   each problem with its field path.
 */
export abstract class UnionElement<T extends object> extends LitElement {
  static override styles: CSSResultGroup = base;

  // Reactive properties are declared through `static properties` rather than decorators: the
  // decorator helpers cost 0.4 KB min+gzip, 4% of a widget's whole budget.
  static override properties = {
    src: {},
    refresh: { type: Number },
    source: {},
    debug: { type: Boolean },
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

  /** The widget's data schema; the same definition emits its JSON Schema. */
  protected abstract readonly schema: Schema;

  /** Language and messages for this render, from the nearest `lang`. */
  protected locale!: Locale;

  private unlisten?: () => void;
  private listening?: string;
  private inlineRead = false;
  private warned = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    live.add(this);
    // A `theme` anywhere may change the colours (repainted at once), `lang` the text.
    watcher ??= new MutationObserver(() => live.forEach((w) => (paint(w), w.requestUpdate())));
    watcher.observe(document.documentElement, {
      subtree: true,
      attributes: true,
      attributeFilter: ['lang', 'time-zone', 'theme'],
    });
    this.readInline();
    this.listen();
    if (this.hasUpdated) paint(this); // put back: the colours around it may differ
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.delete(this);
    paint(this);
    this.unlisten?.();
    this.unlisten = this.listening = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('refresh')) this.listen();
    if (changed.has('data') && this.data !== undefined) this.accept(this.data, 'data');
    this.locale = localeOf(this);
  }

  protected override update(changed: PropertyValues<this>): void {
    const first = !this.hasUpdated;
    super.update(changed);
    // The colours depend on where the widget is, not on its data: painted once here, then again
    // when its surroundings change (theme attributes, the reader's scheme, <html>/<body>, a move).
    if (first) paint(this);
  }

  /** Validates `raw` and shows it, or reports what is wrong and keeps what is on screen. */
  protected accept(raw: unknown, origin: string): void {
    const { value, errors, warnings } = check<T>(this.schema, raw);
    for (const w of warnings) this.warn(`${origin}: ${describe(w)}`);
    if (value) {
      this.model = value;
      this.problems = [];
    } else {
      this.fail(errors.map((e) => `${origin}: ${describe(e)}`));
    }
  }

  /** Reports problems: one `union-error` event, one console warning each, visible in debug. */
  protected fail(errors: string[]): void {
    this.problems = errors;
    errors.forEach((e) => this.warn(e));
    this.dispatchEvent(new UnionErrorEvent(errors));
  }

  private warn(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(`<${this.localName}> ${message}`);
  }

  private readInline(): void {
    if (this.inlineRead) return;
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) {
      // A classic script in <head> upgrades the element before its children are parsed.
      if (document.readyState === 'loading')
        document.addEventListener('DOMContentLoaded', () => this.readInline(), { once: true });
      return;
    }
    this.inlineRead = true;
    let raw: unknown;
    try {
      raw = JSON.parse(script.textContent ?? '');
    } catch (e) {
      return this.fail([`inline JSON is not valid JSON (${(e as Error).message})`]);
    }
    this.accept(raw, 'inline JSON');
  }

  private listen(): void {
    if (!this.isConnected) return;
    let url: URL | undefined;
    try {
      url = this.src ? new URL(this.src, document.baseURI) : undefined;
    } catch {
      // reported below
    }
    const key = url ? `${url.href} ${this.refresh}` : this.src;
    if (key === this.listening) return;
    this.unlisten?.();
    this.unlisten = undefined;
    this.listening = key;
    if (!this.src) return;
    if (!url || !/^https?:$/.test(url.protocol))
      return this.fail([`src: ${JSON.stringify(this.src)} is not an http(s) URL`]);
    const pointer = url.hash;
    url.hash = '';
    const where = `src ${url.href}${pointer}`;
    this.unlisten = subscribe(url.href, {
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
        this.accept(raw, where);
      },
      error: (message) => this.fail([`${where}: ${message}`]),
    });
  }

  private hasFallback(): boolean {
    return [...this.childNodes].some((n) =>
      n instanceof HTMLScriptElement ? false : n instanceof Element || !!n.textContent?.trim(),
    );
  }

  /** Renders the widget for validated data. */
  protected abstract renderData(data: T): TemplateResult;

  protected override render(): TemplateResult {
    const { t } = this.locale;
    const fallback = this.hasFallback();
    return html`${
      this.model
        ? this.renderData(this.model)
        : fallback
          ? html`<slot></slot>`
          : html`<div class="w" part="base" role="status">
              ${this.problems.length ? t.unavailable : t.loading}
            </div>`
    }${
      this.problems.length && (this.debug || isLocalhost())
        ? html`<div class="problems" part="problems">
            ${t.problems}
            <ul>
              ${this.problems.map((p) => html`<li>${p}</li>`)}
            </ul>
          </div>`
        : nothing
    }`;
  }
}
