import { css } from 'lit';

/** The petition counter's own styles, over the shared base (src/internal/styles.ts). */
export const petitionCounterStyles = css`
  .n {
    display: block;
    font-size: 2em;
    font-weight: 700;
    line-height: 1.1;
    color: var(--_accent-text);
    font-variant-numeric: tabular-nums;
  }
  progress {
    appearance: none;
    display: block;
    width: 100%;
    height: 0.75rem;
    margin: 0.5rem 0;
    border: 0;
    border-radius: 0.375rem;
    overflow: hidden;
    background: var(--_track);
  }
  progress::-webkit-progress-bar {
    background: var(--_track);
  }
  progress::-webkit-progress-value {
    background: var(--_accent);
  }
  progress::-moz-progress-bar {
    background: var(--_accent);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin: 0.75rem 0 0;
  }
  a.button,
  button {
    display: inline-flex;
    align-items: center;
    min-height: 2.25rem;
    padding: 0.25rem 0.625rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    text-decoration: none;
    cursor: pointer;
  }
  .button.cta {
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    font-weight: 700;
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_accent);
  }
  @container (min-width: 32rem) {
    .n {
      display: inline;
      font-size: 2.5em;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    progress::-webkit-progress-value {
      transition: inline-size 0.6s ease-out;
    }
  }
  /* High contrast: the bar's backgrounds would be forced to the page colour; system colours. */
  @media (forced-colors: active) {
    progress {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
    }
    progress,
    progress::-webkit-progress-bar {
      background: Canvas;
    }
    progress::-webkit-progress-value {
      background: Highlight;
    }
    progress::-moz-progress-bar {
      background: Highlight;
    }
  }
`;
