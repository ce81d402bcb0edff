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
    needed: (percent: string) => `${percent} needed`,
    meets: 'Meets the threshold',
    below: 'Below the threshold',
  },

  // <union-action-checklist> strings go here (action-checklist issue).
  actionChecklist: {},

  // <union-town-hall> strings go here (town-hall issue).
  townHall: {},

  // <union-petition-counter> strings go here (petition-counter issue).
  petitionCounter: {
    signatures: (n: number): string => (n === 1 ? 'signature' : 'signatures'),
    of: (count: string, target: string) => `${count} of ${target} signatures`,
    percent: (percent: string, goal: string) => `${percent} of the ${goal} goal`,
    reached: (goal: string) => `Goal of ${goal} reached!`,
    next: (milestone: string) => `Next milestone: ${milestone}`,
    sign: 'Sign the petition',
    share: 'Share',
    copy: 'Copy link',
    copied: 'Link copied',
    copyHere: 'Copy this link:',
    email: 'Email',
    sms: 'Text message',
    tally: (n: number, goal: number) =>
      `You’ve shared it with ${n} of ${goal} ${goal === 1 ? 'person' : 'people'}`,
    more: 'I shared with one more',
    less: 'Undo',
  },

  // <union-ta-list> strings go here (ta-list issue).
  taList: {},
};

export type Messages = typeof en;
export default en;
