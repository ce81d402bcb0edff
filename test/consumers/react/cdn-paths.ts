// The self-contained CDN files, imported by path (`union-widgets/dist/…`), are typed too:
// each entry like its npm module, and the classic script's window.UnionWidgets global.
import type { UnionVoteTally, VoteTallyData } from 'union-widgets/dist/vote-tally.js';
import type { schemas } from 'union-widgets/dist/schemas.js';
import type {} from 'union-widgets/dist/union-widgets.iife.js';

export const results = (el: UnionVoteTally): VoteTallyData['results'] => el.data?.results ?? [];
export const widgets = (all: typeof schemas): string[] => Object.keys(all);
export const version = (): string => window.UnionWidgets.VERSION;
