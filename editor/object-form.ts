import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Schema } from '../src/internal/schema.js';
import { isObject, type Path } from './campaign.js';
import { EditorPart, problemsAt, type FormContext } from './context.js';
import { isAdvanced, kindOf, wordsFor } from './fields.js';

type ObjectSchema = Extract<Schema, { t: 'obj' }>;

/**
 * The fields of one object — a widget's section, a session, an action — in the schema's order,
 * each as the part its schema calls for. Keys a volunteer rarely needs (ids that keep members'
 * progress) wait under "More options"; keys the schema does not know are named and kept.
 */
export class UeObject extends EditorPart {
  @property({ attribute: false }) ctx!: FormContext;
  @property({ attribute: false }) schema!: ObjectSchema;
  @property({ attribute: false }) path: Path = [];
  @property({ attribute: false }) value: unknown;

  private field(key: string): TemplateResult {
    const schema = this.schema.p[key];
    const path = [...this.path, key];
    const value = isObject(this.value) ? this.value[key] : undefined;
    const required = !!this.schema.req?.includes(key);
    switch (kindOf(schema, key)) {
      case 'list':
        return html`<ue-list
          .ctx=${this.ctx}
          .schema=${schema}
          .path=${path}
          .value=${value}
          ?required=${required}
        ></ue-list>`;
      case 'chips':
        return html`<ue-chips
          .ctx=${this.ctx}
          .schema=${schema}
          .path=${path}
          .value=${value}
          ?required=${required}
        ></ue-chips>`;
      case 'group':
        return html`<fieldset class="group">
          <legend>${wordsFor(this.ctx.t, this.ctx.section, path).label}</legend>
          <ue-object .ctx=${this.ctx} .schema=${schema} .path=${path} .value=${value}></ue-object>
        </fieldset>`;
      default:
        return html`<ue-field
          .ctx=${this.ctx}
          .schema=${schema}
          .path=${path}
          .value=${value}
          ?required=${required}
        ></ue-field>`;
    }
  }

  private renderMore(keys: string[]): TemplateResult | typeof nothing {
    if (!keys.length) return nothing;
    return html`<details class="more">
      <summary>${this.ctx.t.form.moreOptions}</summary>
      ${keys.map((k) => this.field(k))}
    </details>`;
  }

  private renderKept(): TemplateResult | typeof nothing {
    const other = isObject(this.value)
      ? Object.keys(this.value).filter((k) => !Object.hasOwn(this.schema.p, k))
      : [];
    return other.length
      ? html`<p class="kept">${this.ctx.t.form.kept(other.join(', '))}</p>`
      : nothing;
  }

  /** A problem under "More options" must be seen: it opens (and is never closed under a typing hand). */
  protected override updated(): void {
    const more = this.querySelector<HTMLDetailsElement>(':scope > details.more');
    const keys = Object.keys(this.schema.p).filter(isAdvanced);
    if (more && keys.some((k) => problemsAt(this.ctx, [...this.path, k]).length)) more.open = true;
  }

  protected override render(): TemplateResult {
    const keys = Object.keys(this.schema.p);
    return html`${keys.filter((k) => !isAdvanced(k)).map((k) => this.field(k))}
    ${this.renderMore(keys.filter(isAdvanced))} ${this.renderKept()}`;
  }
}
