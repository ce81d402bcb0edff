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
    color-scheme: light dark; /* native controls (checkboxes, selects) follow the same scheme */
    --_accent: var(--union-accent, #a4161a);
    --_on-accent: var(--union-on-accent, #fff);
    --_text: var(--union-text, #1b1b1f);
    --_muted: var(--union-muted, #50505a);
    --_surface: var(--union-surface, #fff);
    --_track: var(--union-track, #e4e4ea);
    --_border: var(--union-border, #c9c9d1);
    --_good: var(--union-good, #1b6e3a);
    --_radius: var(--union-radius, 0.5rem);
    --_focus: var(--union-focus, #1f5fbf);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--union-accent, #ff8f87);
      --_on-accent: var(--union-on-accent, #1b1b1f);
      --_text: var(--union-text, #f1f1f4);
      --_muted: var(--union-muted, #b9b9c4);
      --_surface: var(--union-surface, #1d1d22);
      --_track: var(--union-track, #3a3a44);
      --_border: var(--union-border, #55555f);
      --_good: var(--union-good, #7fd69b);
      --_focus: var(--union-focus, #8ab4ff);
    }
  }
  :host([hidden]) {
    display: none;
  }
  .w {
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
