import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Schema } from '../src/internal/schema.js';
import { emptyValue, isObject, pathText, type Json, type Path } from './campaign.js';
import { EditEvent, EditorPart, problemsAt, type FormContext } from './context.js';
import { humanize, wordsFor } from './fields.js';
import { renderProblem } from './problem.js';

/** The first of these an item has names it in its heading ("Session 1 — Thursday"). */
const NAMES = ['label', 'name', 'union', 'title', 'start', 'id'];

/**
 * A list of things — vote results, actions, sessions, subgroups and their items — each in its
 * own group with buttons to move it up or down or remove it, and one to add another. After a
 * move or removal the focus stays where the volunteer is working.
 */
export class UeList extends EditorPart {
  @property({ attribute: false }) ctx!: FormContext;
  @property({ attribute: false }) schema!: Extract<Schema, { t: 'arr' }>;
  @property({ attribute: false }) path: Path = [];
  @property({ attribute: false }) value: unknown;
  @property({ type: Boolean }) required = false;

  /** Where the focus goes after the next render (a button of the moved item, the new item). */
  private focusAfter?: string;

  private get items(): Json[] {
    return Array.isArray(this.value) ? (this.value as Json[]) : [];
  }

  private get what(): string {
    const words = wordsFor(this.ctx.t, this.ctx.section, this.path);
    return words.item ?? humanize(String(this.path.at(-1))).toLowerCase();
  }

  private itemName(i: number): string {
    return this.ctx.t.form.item(this.what, i + 1);
  }

  private change(next: Json[], announce: string, focus?: string): void {
    this.focusAfter = focus;
    this.dispatchEvent(new EditEvent(this.path, next, undefined, announce));
  }

  private add(): void {
    const key = String(this.path.at(-1));
    const base = `${key.replace(/s$/, '')}-${Date.now().toString(36)}`;
    const next = [...this.items, emptyValue(this.schema.of, base, this.items)];
    this.change(next, this.ctx.t.form.added(this.itemName(next.length - 1)), `${next.length - 1}`);
  }

  private move(i: number, by: number): void {
    const next = [...this.items];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item);
    const where = i + by;
    this.change(
      next,
      this.ctx.t.form.moved(this.itemName(i), where + 1),
      `${where} ${by < 0 ? 'up' : 'down'}`,
    );
  }

  private removeItem(i: number): void {
    const next = this.items.filter((_, j) => j !== i);
    this.change(
      next,
      this.ctx.t.form.removed(this.itemName(i)),
      next.length ? `${Math.min(i, next.length - 1)}` : 'add',
    );
  }

  protected override updated(): void {
    if (this.focusAfter === undefined) return;
    const [index, button] = this.focusAfter.split(' ');
    this.focusAfter = undefined;
    const list = this.querySelector(':scope > fieldset > ol');
    const target =
      index === 'add'
        ? this.querySelector<HTMLElement>(':scope > fieldset > .add')
        : button
          ? list?.children[+index]?.querySelector<HTMLElement>(
              `:scope > fieldset > .item-tools .${button}`,
            )
          : list?.children[+index]?.querySelector<HTMLElement>('input, select, textarea');
    // A move to the very top or bottom disables that button: stay on the item's other one.
    const enabled = target && !(target as HTMLButtonElement).disabled ? target : undefined;
    (
      enabled ?? list?.children[+index]?.querySelector<HTMLElement>('button:not([disabled])')
    )?.focus();
  }

  /** "Session 2 — 2025-08-22T07:00": the item's place and the first name it has. */
  private heading(item: Json, i: number): string {
    const name = isObject(item)
      ? NAMES.map((k) => item[k]).find((v) => typeof v === 'string' && v.trim())
      : typeof item === 'string'
        ? item
        : undefined;
    const place = this.itemName(i);
    return name && name !== place ? `${place} — ${name as string}` : place;
  }

  private renderTools(i: number): TemplateResult {
    const { form } = this.ctx.t;
    const name = this.itemName(i);
    return html`<div class="item-tools">
      <button type="button" class="up" ?disabled=${i === 0} @click=${() => this.move(i, -1)}>
        <span aria-hidden="true">↑</span> <span class="sr">${form.moveUp(name)}</span>
      </button>
      <button
        type="button"
        class="down"
        ?disabled=${i === this.items.length - 1}
        @click=${() => this.move(i, 1)}
      >
        <span aria-hidden="true">↓</span> <span class="sr">${form.moveDown(name)}</span>
      </button>
      <button type="button" class="remove" @click=${() => this.removeItem(i)}>
        ${form.remove(name)}
      </button>
    </div>`;
  }

  private renderItem(item: Json, i: number): TemplateResult {
    const at = [...this.path, i];
    const body =
      this.schema.of.t === 'obj'
        ? html`<ue-object
            .ctx=${this.ctx}
            .schema=${this.schema.of}
            .path=${at}
            .value=${item}
          ></ue-object>`
        : html`<ue-field
            .ctx=${this.ctx}
            .schema=${this.schema.of}
            .path=${at}
            .value=${item}
            required
          ></ue-field>`;
    return html`<li class="item">
      <fieldset data-path=${pathText(at)}>
        <legend>${this.heading(item, i)}</legend>
        ${this.renderTools(i)}
        <div class="problems">
          ${problemsAt(this.ctx, at).map((p) => renderProblem(this.ctx.t, p))}
        </div>
        ${body}
      </fieldset>
    </li>`;
  }

  protected override render(): TemplateResult {
    const { t } = this.ctx;
    const words = wordsFor(t, this.ctx.section, this.path);
    return html`<fieldset class="list" data-path=${pathText(this.path)}>
      <legend>${words.label} ${t.form.count(this.items.length)}</legend>
      ${words.help ? html`<p class="help">${words.help}</p>` : nothing}
      <div class="problems">${problemsAt(this.ctx, this.path).map((p) => renderProblem(t, p))}</div>
      <ol>
        ${this.items.map((item, i) => this.renderItem(item, i))}
      </ol>
      <button type="button" class="add" @click=${this.add}>
        ${words.add ?? t.form.addItem(this.what)}
      </button>
    </fieldset>`;
  }
}
