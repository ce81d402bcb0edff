import { css } from 'lit';

/** The ta list's own styles, over the shared base (src/internal/styles.ts). */
export const taListStyles = css`
  .filters {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    border: 0;
  }
  @container (min-width: 36rem) {
    .filters {
      grid-template-columns: 1fr 1fr 2fr;
    }
  }
  label {
    display: grid;
    font-size: 0.875em;
    font-weight: 600;
  }
  select,
  input,
  button {
    font: inherit;
    color: inherit;
    min-height: 2.75rem;
    min-width: 0;
    font-weight: 400;
    background: none;
    border: 1px solid var(--_edge);
    border-radius: var(--_radius);
  }
  ul {
    list-style: none;
    padding: 0;
  }
  section {
    border-top: 1px solid var(--_border);
    padding: 0.5rem 0;
  }
  .sub {
    margin: 0;
    font-size: 1em;
  }
  .head {
    width: 100%;
    padding: 0.25rem 0;
    border: 0;
    text-align: start;
    font-weight: 700;
    cursor: pointer;
  }
  .head::before {
    content: '▸ ' / '';
  }
  [aria-expanded='true']::before {
    content: '▾ ' / '';
  }
  :host(:dir(rtl)) [aria-expanded='false']::before {
    content: '◂ ' / '';
  }
  .head .muted {
    display: block;
  }
  li {
    padding: 0.5rem 1rem;
    border-top: 1px dashed var(--_border);
  }
  .show-more {
    margin: 0.25rem 1rem 0;
    padding: 0 0.75rem;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
  }
  .badge,
  .new {
    font-size: 0.8125em;
    font-weight: 600;
    padding: 0 0.5em;
    border: 2px solid var(--_muted);
    border-radius: 1em;
  }
  .ta {
    border-color: var(--_good);
  }
  .recommended {
    border-style: dashed;
  }
  .new {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_accent);
  }
`;
