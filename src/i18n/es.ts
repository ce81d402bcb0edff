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
    needed: (percent: string) => `se necesita el ${percent}`,
    meets: 'Alcanza el umbral',
    below: 'No alcanza el umbral',
  },

  // <union-action-checklist>
  actionChecklist: {},

  // <union-town-hall>
  townHall: {},

  // <union-petition-counter>
  petitionCounter: {
    signatures: (n: number) => (n === 1 ? 'firma' : 'firmas'),
    of: (count: string, target: string) => `${count} de ${target} firmas`,
    percent: (percent: string, goal: string) => `${percent} de la meta de ${goal}`,
    reached: (goal: string) => `¡Meta de ${goal} alcanzada!`,
    next: (milestone: string) => `Próxima meta: ${milestone}`,
    sign: 'Firma la petición',
    share: 'Compartir',
    copy: 'Copiar enlace',
    copied: 'Enlace copiado',
    copyHere: 'Copia este enlace:',
    email: 'Correo',
    sms: 'Mensaje de texto',
    tally: (n: number, goal: number) =>
      `Lo compartiste con ${n} de ${goal} ${goal === 1 ? 'persona' : 'personas'}`,
    more: 'Lo compartí con una persona más',
    less: 'Deshacer',
  },

  // <union-ta-list>
  taList: {},
};

export default es;
