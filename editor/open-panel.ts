import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { campaignText } from './campaign.js';
import { EditorPart, uid } from './context.js';
import type { Draft } from './draft.js';
import type { EditorMessages } from './i18n.js';

export type OpenRequest =
  | { kind: 'file'; file: File }
  | { kind: 'url'; url: string }
  | { kind: 'empty' }
  | { kind: 'sample' }
  | { kind: 'draft' }
  | { kind: 'discard-draft' }
  | { kind: 'cancel' };

/** The volunteer asked to open or start a campaign (or to take up or drop their draft). */
export class OpenEvent extends Event {
  constructor(readonly request: OpenRequest) {
    super('ue-open', { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ue-open': OpenEvent;
  }
}

/**
 * Where a campaign comes from: the draft left on this device, a file on the computer, a web
 * address, an empty campaign or the sample one.
 */
export class UeOpen extends EditorPart {
  @property({ attribute: false }) t!: EditorMessages;
  @property() uiLang = 'en';
  @property({ attribute: false }) draft?: Draft;
  /** A campaign is open already: offer to go back to it. */
  @property({ type: Boolean }) cancellable = false;
  @property() message = '';
  @property() messageKind: 'info' | 'error' = 'info';

  private readonly ref = uid('open');

  private ask(request: OpenRequest): void {
    this.dispatchEvent(new OpenEvent(request));
  }

  private onFile(e: Event): void {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) this.ask({ kind: 'file', file });
    input.value = '';
  }

  private onUrl(e: SubmitEvent): void {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem('url') as HTMLInputElement;
    this.ask({ kind: 'url', url: input.value.trim() });
  }

  private renderDraft(): TemplateResult | typeof nothing {
    if (!this.draft) return nothing;
    const when = new Intl.DateTimeFormat(this.uiLang, {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(this.draft.at);
    return html`<div class="draft" role="region" aria-label=${this.t.draft.resume}>
      <p>${this.t.draft.found(when, this.draft.saved !== campaignText(this.draft.doc))}</p>
      <button type="button" class="resume" @click=${() => this.ask({ kind: 'draft' })}>
        ${this.t.draft.resume}
      </button>
      <button type="button" class="discard" @click=${() => this.ask({ kind: 'discard-draft' })}>
        ${this.t.draft.discard}
      </button>
    </div>`;
  }

  protected override render(): TemplateResult {
    const o = this.t.open;
    return html`<section class="open" aria-labelledby="${this.ref}-h">
      <h2 id="${this.ref}-h">${o.heading}</h2>
      ${this.renderDraft()}
      <p>
        <label for="${this.ref}-file">${o.fromFile}</label>
        <input
          id="${this.ref}-file"
          class="file"
          type="file"
          accept=".json,application/json"
          @change=${this.onFile}
        />
      </p>
      <form class="from-url" novalidate @submit=${this.onUrl}>
        <label for="${this.ref}-url">${o.fromUrl}</label>
        <span class="row">
          <input
            id="${this.ref}-url"
            name="url"
            type="url"
            inputmode="url"
            autocomplete="off"
            spellcheck="false"
          />
          <button type="submit">${o.urlButton}</button>
        </span>
      </form>
      <p class="starts">
        <button type="button" class="empty" @click=${() => this.ask({ kind: 'empty' })}>
          ${o.empty}
        </button>
        <button type="button" class="sample" @click=${() => this.ask({ kind: 'sample' })}>
          ${o.sample}
        </button>
        ${
          this.cancellable
            ? html`<button
                type="button"
                class="cancel"
                @click=${() => this.ask({ kind: 'cancel' })}
              >
                ${o.cancel}
              </button>`
            : nothing
        }
      </p>
      <p
        class="message ${this.messageKind}"
        role=${this.messageKind === 'error' ? 'alert' : 'status'}
      >
        ${this.message}
      </p>
    </section>`;
  }
}
