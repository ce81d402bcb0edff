// The global JSX namespace (what Preact, Solid and other JSX libraries can read), without React:
// `union-widgets/jsx` declares the five elements in it. Type-checked by `npm run test:package`.
import type {} from 'union-widgets/jsx';
import type { TaListData, UnionRegisterEvent } from 'union-widgets';

// What a JSX library supplies: the type of an element expression.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- how JSX libraries declare it
  namespace JSX {
    type Element = { tag: unknown };
  }
}

const tas: TaListData = { subgroups: [{ name: 'Staffing', items: [{ title: 'Ratios' }] }] };

export const page = [
  <union-ta-list data={tas} lang="es" class="list" onunion-error={(e) => e.errors.length} />,
  <union-town-hall
    src="/campaign.json#/townHall"
    onunion-register={(e: UnionRegisterEvent) => e.url}
  />,
  <union-vote-tally layout="banner" time-zone="America/Denver" />,
  <union-action-checklist debug onunion-action-toggle={(e) => e.done} />,
  <union-petition-counter share-goal={5} onunion-share={(e) => e.channel} />,
  // @ts-expect-error data of another widget's shape
  <union-ta-list data={{ results: [] }} />,
];
