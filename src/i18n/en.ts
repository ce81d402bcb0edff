/** English — the reference catalog: every other language implements `Messages`. */
const en = {
  loading: 'Loading…',
  unavailable: 'This can’t be shown right now.',
  problems: 'Data problems (shown on localhost or with debug):',
  updated: (date: string) => `Updated ${date}`,

  voteTally: {
    title: 'Vote results',
    yesShare: (percent: string, over: boolean) => `${over ? 'over ' : ''}${percent} yes`,
    counts: (yes: string, no: string) => `${yes} yes · ${no} no`,
    noVotes: 'No votes counted yet',
    noResults: 'No results yet.',
    needed: (percent: string) => `${percent} needed`,
    meets: 'Meets the threshold',
    below: 'Below the threshold',
  },

  // <union-action-checklist> strings go here (action-checklist issue).
  actionChecklist: {},

  // <union-town-hall> strings go here (town-hall issue).
  townHall: {},

  // <union-petition-counter> strings go here (petition-counter issue).
  petitionCounter: {},

  // <union-ta-list> strings go here (ta-list issue).
  taList: {},
};

export type Messages = typeof en;
export default en;
