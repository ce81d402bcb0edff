import type { Path, SectionKey } from './campaign.js';
import { wordsFor } from './fields.js';
import type { EditorMessages } from './i18n.js';

/**
 * A place in a section as the form names it: `sessions[1].start` → "Session 2 › Starts". A list's
 * own name gives way to its item's ("Session 2", not "Sessions › Session 2").
 */
export function pathLabel(t: EditorMessages, section: SectionKey, path: Path): string {
  if (!path.length) return t.problems.section;
  const parts: string[] = [];
  path.forEach((p, i) => {
    const words = wordsFor(t, section, path.slice(0, i + 1));
    if (typeof p === 'number') {
      const list = wordsFor(t, section, path.slice(0, i));
      parts.push(t.form.item(list.item ?? list.label, p + 1));
    } else if (typeof path[i + 1] !== 'number') parts.push(words.label);
  });
  const [first, ...rest] = parts;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(' › ');
}
