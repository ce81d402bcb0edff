/**
 * Entry of the campaign editor (dist/editor/editor.js, loaded only by dist/editor.html): defines
 * its elements. The widgets it previews come from the library's own bundle, loaded by the page.
 */
import { UnionCampaignEditor } from './campaign-editor.js';
import { UeChips } from './chips-field.js';
import { UeField } from './form-field.js';
import { UeList } from './list-editor.js';
import { UeObject } from './object-form.js';
import { UeSummary } from './error-summary.js';
import { UeOpen } from './open-panel.js';
import { UePreview } from './preview.js';
import { UeSection } from './section-form.js';
import { UeSnippets } from './snippet-panel.js';
import { UeZoneList } from './zones.js';

// editor.html?src=<url> opens that campaign at start: set before the element upgrades.
const page = new URLSearchParams(location.search).get('src');
if (page) document.querySelector('union-campaign-editor')?.setAttribute('src', page);

const elements: [string, CustomElementConstructor][] = [
  ['union-campaign-editor', UnionCampaignEditor],
  ['ue-field', UeField],
  ['ue-chips', UeChips],
  ['ue-list', UeList],
  ['ue-object', UeObject],
  ['ue-open', UeOpen],
  ['ue-preview', UePreview],
  ['ue-section', UeSection],
  ['ue-summary', UeSummary],
  ['ue-snippets', UeSnippets],
  ['ue-zone-list', UeZoneList],
];
for (const [tag, ctor] of elements) if (!customElements.get(tag)) customElements.define(tag, ctor);

export { UnionCampaignEditor };
