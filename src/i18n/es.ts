import type { Messages } from './en.js';

/** Español. */
const es: Messages = {
  loading: 'Cargando…',
  unavailable: 'No se puede mostrar en este momento.',
  problems: 'Problemas con los datos (se muestran en localhost o con debug):',
  updated: (date: string) => `Actualizado el ${date}`,

  voteTally: {
    title: 'Resultados de la votación',
    yesShare: (percent: string, over: boolean) => `${over ? 'más del ' : ''}${percent} a favor`,
    counts: (yes: string, no: string) => `${yes} a favor · ${no} en contra`,
    noVotes: 'Aún no hay votos contados',
    noResults: 'Aún no hay resultados.',
    needed: (percent: string) => `se necesita el ${percent}`,
    meets: 'Alcanza el umbral',
    below: 'No alcanza el umbral',
  },

  // <union-action-checklist>
  actionChecklist: {},

  // <union-town-hall>
  townHall: {},

  // <union-petition-counter>
  petitionCounter: {},

  // <union-ta-list>
  taList: {},
};

export default es;
