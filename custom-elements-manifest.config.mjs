// Custom-elements manifest (read by Storybook and editors), generated from the class JSDoc.
// The analyzer reads `static properties` entries with `state: true` as attributes, and guesses
// an event name from `dispatchEvent(new X(arg))`'s first argument: this plugin drops both
// (attributes whose field is private or protected, and events not named union-*), so the
// manifest lists only the public API.

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  plugins: [
    {
      name: 'union-public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            const hidden = new Set(
              (d.members ?? [])
                .filter((m) => m.privacy && m.privacy !== 'public')
                .map((m) => m.name),
            );
            if (d.attributes)
              d.attributes = d.attributes.filter((a) => !hidden.has(a.fieldName ?? a.name));
            if (d.events) d.events = d.events.filter((e) => e.name?.startsWith('union-'));
          }
        }
      },
    },
  ],
};
