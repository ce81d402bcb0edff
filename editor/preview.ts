import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { sectionTag, type SectionKey } from './campaign.js';
import { moments, type Moment } from './clock.js';
import { EditorPart, uid } from './context.js';
import { languageName, WIDGET_LANGUAGES, type EditorMessages } from './i18n.js';
import { toInstant } from '../src/internal/zoned.js';

/** A widget element, as far as the preview uses it. */
type Widget = HTMLElement & { data?: unknown; requestUpdate?: () => void };

/** What `union-error` carries (src/internal/events.ts), read without importing the widgets. */
type WidgetErrorEvent = Event & { errors?: readonly string[] };

/**
 * The real widget beside the form, updating as the volunteer types, with the switches a reader's
 * situation changes: language, the reader's time zone, light or dark, and a clock ("show as of")
 * to see a town hall before its deadline, during a session and after.
 */
export class UePreview extends EditorPart {
  @property({ attribute: false }) t!: EditorMessages;
  /** The editor's language: the widgets start in it when they speak it. */
  @property() uiLang = 'en';
  @property({ attribute: false }) section!: SectionKey;
  /** The section's data as it stands (the widget checks it itself). */
  @property({ attribute: false }) data: unknown;
  /** The section has errors: the widget keeps showing its last good data. */
  @property({ type: Boolean }) stale = false;

  @state() private widgetLang = '';
  @state() private readerZone = '';
  @state() private theme: 'light' | 'dark' = 'light';
  /** '' for now, a moment's index, or 'chosen'. */
  @state() private asOf = '';
  @state() private chosen = '';
  @state() private notes: readonly string[] = [];

  private readonly ref = uid('preview');
  private readonly widgets = new Map<SectionKey, Widget>();
  private moments: Moment[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.widgetLang)
      this.widgetLang = WIDGET_LANGUAGES.includes(this.uiLang) ? this.uiLang : 'en';
    if (changed.has('data') || changed.has('section') || changed.has('t'))
      this.moments = moments(this.section, this.data, this.t);
    if (changed.has('section')) this.asOf = '';
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    const widget = this.widget();
    if (!widget) return;
    if (changed.has('data') || changed.has('section')) {
      this.notes = [];
      widget.data = this.data;
    }
    // The widgets watch `lang`, `time-zone` and `now` in the page, not inside this shadow root.
    if (['widgetLang', 'readerZone', 'theme', 'asOf', 'chosen'].some((k) => changed.has(k)))
      widget.requestUpdate?.();
  }

  /** The section's widget element, made once and kept (it keeps its state across edits). */
  private widget(): Widget | undefined {
    if (this.data === undefined) return undefined;
    let el = this.widgets.get(this.section);
    if (!el) {
      el = document.createElement(sectionTag(this.section)) as Widget; // a registry name, never typed text
      this.widgets.set(this.section, el);
    }
    return el;
  }

  /** The instant the widgets are shown at, as their `now` attribute takes it; '' for the real now. */
  private nowAttribute(): string {
    if (this.asOf === 'chosen') {
      if (!this.chosen) return '';
      const zone = this.readerZone || Intl.DateTimeFormat().resolvedOptions().timeZone;
      const at = toInstant(this.chosen, zone);
      return Number.isFinite(at) ? new Date(at).toISOString() : '';
    }
    const moment = this.moments[Number(this.asOf)];
    return this.asOf && moment ? new Date(moment.at).toISOString() : '';
  }

  private onWidgetError(e: WidgetErrorEvent): void {
    this.notes = e.errors ?? [];
  }

  private renderLanguage(): TemplateResult {
    return html`<label
      >${this.t.preview.language}
      <select @change=${(e: Event) => (this.widgetLang = (e.target as HTMLSelectElement).value)}>
        ${WIDGET_LANGUAGES.map(
          (l) =>
            html`<option value=${l} lang=${l} ?selected=${l === this.widgetLang}>
              ${languageName(l)}
            </option>`,
        )}
      </select></label
    >`;
  }

  private renderZone(): TemplateResult {
    return html`<label
      >${this.t.preview.zone}
      <input
        type="text"
        list="ue-zones"
        autocomplete="off"
        placeholder=${this.t.preview.zoneDevice}
        .value=${this.readerZone}
        @change=${(e: Event) => (this.readerZone = (e.target as HTMLInputElement).value.trim())}
    /></label>`;
  }

  private renderTheme(): TemplateResult {
    const pick = (theme: 'light' | 'dark') =>
      html`<label
        ><input
          type="radio"
          name="${this.ref}-theme"
          .checked=${this.theme === theme}
          @change=${() => (this.theme = theme)}
        />
        ${this.t.preview[theme]}</label
      >`;
    return html`<fieldset class="inline">
      <legend>${this.t.preview.theme}</legend>
      ${pick('light')} ${pick('dark')}
    </fieldset>`;
  }

  private renderClock(): TemplateResult {
    const p = this.t.preview;
    return html`<label
        >${p.asOf}
        <select
          class="as-of"
          @change=${(e: Event) => (this.asOf = (e.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${this.asOf === ''}>${p.asOfNow}</option>
          ${this.moments.map(
            (m, i) =>
              html`<option value=${String(i)} ?selected=${this.asOf === String(i)}>
                ${m.label}
              </option>`,
          )}
          <option value="chosen" ?selected=${this.asOf === 'chosen'}>${p.asOfChosen}</option>
        </select></label
      >
      ${
        this.asOf === 'chosen'
          ? html`<label
              >${p.chosen}
              <input
                type="datetime-local"
                class="chosen"
                .value=${this.chosen}
                @change=${(e: Event) => (this.chosen = (e.target as HTMLInputElement).value)}
            /></label>`
          : nothing
      }`;
  }

  private renderStage(): TemplateResult {
    const widget = this.widget();
    if (!widget) return html`<p class="note">${this.t.preview.none}</p>`;
    return html`<div
      class="stage ${this.theme}"
      lang=${this.widgetLang}
      time-zone=${this.readerZone || nothing}
      theme=${this.theme}
      now=${this.nowAttribute() || nothing}
      @union-error=${this.onWidgetError}
    >
      ${widget}
    </div>`;
  }

  private renderNotes(): TemplateResult | typeof nothing {
    if (this.stale) return html`<p class="note stale">${this.t.preview.stale}</p>`;
    if (!this.notes.length) return nothing;
    return html`<div class="note">
      ${this.t.preview.notes}
      <ul lang="en">
        ${this.notes.slice(0, 10).map((n) => html`<li>${n}</li>`)}
      </ul>
    </div>`;
  }

  protected override render(): TemplateResult {
    return html`<section class="preview" aria-labelledby="${this.ref}-h">
      <h2 id="${this.ref}-h">${this.t.preview.heading}</h2>
      <div class="preview-controls">
        ${this.renderLanguage()} ${this.renderZone()} ${this.renderTheme()} ${this.renderClock()}
      </div>
      ${this.renderNotes()} ${this.renderStage()}
    </section>`;
  }
}
