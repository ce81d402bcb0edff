import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { UnionElement } from '../internal/element.js';
import { dateFormat, formatStamp, numberFormat, zoneOf } from '../internal/i18n.js';
import { load, save } from '../internal/storage.js';
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
  key: string;
}

interface Group {
  id: string;
  /** Element id inside the shadow root: prefixed, and safe whatever the data's id holds. */
  el: string;
  sg: TaSubgroup;
  rows: Row[];
  counts: Record<TaStatus, number>;
}

/** How long the filters must rest before the result count is announced. */
const SETTLE = 500;

/** The subgroup id named by the page URL's fragment, if any. */
function hashId(): string | undefined {
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
  static override styles = [
    UnionElement.styles,
    css`
      .filters {
        display: grid;
        gap: 0.5rem;
        margin: 0;
        padding: 0;
        border: 0;
      }
      @container (min-width: 36rem) {
        .filters {
          grid-template-columns: 1fr 1fr 2fr;
        }
      }
      label {
        display: grid;
        font-size: 0.875em;
        font-weight: 600;
      }
      select,
      input,
      button {
        font: inherit;
        color: inherit;
        min-height: 2.75rem;
        min-width: 0;
        font-weight: 400;
        background: none;
        border: 1px solid var(--_edge);
        border-radius: var(--_radius);
      }
      ul {
        list-style: none;
        padding: 0;
      }
      section {
        border-top: 1px solid var(--_border);
        padding: 0.5rem 0;
      }
      h3 {
        margin: 0;
        font-size: 1em;
      }
      .head {
        width: 100%;
        padding: 0.25rem 0;
        border: 0;
        text-align: start;
        font-weight: 700;
        cursor: pointer;
      }
      .head::before {
        content: '▸ ' / '';
      }
      [aria-expanded='true']::before {
        content: '▾ ' / '';
      }
      .head .muted {
        display: block;
      }
      li {
        padding: 0.5rem 1rem;
        border-top: 1px dashed var(--_border);
        content-visibility: auto;
        contain-intrinsic-size: auto 4rem;
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 0.75rem;
      }
      .badge,
      .new {
        font-size: 0.8125em;
        font-weight: 600;
        padding: 0 0.5em;
        border: 2px solid var(--_muted);
        border-radius: 1em;
      }
      .ta {
        border-color: var(--_good);
      }
      .recommended {
        border-style: dashed;
      }
      .new {
        background: var(--_accent);
        color: var(--_on-accent);
        border-color: var(--_accent);
      }
    `,
  ];

  static override properties = {
    ...UnionElement.properties,
    group: { state: true },
    status: { state: true },
    query: { state: true },
    flipped: { state: true },
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
  /** The last result count announced. */
  private said = '';

  private shown?: TaListData;
  private groups: Group[] = [];
  private fresh = new Set<string>();
  private count = 0;
  private total = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private onHash = () => this.follow();

  protected readonly schema = taListSchema;

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHash);
    clearTimeout(this.timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.model && this.model !== this.shown) this.derive(this.model);
  }

  /** Opens and scrolls to the subgroup the page URL names; a hash naming none is ignored. */
  private follow(): void {
    const id = hashId();
    const g = this.groups.find((g) => g.id === id);
    if (!g) return;
    this.group = this.status = this.query = '';
    this.flipped = new Set([g.id]);
    this.updateComplete.then(() =>
      this.renderRoot.querySelector(`#${g.el}`)?.scrollIntoView({ block: 'start' }),
    );
  }

  /** Derives what renders from new data: ids, counts, search text and "new" marks. */
  private derive(d: TaListData): void {
    const first = !this.shown;
    this.shown = d;
    const ids = groupIds(d.subgroups);
    this.groups = d.subgroups.map((sg, i) => ({
      id: ids[i],
      el: `ta-${i}`,
      sg,
      counts: tally(sg.items),
      rows: sg.items.map((item) => ({
        item,
        status: item.status ?? 'open',
        hay: fold(`${item.title} ${item.detail ?? ''} ${sg.name}`),
        key: itemKey(ids[i], item),
      })),
    }));
    const keys = this.groups.flatMap((g) => g.rows.map((r) => r.key));
    const store = `ta-list:${this.id || this.src || d.title || location.pathname}`;
    this.fresh = newKeys(keys, load<string[]>(store), this.fresh);
    save(store, keys);
    this.total = keys.length;
    if (!ids.includes(this.group)) this.group = '';
    // A deep link is followed when the list first shows; a refresh keeps what the member chose.
    if (first) this.follow();
  }

  private filter(change: { group?: string; status?: TaStatus | ''; query?: string }): void {
    Object.assign(this, change);
    this.flipped = new Set();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const n = numberFormat(this.locale.tag);
      this.said = this.locale.t.taList.shown(
        this.count,
        this.total,
        n.format(this.count),
        n.format(this.total),
      );
    }, SETTLE);
  }

  private clear(): void {
    this.filter({ group: '', status: '', query: '' });
    this.updateComplete.then(() => this.renderRoot.querySelector('input')?.focus());
  }

  private toggle(g: Group, open: boolean): void {
    const flipped = new Set(this.flipped);
    if (!flipped.delete(g.id)) flipped.add(g.id);
    this.flipped = flipped;
    // Opening a subgroup makes the address a deep link to it, without a history entry per click.
    if (!open) history.replaceState(history.state, '', `#${encodeURIComponent(g.id)}`);
  }

  private date(iso: string): string {
    return iso.length === 10
      ? formatStamp(this.locale.tag, iso)
      : dateFormat(this.locale.tag, { dateStyle: 'medium', timeZone: zoneOf(this) }).format(
          new Date(iso),
        );
  }

  private renderItem(r: Row): TemplateResult {
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
        ${item.date ? html`<time datetime=${item.date}>${this.date(item.date)}</time>` : nothing}
        ${this.fresh.has(r.key) ? html`<span class="new">${t.new}</span>` : nothing}
      </p>
    </li>`;
  }

  protected override renderData(d: TaListData): TemplateResult {
    const { tag, t: all } = this.locale;
    const t = all.taList;
    const n = numberFormat(tag);
    const q = fold(this.query.trim());
    const narrowed = !!(q || this.status);
    this.count = 0;
    const sections = this.groups.map((g) => {
      if (this.group && this.group !== g.id) return nothing;
      const rows = narrowed
        ? g.rows.filter((r) => (!this.status || r.status === this.status) && r.hay.includes(q))
        : g.rows;
      this.count += rows.length;
      if (narrowed && !rows.length) return nothing;
      const open = (narrowed || this.group === g.id) !== this.flipped.has(g.id);
      const fresh = g.rows.filter((r) => this.fresh.has(r.key)).length;
      const counts = STATUSES.filter((s) => g.counts[s]).map((s) =>
        t.count(s, g.counts[s], n.format(g.counts[s])),
      );
      if (fresh) counts.push(t.fresh(fresh, n.format(fresh)));
      return html`<section id=${g.el} part="subgroup">
        <h3>
          <button
            class="head"
            aria-expanded=${open}
            aria-controls="${g.el}-p"
            @click=${() => this.toggle(g, open)}
          >
            ${g.sg.name} <span class="muted">${counts.join(' · ') || t.none}</span>
          </button>
        </h3>
        ${g.sg.summary ? html`<p class="muted">${g.sg.summary}</p>` : nothing}
        <ul id="${g.el}-p" role="list" ?hidden=${!open}>
          ${open ? rows.map((r) => this.renderItem(r)) : nothing}
        </ul>
      </section>`;
    });
    return html`<div class="w" part="base">
      <h2 part="title">${d.title ?? t.title}</h2>
      ${
        this.groups.length
          ? html`<fieldset class="filters" part="filters">
                <legend class="muted">${t.filters}</legend>
                <label
                  >${t.subgroup}
                  <select
                    .value=${this.group}
                    @change=${(e: Event) => this.filter({ group: (e.target as HTMLSelectElement).value })}
                  >
                    <option value="">${t.allSubgroups}</option>
                    ${this.groups.map((g) => html`<option value=${g.id}>${g.sg.name}</option>`)}
                  </select>
                </label>
                <label
                  >${t.statusLabel}
                  <select
                    .value=${this.status}
                    @change=${(e: Event) => this.filter({ status: (e.target as HTMLSelectElement).value as TaStatus })}
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
                    @input=${(e: Event) => this.filter({ query: (e.target as HTMLInputElement).value })}
                  />
                </label>
              </fieldset>
              <p role="status" class="muted">${this.said}</p>
              ${sections}
              ${
                this.count || !narrowed
                  ? nothing
                  : html`<p>${t.noMatch}</p>
                      <button @click=${this.clear}>${t.clear}</button>`
              }`
          : html`<p>${t.empty}</p>`
      }
      ${d.updated ? html`<p class="muted">${all.updated(formatStamp(tag, d.updated, zoneOf(this)))}</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'union-ta-list': UnionTaList;
  }
}
