import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Sri } from '../demo/snippets.js';
import {
  campaignText,
  getIn,
  otherKeys,
  pathText,
  SECTIONS,
  sectionSchema,
  setIn,
  type Json,
  type JsonObject,
  type SectionKey,
} from './campaign.js';
import { settled, type EditEvent, type FormContext, type VisitEvent } from './context.js';
import { clearDraft, loadDraft, saveDraft, type Draft } from './draft.js';
import { History } from './history.js';
import { catalogs, editorLanguage, languageName, type EditorMessages } from './i18n.js';
import { checkSection, type SectionCheck } from './issues.js';
import type { Blocker, GoEvent } from './error-summary.js';
import { loadFile, loadUrl, readCampaign, type Loaded } from './load.js';
import type { OpenEvent } from './open-panel.js';
import { styles } from './styles.js';

const EMPTY_CHECK: SectionCheck = {
  checked: { errors: [], warnings: [] },
  problems: [],
  byPath: new Map(),
  errors: 0,
  warnings: 0,
};

/**
 * The campaign editor: open a campaign, edit each widget's data in forms generated from the
 * widgets' own schemas, see the real widgets update beside the form, and download campaign.json
 * with the snippets to paste. The draft is kept on the device as the volunteer types.
 *
 * @tag union-campaign-editor
 * @summary A campaign editor for people who have never seen JSON.
 */
export class UnionCampaignEditor extends LitElement {
  static override styles = styles;

  /** A campaign to open at start (`editor.html?src=…` sets it). */
  @property() src = '';
  /** The sample campaign ("Start from the sample campaign"). */
  @property() sample = '';
  /**
   * The library's sri.json: the snippets' CDN and integrity hashes. Without it, the snippets load
   * the library from the folder it would be in (the dist/ this page is served from).
   */
  @property({ attribute: 'sri-src' }) sriSrc = '';

  @state() private uiLang = 'en';
  @state() private doc?: JsonObject;
  @state() private section: SectionKey = 'voteTally';
  @state() private visited = new Map<SectionKey, Set<string>>();
  @state() private showAll = false;
  /** The text last opened or downloaded: the work is unsaved when the campaign differs. */
  @state() private saved = '';
  @state() private status = '';
  @state() private draftOffer?: Draft;
  @state() private draftKept = true;
  @state() private opening = false;
  @state() private openMessage: [text: string, kind: 'info' | 'error'] = ['', 'info'];
  @state() private sri: Sri | null = null;

  private history = new History<JsonObject | undefined>(undefined);
  private checks = new Map<SectionKey, SectionCheck>();

  private get t(): EditorMessages {
    return catalogs[this.uiLang];
  }

  private readonly onKey = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) this.undo();
    else if (key === 'y' || (key === 'z' && e.shiftKey)) this.redo();
    else return;
    e.preventDefault();
  };

  private readonly onLeavePage = (e: BeforeUnloadEvent) => {
    if (!this.dirty) return;
    e.preventDefault();
    e.returnValue = '';
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // The page's `lang` says nothing about the volunteer: their browser's language does.
    this.uiLang = editorLanguage(this.getAttribute('lang') ?? navigator.language);
    this.addEventListener('keydown', this.onKey);
    addEventListener('beforeunload', this.onLeavePage);
    if (this.sriSrc) this.loadSri();
    const draft = loadDraft();
    // Opening a campaign by address must not bury work that was never downloaded: it stays on offer.
    this.draftOffer = !this.src || (draft && this.unsaved(draft)) ? draft : undefined;
    if (this.src) this.open({ kind: 'url', url: this.src });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKey);
    removeEventListener('beforeunload', this.onLeavePage);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('doc')) {
      this.checks = new Map(
        SECTIONS.map(({ key }) => [
          key,
          this.doc?.[key] === undefined
            ? EMPTY_CHECK
            : checkSection(sectionSchema(key), this.doc[key]),
        ]),
      );
    }
    // Only on a change: the widgets re-render on any lang attribute written in the page.
    if (this.lang !== this.uiLang) this.lang = this.uiLang;
  }

  /** Whether a draft holds changes that were never downloaded. */
  private unsaved(draft: Draft): boolean {
    return draft.saved !== campaignText(draft.doc);
  }

  /** Whether the campaign differs from what was last opened or downloaded. */
  get dirty(): boolean {
    return !!this.doc && campaignText(this.doc) !== this.saved;
  }

  /** Every error in the campaign: what stops a download. */
  private blockers(): Blocker[] {
    return SECTIONS.flatMap(({ key }) =>
      (this.checks.get(key) ?? EMPTY_CHECK).problems
        .filter((p) => p.level === 'error')
        .map((problem) => ({ section: key, problem })),
    );
  }

  private async loadSri(): Promise<void> {
    try {
      const res = await fetch(this.sriSrc);
      this.sri = res.ok ? ((await res.json()) as Sri) : null;
    } catch {
      this.sri = null;
    }
  }

  // ---- opening --------------------------------------------------------------------------

  private async open(request: OpenEvent['request']): Promise<void> {
    const t = this.t;
    if (request.kind === 'cancel') return void (this.opening = false);
    if (request.kind === 'discard-draft') {
      clearDraft();
      this.draftOffer = undefined;
      if (this.history.canUndo) this.keepDraft(); // the campaign open now was edited: keep that
      return;
    }
    if (this.dirty && !confirm(t.open.replace)) return;
    if (request.kind === 'draft' && this.draftOffer) {
      const { doc, saved } = this.draftOffer;
      this.draftOffer = undefined;
      return this.show(doc, saved ?? '', t.open.opened(t.draft.resume));
    }
    if (request.kind === 'empty') return this.show({}, campaignText({}), t.open.started);
    const where =
      request.kind === 'file'
        ? request.file.name
        : request.kind === 'url'
          ? request.url
          : this.sample;
    this.openMessage = [t.open.loading(where), 'info'];
    let loaded: Loaded;
    if (request.kind === 'file') loaded = await loadFile(request.file, t);
    else loaded = await loadUrl(request.kind === 'url' ? request.url : this.sample, t);
    if ('error' in loaded) {
      this.openMessage = [loaded.error, 'error'];
      return;
    }
    const kept = otherKeys(loaded.doc);
    const note = kept.length ? ` ${t.open.kept(kept.join(', '))}` : '';
    // Unchanged, the file is saved as it came: opening and downloading it again is not an edit.
    const same = readCampaign(campaignText(loaded.doc), where, t);
    this.show(loaded.doc, 'doc' in same ? campaignText(same.doc) : '', t.open.opened(where) + note);
  }

  private show(doc: JsonObject, saved: string, status: string): void {
    this.history = new History<JsonObject | undefined>(doc);
    this.doc = doc;
    this.saved = saved;
    this.visited = new Map();
    this.showAll = false;
    this.opening = false;
    this.openMessage = ['', 'info'];
    this.section = SECTIONS.find(({ key }) => doc[key] !== undefined)?.key ?? 'voteTally';
    this.status = status;
    // The draft on the device is replaced by the first edit, not by opening: until then, a draft
    // still on offer can be taken up.
  }

  // ---- editing ---------------------------------------------------------------------------

  private keepDraft(): void {
    if (this.doc) this.draftKept = saveDraft({ doc: this.doc, at: Date.now(), saved: this.saved });
  }

  private commit(next: JsonObject, step?: string, announce?: string): void {
    this.history.push(next, step);
    this.doc = next;
    if (announce) this.status = announce;
    this.keepDraft();
  }

  private onEdit(e: EditEvent): void {
    e.stopPropagation();
    const next = setIn(this.doc, [this.section, ...e.path], e.value) as JsonObject;
    this.commit(next, e.step && `${this.section}:${e.step}`, e.announce);
  }

  private onVisit(e: VisitEvent): void {
    const seen = new Set(this.visited.get(this.section));
    seen.add(pathText(e.path));
    this.visited = new Map(this.visited).set(this.section, seen);
    this.history.seal();
  }

  private undo(): void {
    this.travel(this.history.undo(), this.t.toolbar.undone);
  }

  private redo(): void {
    this.travel(this.history.redo(), this.t.toolbar.redone);
  }

  /** Shows a campaign from the history, and the section that changed if it is not the one shown. */
  private travel(doc: JsonObject | undefined, status: string): void {
    if (!doc || !this.doc) return;
    const before = this.doc;
    const changed = SECTIONS.filter(({ key }) => before[key] !== doc[key]).map(({ key }) => key);
    if (changed.length && !changed.includes(this.section)) this.section = changed[0];
    this.doc = doc;
    this.status = status;
    this.keepDraft();
  }

  // ---- saving ----------------------------------------------------------------------------

  private download(): void {
    if (!this.doc) return;
    if (this.blockers().length) {
      this.showAll = true;
      settled(this).then(() => this.renderRoot.querySelector<HTMLElement>('ue-summary')?.focus());
      return;
    }
    const text = campaignText(this.doc);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'campaign.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    this.saved = text;
    this.showAll = false;
    this.status = this.t.save.downloaded;
    this.keepDraft();
  }

  /** Shows the problem's section and puts the focus in its field (opening "More options"). */
  private async goTo(b: Blocker): Promise<void> {
    this.section = b.section;
    await settled(this);
    const path = CSS.escape(b.problem.path);
    const holder = this.renderRoot.querySelector(`.form [data-path="${path}"]`);
    const details = holder?.closest('details');
    if (details) details.open = true;
    holder?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
  }

  // ---- rendering -------------------------------------------------------------------------

  private renderHeader(): TemplateResult {
    const t = this.t;
    return html`<header>
      <h1>${t.title}</h1>
      <p>${t.intro}</p>
      <label class="ui-lang"
        >${t.editorLanguage}
        <select @change=${(e: Event) => (this.uiLang = (e.target as HTMLSelectElement).value)}>
          ${Object.keys(catalogs).map(
            (l) =>
              html`<option value=${l} lang=${l} ?selected=${l === this.uiLang}>
                ${languageName(l)}
              </option>`,
          )}
        </select></label
      >
    </header>`;
  }

  private renderToolbar(): TemplateResult {
    const tb = this.t.toolbar;
    return html`<div class="toolbar" role="group" aria-label=${tb.label}>
        <button type="button" class="open-another" @click=${() => (this.opening = true)}>
          ${tb.open}
        </button>
        <button type="button" class="undo" ?disabled=${!this.history.canUndo} @click=${this.undo}>
          ${tb.undo}
        </button>
        <button type="button" class="redo" ?disabled=${!this.history.canRedo} @click=${this.redo}>
          ${tb.redo}
        </button>
        <button type="button" class="download primary" @click=${this.download}>
          ${tb.download}
        </button>
        <span class="saved-state">${this.dirty ? tb.unsaved : tb.saved}</span>
      </div>
      <p class="note">${this.draftKept ? this.t.draft.kept : this.t.draft.notKept}</p>`;
  }

  /** Work never downloaded, still on the device while another campaign is open. */
  private renderDraftOffer(): TemplateResult | typeof nothing {
    if (!this.draftOffer) return nothing;
    const d = this.t.draft;
    const when = new Intl.DateTimeFormat(this.uiLang, { dateStyle: 'medium', timeStyle: 'short' });
    return html`<div class="draft" role="region" aria-label=${d.resume}>
      <p>${d.found(when.format(this.draftOffer.at), this.unsaved(this.draftOffer))}</p>
      <button type="button" class="resume" @click=${() => this.open({ kind: 'draft' })}>
        ${d.resume}
      </button>
      <button type="button" class="discard" @click=${() => this.open({ kind: 'discard-draft' })}>
        ${d.discard}
      </button>
    </div>`;
  }

  private renderSummary(): TemplateResult | typeof nothing {
    const blockers = this.blockers();
    if (!this.showAll || !blockers.length) return nothing;
    return html`<ue-summary
      .t=${this.t}
      .blockers=${blockers}
      @ue-go=${(e: GoEvent) => this.goTo(e.blocker)}
    ></ue-summary>`;
  }

  private renderNav(): TemplateResult {
    const t = this.t;
    return html`<nav aria-label=${t.sectionsLabel}>
      <ul>
        ${SECTIONS.map(({ key }) => {
          const errors = this.checks.get(key)?.errors ?? 0;
          return html`<li>
            <button
              type="button"
              data-section=${key}
              aria-current=${key === this.section ? 'true' : 'false'}
              @click=${() => (this.section = key)}
            >
              ${t.sections[key]}${errors ? html`<span class="count">${t.toFix(errors)}</span>` : nothing}
            </button>
          </li>`;
        })}
      </ul>
    </nav>`;
  }

  private context(): FormContext {
    return {
      t: this.t,
      lang: this.uiLang,
      section: this.section,
      check: this.checks.get(this.section) ?? EMPTY_CHECK,
      visited: this.visited.get(this.section) ?? new Set(),
      showAll: this.showAll,
    };
  }

  private renderSection(): TemplateResult {
    return html`<ue-section
      .ctx=${this.context()}
      .value=${this.doc?.[this.section]}
      @ue-edit=${this.onEdit}
      @ue-visit=${this.onVisit}
    ></ue-section>`;
  }

  private renderEditing(): TemplateResult {
    const check = this.checks.get(this.section) ?? EMPTY_CHECK;
    return html`${this.renderDraftOffer()} ${this.renderToolbar()} ${this.renderSummary()}
      ${this.renderNav()}
      <div class="workspace">
        ${this.renderSection()}
        <ue-preview
          .t=${this.t}
          .uiLang=${this.uiLang}
          .section=${this.section}
          .data=${getIn(this.doc, [this.section]) as Json | undefined}
          ?stale=${check.errors > 0}
        ></ue-preview>
      </div>
      <ue-snippets
        .t=${this.t}
        .doc=${this.doc ?? {}}
        .sri=${this.sri}
        dist=${new URL('.', new URL(this.sriSrc, document.baseURI)).href}
        ?blocked=${this.blockers().length > 0}
        @ue-download=${this.download}
      ></ue-snippets>`;
  }

  private renderOpen(): TemplateResult {
    return html`<ue-open
      .t=${this.t}
      .uiLang=${this.uiLang}
      .draft=${this.draftOffer}
      ?cancellable=${!!this.doc}
      .message=${this.openMessage[0]}
      .messageKind=${this.openMessage[1]}
      @ue-open=${(e: OpenEvent) => this.open(e.request)}
    ></ue-open>`;
  }

  protected override render(): TemplateResult {
    const editing = this.doc && !this.opening;
    return html`${this.renderHeader()}
      <main>${editing ? this.renderEditing() : this.renderOpen()}</main>
      <p class="status sr" role="status" aria-live="polite">${this.status}</p>
      <ue-zone-list .uiLang=${this.uiLang}></ue-zone-list>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'union-campaign-editor': UnionCampaignEditor;
  }
}
