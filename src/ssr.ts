/**
 * Prerendering, for `union-widgets render`: a widget as Lit's own server renderer
 * (`@lit-labs/ssr`) writes it — the element with a declarative shadow root holding its styles and
 * its content for the data — from the same element code the browser runs. The browser shows it
 * before any script (and without one); the element then takes that shadow root over
 * (`UnionElement.createRenderRoot`).
 *
 * Node only. Built as dist/ssr.js with `lit` left external, so the renderer and the elements share
 * one Lit (its "node" build, with its DOM shim).
 */
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { nothing } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import './index.js';
import { localeOf } from './internal/i18n.js';
import { codesMade } from './town-hall/town-hall.js';

/** What the server reads back from the element it rendered (see UnionElement). */
interface Rendered {
  inputs(json: string): string;
  until: number;
}
/** The element the last render made (Lit's renderer hands each one to these callbacks). */
let last: Rendered | undefined;
LitElementRenderer.renderOptions.push((el) => void (last = el as unknown as Rendered));

/** The attributes `render` can set on the element (what the server render reads too). */
export interface PrerenderAttributes {
  src?: string;
  lang?: string;
  source?: string;
  'time-zone'?: string;
  'heading-level'?: string;
  refresh?: string;
  theme?: string;
}

export interface PrerenderOptions {
  /** The widget's name without the prefix: `town-hall`. */
  widget: string;
  /** Its data, already checked against its schema. */
  data: unknown;
  attributes?: PrerenderAttributes;
  /**
   * Light-DOM markup kept inside the element after the shadow root, as given: the webmaster's
   * fallback content and the inline JSON script. Only ever the caller's own markup.
   */
  light?: string;
}

/**
 * Lit's hydration markers (`<!--lit-part …-->`, `<!--lit-node n-->`, `<?lit$…$>`): the element
 * takes over the shadow root by replacing it, not by hydrating it, so they would be dead bytes.
 * Data can never produce these: text and attribute values are escaped (`<` is `&lt;`).
 */
const MARKERS = /<!--\/?lit-(?:part|node)[^>]*-->|<\?(?:lit\$\d+\$)?>/g;

/** The element's markup: `<union-x …><template shadowrootmode="open">…</template>…</union-x>`. */
export async function prerender({ widget, data, attributes = {}, light = '' }: PrerenderOptions) {
  const tag = `union-${widget}`;
  if (!customElements.get(tag)) throw new Error(`no widget called ${widget}`);
  // Every language but English is a lazy chunk: have its strings in before the render asks.
  const lang = attributes.lang ?? null;
  const strings = localeOf({ getAttribute: (n: string) => (n == 'lang' ? lang : null) } as Element);
  if (strings instanceof Promise) await strings;
  const a = (name: keyof PrerenderAttributes) => attributes[name] ?? nothing;
  const name = unsafeStatic(tag);
  // A static tag name (lit/static-html), which the lint rules for plain templates do not know.
  // prettier-ignore
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  const template = html`<${name} src=${a('src')} refresh=${a('refresh')} source=${a('source')} lang=${a('lang')} time-zone=${a('time-zone')} heading-level=${a('heading-level')} theme=${a('theme')} .data=${data}></${name}>`;
  let out = await collectResult(render(template));
  // A QR code is made asynchronously (its encoder is a lazy module): render again once it is.
  if (widget === 'town-hall') {
    await codesMade();
    out = await collectResult(render(template));
  }
  // The stamp: what this rendering was made from, and until when it is right by the clock. The
  // element reads it back (stampOf, src/internal/takeover.ts) and sleeps while the reader's inputs
  // match.
  const until = Number.isFinite(last!.until) ? ` ${Math.floor(last!.until)}` : '';
  out = out.replace(
    '<style>',
    `<style data-union="${last!.inputs(JSON.stringify(data))}${until}">`,
  );
  out = out
    .replace(MARKERS, '')
    // `.checked=${false}` comes out as checked="false" (Lit SSR writes a reflected property's
    // value as text), which HTML reads as checked: write the boolean attribute instead.
    .replace(/ checked="false"/g, '')
    .replace(/ checked="true"/g, ' checked')
    .replace(/ +>/g, '>')
    .replace(/^(<union-[\w-]+)\s+/, '$1 ')
    // Lit writes both the 2020 attribute and the standard one; browsers since 2024 read only
    // `shadowrootmode`, which every engine with declarative shadow DOM supports.
    .replace(' shadowroot="open"', '')
    .replace(/>\s+<template /, '><template ')
    .trim();
  const end = `</${tag}>`;
  if (!out.endsWith(end)) throw new Error(`unexpected server output for <${tag}>`);
  return `${out.slice(0, -end.length)}${light ? `\n${light}\n` : ''}${end}`;
}
