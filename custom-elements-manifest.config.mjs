// Custom-elements manifest (read by Storybook and editors), generated from the class JSDoc.
// The analyzer reads `static properties` entries with `state: true` as attributes, and guesses
// an event name from `dispatchEvent(new X(arg))`'s first argument: this plugin drops both, so
// the manifest lists only the public API.
const STATE = new Set(['model', 'problems']);

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
            if (d.attributes) d.attributes = d.attributes.filter((a) => !STATE.has(a.name));
            if (d.members) d.members = d.members.filter((m) => !STATE.has(m.name) || m.privacy);
            if (d.events) d.events = d.events.filter((e) => e.name?.startsWith('union-'));
          }
        }
      },
    },
  ],
};
