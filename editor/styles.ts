import { css } from 'lit';

/**
 * The editor's look: one stylesheet in its shadow root for every part (they render in its light
 * DOM). A plain form that reads on a 360 px phone: one column, the preview under the form, until
 * there is room for both side by side.
 */
export const styles = css`
  :host {
    display: block;
    color: #1b1b1f;
    background: #fff;
    font: inherit;
    line-height: 1.45;
    --accent: #a4161a;
    --muted: #50505a;
    --edge: #767680;
    --error: #a4161a;
    --warning: #7a4d00;
    --focus: #1f5fbf;
  }
  * {
    box-sizing: border-box;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  h1 {
    font-size: 1.5rem;
    margin: 0 0 0.25rem;
  }
  h2 {
    font-size: 1.2rem;
    margin: 0 0 0.75rem;
  }
  header {
    margin-bottom: 1rem;
  }
  header p {
    margin: 0 0 0.5rem;
    color: var(--muted);
  }
  label {
    display: block;
    font-weight: 600;
    margin: 0 0 0.25rem;
  }
  .ui-lang select {
    width: auto;
  }
  .ui-lang select,
  .preview-controls select,
  .preview-controls input {
    display: block;
    margin-top: 0.25rem;
  }
  input,
  select,
  textarea,
  button {
    font: inherit;
    color: inherit;
  }
  input[type='text'],
  input[type='url'],
  input[type='date'],
  input[type='datetime-local'],
  select,
  textarea {
    width: 100%;
    max-width: 40rem;
    padding: 0.45rem 0.5rem;
    border: 1px solid var(--edge);
    border-radius: 0.3rem;
    background: #fff;
    min-height: 2.5rem;
  }
  textarea {
    resize: vertical;
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border: 2px solid var(--error);
  }
  button {
    min-height: 2.5rem;
    padding: 0.4rem 0.8rem;
    border: 1px solid var(--edge);
    border-radius: 0.3rem;
    background: #f3f3f6;
    cursor: pointer;
  }
  button.primary {
    background: var(--accent);
    border-color: var(--accent);
    color: #fff;
  }
  button:disabled {
    cursor: not-allowed;
    color: #6b6b75;
  }
  :focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }
  fieldset {
    border: 1px solid #c9c9d1;
    border-radius: 0.4rem;
    margin: 0 0 1rem;
    padding: 0.5rem 0.75rem 0.75rem;
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0 0.25rem;
  }
  fieldset.inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    border: 0;
    padding: 0;
    margin: 0;
  }
  label.with-time {
    font-weight: 400;
    margin-top: 0.3rem;
  }
  button.fix {
    min-height: 2rem;
    margin-inline-start: 0.5rem;
    font-weight: 400;
  }
  fieldset.inline label,
  .save fieldset label,
  .field.bool label {
    display: inline;
    font-weight: 400;
  }
  .field {
    margin: 0 0 1rem;
  }
  .required {
    margin-inline-start: 0.3em;
    font-weight: 400;
    color: var(--muted);
  }
  .help,
  .note,
  .kept {
    color: var(--muted);
    font-size: 0.9em;
    margin: 0.2rem 0 0.4rem;
  }
  .help:empty,
  .problems:empty {
    display: none;
  }
  .problem {
    margin: 0.3rem 0 0;
    padding-inline-start: 0.5rem;
    border-inline-start: 4px solid;
    font-weight: 600;
  }
  .problem.error {
    color: var(--error);
  }
  .problem.warning {
    color: var(--warning);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .saved-state {
    color: var(--muted);
  }
  .summary {
    border: 3px solid var(--error);
    border-radius: 0.4rem;
    padding: 0.5rem 1rem;
    margin: 1rem 0;
  }
  .summary ul {
    padding-inline-start: 1.2rem;
  }
  .summary li {
    margin-bottom: 0.4rem;
  }
  nav ul {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    padding: 0;
    margin: 1rem 0;
  }
  nav button[aria-current='true'] {
    background: #1b1b1f;
    border-color: #1b1b1f;
    color: #fff;
  }
  nav .count {
    margin-inline-start: 0.4em;
    font-weight: 700;
  }
  nav button:not([aria-current='true']) .count {
    color: var(--error);
  }
  .workspace {
    display: grid;
    gap: 1.5rem;
    align-items: start;
  }
  @media (min-width: 60rem) {
    .workspace {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    ue-preview {
      position: sticky;
      top: 0.5rem;
    }
  }
  .list > ol {
    list-style: none;
    padding: 0;
    margin: 0 0 0.5rem;
  }
  .item-tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin-bottom: 0.5rem;
  }
  .chip-list {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    padding: 0;
    margin: 0 0 0.5rem;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    border: 1px solid var(--edge);
    border-radius: 1rem;
    padding: 0 0 0 0.7rem;
  }
  .chip button {
    border: 0;
    border-radius: 1rem;
    background: transparent;
    min-width: 2.5rem;
  }
  .chip-add,
  .from-url .row {
    display: flex;
    gap: 0.4rem;
  }
  .chip-add input,
  .from-url input {
    flex: 1;
  }
  details.more {
    margin: 0 0 1rem;
  }
  details.more summary {
    cursor: pointer;
    min-height: 2.5rem;
    padding: 0.4rem 0;
  }
  .stage {
    padding: 1rem;
    border-radius: 0.4rem;
    border: 1px solid #c9c9d1;
    color-scheme: light;
    background: #fff;
  }
  .stage.dark {
    color-scheme: dark;
    background: #121216;
  }
  .preview-controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1rem;
    align-items: end;
    margin-bottom: 1rem;
  }
  .starts,
  .draft {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .draft {
    border: 2px solid var(--focus);
    border-radius: 0.4rem;
    padding: 0.5rem 1rem;
    margin-bottom: 1rem;
  }
  .draft p {
    flex-basis: 100%;
    margin: 0;
  }
  .message.error {
    color: var(--error);
    font-weight: 600;
  }
  .save {
    margin-top: 2rem;
  }
  .steps > li {
    margin-bottom: 1rem;
  }
  .snippet textarea {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.85rem;
    max-width: none;
  }
  .remove-section {
    margin-top: 0.5rem;
  }
`;
