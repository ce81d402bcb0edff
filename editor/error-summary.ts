import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { SectionKey } from './campaign.js';
import { EditorPart } from './context.js';
import type { EditorMessages } from './i18n.js';
import { parsePath, type Problem } from './issues.js';
import { pathLabel } from './path-label.js';
import { renderMessage } from './problem.js';

/** An error somewhere in the campaign: what stops a download. */
export interface Blocker {
  section: SectionKey;
  problem: Problem;
}

/** The volunteer asked to go to a problem's field. */
export class GoEvent extends Event {
  constructor(readonly blocker: Blocker) {
    super('ue-go', { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ue-go': GoEvent;
  }
}

/**
 * Why the download was refused: every error in the campaign, named as the form names its field
 * ("Town hall — Session 2 › Starts"), each with a button to go there. Announced as an alert and
 * focused when it appears.
 */
export class UeSummary extends EditorPart {
  @property({ attribute: false }) t!: EditorMessages;
  @property({ attribute: false }) blockers: Blocker[] = [];

  override focus(): void {
    this.querySelector<HTMLElement>('.summary')?.focus();
  }

  private renderBlocker(b: Blocker): TemplateResult {
    const t = this.t;
    const where = pathLabel(t, b.section, parsePath(b.problem.path));
    return html`<li>
      ${t.problems.inSection(t.sections[b.section], where)}: ${renderMessage(t, b.problem.message)}
      <button type="button" class="go" @click=${() => this.dispatchEvent(new GoEvent(b))}>
        ${t.problems.goTo}
      </button>
    </li>`;
  }

  protected override render(): TemplateResult {
    return html`<div class="summary" role="alert" tabindex="-1">
      <p>${this.t.problems.summary(this.blockers.length)}</p>
      <ul>
        ${this.blockers.map((b) => this.renderBlocker(b))}
      </ul>
    </div>`;
  }
}
