import 'union-widgets/vote-tally.js';
import 'union-widgets/town-hall.js';
