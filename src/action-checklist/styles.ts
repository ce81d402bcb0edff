import { css } from 'lit';

/**
 * The action checklist's own styles, over the shared base (src/internal/styles.ts).
 *
 * Fluid on purpose: one column that wraps fits a 280px sidebar and a full column alike,
 * so no container query is needed (the base keeps container-type for the tokens).
 */
export const actionChecklistStyles = css`
  ul {
    list-style: none;
    margin: 0.75rem 0;
    padding: 0;
    display: grid;
    gap: 1rem;
  }
  li {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.625rem;
  }
  .action-body > * {
    margin: 0.375rem 0 0;
  }
  input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_good);
  }
  label {
    font-weight: 600;
    display: block;
  }
  .done label,
  .celebrate {
    color: var(--_good);
  }
  progress {
    width: 100%;
    accent-color: var(--_good);
  }
  .copy-buttons,
  .post-links,
  .share-count {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  button,
  .cta {
    font: inherit;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0 0.75rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
  }
  .cta {
    display: inline-flex;
    align-items: center;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    text-decoration: none;
  }
  .post-links a {
    padding: 0.25rem 0;
  }
  .offscreen {
    position: fixed;
    opacity: 0;
  }
  @media print {
    /* The hashtags and mentions to post, as text. */
    :host .copy-buttons button {
      min-height: 0;
      padding: 0;
      border: 0;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .pop {
      display: inline-block;
      animation: pop 0.8s;
    }
    @keyframes pop {
      from {
        transform: scale(0) rotate(-90deg);
      }
    }
  }
`;
