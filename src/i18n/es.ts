import type { Messages } from './en.js';

/**
 * Español — a lazy chunk, loaded when a widget on the page asks for es (es-MX, es-US, es-419…).
 *
 * How these strings were written and checked: written with the widgets (how they were checked
 * then is not recorded); the time-zone form and the "tu zona horaria" and "Se necesita" wording
 * were revised for issue 12 by a language-model helper, and the terms are in docs/glossary.md.
 * No review by a native-speaking member is recorded: ask one before a release, and record it
 * here.
 */

const plural = new Intl.PluralRules('es');
const one = (n: number) => plural.select(n) === 'one';
const es: Messages = {
  intl: {
    // "10:00–11:00 hora de las Montañas Rocosas", "hora del Pacífico": the generic names that
    // Spanish-language media in the US use. `short` gives "GMT-6" in Spanish (an offset the
    // member has to work out), and es-US abbreviations ("MDT") are English letters.
    timeZoneName: 'longGeneric',
  },

  loading: 'Cargando…',
  unavailable: (what: string) => `Por ahora no podemos mostrar ${what}.`,
  problems: 'Problemas con los datos (se muestran en localhost o con debug):',
  newTab: '(se abre en una pestaña nueva)',
  moreProblems: (n: number) => `…y ${n} más`,
  updated: (date: string) => `Actualizado el ${date}`,

  voteTally: {
    name: 'los resultados de la votación',
    title: 'Resultados de la votación',
    yesShare: (percent: string, over: boolean) => `${over ? 'más del ' : ''}${percent} a favor`,
    counts: (yes: string, no: string) => `${yes} a favor · ${no} en contra`,
    noVotes: 'Aún no hay votos contados',
    noResults: 'Aún no hay resultados.',
    needed: (percent: string) => `Se necesita el ${percent}`,
    meets: 'Alcanza el umbral',
    below: 'No alcanza el umbral',
  },

  // <union-action-checklist>
  actionChecklist: {
    name: 'la lista de acciones',
    title: 'Acciones que puedes tomar',
    progress: (done: string, total: string) => `Completadas: ${done} de ${total}`,
    none: 'Por ahora no hay nada que hacer. Vuelve pronto.',
    allDone: '¡Todo listo! Gracias.',
    every: (weekday: string) => `Cada ${weekday}`,
    closes: (inTime: string) => `Cierra ${inTime}`,
    deadline: (date: string) => `Fecha límite: ${date}`,
    closed: 'Cerrada',
    act: 'Participa',
    copy: (text: string) => `Copiar ${text}`,
    copyAll: 'Copiar todo',
    copied: (text: string) => `Copiado: ${text}`,
    copyFailed: 'No se pudo copiar: selecciona el texto y cópialo',
    post: (site: string) => `Publicar en ${site}`,
    shared: (n: string, goal: string) => `Compartido con ${n} de ${goal}`,
    more: 'Sumar una persona',
    fewer: 'Restar una persona',
    reset: 'Reiniciar la lista',
    wasReset: 'Se reinició la lista.',
    undo: 'Deshacer',
  },

  // <union-town-hall>
  townHall: {
    name: 'la asamblea',
    choose: 'Elige una sesión',
    yourTime: (time: string) => `${time} en tu zona horaria`,
    now: 'En curso',
    over: 'Terminada',
    eventOver: 'Esta asamblea ya terminó.',
    noSessions: 'Aún no hay sesiones anunciadas.',
    registerBy: (when: string) => `Inscríbete antes del ${when}`,
    closesIn: (inTime: string) => `La inscripción cierra ${inTime}.`,
    closed: 'La inscripción está cerrada.',
    register: 'Inscribirme',
    addToCalendar: 'Agregar al calendario',
    pickToAdd: 'Elige una sesión para agregarla a tu calendario.',
    ics: 'Archivo de calendario (.ics)',
    scan: 'Escanea para inscribirte',
    qrName: 'Código QR con el enlace de inscripción',
    qrTooLong: 'El enlace es demasiado largo para un código QR: usa el botón Inscribirme.',
  },

  // <union-petition-counter>
  petitionCounter: {
    name: 'la petición',
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
  taList: {
    name: 'los acuerdos tentativos',
    title: 'Acuerdos tentativos',
    status: { ta: 'Acuerdo tentativo', recommended: 'Recomendado', open: 'Abierto' },
    count: (status, count, n) =>
      `${n} ${
        status === 'ta'
          ? one(count)
            ? 'acuerdo tentativo'
            : 'acuerdos tentativos'
          : status === 'recommended'
            ? one(count)
              ? 'recomendado'
              : 'recomendados'
            : one(count)
              ? 'abierto'
              : 'abiertos'
      }`,
    fresh: (count, n) => `${n} ${one(count) ? 'nuevo' : 'nuevos'}`,
    new: 'Nuevo',
    none: 'Todavía no hay puntos.',
    empty: 'Todavía no hay acuerdos tentativos.',
    filters: 'Filtrar los acuerdos',
    subgroup: 'Subgrupo',
    allSubgroups: 'Todos los subgrupos',
    statusLabel: 'Estado',
    allStatuses: 'Todos los estados',
    search: 'Buscar',
    shown: (count, total, n, all) =>
      `${one(count) ? 'Se muestra' : 'Se muestran'} ${
        count === total
          ? one(total)
            ? 'el único punto'
            : `los ${all} puntos`
          : `${n} de ${all} ${one(total) ? 'punto' : 'puntos'}`
      }`,
    noMatch: 'Ningún punto coincide con estos filtros.',
    clear: 'Borrar filtros',
    more: (_count, n, shown, all) => `Mostrar ${n} más (${shown} de ${all} a la vista)`,
  },
};

export default es;
