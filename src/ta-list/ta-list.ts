import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { UnionElement } from '../internal/element.js';
import { noteFocus, restoreFocus } from '../internal/focus.js';
import { dateFormat, formatStamp, numberFormat, zoneOf } from '../internal/i18n.js';
import { ElementIds, uniqueKeys } from '../internal/keys.js';
import { load, save } from '../internal/storage.js';
import { taListStyles } from './styles.js';
import {
  STATUSES,
  fold,
  groupIds,
  itemKey,
  newKeys,
  tally,
  taListSchema,
  type TaItem,
  type TaListData,
  type TaStatus,
  type TaSubgroup,
} from './model.js';

interface Row {
  item: TaItem;
  status: TaStatus;
  /** Folded title, detail and subgroup name, for accent- and case-blind search. */
  hay: string;
  /** Whether the member has seen it: subgroup and title (see `itemKey`). */
  key: string;
  /** Its row in the subgroup's list: title and occurrence, so same-titled items keep their own. */
  id: string;
}

/** A subgroup as the current filters show it. */
interface Section {
  g: Group;
  /** Its items that pass the filters. */
  rows: Row[];
  open: boolean;
  /** How many of `rows` are shown while open. */
  upTo: number;
}

interface Group {
  id: string;
  /** Element id inside the shadow root: generated per subgroup id, never the data's own text. */
  el: string;
  sg: TaSubgroup;
  rows: Row[];
  counts: Record<TaStatus, number>;
}

/** How long the filters must rest before the result count is announced. */
const SETTLE = 500;

/**
 * Items shown at first, shared among the subgroups a filter opens (each gets at least `FEWEST`),
 * and what a subgroup the member opens shows and each "Show more" adds: opening, closing and
 * searching cost about the same for 10 000 items as for 500. Every item shown stays in the
 * accessibility tree, and the search still looks through every item.
 */
const PAGE = 500;
const FEWEST = 10;

/** The subgroup id named by the page URL's fragment, if any (none on a server). */
function hashId(): string | undefined {
  if (isServer) return undefined;
  try {
    return decodeURIComponent(location.hash.slice(1)) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Tentative agreements (TAs) reached at the bargaining table, grouped by subgroup: counts by
 * status, badges in words, expandable detail, filters and an accent-blind search, deep links to a
 * subgroup (`#staffing`), and "new" marks on items added since the member's last visit.
 * What a member has seen is remembered per list: by the element's `id`, else its `src`, else the
 * data's title, else the page's path.
 *
 * @tag union-ta-list
 * @summary Tentative agreements, by bargaining subgroup.
 * @csspart title - The heading.
 * @csspart filters - The filter and search controls.
 * @csspart subgroup - One subgroup.
 * @csspart item - One agreement.
 * @csspart badge - An item's status in words.
 * @cssprop [--union-good=#1b6e3a] - "TA reached" badge border.
 * @cssprop [--union-accent=#a4161a] - "Recommended" badge border and "new" marks.
 */
export class UnionTaList extends UnionElement<TaListData> {
  static override styles = [UnionElement.styles, taListStyles];

  static override properties = {
    ...UnionElement.properties,
    group: { state: true },
    status: { state: true },
    query: { state: true },
    flipped: { state: true },
    shownUpTo: { state: true },
    said: { state: true },
  };

  /** Subgroup filter: a subgroup id, or '' for all. */
  private group = '';
  /** Status filter, or '' for all. */
  private status: TaStatus | '' = '';
  /** Search text. */
  private query = '';
  /** Subgroups opened or closed by the member, against the default for the current filters. */
  private flipped = new Set<string>();
  /** How many items an open subgroup shows, by subgroup id, once the member asked for more. */
  private shownUpTo = new Map<string, number>();
  /** The last result count announced. */
  private said = '';

  #shown?: TaListData;
  #groups: Group[] = [];
  #fresh = new Set<string>();
  /** The subgroups shown, worked out from the data and filters before each render. */
  #sections: Section[] = [];
  /** Whether a search or status filter narrows the list. */
  #narrowed = false;
  #count = 0;
  #total = 0;
  #timer?: ReturnType<typeof setTimeout>;
  #ids = new ElementIds('ta');
  #onHash = () => this.#follow();

  protected readonly schema = taListSchema;
  protected readonly section = 'taList' as const;

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.#onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHash);
    clearTimeout(this.#timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.model && this.model !== this.#shown) this.#derive(this.model);
    this.#sections = this.#filtered();
  }

  /** Subgroups render by id; when a refresh removes the focused control, focus stays in the list. */
  protected override update(changed: PropertyValues<this>): void {
    const spot = noteFocus(this.shadowRoot, 'section[part=subgroup]');
    super.update(changed);
    restoreFocus(this.shadowRoot, spot, 'button.head', () =>
      this.shadowRoot?.querySelector('[part=title]'),
    );
  }

  /**
   * Opens and scrolls to the subgroup the page URL names, and moves focus to its button, so the
   * next Tab goes on from there; a hash naming none is ignored.
   */
  #follow(): void {
    const id = hashId();
    const g = this.#groups.find((g) => g.id === id);
    if (!g) return;
    this.group = this.status = this.query = '';
    this.flipped = new Set([g.id]);
    this.shownUpTo = new Map();
    this.updateComplete.then(() => {
      this.renderRoot.querySelector(`#${g.el}`)?.scrollIntoView({ block: 'start' });
      this.renderRoot
        .querySelector<HTMLElement>(`#${g.el} button.head`)
        ?.focus({ preventScroll: true });
    });
  }

  /** Derives what renders from new data: ids, counts, search text and "new" marks. */
  #derive(d: TaListData): void {
    const first = !this.#shown;
    this.#shown = d;
    const ids = groupIds(d.subgroups);
    this.#ids.keep(ids);
    this.#groups = d.subgroups.map((sg, i) => {
      const rowIds = uniqueKeys(sg.items, (item) => item.title);
      return {
        id: ids[i],
        el: this.#ids.of(ids[i]),
        sg,
        counts: tally(sg.items),
        rows: sg.items.map((item, j) => ({
          item,
          status: item.status ?? 'open',
          hay: fold(`${item.title} ${item.detail ?? ''} ${sg.name}`),
          key: itemKey(ids[i], item),
          id: rowIds[j],
        })),
      };
    });
    const keys = this.#groups.flatMap((g) => g.rows.map((r) => r.key));
    const page = isServer ? '' : location.pathname;
    const store = `ta-list:${this.id || this.src || d.title || page}`;
    this.#fresh = newKeys(keys, load<string[]>(store), this.#fresh);
    save(store, keys);
    this.#total = keys.length;
    if (!ids.includes(this.group)) this.group = '';
    // A deep link is followed when the list first shows; a refresh keeps what the member chose.
    if (first) this.#follow();
  }

  /** The subgroups and items the filters let through, which are open, and how much they show. */
  #filtered(): Section[] {
    const q = fold(this.query.trim());
    this.#narrowed = !!(q || this.status);
    this.#count = 0;
    const sections: Section[] = [];
    for (const g of this.#groups) {
      if (this.group && this.group !== g.id) continue;
      const rows = this.#narrowed
        ? g.rows.filter((r) => (!this.status || r.status === this.status) && r.hay.includes(q))
        : g.rows;
      this.#count += rows.length;
      if (this.#narrowed && !rows.length) continue;
      const open = (this.#narrowed || this.group === g.id) !== this.flipped.has(g.id);
      sections.push({ g, rows, open, upTo: 0 });
    }
    const opened = sections.filter((s) => s.open).length;
    const first = Math.max(FEWEST, Math.floor(PAGE / Math.max(opened, 1)));
    for (const s of sections) s.upTo = this.shownUpTo.get(s.g.id) ?? first;
    return sections;
  }

  #filter(change: { group?: string; status?: TaStatus | ''; query?: string }): void {
    Object.assign(this, change);
    this.flipped = new Set();
    this.shownUpTo = new Map();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const n = numberFormat(this.locale.tag);
      this.said = this.locale.t.taList.shown(
        this.#count,
        this.#total,
        n.format(this.#count),
        n.format(this.#total),
      );
    }, SETTLE);
  }

  #clear(): void {
    this.#filter({ group: '', status: '', query: '' });
    this.updateComplete.then(() => this.renderRoot.querySelector('input')?.focus());
  }

  #toggle({ g, open }: Section): void {
    const flipped = new Set(this.flipped);
    if (!flipped.delete(g.id)) flipped.add(g.id);
    this.flipped = flipped;
    // An opened subgroup shows a page; those already open keep showing what they show.
    const upTo = new Map(this.#sections.filter((s) => s.open).map((s) => [s.g.id, s.upTo]));
    if (open) upTo.delete(g.id);
    else upTo.set(g.id, PAGE);
    this.shownUpTo = upTo;
    // Opening a subgroup makes the address a deep link to it, without a history entry per click.
    if (open) return;
    try {
      history.replaceState(history.state, '', `#${encodeURIComponent(g.id)}`);
    } catch {
      // Refused (a sandboxed frame; WebKit past 100 calls in 10 s): the link is a nicety, and
      // nothing throws into the host page.
    }
  }

  /** Shows up to `count` of the subgroup's items; `from`, when given, is the first new one, focused. */
  #showUpTo(g: Group, count: number, from?: number): void {
    this.shownUpTo = new Map(this.shownUpTo).set(g.id, count);
    if (from === undefined) return;
    this.updateComplete.then(() => {
      const first = this.renderRoot.querySelector(`#${g.el}-items`)?.children[from];
      if (!(first instanceof HTMLElement)) return;
      first.tabIndex = -1;
      first.focus();
    });
  }

  #date(iso: string): string {
    return iso.length === 10
      ? formatStamp(this.locale.tag, iso)
      : dateFormat(this.locale.tag, { dateStyle: 'medium', timeZone: zoneOf(this) }).format(
          new Date(iso),
        );
  }

  /** The subgroup, status and search controls. */
  #renderFilters(): TemplateResult {
    const t = this.locale.t.taList;
    return html`<fieldset class="filters" part="filters">
      <legend class="muted">${t.filters}</legend>
      <label
        >${t.subgroup}
        <select
          .value=${this.group}
          @change=${(e: Event) => this.#filter({ group: (e.target as HTMLSelectElement).value })}
        >
          <option value="">${t.allSubgroups}</option>
          ${repeat(
            this.#groups,
            (g) => g.id,
            (g) => html`<option value=${g.id}>${g.sg.name}</option>`,
          )}
        </select>
      </label>
      <label
        >${t.statusLabel}
        <select
          .value=${this.status}
          @change=${(e: Event) =>
            this.#filter({ status: (e.target as HTMLSelectElement).value as TaStatus })}
        >
          <option value="">${t.allStatuses}</option>
          ${STATUSES.map((s) => html`<option value=${s}>${t.status[s]}</option>`)}
        </select>
      </label>
      <label
        >${t.search}
        <input
          type="search"
          .value=${this.query}
          @input=${(e: Event) => this.#filter({ query: (e.target as HTMLInputElement).value })}
        />
      </label>
    </fieldset>`;
  }

  /** A subgroup's counts by status, and how many are new: "3 TAs reached · 1 new". */
  #counts(g: Group): string {
    const t = this.locale.t.taList;
    const n = numberFormat(this.locale.tag);
    const counts = STATUSES.filter((s) => g.counts[s]).map((s) =>
      t.count(s, g.counts[s], n.format(g.counts[s])),
    );
    const fresh = g.rows.filter((r) => this.#fresh.has(r.key)).length;
    if (fresh) counts.push(t.fresh(fresh, n.format(fresh)));
    return counts.join(' · ') || t.none;
  }

  /** A subgroup: its disclosure button (name and counts), summary, and items while open. */
  #renderSection(section: Section): TemplateResult {
    const { g, open } = section;
    const toggle = html`<button
      class="head"
      aria-expanded=${open}
      aria-controls="${g.el}-items"
      @click=${() => this.#toggle(section)}
    >
      ${g.sg.name} <span class="muted">${this.#counts(g)}</span>
    </button>`;
    return html`<section id=${g.el} part="subgroup">
      ${this.heading(toggle, 'sub')}
      ${g.sg.summary ? html`<p class="muted">${g.sg.summary}</p>` : nothing}
      <ul id="${g.el}-items" role="list" ?hidden=${!open}>
        ${open ? this.#renderItems(section) : nothing}
      </ul>
      ${open ? this.#renderShowMore(section) : nothing}
    </section>`;
  }

  #renderItems({ rows, upTo }: Section) {
    return repeat(
      rows.slice(0, upTo),
      (r) => r.id,
      (r) => this.#renderItem(r),
    );
  }

  #renderItem(r: Row): TemplateResult {
    const { item } = r;
    const t = this.locale.t.taList;
    return html`<li class="item" part="item">
      ${
        item.detail
          ? html`<details>
              <summary>${item.title}</summary>
              <p>${item.detail}</p>
            </details>`
          : html`<p>${item.title}</p>`
      }
      <p class="meta">
        <span class="badge ${r.status}" part="badge">${t.status[r.status]}</span>
        ${item.date ? html`<time datetime=${item.date}>${this.#date(item.date)}</time>` : nothing}
        ${this.#fresh.has(r.key) ? html`<span class="new">${t.new}</span>` : nothing}
      </p>
    </li>`;
  }

  /** "Show 500 more (500 of 10,000 shown)" under an open subgroup with more items than it shows. */
  #renderShowMore({ g, rows, upTo }: Section): TemplateResult | typeof nothing {
    if (rows.length <= upTo) return nothing;
    const n = numberFormat(this.locale.tag);
    const more = Math.min(PAGE, rows.length - upTo);
    return html`<button class="show-more" @click=${() => this.#showUpTo(g, upTo + PAGE, upTo)}>
      ${this.locale.t.taList.more(more, n.format(more), n.format(upTo), n.format(rows.length))}
    </button>`;
  }

  /** When the filters leave nothing: says so, with a way back. */
  #renderNoMatch(): TemplateResult | typeof nothing {
    if (this.#count || !this.#narrowed) return nothing;
    const t = this.locale.t.taList;
    return html`<p>${t.noMatch}</p>
      <button @click=${this.#clear}>${t.clear}</button>`;
  }

  #renderList(): TemplateResult {
    return html`${this.#renderFilters()}
      <p role="status" class="muted">${this.said}</p>
      ${repeat(
        this.#sections,
        ({ g }) => g.id,
        (section) => this.#renderSection(section),
      )}
      ${this.#renderNoMatch()}`;
  }

  protected override renderData(d: TaListData): TemplateResult {
    const { tag, t } = this.locale;
    return html`<div class="widget" part="base">
      ${this.heading(d.title ?? t.taList.title)}
      ${this.#groups.length ? this.#renderList() : html`<p>${t.taList.empty}</p>`}
      ${d.updated ? html`<p class="muted">${t.updated(formatStamp(tag, d.updated, zoneOf(this)))}</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'union-ta-list': UnionTaList;
  }
}
