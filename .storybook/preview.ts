import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json';
import '../src/index.js';
import { LANGUAGES } from '../src/internal/languages.js';

// Controls and docs come from the manifest generated from the class JSDoc: they cannot drift.
setCustomElementsManifest(manifest);

/**
 * Brand presets in the colours of the unions named in the bulletins, built only from the public
 * `--union-*` custom properties — exactly what a webmaster can write in their own stylesheet.
 */
export const themes: Record<string, Record<string, string>> = {
  default: {},
  ufcw: { '--union-accent': '#0b4ea2', '--union-good': '#1a6b36', '--union-radius': '0.25rem' },
  'unite-here': { '--union-accent': '#c8102e', '--union-radius': '0' },
  usw: { '--union-accent': '#00529b', '--union-track': '#dbe4ee' },
  'unac-uhcp': { '--union-accent': '#6a2c91', '--union-radius': '1rem' },
  ofnhp: { '--union-accent': '#00695c' },
};

/** Dark scheme as tokens (the same values as the built-in prefers-color-scheme: dark defaults). */
const dark = {
  '--union-accent': '#ff8f87',
  '--union-on-accent': '#1b1b1f',
  '--union-text': '#f1f1f4',
  '--union-muted': '#b9b9c4',
  '--union-surface': '#1d1d22',
  '--union-track': '#3a3a44',
  '--union-border': '#55555f',
  '--union-good': '#7fd69b',
  '--union-focus': '#8ab4ff',
};

const withToolbar: Decorator = (story, { globals }) => {
  const isDark = globals.scheme === 'dark';
  const style = {
    padding: '1rem',
    background: isDark ? '#121216' : '#fff',
    color: isDark ? '#eee' : '#111',
    'color-scheme': isDark ? 'dark' : 'light',
    ...(isDark ? dark : {}),
    ...(themes[globals.theme as string] ?? {}),
  };
  return html`<div lang=${globals.lang ?? 'en'} style=${styleMap(style)}>${story()}</div>`;
};

const preview: Preview = {
  decorators: [withToolbar],
  globalTypes: {
    lang: {
      description: 'Language (the lang attribute around the widget)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        // Every shipped language, named in itself (src/internal/languages.ts).
        items: LANGUAGES.map((value) => ({
          value,
          title: new Intl.DisplayNames(value, { type: 'language' }).of(value) ?? value,
        })),
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Scheme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Brand preset (public --union-* custom properties only)',
      toolbar: {
        title: 'Brand',
        icon: 'paintbrush',
        items: Object.keys(themes).map((value) => ({ value, title: value })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en', scheme: 'light', theme: 'default' },
  parameters: { controls: { expanded: true } },
};

export default preview;
