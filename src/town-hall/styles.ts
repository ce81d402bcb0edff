import { css } from 'lit';

/** The town hall's own styles, over the shared base (src/internal/styles.ts). */
export const townHallStyles = css`
  .layout {
    display: grid;
    gap: 1rem;
  }
  @container (min-width: 34rem) {
    .with-qr {
      grid-template-columns: 1fr auto;
    }
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
  }
  .sub {
    font-size: 1em;
    margin: 0.75rem 0 0.25rem;
  }
  label {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    padding: 0.375rem 0;
    border-top: 1px solid var(--_track);
  }
  input {
    accent-color: var(--_accent-text);
    margin: 0;
  }
  label span {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5rem;
  }
  .badge,
  .btn {
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    padding: 0 0.4em;
  }
  .btn {
    display: inline-block;
    padding: 0.5rem 1.25rem;
    text-decoration: none;
  }
  .over {
    color: var(--_muted);
  }
  /* High contrast drops backgrounds: badges and the Register button keep an edge. */
  @media (forced-colors: active) {
    .badge,
    .btn {
      border: 1px solid;
    }
  }
  .over .badge {
    background: none;
    color: var(--_muted);
    outline: 1px solid var(--_border);
    outline-offset: -1px;
  }
  .cal {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    padding: 0;
    list-style: none;
  }
  figure {
    margin: 0;
    justify-self: center;
    text-align: center;
    width: 10rem;
  }
  .code {
    aspect-ratio: 1;
  }
  svg {
    display: block;
    width: 100%;
  }
`;
