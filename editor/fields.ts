/**
 * How the form shows a field, worked out from the schema alone — so a field added to a widget's
 * schema appears in the editor with no editor change — and dressed with the catalog's words where
 * it has some (a field it does not know is labelled from its key: `shareGoal` → "Share goal").
 */
import type { Schema } from '../src/internal/schema.js';
import type { Path } from './campaign.js';
import type { EditorMessages, FieldWords } from './i18n.js';

export type Kind =
  | 'text'
  | 'long'
  | 'link'
  | 'number'
  | 'date'
  | 'datetime'
  | 'zone'
  | 'bool'
  | 'choice'
  | 'chips'
  | 'list'
  | 'group';

/** Keys whose text runs to sentences: a text area, not a line. */
const LONG = /^(description|summary|detail|shareText|body|notes?)$/;
/** Keys that hold links even where the schema leaves the check to the widget. */
const LINK = /(^url$|Url$|^link$|Link$)/;

/** The input for a schema node at `key`. */
export function kindOf(schema: Schema, key: string): Kind {
  switch (schema.t) {
    case 'num':
      return 'number';
    case 'bool':
      return 'bool';
    case 'enum':
      return 'choice';
    case 'obj':
      return 'group';
    case 'arr':
      return schema.of.t === 'obj' || schema.of.t === 'arr' ? 'list' : 'chips';
    case 'str':
      switch (schema.f?.[1]) {
        case 'uri':
          return 'link';
        case 'date-time':
          return 'datetime';
        case 'iso-date-or-date-time':
          return 'date';
        case 'tz':
          return 'zone';
      }
      return LINK.test(key) ? 'link' : LONG.test(key) ? 'long' : 'text';
  }
}

/** `section.path` without list indexes: the catalog's key for a field. */
export const wordsKey = (section: string, path: Path): string =>
  [section, ...path.filter((p) => typeof p === 'string')].join('.');

/** "shareGoal" → "Share goal": the label of a field the catalog does not know. */
export const humanize = (key: string): string => {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** The words for the field at `path` of `section`. */
export function wordsFor(t: EditorMessages, section: string, path: Path): FieldWords {
  const key = String([...path].reverse().find((p) => typeof p === 'string') ?? section);
  return t.fields[wordsKey(section, path)] ?? t.fields[`*.${key}`] ?? { label: humanize(key) };
}

/** Fields a volunteer rarely touches (keys that keep members' saved progress): under "More options". */
export const isAdvanced = (key: string): boolean => key === 'id';

/** What the widget does when an optional checkbox is absent (the town hall's QR is on by default). */
export const DEFAULTS: Record<string, boolean> = { 'townHall.qr': true };
