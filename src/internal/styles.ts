import { css } from 'lit';

/**
 * Base styles every widget shares. Tokens are public `--union-*` custom properties with defaults
 * here, inside the component, so an embed looks right on a bare page; private `--_*` copies are
 * what the widgets read. The host page's font is inherited on purpose.
 */
export const base = css`
  :host {
    display: block;
    container-type: inline-size;
    /*
     * No color-scheme of its own: the widget inherits the page's, so it is dark only where the
     * page declares dark (color-scheme: dark, or light dark with a dark-preferring reader), or a
     * theme attribute asks (theme.ts sets it from the nearest one; own attribute below, for
     * before the script runs). light-dark() then picks each default.
     *
     * Colours as given: the page's --union-* tokens, else the defaults.
     */
    --_accent: var(--union-accent, light-dark(#a4161a, #ff8f87));
    --_surface: var(--union-surface, light-dark(#fff, #1d1d22));
    --_track: var(--union-track, light-dark(#e4e4ea, #3a3a44));
    --_border: var(--union-border, light-dark(#c9c9d1, #55555f));
    --_radius: var(--union-radius, 0.5rem);
    --_text-given: var(--union-text, light-dark(#1b1b1f, #f1f1f4));
    --_muted-given: var(--union-muted, light-dark(#50505a, #b9b9c4));
    --_good-given: var(--union-good, light-dark(#1b6e3a, #7fd69b));
    --_focus-given: var(--union-focus, light-dark(#1f5fbf, #8ab4ff));
    --_on-accent-given: var(--union-on-accent, #0000); /* transparent: not set */
    /* Form fields' only edge: 3:1 on the surface (WCAG 1.4.11), darker than box borders. */
    --_edge-given: var(--union-border, light-dark(#8a8a96, #737380));
    /*
     * Colours as used: theme.ts replaces these with the given ones checked (and adjusted where
     * needed) for contrast on the surface; until it runs, the given ones.
     */
    --_text: var(--_text-given);
    --_muted: var(--_muted-given);
    --_good: var(--_good-given);
    --_focus: var(--_focus-given);
    --_on-accent: var(--union-on-accent, light-dark(#fff, #1b1b1f));
    --_edge: var(--_edge-given);
    /* The accent as text (big figures) on the surface. */
    --_accent-text: var(--_accent);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none;
  }
  .widget {
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1rem;
    line-height: 1.4;
    overflow-wrap: anywhere;
    text-align: start;
  }
  * {
    box-sizing: border-box;
  }
  .title {
    font-size: 1.25em;
    margin: 0 0 0.5rem;
  }
  p {
    margin: 0 0 0.5rem;
  }
  a {
    color: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .muted {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .problems {
    margin-top: 0.5rem;
    padding: 0.5rem;
    border: 2px dashed #b00020;
    background: #fff4f4;
    color: #5c0011;
    font:
      0.8125rem/1.4 ui-monospace,
      monospace;
  }
  /* Read by screen readers, not shown (live regions that announce changes). */
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .problems ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
`;

/**
 * On paper (a member prints the bulletin page, a local prints a flyer): black on white, every
 * action link followed by its address, the QR code kept, and nothing that only works on a screen
 * — share and copy buttons, calendar links, filters, radio circles (marked `.screen`, or by part).
 * `:host` in front outranks the widgets' own rules, whatever their order; the colours are
 * `!important` to win over those the contrast step (theme.ts) sets for the screen.
 */
export const print = css`
  @media print {
    :host {
      color-scheme: light !important;
      --_accent: #000 !important;
      --_accent-text: #000 !important;
      --_on-accent: #fff !important;
      --_text: #000 !important;
      --_muted: #000 !important;
      --_surface: #fff !important;
      --_track: #fff !important;
      --_border: #000 !important;
      --_edge: #000 !important;
      --_good: #000 !important;
    }
    :host .screen,
    :host .problems,
    :host [part~='share'],
    :host [part~='tally'],
    :host [part~='filters'],
    :host input[type='radio'] {
      display: none;
    }
    :host a[part~='cta'],
    :host a[part~='register'],
    :host .badge,
    :host .button,
    :host .new {
      color: #000;
      background: none;
      border: 1px solid #000;
    }
    :host a[part~='cta']::after,
    :host a[part~='register']::after {
      content: ' ' attr(href);
      font-weight: 400;
      overflow-wrap: anywhere;
    }
    :host [part~='bar'] {
      border: 1px solid #000;
      print-color-adjust: exact;
    }
    :host li,
    :host label,
    :host figure {
      break-inside: avoid;
    }
  }
`;
