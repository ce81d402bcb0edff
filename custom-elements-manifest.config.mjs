// Custom-elements manifest (read by Storybook, editors, and scripts/build-types.mjs, which makes
// the framework typings, web-types and VS Code data from it), generated from the class JSDoc.
//
// The analyzer describes the sources; this plugin makes it describe the published package's
// public API, and nothing else:
// - paths are the shipped modules (src/x/y.ts → lib/x/y.js), everywhere a module is named;
// - only what the package's entries (package.json `exports` pointing into lib/) export is kept:
//   internal helpers, models and the abstract base class are left out, and so are type-only
//   exports, which are not JavaScript (the .d.ts files carry them);
// - an element lists its public members only: no private or protected fields and methods, no
//   static Lit plumbing (`styles`, `properties`), no lifecycle callbacks; no attribute for a state
//   field (the analyzer reads `static properties` entries with `state: true` as attributes);
// - events are the union-* ones the class JSDoc names (the analyzer also guesses an event name
//   from `dispatchEvent(new X(arg))`'s first argument);
// - the base class's generic `data: T` becomes each element's own data type;
// - the attributes every widget reads from itself or an ancestor without a Lit property
//   (INHERITED_ATTRIBUTES) are listed on every element;
// - each entry module defines its element (the analyzer cannot see through `define(tag, ctor)`
//   and took `customElements.define(tag, ctor)` inside internal/define.ts for a definition).
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';

/** Read with `closestAttr` (src/internal/i18n.ts), so no Lit property declares them. */
const INHERITED_ATTRIBUTES = [
  {
    name: 'lang',
    type: { text: 'string' },
    description:
      "Language: the element's own `lang`, else the nearest ancestor's (`<html lang>`), live. Default: the browser's.",
  },
  {
    name: 'time-zone',
    type: { text: 'string' },
    description:
      "The reader's IANA time zone (`America/Denver`), on the element or an ancestor. Default: the browser's.",
  },
];
const BASE_CLASS = 'UnionElement';
const LIFECYCLE = new Set([
  'connectedCallback',
  'disconnectedCallback',
  'attributeChangedCallback',
  'adoptedCallback',
]);

/** The package's entry modules, as source paths: `exports` targets in lib/ built from src/. */
function entryModules() {
  const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
  const targets = Object.values(exports).flatMap((t) =>
    typeof t === 'string' ? [t] : Object.values(t),
  );
  return new Set(
    targets
      .filter((t) => /^\.\/lib\/.*\.js$/.test(t))
      .map((t) => t.replace(/^\.\/lib\//, 'src/').replace(/\.js$/, '.ts'))
      .filter((src) => existsSync(src)), // not the generated framework typings (react, vue…)
  );
}

/** A module reference as the analyzer wrote it ('/src/a.js', './b.js', 'src/c.ts') → 'src/….ts'. */
function sourcePath(ref, from) {
  if (!ref) return ref;
  const path = ref.startsWith('.') ? posix.join(posix.dirname(from), ref) : ref.replace(/^\//, '');
  return path.replace(/\.js$/, '.ts');
}
const shipped = (src) => src.replace(/^src\//, 'lib/').replace(/\.ts$/, '.js');

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  plugins: [
    {
      name: 'union-public-api-only',
      // The element's data type: `class UnionVoteTally extends UnionElement<VoteTallyData>`.
      analyzePhase({ ts, node, context }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const base = node.heritageClauses?.[0]?.types[0];
        if (base?.expression.getText() !== BASE_CLASS || !base.typeArguments?.length) return;
        context.unionDataTypes ??= new Map();
        context.unionDataTypes.set(node.name.getText(), base.typeArguments[0].getText());
      },
      packageLinkPhase({ customElementsManifest, context }) {
        const modules = customElementsManifest.modules;
        const byPath = new Map(modules.map((m) => [m.path, m]));

        /**
         * Where `name`, exported by module `path`, is declared: [module path, declaration]. The
         * analyzer records `import { X } …; export { X }` as declared in the exporting module, so
         * a name not found along the export chain is looked up by name (class and function names
         * are unique in src/); a type is declared nowhere.
         */
        function declaredAt(path, name) {
          const found = alongExports(path, name);
          if (found) return found;
          const all = modules.flatMap((m) =>
            (m.declarations ?? []).filter((d) => d.name === name).map((d) => [m.path, d]),
          );
          return all.length === 1 ? all[0] : undefined;
        }
        function alongExports(path, name, seen = new Set()) {
          const mod = byPath.get(path);
          if (!mod || seen.has(path)) return undefined;
          seen.add(path);
          const own = mod.declarations?.find((d) => d.name === name);
          if (own) return [path, own];
          for (const e of mod.exports ?? []) {
            if (e.kind !== 'js') continue;
            const target = sourcePath(e.declaration.module, path);
            if (e.name === name && target !== path) {
              const found = alongExports(target, e.declaration.name, seen);
              if (found) return found;
            }
            if (e.name === '*') {
              const found = alongExports(target, name, seen);
              if (found) return found;
            }
          }
          return undefined;
        }

        // 1. What the entries export, resolved to where it is declared; type-only exports (no
        //    declaration anywhere) and the bogus definition in internal/define.ts are dropped.
        const entries = entryModules();
        const kept = new Map(); // module path → Set of declaration names
        for (const path of entries) {
          const mod = byPath.get(path);
          if (!mod) throw new Error(`custom-elements manifest: no module ${path} for an export`);
          mod.exports = (mod.exports ?? []).filter((e) => {
            if (e.kind !== 'js') return false;
            if (e.name === '*') {
              e.declaration.module = sourcePath(e.declaration.module, path);
              return true;
            }
            const found = declaredAt(path, e.name);
            if (!found) return false; // a type
            e.declaration = { name: found[1].name, module: found[0] };
            if (!kept.has(found[0])) kept.set(found[0], new Set());
            kept.get(found[0]).add(found[1].name);
            return true;
          });
        }
        // `export *` keeps everything its target module exports that has a declaration.
        for (const path of entries)
          for (const e of byPath.get(path).exports)
            if (e.name === '*')
              for (const inner of byPath.get(e.declaration.module)?.exports ?? []) {
                const found = declaredAt(e.declaration.module, inner.name);
                if (!found) continue;
                if (!kept.has(found[0])) kept.set(found[0], new Set());
                kept.get(found[0]).add(found[1].name);
              }

        // 2. Each entry that exports an element defines it.
        for (const path of entries) {
          const mod = byPath.get(path);
          for (const e of mod.exports) {
            const found = e.name === '*' ? undefined : declaredAt(path, e.name);
            if (found?.[1].tagName && !found[1].abstract)
              mod.exports.push({
                kind: 'custom-element-definition',
                name: found[1].tagName,
                declaration: { name: found[1].name, module: found[0] },
              });
          }
        }

        // 3. Keep the entries and the modules declaring what they export, with only that.
        customElementsManifest.modules = modules.filter(
          (m) => entries.has(m.path) || kept.has(m.path),
        );
        for (const mod of customElementsManifest.modules) {
          if (!entries.has(mod.path)) {
            const names = kept.get(mod.path);
            mod.declarations = (mod.declarations ?? []).filter((d) => names.has(d.name));
            mod.exports = (mod.exports ?? []).filter(
              (e) => e.kind === 'js' && names.has(e.declaration.name),
            );
          }
          for (const d of mod.declarations ?? []) if (d.kind === 'class') publicOnly(d, context);
        }

        // 4. Shipped paths everywhere.
        const fix = (ref, from) => ref && shipped(sourcePath(ref, from));
        for (const mod of customElementsManifest.modules) {
          const from = mod.path;
          for (const e of mod.exports ?? []) e.declaration.module = fix(e.declaration.module, from);
          for (const d of mod.declarations ?? []) {
            if (d.superclass?.module) d.superclass.module = fix(d.superclass.module, from);
            for (const list of [
              'members',
              'attributes',
              'events',
              'slots',
              'cssParts',
              'cssProperties',
            ])
              for (const item of d[list] ?? [])
                if (item.inheritedFrom?.module)
                  item.inheritedFrom.module = fix(item.inheritedFrom.module, from);
          }
          mod.path = shipped(mod.path);
        }
      },
    },
  ],
};

/** An element's public API only; its data type in place of the base class's `T`. */
function publicOnly(d, context) {
  const hidden = new Set(
    (d.members ?? [])
      .filter((m) => (m.privacy && m.privacy !== 'public') || m.name.startsWith('#'))
      .map((m) => m.name),
  );
  // Inherited members are one object shared by every subclass: copied before they are changed.
  d.members = (d.members ?? [])
    .filter((m) => !hidden.has(m.name) && !m.static && !LIFECYCLE.has(m.name))
    .map((m) => structuredClone(m));
  if (d.attributes) d.attributes = d.attributes.filter((a) => !hidden.has(a.fieldName ?? a.name));
  if (d.events) d.events = d.events.filter((e) => e.name?.startsWith('union-'));
  const dataType = context.unionDataTypes?.get(d.name);
  if (dataType)
    for (const m of d.members)
      if (m.type?.text) m.type.text = m.type.text.replace(/\bT\b/g, dataType);
  if (d.customElement && d.tagName) {
    const own = new Set((d.attributes ?? []).map((a) => a.name));
    d.attributes = [
      ...(d.attributes ?? []),
      ...INHERITED_ATTRIBUTES.filter((a) => !own.has(a.name)).map((a) => ({
        ...a,
        inheritedFrom: { name: BASE_CLASS, module: 'src/internal/element.ts' },
      })),
    ];
  }
}
