import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { Schema } from '../src/internal/schema.js';
import { pathText, type Json, type Path } from './campaign.js';
import { EditEvent, EditorPart, problemsAt, uid, VisitEvent, type FormContext } from './context.js';
import { DEFAULTS, humanize, kindOf, wordsFor, wordsKey, type Kind } from './fields.js';
import { renderProblem } from './problem.js';
import { offsetText } from './zones.js';

/** Wall-clock date-time without offset, as `<input type="datetime-local">` reads and writes it. */
const WALL = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,3})?)?$/;
const DAY = /^\d{4}-\d\d-\d\d$/;
/** A number as people type one that JSON reads the same way (leading zeros allowed). */
const NUMBER = /^-?\d+(\.\d+)?$/;

/** Weekday values (`monday`) in the editor's language, from Intl: 2024-01-07 was a Sunday. */
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
function weekdayName(value: string, lang: string): string | undefined {
  const i = WEEKDAYS.indexOf(value);
  if (i < 0) return undefined;
  const name = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2024, 0, 7 + i),
  );
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

/** The text a field shows for a value (a value of the wrong type shows as its JSON). */
const asText = (value: unknown): string =>
  value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);

/**
 * One field of the form — text, link, number, date, date-time, time zone, checkbox or choice —
 * chosen from its schema, with its label, help and the checker's words beside it.
 */
export class UeField extends EditorPart {
  @property({ attribute: false }) ctx!: FormContext;
  @property({ attribute: false }) schema!: Schema;
  /** Where the field is, within the section. */
  @property({ attribute: false }) path: Path = [];
  @property({ attribute: false }) value: unknown;
  @property({ type: Boolean }) required = false;

  private readonly ref = uid('field');
  /** An empty date field asked for a time of day too. */
  @state() private wantTime = false;
  /** What is in the input: kept as typed while it means the same value ("08" for 8). */
  private text = '';
  private kind: Kind = 'text';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('schema') || changed.has('path'))
      this.kind = kindOf(this.schema, String(this.path.at(-1)));
    if (changed.has('value') && this.read(this.text) !== this.value) this.text = asText(this.value);
  }

  /** The value the input's text stands for: a number when it is one, nothing when empty. */
  private read(text: string): unknown {
    if (text === '') return undefined;
    if (this.kind === 'number' && NUMBER.test(text.trim())) return Number(text.trim());
    return text;
  }

  private onInput(e: Event): void {
    const input = e.target as HTMLInputElement;
    this.text = input.value;
    this.dispatchEvent(
      new EditEvent(this.path, this.read(input.value) as Json, pathText(this.path)),
    );
  }

  private onCheck(e: Event): void {
    const on = (e.target as HTMLInputElement).checked;
    this.dispatchEvent(new EditEvent(this.path, on));
  }

  private onChoose(e: Event): void {
    const value = (e.target as HTMLSelectElement).value;
    this.dispatchEvent(new EditEvent(this.path, value === '' ? undefined : value));
  }

  /** Puts the fix the editor saw in the field, as if typed. */
  private applyFix(fix: string): void {
    this.text = fix;
    this.dispatchEvent(new EditEvent(this.path, this.read(fix) as Json));
    this.requestUpdate();
  }

  /** A date field gains or loses its time of day (midnight to start with; the date is kept). */
  private onTimeToggle(e: Event): void {
    this.wantTime = (e.target as HTMLInputElement).checked;
    const day = this.text.slice(0, 10);
    if (!DAY.test(day)) return;
    this.applyFix(this.wantTime ? `${day}T00:00` : day);
  }

  private onLeave(): void {
    this.dispatchEvent(new VisitEvent(this.path));
  }

  private describedBy(): string {
    return [`${this.ref}-help`, `${this.ref}-problems`].join(' ');
  }

  private renderLabel(): TemplateResult {
    const words = wordsFor(this.ctx.t, this.ctx.section, this.path);
    return html`<label for=${this.ref}
      >${words.label}${
        this.required ? html`<span class="required">(${this.ctx.t.form.required})</span>` : nothing
      }</label
    >`;
  }

  private renderHelp(): TemplateResult {
    const words = wordsFor(this.ctx.t, this.ctx.section, this.path);
    const zone =
      this.kind === 'zone' && typeof this.value === 'string' ? offsetText(this.value) : '';
    return html`<p class="help" id="${this.ref}-help">
      ${words.help ?? nothing} ${zone ? this.ctx.t.form.zoneNow(zone) : nothing}
      ${this.kind === 'zone' && !zone ? this.ctx.t.form.zoneSearch : nothing}
    </p>`;
  }

  /** The input type for a date field: the native picker when the value fits it, else text. */
  private dateType(): string {
    const v = this.text;
    if (this.kind === 'date' && v === '') return this.wantTime ? 'datetime-local' : 'date';
    if (this.kind === 'date' && DAY.test(v)) return 'date';
    return v === '' || WALL.test(v) ? 'datetime-local' : 'text';
  }

  private renderText(type: string, extra: Partial<Record<string, string>> = {}): TemplateResult {
    const invalid = this.hasErrors();
    return html`<input
      id=${this.ref}
      type=${type}
      .value=${live(this.text)}
      inputmode=${extra.inputmode ?? nothing}
      list=${extra.list ?? nothing}
      step=${extra.step ?? nothing}
      autocomplete="off"
      spellcheck=${type === 'text' ? 'true' : 'false'}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${this.describedBy()}
      @input=${this.onInput}
      @change=${this.onInput}
      @blur=${this.onLeave}
    />`;
  }

  private renderLong(): TemplateResult {
    return html`<textarea
      id=${this.ref}
      rows="3"
      .value=${live(this.text)}
      aria-invalid=${this.hasErrors() ? 'true' : 'false'}
      aria-describedby=${this.describedBy()}
      @input=${this.onInput}
      @blur=${this.onLeave}
    ></textarea>`;
  }

  private renderChoice(): TemplateResult {
    const s = this.schema as Extract<Schema, { t: 'enum' }>;
    const { t, lang } = this.ctx;
    const words = wordsFor(t, this.ctx.section, this.path);
    const current = typeof this.value === 'string' ? this.value : '';
    const unknown = current && !s.of.includes(current);
    const label = (v: string) => t.options[v] ?? weekdayName(v, lang) ?? humanize(v);
    return html`<select
      id=${this.ref}
      aria-invalid=${this.hasErrors() ? 'true' : 'false'}
      aria-describedby=${this.describedBy()}
      @change=${this.onChoose}
      @blur=${this.onLeave}
    >
      ${
        this.required && current
          ? nothing
          : html`<option value="" ?selected=${!current}>${words.none ?? t.form.notSet}</option>`
      }
      ${s.of.map((v) => html`<option value=${v} ?selected=${v === current}>${label(v)}</option>`)}
      ${
        unknown
          ? html`<option value=${current} selected>${t.form.unknownOption(current)}</option>`
          : nothing
      }
    </select>`;
  }

  private renderCheckbox(): TemplateResult {
    const fallback = DEFAULTS[wordsKey(this.ctx.section, this.path)] ?? false;
    const on = typeof this.value === 'boolean' ? this.value : fallback;
    return html`<input
        id=${this.ref}
        type="checkbox"
        .checked=${live(on)}
        aria-describedby=${this.describedBy()}
        @change=${this.onCheck}
      />
      ${this.renderLabel()}`;
  }

  private renderInput(): TemplateResult {
    switch (this.kind) {
      case 'long':
        return this.renderLong();
      case 'link':
        return this.renderText('url', { inputmode: 'url' });
      case 'number': {
        const int = this.schema.t === 'num' && this.schema.int;
        return this.renderText('text', { inputmode: int ? 'numeric' : 'decimal' });
      }
      case 'date':
      case 'datetime': {
        const type = this.dateType();
        const seconds = /T\d\d:\d\d:/.test(this.text);
        return html`${this.renderText(type, type === 'datetime-local' && seconds ? { step: '1' } : {})}
        ${this.renderTimeToggle(type)}`;
      }
      case 'zone':
        return this.renderText('text', { list: 'ue-zones' });
      case 'choice':
        return this.renderChoice();
      default:
        return this.renderText('text');
    }
  }

  /** For a field that takes a date or a date-time: whether it has a time of day. */
  private renderTimeToggle(type: string): TemplateResult | typeof nothing {
    if (this.kind !== 'date' || type === 'text') return nothing;
    return html`<label class="with-time"
      ><input
        type="checkbox"
        .checked=${live(type === 'datetime-local')}
        @change=${this.onTimeToggle}
      />
      ${this.ctx.t.form.withTime}</label
    >`;
  }

  private hasErrors(): boolean {
    return problemsAt(this.ctx, this.path).some((p) => p.level === 'error');
  }

  private renderProblems(): TemplateResult {
    return html`<div class="problems" id="${this.ref}-problems">
      ${problemsAt(this.ctx, this.path).map((p) =>
        renderProblem(this.ctx.t, p, (fix) => this.applyFix(fix)),
      )}
    </div>`;
  }

  protected override render(): TemplateResult {
    const bool = this.kind === 'bool';
    return html`<div class="field ${this.kind}" data-path=${pathText(this.path)}>
      ${bool ? this.renderCheckbox() : this.renderLabel()} ${this.renderHelp()}
      ${bool ? nothing : this.renderInput()} ${this.renderProblems()}
    </div>`;
  }
}
