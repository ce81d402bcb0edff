import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import '../editor/editor.js';
import type { UnionCampaignEditor } from '../editor/campaign-editor.js';

describe('smoke', () => {
  it('opens the sample', async () => {
    localStorage.clear();
    const el = await fixture<UnionCampaignEditor>(
      html`<union-campaign-editor sample="/demo/campaign.json"></union-campaign-editor>`,
    );
    const root = el.shadowRoot!;
    (root.querySelector('button.sample') as HTMLButtonElement).click();
    await waitUntil(() => root.querySelector('ue-object'), 'no form');
    await el.updateComplete;
    console.log(root.querySelector('main')!.innerText.slice(0, 3000));
  });
});
