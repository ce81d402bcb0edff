// React 19 + TypeScript strict: all five elements with `data`, attributes and an event handler.
// Type-checked by `npm run test:package` against the packed tarball; each @ts-expect-error must
// be an error, so the typings can be neither missing nor too loose.
import { useState } from 'react';
import type {} from 'union-widgets/react';
import {
  type ActionChecklistData,
  type PetitionData,
  type TaListData,
  type TownHallData,
  type UnionActionToggleEvent,
  type UnionErrorEvent,
  type UnionRegisterEvent,
  type UnionShareEvent,
  type UnionVoteTally,
  type VoteTallyData,
} from 'union-widgets';
import 'union-widgets';

const vote: VoteTallyData = {
  results: [{ union: 'UNAC/UHCP', yesPercent: 95, qualifier: 'over' }],
};
const checklist: ActionChecklistData = {
  id: 'oct',
  actions: [{ id: 'petition', title: 'Sign the petition' }],
};
const townHall: TownHallData = {
  title: 'Tele-town hall',
  timeZone: 'America/Denver',
  sessions: [{ start: '2021-10-28T10:00' }],
};
const petition: PetitionData = {
  title: 'Invest in patient care',
  url: 'https://example.org/p',
  count: 12,
};
const tas: TaListData = { subgroups: [{ name: 'Staffing', items: [{ title: 'Ratios' }] }] };

export function Campaign() {
  const [log, setLog] = useState<string[]>([]);
  const note = (line: string) => setLog((l) => [...l, line]);
  return (
    <>
      <union-vote-tally
        data={vote}
        layout="compact"
        refresh={60}
        lang="es"
        time-zone="America/Denver"
        className="tally"
        ref={(el: UnionVoteTally | null) => {
          if (el?.data) note(`${el.data.results.length} results`);
        }}
        onunion-error={(e: UnionErrorEvent) => note(e.errors.join('; '))}
      >
        <a href="https://example.org/vote">See how the vote went</a>
      </union-vote-tally>
      <union-action-checklist
        data={checklist}
        onunion-action-toggle={(e) => note(`${e.action}: ${e.done}`)}
        onunion-share={(e: UnionShareEvent) => note(e.channel)}
      />
      <union-town-hall
        data={townHall}
        source="UFCW7"
        debug
        onunion-register={(e: UnionRegisterEvent) => note(e.url)}
      />
      <union-petition-counter data={petition} share-goal={5} onunion-share={(e) => note(e.url)} />
      <union-ta-list
        src="/campaign.json#/taList"
        data={tas}
        onunion-error={(e) => note(`${e.errors}`)}
      />
      <output>{log.join('\n')}</output>

      {/* @ts-expect-error data of another widget's shape */}
      <union-vote-tally data={checklist} />
      {/* @ts-expect-error layout is 'banner' or 'compact' */}
      <union-vote-tally layout="wide" />
      {/* @ts-expect-error refresh is a number of seconds */}
      <union-petition-counter refresh={{ every: 60 }} />
      {/* @ts-expect-error the event is a UnionActionToggleEvent, not a UnionRegisterEvent */}
      <union-action-checklist onunion-action-toggle={(e: UnionRegisterEvent) => e.url} />
      {/* @ts-expect-error no such element */}
      <union-vote-tallies />
    </>
  );
}

export const toggled = (e: UnionActionToggleEvent): boolean => e.done;
