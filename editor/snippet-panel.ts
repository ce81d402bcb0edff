import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  localOnlyAddresses,
  scriptSnippet,
  type LocalOnlyAddress,
  type SnippetSettings,
  type Sri,
} from '../demo/snippets.js';
import { isObject, SECTIONS, sectionTag, type JsonObject, type SectionKey } from './campaign.js';
import { EditorPart, uid } from './context.js';
import type { EditorMessages } from './i18n.js';

/** The link a member should find in a widget's place before it loads: the action it leads to. */
const FALLBACK_LINK: Partial<Record<SectionKey, (d: JsonObject) => unknown>> = {
  townHall: (d) => d.registrationUrl,
  petition: (d) => d.url,
  actionChecklist: (d) =>
    Array.isArray(d.actions) && isObject(d.actions[0]) ? d.actions[0].url : undefined,
};

const httpLink = (v: unknown): string | undefined => {
  try {
    return typeof v === 'string' && /^https?:$/.test(new URL(v).protocol) ? v : undefined;
  } catch {
    return undefined;
  }
};

/** The feed as the snippets need it: resolved, and as typed (a relative one stays relative). */
interface Feed {
  url: URL;
  raw: string;
}

/**
 * Step by step from the editor to a live site: download campaign.json, put it on the website
 * (and what that takes when it lives on another site), paste each widget's snippet — made by the
 * same code as the embed builder's (demo/snippets.js), and refused like the builder's when an
 * address in it works only on this computer or network.
 */
export class UeSnippets extends EditorPart {
  @property({ attribute: false }) t!: EditorMessages;
  @property({ attribute: false }) doc: JsonObject = {};
  @property({ attribute: false }) sri: Sri | null = null;
  /** The dist/ folder the library is served from here: the snippets' fallback without sri.json. */
  @property() dist = '';
  /** The campaign has errors: no snippet until they are fixed. */
  @property({ type: Boolean }) blocked = false;

  @state() private address = '';
  @state() private source = '';
  @state() private mode: 'file' | 'inline' = 'file';
  @state() private copyStatus = '';

  private readonly ref = uid('save');

  /** The address where campaign.json will be, or an error message, or neither while none is given. */
  private where(): { feed?: Feed; problem?: string } {
    const raw = this.address.trim().replace(/#.*$/, '');
    if (!raw) return {};
    try {
      const url = new URL(raw, location.href);
      if (/^https?:$/.test(url.protocol) && (/^https?:\/\//i.test(raw) || raw.startsWith('/')))
        return { feed: { url, raw } };
    } catch {
      // reported below
    }
    return { problem: this.t.save.badAddress(this.address.trim()) };
  }

  /** The dist/ folder the snippets load the library from: this version's CDN, else this copy. */
  private get base(): string {
    return this.sri?.cdn ?? this.dist;
  }

  /** One widget's snippet settings, as the embed builder makes them. */
  private settings(key: SectionKey, feed: Feed | undefined): SnippetSettings {
    const data = this.doc[key];
    const d = isObject(data) ? data : {};
    const title = typeof d.title === 'string' && d.title.trim() ? d.title : this.t.sections[key];
    const link = httpLink(FALLBACK_LINK[key]?.(d));
    const tag = sectionTag(key);
    const src = feed && new URL(`#/${key}`, feed.url);
    return {
      name: tag.replace(/^union-/, ''),
      tag,
      mode: this.mode === 'file' ? 'feed' : 'inline',
      src,
      rawSrc: feed?.raw ?? '',
      data: this.mode === 'inline' ? data : undefined,
      source: this.source.trim() || undefined,
      theme: [],
      fallbackText: title,
      fallbackUrl: link ? new URL(link) : undefined,
      height: 0,
    };
  }

  /** Every address in the snippets that only this computer or network could reach, once each. */
  private localOnly(all: [SectionKey, SnippetSettings][]): [SectionKey, LocalOnlyAddress][] {
    const seen = new Set<string>();
    const found: [SectionKey, LocalOnlyAddress][] = [];
    for (const [key, s] of all)
      for (const one of localOnlyAddresses(s, { base: this.base, pages: this.base })) {
        const address = one.address.replace(/#.*$/, ''); // the file, whichever widget's part
        const id = `${one.what} ${address}`;
        if (seen.has(id)) continue;
        seen.add(id);
        found.push([key, { ...one, address }]);
      }
    return found;
  }

  private async copy(area: HTMLTextAreaElement): Promise<void> {
    try {
      await navigator.clipboard.writeText(area.value);
      this.copyStatus = this.t.save.copied;
    } catch {
      area.focus();
      area.select();
      this.copyStatus = this.t.save.copyFailed;
    }
  }

  private renderSnippet(key: SectionKey, s: SnippetSettings): TemplateResult {
    const name = this.t.sections[key];
    const areaId = `${this.ref}-${key}`;
    const snippet = scriptSnippet(s, { base: this.base, sri: this.sri });
    return html`<div class="snippet">
      <label for=${areaId}>${this.t.save.snippet(name)}</label>
      <textarea id=${areaId} rows="8" readonly spellcheck="false" .value=${snippet}></textarea>
      <button
        type="button"
        @click=${() => this.copy(this.querySelector<HTMLTextAreaElement>(`#${areaId}`)!)}
      >
        ${this.t.save.copy(name)}
      </button>
    </div>`;
  }

  /** No snippet while it would work only for the volunteer: each address, why, what to do. */
  private renderLocalOnly(found: [SectionKey, LocalOnlyAddress][]): TemplateResult {
    const s = this.t.save;
    return html`<div class="note blocked" role="status">
      <p>${s.localOnly}</p>
      <ul>
        ${found.map(
          ([key, { what, address, reach }]) =>
            html`<li>
              ${s.localOnlyWhy[what](address, s.onlyHere[reach], this.t.sections[key])}
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderSnippets(): TemplateResult {
    const s = this.t.save;
    const present = SECTIONS.filter(({ key }) => this.doc[key] !== undefined);
    if (!present.length) return html`<p class="note">${s.empty}</p>`;
    if (this.blocked) return html`<p class="note blocked">${this.t.problems.blocked}</p>`;
    const { feed, problem } = this.where();
    if (this.mode === 'file' && !feed) return html`<p class="note">${problem ?? s.needAddress}</p>`;
    const all = present.map(({ key }): [SectionKey, SnippetSettings] => [
      key,
      this.settings(key, feed),
    ]);
    const localOnly = this.localOnly(all);
    if (localOnly.length) return this.renderLocalOnly(localOnly);
    return html`<p class="note">${s.oncePerPage}</p>
      ${this.sri ? nothing : html`<p class="note">${s.noHashes}</p>`}
      ${all.map(([key, settings]) => this.renderSnippet(key, settings))}
      <p class="note">${s.prerender}</p>
      <p class="note" role="status">${this.copyStatus}</p>`;
  }

  private renderMode(mode: 'file' | 'inline', label: string): TemplateResult {
    return html`<label
      ><input
        type="radio"
        name="${this.ref}-mode"
        .checked=${this.mode === mode}
        @change=${() => (this.mode = mode)}
      />
      ${label}</label
    >`;
  }

  protected override render(): TemplateResult {
    const s = this.t.save;
    return html`<section class="save" aria-labelledby="${this.ref}-h">
      <h2 id="${this.ref}-h">${s.heading}</h2>
      <ol class="steps">
        <li>
          <p>${s.step1}</p>
          <button
            type="button"
            class="download"
            @click=${() => this.dispatchEvent(new Event('ue-download', { bubbles: true, composed: true }))}
          >
            ${this.t.toolbar.download}
          </button>
        </li>
        <li>
          <p>${s.step2}</p>
          <label for="${this.ref}-where">${s.where}</label>
          <input
            id="${this.ref}-where"
            class="where"
            type="url"
            inputmode="url"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="${this.ref}-where-help"
            .value=${this.address}
            @input=${(e: Event) => (this.address = (e.target as HTMLInputElement).value)}
          />
          <p class="help" id="${this.ref}-where-help">${s.whereHelp} ${s.cors}</p>
          <label for="${this.ref}-source">${s.source}</label>
          <input
            id="${this.ref}-source"
            class="source"
            type="text"
            autocomplete="off"
            maxlength="100"
            aria-describedby="${this.ref}-source-help"
            .value=${this.source}
            @input=${(e: Event) => (this.source = (e.target as HTMLInputElement).value)}
          />
          <p class="help" id="${this.ref}-source-help">${s.sourceHelp}</p>
        </li>
        <li>
          <p>${s.step3}</p>
          <fieldset>
            <legend>${s.mode}</legend>
            ${this.renderMode('file', s.modeFile)} ${this.renderMode('inline', s.modeInline)}
          </fieldset>
          ${this.renderSnippets()}
        </li>
      </ol>
    </section>`;
  }
}
