import { css } from 'lit';

/** The vote tally's own styles, over the shared base (src/internal/styles.ts). */
export const voteTallyStyles = css`
  ul {
    list-style: none;
    margin: 0.75rem 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  @container (min-width: 36rem) {
    .banner ul {
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    }
  }
  .union {
    font-weight: 600;
  }
  .figure {
    display: block;
    font-size: 1.5em;
    font-weight: 700;
    color: var(--_accent-text);
  }
  .compact .figure {
    display: inline;
    font-size: 1em;
    margin-inline-start: 0.5em;
  }
  .compact ul {
    gap: 0.5rem;
  }
  .bar {
    display: block;
    width: 100%;
    height: 0.5rem;
    margin: 0.25rem 0;
    border-radius: 0.25rem;
    background: var(--_track);
    overflow: visible;
  }
  :host(:dir(rtl)) .bar {
    transform: scaleX(-1);
  }
  .fill {
    fill: var(--_accent);
    transition: width 0.6s ease-out;
  }
  .mark {
    stroke: var(--_text);
    stroke-width: 2;
    stroke-dasharray: 3 2;
  }
  @media (prefers-reduced-motion: reduce) {
    .fill {
      transition: none;
    }
  }
  /* High contrast: the bar in system colours, with an edge, whatever the engine forces. */
  @media (forced-colors: active) {
    .bar {
      forced-color-adjust: none;
      background: Canvas;
      border: 1px solid CanvasText;
    }
    .fill {
      fill: Highlight;
    }
    .mark {
      stroke: CanvasText;
    }
  }
  .meets {
    color: var(--_good);
    font-weight: 600;
  }
  /* Counts and verdict each on a line of their own: never read as one phrase. */
  li > .muted,
  .meets {
    display: block;
  }
`;
