import { html, nothing, type TemplateResult } from 'lit';
import type { EditorMessages } from './i18n.js';
import { isMissing, type Problem } from './issues.js';

/**
 * One of the checker's findings, as the volunteer reads it beside the field: "is required" in the
 * editor's language; any other message in the checker's own English (marked `lang="en"` so a
 * screen reader pronounces it right), with the editor's fix when it sees one.
 */
export function renderProblem(t: EditorMessages, p: Problem): TemplateResult {
  const words = isMissing(p)
    ? html`${t.problems.required}`
    : html`<span lang="en">${p.message}</span>`;
  const fix = p.fix && !p.message.includes(p.fix) ? ` — ${t.problems.write(p.fix)}` : nothing;
  const lead = p.level === 'warning' ? t.problems.warning : nothing;
  return html`<p class="problem ${p.level}">${lead}${words}${fix}</p>`;
}
