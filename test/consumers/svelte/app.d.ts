// What a SvelteKit app's src/app.d.ts would hold: the elements' typings, once for every component.
import type {} from 'union-widgets/svelte';
