/** Entry `vote-tally.js`: defines `<union-vote-tally>` alone. */
import { define } from '../internal/define.js';
import { UnionVoteTally } from './vote-tally.js';

define('union-vote-tally', UnionVoteTally);

export { UnionVoteTally };
export type { VoteTallyData, VoteResult } from './model.js';
