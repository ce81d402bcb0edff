import { html, nothing, type TemplateResult } from 'lit';
import { sayChecker } from './checker-words.js';
import type { EditorMessages } from './i18n.js';
import { isMissing, type Problem } from './issues.js';

/**
 * A checker message in the editor's language; one it cannot read (a form newer than the
 * editor) in the checker's own English, marked `lang="en"` so a screen reader pronounces it right.
 */
export function renderMessage(t: EditorMessages, message: string): TemplateResult {
  const said = sayChecker(t.checker, message);
  if (said === undefined) return html`<span lang="en">${message}</span>`;
  return html`${said}`;
}

/**
 * One of the checker's findings, as the volunteer reads it beside the field, in the editor's
 * language, with the editor's fix when it sees one.
 */
export function renderProblem(
  t: EditorMessages,
  p: Problem,
  /** Applies the fix the editor sees, when the field can take it (a button says so). */
  onFix?: (fix: string) => void,
): TemplateResult {
  const words = isMissing(p) ? html`${t.problems.required}` : renderMessage(t, p.message);
  const lead = p.level === 'warning' ? t.problems.warning : nothing;
  return html`<p class="problem ${p.level}">${lead}${words}${renderFix(t, p, onFix)}</p>`;
}

/**
 * " — write 8412": the fix, as a button that applies it where the field can take one; in words
 * elsewhere, unless the checker's message already says it.
 */
function renderFix(t: EditorMessages, p: Problem, onFix?: (fix: string) => void) {
  const fix = p.fix;
  if (!fix) return nothing;
  if (onFix)
    // The dash as a value: the build's minifier would drop the space of a literal before it.
    return html`${' — '}<button type="button" class="fix" @click=${() => onFix(fix)}>
        ${t.problems.write(fix)}
      </button>`;
  return (sayChecker(t.checker, p.message) ?? p.message).includes(fix)
    ? nothing
    : ` — ${t.problems.write(fix)}`;
}
