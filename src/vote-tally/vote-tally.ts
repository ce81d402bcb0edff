import { html, nothing, svg, type TemplateResult } from 'lit';
import { UnionElement } from '../internal/element.js';
import { formatStamp, numberFormat, zoneOf } from '../internal/i18n.js';
import { safeUrl } from '../internal/url.js';
import { voteTallyStyles } from './styles.js';
import { voteTallySchema, yesShare, type VoteTallyData } from './model.js';

/**
 * Vote results per union, as a banner: "over 95% yes" stays "over", counts become percentages
 * that never overstate, and an optional threshold marker shows what was needed.
 *
 * @tag union-vote-tally
 * @summary Strike-authorization (or any) vote results per union.
 * @csspart title - The heading.
 * @csspart result - One union's result.
 * @csspart bar - A result's bar.
 * @cssprop [--union-accent=#a4161a] - Bar colour.
 */
export class UnionVoteTally extends UnionElement<VoteTallyData> {
  static override styles = [UnionElement.styles, voteTallyStyles];

  static override properties = { ...UnionElement.properties, layout: { reflect: true } };

  /** `banner` (default): big figures, side by side when there is room; `compact`: one line each. */
  layout: 'banner' | 'compact' = 'banner';

  protected readonly schema = voteTallySchema;
  protected readonly section = 'voteTally' as const;

  protected override renderData(d: VoteTallyData): TemplateResult {
    const { tag, t } = this.locale;
    const pct = (n: number) =>
      numberFormat(tag, {
        style: 'unit',
        unit: 'percent',
        maximumFractionDigits: 2,
        roundingMode: 'trunc',
      }).format(n);
    const num = numberFormat(tag);
    const threshold = d.threshold;
    return html`<section
      class="widget ${this.layout === 'compact' ? 'compact' : 'banner'}"
      part="base"
    >
      ${this.heading(d.title ?? t.voteTally.title)}
      ${d.summary ? html`<p>${d.summary}</p>` : nothing}
      ${threshold !== undefined ? html`<p class="muted">${t.voteTally.needed(pct(threshold))}</p>` : nothing}
      ${d.results.length ? nothing : html`<p>${t.voteTally.noResults}</p>`}
      <ul role="list">
        ${d.results.map((r) => {
          const share = yesShare(r, threshold);
          const href = safeUrl(r.url)?.href;
          return html`<li part="result">
            ${href ? html`<a class="union" href=${href}>${r.union}</a>` : html`<span class="union">${r.union}</span>`}
            <span class="figure"
              >${share.kind === 'none' ? t.voteTally.noVotes : t.voteTally.yesShare(pct(share.shown), share.over)}</span
            >
            <svg class="bar" part="bar" aria-hidden="true">
              <rect
                class="fill"
                height="100%"
                width="${share.kind === 'none' ? 0 : share.shown}%"
              ></rect>
              ${
                threshold !== undefined
                  ? svg`<line class="mark" x1="${threshold}%" x2="${threshold}%" y2="100%"></line>`
                  : nothing
              }
            </svg>
            ${
              r.yes !== undefined && r.no !== undefined
                ? html`<span class="muted"
                    >${t.voteTally.counts(num.format(r.yes), num.format(r.no))}</span
                  >`
                : nothing
            }
            ${
              share.kind === 'share' && share.meets !== undefined
                ? html`<span class=${share.meets ? 'meets' : 'muted'}
                    >${share.meets ? '✓ ' + t.voteTally.meets : t.voteTally.below}</span
                  >`
                : nothing
            }
          </li>`;
        })}
      </ul>
      ${d.updated ? html`<p class="muted">${t.updated(formatStamp(tag, d.updated, zoneOf(this)))}</p>` : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'union-vote-tally': UnionVoteTally;
  }
}
