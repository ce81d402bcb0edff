import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json';
import '../src/index.js';
import { LANGUAGES } from '../src/internal/languages.js';
import { extractArgTypes, extractComponentDescription } from './manifest-docs.js';

// Controls and Docs pages come from the manifest generated from the class JSDoc: they cannot
// drift. manifest-docs.ts turns it into Controls with an editor per type and into each widget's
// description and data shape.
setCustomElementsManifest(manifest);

/**
 * Brand presets in the colours of the unions named in the bulletins, built only from the public
 * `--union-*` custom properties — exactly what a webmaster can write in their own stylesheet
 * (one set of colours for light and dark pages alike, as most sites write them).
 */
export const brands: Record<string, Record<string, string>> = {
  default: {},
  ufcw: { '--union-accent': '#0b4ea2', '--union-good': '#1a6b36', '--union-radius': '0.25rem' },
  'unite-here': { '--union-accent': '#c8102e', '--union-radius': '0' },
  usw: { '--union-accent': '#00529b', '--union-track': '#dbe4ee' },
  'unac-uhcp': { '--union-accent': '#6a2c91', '--union-radius': '1rem' },
  ofnhp: { '--union-accent': '#00695c' },
};

/**
 * The page around the story. Light: a plain white page (no color-scheme). Dark: a page that
 * declares dark, as a dark page (or a `light dark` page read by a dark-preferring reader) does;
 * the widgets follow it with their own dark colours. A change of scheme or brand on the toolbar
 * renders the story afresh (keyed): a page restyling an arbitrary element around a widget is not
 * something widgets watch (they follow <html>/<body>, `theme` attributes and the reader).
 */
const withToolbar: Decorator = (story, { globals }) => {
  const isDark = globals.scheme === 'dark';
  const style = {
    padding: '1rem',
    background: isDark ? '#121216' : '#fff',
    color: isDark ? '#eee' : '#111',
    ...(isDark ? { 'color-scheme': 'dark' } : {}),
    ...(brands[globals.brand as string] ?? {}),
  };
  const key = `${globals.scheme} ${globals.brand}`;
  return html`${keyed(key, html`<div lang=${globals.lang ?? 'en'} style=${styleMap(style)}>${story()}</div>`)}`;
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
          { value: 'dark', title: 'Dark (a page that declares dark)' },
        ],
        dynamicTitle: true,
      },
    },
    brand: {
      description: 'Brand preset (public --union-* custom properties only)',
      toolbar: {
        title: 'Brand',
        icon: 'paintbrush',
        items: Object.keys(brands).map((value) => ({ value, title: value })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en', scheme: 'light', brand: 'default' },
  // A Docs page per widget: description, data shape, a live example, every attribute, property,
  // event, slot, part and custom property, then every story.
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    docs: { extractArgTypes, extractComponentDescription },
  },
};

export default preview;
