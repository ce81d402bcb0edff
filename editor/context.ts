/**
 * What every part of the form shares: the editor's words, the section being edited and the
 * checker's findings for it, and the two events a field sends up (an edit, a visit).
 */
import { LitElement } from 'lit';
import { pathText, type Json, type Path, type SectionKey } from './campaign.js';
import type { EditorMessages } from './i18n.js';
import { isMissing, type Problem, type SectionCheck } from './issues.js';

export interface FormContext {
  t: EditorMessages;
  /** The editor's language (for Intl: weekday names, offsets). */
  lang: string;
  section: SectionKey;
  check: SectionCheck;
  /** Fields the volunteer has left (blurred): only these say "is required" before a save. */
  visited: ReadonlySet<string>;
  /** After a save attempt every problem shows, visited or not. */
  showAll: boolean;
}

/** The problems to show at `path` now: all of them, except "is required" before a visit. */
export function problemsAt(ctx: FormContext, path: Path): Problem[] {
  const key = pathText(path);
  const all = ctx.check.byPath.get(key) ?? [];
  return ctx.showAll || ctx.visited.has(key) ? all : all.filter((p) => !isMissing(p));
}

/**
 * The volunteer changed the value at `path` (within the section); `undefined` removes the field.
 * Edits with the same `step` merge into one undo step (typing into one field).
 */
export class EditEvent extends Event {
  constructor(
    readonly path: Path,
    readonly value: Json | undefined,
    readonly step?: string,
    /** Said to screen readers once done ("Removed session 2"). */
    readonly announce?: string,
  ) {
    super('ue-edit', { bubbles: true, composed: true });
  }
}

/** The volunteer left the field at `path`: from now on it may say "is required". */
export class VisitEvent extends Event {
  constructor(readonly path: Path) {
    super('ue-visit', { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ue-edit': EditEvent;
    'ue-visit': VisitEvent;
  }
}

/**
 * The form's parts render into the light DOM of the editor's one shadow root: one stylesheet
 * styles them all, a label's `for` and a datalist's `list` reach across parts, and the page
 * cannot restyle the editor.
 */
export class EditorPart extends LitElement {
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}

let ids = 0;
/** An id unique in the editor, for label/for and aria-describedby. */
export const uid = (prefix: string): string => `${prefix}-${++ids}`;

/** Resolves once `host` and every editor part inside it have rendered (parts render after their parent). */
export async function settled(host: LitElement): Promise<void> {
  await host.updateComplete;
  for (let pending = true; pending;) {
    const parts = [...host.renderRoot.querySelectorAll<LitElement>('*')].filter((e) =>
      e.localName.startsWith('ue-'),
    );
    pending = (await Promise.all(parts.map((p) => p.updateComplete))).includes(false);
  }
}
