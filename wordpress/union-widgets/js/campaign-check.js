// Checks campaign files and widget data in the browser, with the library's own checker
// (lib/schemas.js: the same code as `union-widgets validate` and the widgets), so the block editor
// and Media → Campaign files word every problem as the CLI does, with its field path. The server
// checks an upload again (includes/campaign-files.php); this check comes first and is complete.
import { schemas, check, describe, parseJson, pointerHint } from '../lib/schemas.js';

/** A campaign file's top-level keys and the widget that reads each. */
export const PARTS = {
  voteTally: 'vote-tally',
  actionChecklist: 'action-checklist',
  townHall: 'town-hall',
  petition: 'petition-counter',
  taList: 'ta-list',
};

/** Widget name → its key in a campaign file. */
export const KEYS = Object.fromEntries(Object.entries(PARTS).map(([key, widget]) => [widget, key]));

/** A feed must be under this size, as in the library and the CLI. */
export const MAX_BYTES = 5 * 1024 * 1024;

const under = (prefix, path) =>
  !path ? prefix : path.startsWith('[') ? prefix + path : `${prefix}.${path}`;

/** Problems of `data` for `widget`, each "path: message" (paths under `prefix` when given). */
function problems(widget, data, prefix = '') {
  const { errors, warnings } = check(schemas[widget], data);
  const line = (i) =>
    prefix
      ? describe({ path: under(prefix, i.path), message: i.message })
      : i.path
        ? describe(i)
        : `(top level): ${i.message}`;
  return { errors: errors.map(line), warnings: warnings.map(line) };
}

/**
 * Checks a campaign file: valid JSON, an object, at least one widget's part, and every part
 * against its widget's schema. Returns { errors, warnings, parts } (parts: the top-level keys).
 */
export function checkCampaign(text, name, size = text.length) {
  const none = { errors: [], warnings: [], parts: [] };
  if (size > MAX_BYTES)
    return { ...none, errors: [`${name} is over 5 MB; a campaign file must be smaller.`] };
  const parsed = parseJson(text, name);
  if (!parsed.ok) return { ...none, errors: [parsed.message] };
  const doc = parsed.value;
  const all = Object.keys(PARTS).join(', ');
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    return {
      ...none,
      errors: [`${name} must hold a JSON object with the widgets’ parts (${all}).`],
    };
  const parts = Object.keys(doc);
  const known = parts.filter((key) => Object.hasOwn(PARTS, key));
  if (!known.length)
    return {
      ...none,
      errors: [
        `${name} has none of the widgets’ parts (${all}); it has: ${parts.slice(0, 12).join(', ') || 'nothing'}`,
      ],
    };
  const out = { errors: [], warnings: [], parts };
  for (const key of known) {
    const found = problems(PARTS[key], doc[key], key);
    out.errors.push(...found.errors);
    out.warnings.push(...found.warnings);
  }
  return out;
}

/** Checks JSON text meant for one widget (the block's own data), as `validate` would. */
export function checkData(widget, text) {
  const parsed = parseJson(text, 'The JSON');
  return parsed.ok ? problems(widget, parsed.value) : { errors: [parsed.message], warnings: [] };
}

/** Checks the part `key` of a campaign document for `widget`. */
export function checkPart(widget, doc, key) {
  if (!doc || typeof doc !== 'object' || !Object.hasOwn(doc, key))
    return {
      errors: [`#/${key} resolves to nothing${pointerHint(doc, `#/${key}`)}`],
      warnings: [],
    };
  return problems(widget, doc[key], key);
}
