import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Schema } from '../src/internal/schema.js';
import { pathText, type Json, type Path } from './campaign.js';
import { EditEvent, EditorPart, problemsAt, uid, VisitEvent, type FormContext } from './context.js';
import { wordsFor } from './fields.js';
import { renderProblem } from './problem.js';

/** How each kind of short list is written: `#BestJobsBestCare`, `@KPThrive`. */
const PREFIX: Record<string, string> = { hashtags: '#', mentions: '@' };

/**
 * A short list of words — hashtags, accounts to tag — as chips: type one and press Enter to add
 * it, a chip's button removes it. A leading # or @ typed out of habit is dropped (the widget
 * writes it).
 */
export class UeChips extends EditorPart {
  @property({ attribute: false }) ctx!: FormContext;
  @property({ attribute: false }) schema!: Extract<Schema, { t: 'arr' }>;
  @property({ attribute: false }) path: Path = [];
  @property({ attribute: false }) value: unknown;
  @property({ type: Boolean }) required = false;

  private readonly ref = uid('chips');

  private get mark(): string {
    return PREFIX[String(this.path.at(-1))] ?? '';
  }

  private get items(): Json[] {
    return Array.isArray(this.value) ? (this.value as Json[]) : [];
  }

  private shown(item: Json): string {
    return typeof item === 'string' ? this.mark + item : JSON.stringify(item);
  }

  /** The list without item `i`; an empty list is removed, as if never set. */
  private removeItem(i: number): void {
    const next = this.items.filter((_, j) => j !== i);
    const what = this.shown(this.items[i]);
    this.dispatchEvent(
      new EditEvent(
        this.path,
        next.length ? next : undefined,
        undefined,
        this.ctx.t.form.removed(what),
      ),
    );
  }

  private add(input: HTMLInputElement): void {
    let text = input.value.trim();
    if (this.mark && text.startsWith(this.mark)) text = text.slice(1).trim();
    if (!text) return;
    const item: Json = this.schema.of.t === 'num' && /^-?\d+(\.\d+)?$/.test(text) ? +text : text;
    input.value = '';
    this.dispatchEvent(
      new EditEvent(this.path, [...this.items, item], undefined, this.ctx.t.form.added(text)),
    );
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    this.add(e.target as HTMLInputElement);
  }

  private onAddClick(): void {
    this.add(this.querySelector<HTMLInputElement>(`#${this.ref}`)!);
  }

  private renderChip(item: Json, i: number): TemplateResult {
    const text = this.shown(item);
    return html`<li class="chip">
      <span>${text}</span>
      <button
        type="button"
        class="chip-remove"
        aria-label=${this.ctx.t.form.chipRemove(text)}
        @click=${() => this.removeItem(i)}
      >
        ×
      </button>
    </li>`;
  }

  private renderProblems(): TemplateResult {
    const problems = [this.path, ...this.items.map((_, i) => [...this.path, i])].flatMap((p) =>
      problemsAt(this.ctx, p),
    );
    return html`<div class="problems" id="${this.ref}-problems">
      ${problems.map((p) => renderProblem(this.ctx.t, p))}
    </div>`;
  }

  protected override render(): TemplateResult {
    const { t } = this.ctx;
    const words = wordsFor(t, this.ctx.section, this.path);
    return html`<fieldset class="field chips" data-path=${pathText(this.path)}>
      <legend>${words.label}</legend>
      <ul class="chip-list">
        ${this.items.map((item, i) => this.renderChip(item, i))}
      </ul>
      <div class="chip-add">
        <label for=${this.ref} class="sr">${t.form.chipNew(words.item ?? words.label)}</label>
        <input
          id=${this.ref}
          type="text"
          autocomplete="off"
          aria-describedby="${this.ref}-help ${this.ref}-problems"
          @keydown=${this.onKey}
          @blur=${() => this.dispatchEvent(new VisitEvent(this.path))}
        />
        <button type="button" @click=${this.onAddClick}>${t.form.chipAdd}</button>
      </div>
      <p class="help" id="${this.ref}-help">${words.help ?? t.form.chipHelp}</p>
      ${this.renderProblems()}
    </fieldset>`;
  }
}
