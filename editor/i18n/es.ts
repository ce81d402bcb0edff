/** The campaign editor in Spanish. */
import type { EditorMessages } from './en.js';

const plural = new Intl.PluralRules('es');
const s = (n: number) => (plural.select(n) === 'one' ? '' : 's');

const es: EditorMessages = {
  languageName: 'Español',
  title: 'Editor de campañas',
  intro:
    'Escriba las noticias de la semana en sus widgets: resultados de votación, acciones, la próxima asamblea, la petición, acuerdos tentativos. Todo lo que escribe se revisa igual que lo revisan los widgets.',
  editorLanguage: 'Idioma del editor',

  open: {
    heading: 'Abrir una campaña',
    fromFile: 'Abrir un archivo de campaña de su computadora',
    fromUrl: 'O abrir uno desde una dirección web',
    urlButton: 'Abrir',
    cancel: 'Volver a mi campaña',
    empty: 'Empezar una campaña vacía',
    sample: 'Empezar con la campaña de ejemplo',
    loading: (where) => `Abriendo ${where}…`,
    opened: (where) => `Se abrió ${where}.`,
    started: 'Se empezó una campaña vacía.',
    notCampaign: (where) =>
      `${where} no es un archivo de campaña: no contiene datos de widgets (un archivo de campaña es un objeto JSON).`,
    tooBig: (where) => `${where} pesa más de 5 MB: no es un archivo de campaña.`,
    unreadable: (where) => `No se pudo leer ${where}.`,
    fetchFailed: (where) =>
      `No se pudo abrir ${where}: el sitio no respondió, o no deja que otros sitios lean el archivo (debe servirse con CORS).`,
    httpFailed: (where, status) =>
      `No se pudo abrir ${where}: el sitio respondió con el error ${status}.`,
    notWebAddress: (text) => `"${text}" no es una dirección web (http o https).`,
    kept: (keys) => `También en este archivo, se conserva tal cual: ${keys}.`,
    replace:
      '¿Reemplazar la campaña que está editando? Se perderán los cambios que no haya descargado.',
  },

  draft: {
    found: (when, unsaved) =>
      unsaved
        ? `Tiene trabajo del ${when} que no se descargó.`
        : `Estaba editando una campaña el ${when} (se descargó).`,
    resume: 'Seguir donde lo dejé',
    discard: 'Empezar de nuevo',
    kept: 'Su trabajo se guarda en este dispositivo mientras escribe.',
    notKept:
      'Este navegador no deja que el editor guarde su trabajo: descargue campaign.json antes de salir.',
  },

  toolbar: {
    label: 'Campaña',
    open: 'Abrir otra',
    undo: 'Deshacer',
    redo: 'Rehacer',
    download: 'Descargar campaign.json',
    unsaved: 'Cambios sin descargar',
    saved: 'Todos los cambios descargados',
    undone: 'Deshecho.',
    redone: 'Rehecho.',
  },

  sections: {
    voteTally: 'Resultados de votación',
    actionChecklist: 'Acciones',
    townHall: 'Asamblea',
    petition: 'Petición',
    taList: 'Acuerdos tentativos',
  },
  sectionsLabel: 'Widgets',
  sectionAdd: {
    voteTally: 'Añadir resultados de votación',
    actionChecklist: 'Añadir una lista de acciones',
    townHall: 'Añadir una asamblea',
    petition: 'Añadir una petición',
    taList: 'Añadir acuerdos tentativos',
  },
  sectionEmpty: (name) => `Esta campaña aún no tiene “${name}”.`,
  sectionRemove: (name) => `Quitar “${name}” de la campaña`,
  sectionRemoved: (name) => `Se quitó “${name}”. Deshacer lo recupera.`,
  toFix: (n) => `${n} por corregir`,

  form: {
    required: 'obligatorio',
    notSet: 'Sin indicar',
    moreOptions: 'Más opciones',
    kept: (keys) => `También aquí, se conserva tal cual: ${keys}.`,
    item: (what, n) => `${what.charAt(0).toUpperCase()}${what.slice(1)} ${n}`,
    addItem: (what) => `Añadir ${what}`,
    moveUp: (what) => `Subir ${what}`,
    moveDown: (what) => `Bajar ${what}`,
    remove: (what) => `Quitar ${what}`,
    removed: (what) => `Se quitó ${what}. Deshacer lo recupera.`,
    moved: (what, n) => `${what} pasó al lugar ${n}.`,
    added: (what) => `Se añadió ${what}.`,
    count: (n) => `(${n})`,
    chipAdd: 'Añadir',
    chipNew: (label) => `Nuevo: ${label.toLowerCase()}`,
    chipRemove: (text) => `Quitar ${text}`,
    chipHelp: 'Escriba uno y pulse Intro.',
    zoneNow: (offset) => `Ahora ${offset}.`,
    zoneSearch: 'Escriba una ciudad o región y elija de la lista.',
    withTime: 'A una hora del día',
    unknownOption: (value) => `${value} (el widget no lo conoce)`,
  },

  problems: {
    required: 'es obligatorio',
    write: (fix) => `escriba ${fix}`,
    warning: 'El widget lo resuelve así: ',
    summary: (n) =>
      `${n} problema${s(n)} por corregir antes de poder descargar o copiar un fragmento:`,
    goTo: 'Ir al campo',
    blocked: 'Primero corrija los problemas marcados en rojo.',
    inSection: (section, field) => `${section} — ${field}`,
    section: 'Esta parte en conjunto',
  },

  checker: {
    required: 'es obligatorio',
    aList: 'una lista',
    anObject: 'un objeto',
    what: {
      text: 'texto',
      'non-empty text': 'un texto no vacío',
      'a link (http, https, mailto, tel or sms)': 'un enlace (http, https, mailto, tel o sms)',
      'a date': 'una fecha',
      'a date-time': 'una fecha con hora',
      'a time zone (an IANA name such as America/Denver)':
        'una zona horaria (un nombre IANA como America/Denver)',
      'a number': 'un número',
      'true or false': 'verdadero ni falso (true o false)',
      'a list': 'una lista',
      'an object': 'un objeto',
      'a count': 'un número entero de votos (0 o más)',
      'a percentage from 0 to 100': 'un porcentaje de 0 a 100',
      'a signature count': 'un número entero de firmas (0 o más)',
      'a goal above 0': 'una meta mayor que 0',
      'a whole number from 1 to 999': 'un número entero de 1 a 999',
      'a whole number of minutes (1 to 10080)': 'un número entero de minutos (de 1 a 10080)',
    },
    not: (value, what) => `${value} no es ${what}`,
    oneOf: (choices) => `ninguno de estos: ${choices}`,
    listOfAtLeast: (n) => `una lista de al menos ${n}`,
    useZone: (zone) => `; use ${zone}`,
    notWellFormed: (value) =>
      `${value} no es Unicode bien formado (¿medio emoji?); se reparó con \uFFFD`,
    shownAs: (value, choices, shown) =>
      `${value} no es ninguno de estos: ${choices}; se muestra como ${shown}`,
    tooMany: (n, max) => `tiene ${n} elementos; como máximo ${max}`,
    leftOut: (message, at) => `${message}; se omite${at ? ' ' + at : ''}`,
    at: (path, message) => `${path}: ${message}`,
    weeklyNeedsWeekday:
      '"weekly" necesita un día de la semana; se muestra como acción de una sola vez',
    repeats: (value, path) => `${value} repite ${path}`,
    itemsInAll: (n, max) => `${n} elementos en total; como máximo ${max}`,
    idTaken: (value, path) => `${value} ya es ${path}; los id deben ser únicos; se omite`,
    notAfterStart: (value) => `${value} no es posterior a su inicio; se omite`,
    afterLastSession: (value) =>
      `${value} es posterior al final de la última sesión; la inscripción cierra entonces`,
    needsVotes: 'necesita los votos a favor (yes) y en contra (no), o yesPercent',
  },

  preview: {
    heading: 'Vista previa',
    language: 'Idioma',
    zone: 'Zona horaria del lector',
    zoneDevice: 'La de este dispositivo',
    theme: 'Colores',
    light: 'Claro',
    dark: 'Oscuro',
    asOf: 'Mostrar como el',
    asOfNow: 'Ahora',
    asOfChosen: 'Una fecha y hora que elijo…',
    chosen: 'Fecha y hora (zona horaria del lector)',
    beforeDeadline: 'Antes del cierre de inscripción',
    during: (what) => `Durante ${what}`,
    after: 'Después de la última sesión',
    beforeDue: (what) => `Antes de que cierre “${what}”`,
    stale: 'La vista previa muestra su última versión sin errores.',
    notes: 'El widget también dice:',
    none: 'Añada este widget a la campaña para verlo aquí.',
  },

  save: {
    heading: 'Póngalo en su sitio web',
    step1: 'Descargue campaign.json y consérvelo: es su campaña.',
    step2:
      'Ponga campaign.json en su sitio web, junto a sus páginas (pida a quien administra el sitio que lo suba). Cada semana, edítelo aquí y vuelva a subirlo: los widgets muestran la nueva versión.',
    where: 'La dirección donde estará campaign.json',
    whereHelp: 'Por ejemplo https://susindicato.org/campaign.json',
    cors: 'Si el archivo está en un sitio distinto al de las páginas que muestran los widgets, ese sitio debe dejar que otros sitios lo lean (debe servirse con CORS: Access-Control-Allow-Origin: *).',
    source: 'Nombre corto de su local, añadido a los enlaces de acción (opcional)',
    sourceHelp:
      'Por ejemplo UFCW7: los sitios de peticiones e inscripción reconocen así a su local.',
    mode: 'Cómo recibe el widget la campaña',
    modeFile:
      'Desde campaign.json en su sitio web (recomendado: actualice el archivo y todas las páginas lo siguen)',
    modeInline:
      'Dentro del fragmento (sin archivo que alojar; péguelo de nuevo después de cada cambio)',
    step3: 'Pegue un fragmento en su página donde deba aparecer cada widget.',
    oncePerPage:
      'La primera línea (el script) se necesita una vez por página, con cualquier número de widgets.',
    snippet: (name) => `Fragmento para “${name}”`,
    copy: (name) => `Copiar el fragmento para “${name}”`,
    copied: 'Copiado. Péguelo en el HTML de su página.',
    copyFailed: 'Seleccionado: pulse Ctrl+C (⌘C en un Mac) para copiar.',
    needAddress: 'Escriba la dirección donde estará campaign.json para completar los fragmentos.',
    badAddress: (text) => `"${text}" no es una dirección web (http o https).`,
    noHashes:
      'No se encontraron los hashes de integridad de la biblioteca (sri.json): los fragmentos funcionan, sin fijar.',
    prerender:
      'Un fragmento con el widget ya dibujado (para páginas que lo muestran antes de que corra el script) se obtiene con la línea de comandos: union-widgets render.',
    downloaded: 'Se descargó campaign.json.',
    empty: 'Primero añada un widget: la campaña está vacía.',
    localOnly: 'Todavía no hay fragmento: solo funcionaría para usted, no para sus miembros.',
    onlyHere: {
      file: 'es un archivo de su computadora',
      computer: 'apunta a su propia computadora',
      network: 'solo se alcanza en su red local',
    },
    localOnlyWhy: {
      script: (address, why) =>
        `La dirección de la biblioteca ${address} ${why}: los miembros solo verían el contenido de respaldo. Abra este editor desde la CDN pública, o desde una copia construida con su dirección https:// pública (UNION_CDN).`,
      pages: (address, why) =>
        `La dirección de la página del iframe ${address} ${why}: use la dirección https:// de una copia pública.`,
      feed: (address, why) =>
        `La dirección de campaign.json ${address} ${why}: ponga campaign.json en su sitio web (o en cualquier alojamiento público) y escriba su dirección https://.`,
      fallback: (address, why, section) =>
        `El enlace ${address} de “${section}” ${why}: enlace a una página que los miembros puedan abrir.`,
    },
  },

  fields: {
    '*.title': { label: 'Título' },
    '*.updated': { label: 'Actualizado el' },
    '*.description': { label: 'Descripción' },
    '*.summary': { label: 'Resumen' },
    '*.url': { label: 'Enlace' },
    '*.id': { label: 'Clave' },
    '*.hashtags': { label: 'Etiquetas', item: 'etiqueta' },
    'voteTally.title': { label: 'Título', help: 'Déjelo vacío para “Resultados de la votación”.' },
    'voteTally.summary': { label: 'Resumen' },
    'voteTally.updated': { label: 'Resultados al' },
    'voteTally.threshold': {
      label: 'Votos a favor necesarios (%)',
      help: 'Por ejemplo 66.7 para dos tercios. Déjelo vacío si no hay umbral.',
    },
    'voteTally.results': {
      label: 'Resultados',
      item: 'resultado',
      add: 'Añadir el resultado de un sindicato',
    },
    'voteTally.results.union': { label: 'Sindicato o local' },
    'voteTally.results.yes': { label: 'Votos a favor' },
    'voteTally.results.no': { label: 'Votos en contra' },
    'voteTally.results.yesPercent': {
      label: 'Porcentaje a favor publicado (%)',
      help: 'Cuando solo tiene la cifra publicada (“93% SÍ”): 93. Si hay recuentos, se usan los recuentos.',
    },
    'voteTally.results.qualifier': {
      label: 'El porcentaje publicado es',
      none: 'Exactamente esa cifra',
    },
    'voteTally.results.url': { label: 'Enlace al anuncio' },
    'actionChecklist.id': {
      label: 'Clave de la lista',
      help: 'Las marcas de los miembros se guardan con esta clave: consérvela mientras dure la campaña, cámbiela para una campaña nueva.',
    },
    'actionChecklist.title': {
      label: 'Título',
      help: 'Déjelo vacío para “Acciones que puede tomar”.',
    },
    'actionChecklist.actions': { label: 'Acciones', item: 'acción', add: 'Añadir una acción' },
    'actionChecklist.actions.id': {
      label: 'Clave de la acción',
      help: 'Las marcas de los miembros siguen esta clave: déjela como está al editar la acción.',
    },
    'actionChecklist.actions.title': { label: 'Qué hacer' },
    'actionChecklist.actions.description': { label: 'Detalles' },
    'actionChecklist.actions.url': { label: 'Enlace' },
    'actionChecklist.actions.cta': {
      label: 'Texto del enlace',
      help: 'Por ejemplo “Firme la petición”.',
    },
    'actionChecklist.actions.repeat': { label: 'Se repite', none: 'No se repite' },
    'actionChecklist.actions.weekday': {
      label: 'Vuelve cada',
      help: 'Para una acción semanal: las marcas se borran al empezar este día.',
    },
    'actionChecklist.actions.due': { label: 'Cierra' },
    'actionChecklist.actions.timeZone': {
      label: 'Zona horaria del cierre',
      help: 'Déjela vacía para usar la de cada miembro.',
    },
    'actionChecklist.actions.hashtags': { label: 'Etiquetas', item: 'etiqueta' },
    'actionChecklist.actions.mentions': { label: 'Cuentas que mencionar', item: 'cuenta' },
    'actionChecklist.actions.shareGoal': {
      label: 'Pedir que compartan con este número de personas',
      help: 'Por ejemplo 5 para “consiga que al menos otras cinco personas firmen”.',
    },
    'townHall.title': { label: 'Nombre de la asamblea' },
    'townHall.description': { label: 'Descripción' },
    'townHall.timeZone': {
      label: 'Zona horaria del evento',
      help: 'Dónde valen las horas de abajo, por ejemplo America/Los_Angeles para la hora del Pacífico. Los miembros también las ven en su propia hora.',
    },
    'townHall.sessions': { label: 'Sesiones', item: 'sesión', add: 'Añadir una sesión' },
    'townHall.sessions.id': { label: 'Clave de la sesión' },
    'townHall.sessions.label': { label: 'Nombre', help: 'Por ejemplo “Sesión 1”. Opcional.' },
    'townHall.sessions.start': { label: 'Empieza' },
    'townHall.sessions.end': {
      label: 'Termina',
      help: 'Déjelo vacío para usar la duración de abajo.',
    },
    'townHall.sessions.registrationUrl': { label: 'Enlace de inscripción solo para esta sesión' },
    'townHall.durationMinutes': {
      label: 'Duración de una sesión (minutos)',
      help: 'Para sesiones sin hora de fin; 60 si está vacío.',
    },
    'townHall.registrationUrl': { label: 'Enlace de inscripción' },
    'townHall.deadline': {
      label: 'Cierre de inscripción',
      help: 'En la zona horaria del evento. Déjelo vacío para cerrar al terminar la última sesión.',
    },
    'townHall.qr': { label: 'Mostrar un código QR para inscribirse' },
    'petition.title': { label: 'Título de la petición' },
    'petition.url': { label: 'Enlace a la petición' },
    'petition.count': { label: 'Firmas hasta ahora' },
    'petition.goal': {
      label: 'Meta',
      help: 'Déjela vacía para apuntar a la siguiente cifra redonda.',
    },
    'petition.shareText': { label: 'Texto que comparte la gente' },
    'petition.hashtags': { label: 'Etiquetas', item: 'etiqueta' },
    'petition.updated': { label: 'Firmas contadas el' },
    'taList.title': { label: 'Título', help: 'Déjelo vacío para “Acuerdos tentativos”.' },
    'taList.updated': { label: 'Actualizado el' },
    'taList.subgroups': { label: 'Subgrupos', item: 'subgrupo', add: 'Añadir un subgrupo' },
    'taList.subgroups.id': {
      label: 'Nombre del enlace',
      help: 'El final de un enlace directo a este subgrupo (#personal). Se hace con el nombre si está vacío.',
    },
    'taList.subgroups.name': { label: 'Nombre del subgrupo' },
    'taList.subgroups.summary': { label: 'Resumen' },
    'taList.subgroups.items': { label: 'Puntos', item: 'punto', add: 'Añadir un punto' },
    'taList.subgroups.items.title': { label: 'Qué se acordó o discutió' },
    'taList.subgroups.items.detail': { label: 'Detalles' },
    'taList.subgroups.items.status': { label: 'Estado', none: 'Sin indicar (se muestra abierto)' },
    'taList.subgroups.items.date': { label: 'Fecha' },
  },

  options: {
    over: 'Un mínimo (“más del 95%”)',
    weekly: 'Cada semana',
    ta: 'Acuerdo tentativo (TA)',
    recommended: 'Recomendado',
    open: 'Aún abierto',
  },
};

export default es;
