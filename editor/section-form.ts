import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { emptyValue, sectionSchema } from './campaign.js';
import { EditEvent, EditorPart, type FormContext } from './context.js';
import { renderProblem } from './problem.js';

/**
 * One widget's part of the campaign: its form, or, when the campaign has none, a button to add
 * it; and a button to take it out. Adding and removing are edits at the section's root, so undo
 * brings a removed section back whole.
 */
export class UeSection extends EditorPart {
  @property({ attribute: false }) ctx!: FormContext;
  /** The section's data in the campaign (undefined: not in it). */
  @property({ attribute: false }) value: unknown;

  private get name(): string {
    return this.ctx.t.sections[this.ctx.section];
  }

  private addSection(): void {
    // A new checklist needs a key for members' ticks: this month's, which a volunteer may keep.
    const base = `campaign-${new Date().toISOString().slice(0, 7)}`;
    const value = emptyValue(sectionSchema(this.ctx.section), base);
    this.dispatchEvent(new EditEvent([], value, undefined, this.ctx.t.form.added(this.name)));
  }

  private removeSection(): void {
    this.dispatchEvent(
      new EditEvent([], undefined, undefined, this.ctx.t.sectionRemoved(this.name)),
    );
  }

  private renderEmpty(): TemplateResult {
    const { t, section } = this.ctx;
    return html`<p>${t.sectionEmpty(this.name)}</p>
      <button type="button" class="add-section primary" @click=${this.addSection}>
        ${t.sectionAdd[section]}
      </button>`;
  }

  private renderForm(): TemplateResult {
    const whole = this.ctx.check.byPath.get('') ?? [];
    return html`${
        whole.length
          ? html`<div class="problems" data-path="">
              ${whole.map((p) => renderProblem(this.ctx.t, p))}
            </div>`
          : nothing
      }
      <ue-object
        .ctx=${this.ctx}
        .schema=${sectionSchema(this.ctx.section)}
        .path=${[]}
        .value=${this.value}
      ></ue-object>
      <button type="button" class="remove-section" @click=${this.removeSection}>
        ${this.ctx.t.sectionRemove(this.name)}
      </button>`;
  }

  protected override render(): TemplateResult {
    return html`<section class="form" aria-labelledby="section-h">
      <h2 id="section-h">${this.name}</h2>
      ${this.value === undefined ? this.renderEmpty() : this.renderForm()}
    </section>`;
  }
}
