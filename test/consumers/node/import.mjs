// What an SSR framework (Next, Nuxt, SvelteKit, Astro) does on the server: import the package and
// every entry in Node. Nothing may throw; the elements register in Lit's server-side shim, and a
// React server render of the tags carries the fallback content.
import assert from 'node:assert/strict';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

const entry = await import('union-widgets');
for (const name of ['vote-tally', 'town-hall', 'ta-list', 'action-checklist', 'petition-counter'])
  await import(`union-widgets/${name}.js`);
const { schemas, check } = await import('union-widgets/schemas.js');
for (const types of ['react', 'jsx', 'vue', 'svelte']) await import(`union-widgets/${types}`);

assert.match(entry.VERSION, /^\d+\.\d+\.\d+/, 'VERSION is the package version');
for (const name of [
  'UnionVoteTally',
  'UnionTownHall',
  'UnionTaList',
  'UnionActionChecklist',
  'UnionPetitionCounter',
  'UnionErrorEvent',
  'UnionActionToggleEvent',
  'UnionRegisterEvent',
  'UnionShareEvent',
])
  assert.equal(typeof entry[name], 'function', `union-widgets exports ${name}`);
for (const tag of [
  'union-vote-tally',
  'union-town-hall',
  'union-ta-list',
  'union-action-checklist',
  'union-petition-counter',
])
  assert.ok(globalThis.customElements?.get(tag), `${tag} is defined on the server`);
assert.deepEqual(check(schemas['vote-tally'], { results: [] }).errors, []);

const html = renderToString(
  createElement(
    'union-vote-tally',
    { src: '/campaign.json#/voteTally', 'time-zone': 'America/Denver' },
    createElement('a', { href: 'https://example.org/vote' }, 'See how the vote went'),
  ),
);
assert.match(
  html,
  /^<union-vote-tally src="\/campaign.json#\/voteTally" time-zone="America\/Denver"><a href="https:\/\/example.org\/vote">See how the vote went<\/a><\/union-vote-tally>$/,
);
console.log(
  `node: union-widgets ${entry.VERSION} and its entries import on the server; React SSR renders the tags`,
);
