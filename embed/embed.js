// dist/embed.html's script: renders one widget from the page's URL parameters and tells the
// parent frame its height. Everything in the URL is untrusted: the widget name must be one the
// registry knows (the element is created from the registry's own string, never the parameter's),
// `src` must be http(s) or relative, `lang` and `time-zone` must be what they say, and text is
// only ever set as text or attribute values. Nothing from the URL is run or parsed as markup.
//
//   embed.html?widget=town-hall&src=https://…/campaign.json%23/townHall&source=UFCW7&lang=es
//     &time-zone=America/Denver&id=th1&refresh=60&debug&--union-accent=%23004a8f
//
// Height protocol (to window.parent, any origin; the parent checks the shape only):
//   { type: 'union-widgets:height', id: string | null, height: number }   // CSS px, integer
import { schemas, lookup } from '../schemas.js';

export const MESSAGE_TYPE = 'union-widgets:height';

/**
 * The calm message's strings, in every language the widgets ship (src/internal/languages.ts;
 * the `lang` parameter picks by the widgets' own BCP 47 lookup; else English). How the
 * non-English ones were written and checked: as in each src/i18n/<tag>.ts file's header.
 */
const TEXT = {
  en: {
    title: 'This content can’t be shown right now.',
    widget: 'The embed link does not name a widget this version knows.',
    src: 'The embed link’s data address must be a web address (http or https).',
    nodata: 'The embed link gives no data address.',
    data: 'The embed link’s data is not valid JSON.',
    lang: 'The embed link’s language is not a language code such as en or es.',
    zone: 'The embed link’s time zone is not one this browser knows.',
    load: 'The widget could not be loaded. Please try again later.',
  },
  es: {
    title: 'Este contenido no se puede mostrar en este momento.',
    widget: 'El enlace de inserción no nombra un widget que esta versión conozca.',
    src: 'La dirección de los datos del enlace de inserción debe ser una dirección web (http o https).',
    nodata: 'El enlace de inserción no indica una dirección de datos.',
    data: 'Los datos del enlace de inserción no son JSON válido.',
    lang: 'El idioma del enlace de inserción no es un código de idioma como en o es.',
    zone: 'La zona horaria del enlace de inserción no es una que este navegador conozca.',
    load: 'No se pudo cargar el widget. Inténtelo de nuevo más tarde.',
  },
  tl: {
    title: 'Hindi maipakita ang nilalamang ito sa ngayon.',
    widget: 'Walang widget na kilala ng bersiyong ito ang nakapangalan sa embed link.',
    src: 'Ang address ng data sa embed link ay dapat web address (http o https).',
    nodata: 'Walang address ng data ang embed link.',
    data: 'Hindi valid na JSON ang data sa embed link.',
    lang: 'Ang wika sa embed link ay hindi language code gaya ng en o es.',
    zone: 'Hindi kilala ng browser na ito ang time zone sa embed link.',
    load: 'Hindi ma-load ang widget. Subukan ulit mamaya.',
  },
  'zh-Hans': {
    title: '暂时无法显示此内容。',
    widget: '嵌入链接中的 widget 名称不是此版本支持的组件。',
    src: '嵌入链接中的数据地址必须是网址（http 或 https）。',
    nodata: '嵌入链接没有提供数据地址。',
    data: '嵌入链接中的数据不是有效的 JSON。',
    lang: '嵌入链接中的语言不是有效的语言代码（例如 en 或 es）。',
    zone: '此浏览器无法识别嵌入链接中的时区。',
    load: '无法加载此组件，请稍后再试。',
  },
  'zh-Hant': {
    title: '目前無法顯示此內容。',
    widget: '嵌入連結中的 widget 名稱不是此版本支援的元件。',
    src: '嵌入連結中的資料位址必須是網址（http 或 https）。',
    nodata: '嵌入連結沒有提供資料位址。',
    data: '嵌入連結中的資料不是有效的 JSON。',
    lang: '嵌入連結中的語言不是有效的語言代碼（例如 en 或 es）。',
    zone: '此瀏覽器無法辨識嵌入連結中的時區。',
    load: '無法載入此元件，請稍後再試。',
  },
  vi: {
    title: 'Hiện không thể hiển thị nội dung này.',
    widget: 'Đường dẫn nhúng không ghi tên một widget mà phiên bản này biết.',
    src: 'Địa chỉ dữ liệu trong đường dẫn nhúng phải là địa chỉ web (http hoặc https).',
    nodata: 'Đường dẫn nhúng không có địa chỉ dữ liệu.',
    data: 'Dữ liệu trong đường dẫn nhúng không phải JSON hợp lệ.',
    lang: 'Ngôn ngữ trong đường dẫn nhúng không phải mã ngôn ngữ như en hay es.',
    zone: 'Trình duyệt này không biết múi giờ trong đường dẫn nhúng.',
    load: 'Không tải được widget. Vui lòng thử lại sau.',
  },
  ko: {
    title: '지금은 이 콘텐츠를 표시할 수 없습니다.',
    widget: '임베드 링크에 이 버전이 아는 위젯 이름이 없습니다.',
    src: '임베드 링크의 데이터 주소는 웹 주소(http 또는 https)여야 합니다.',
    nodata: '임베드 링크에 데이터 주소가 없습니다.',
    data: '임베드 링크의 데이터가 올바른 JSON이 아닙니다.',
    lang: '임베드 링크의 언어가 en, es 같은 언어 코드가 아닙니다.',
    zone: '이 브라우저가 임베드 링크의 시간대를 알지 못합니다.',
    load: '위젯을 불러오지 못했습니다. 나중에 다시 시도해 주세요.',
  },
};

const LANG = /^[a-z]{2,3}(-[a-z0-9]{1,8}){0,4}$/i;
const ID = /^[\w-]{1,64}$/;
const SOURCE_MAX = 100;
const THEME_KEY = /^--union-[a-z][a-z0-9-]{0,30}$/;
const THEME_VALUE = /^[#a-z0-9.,%\s()/-]{1,60}$/i;

/** The problem a URL parameter has, or the clean value. */
function read(params) {
  const problems = [];
  const langParam = params.get('lang');
  const lang = langParam && LANG.test(langParam) ? langParam : undefined;
  if (langParam !== null && !lang) problems.push('lang');

  const name = params.get('widget');
  // The registry's own key, so nothing created from here is made of the parameter's text.
  const widget = Object.keys(schemas).find((k) => k === name);
  if (!widget) problems.push('widget');

  let src;
  const srcParam = params.get('src');
  if (srcParam !== null) {
    try {
      const url = new URL(srcParam, location.href);
      if (url.protocol === 'https:' || url.protocol === 'http:') src = url.href;
    } catch {
      // not a URL: reported below
    }
    if (!src) problems.push('src');
  }

  let data;
  const dataParam = params.get('data');
  if (dataParam !== null) {
    try {
      data = JSON.parse(dataParam);
    } catch {
      problems.push('data');
    }
  }
  if (srcParam === null && dataParam === null) problems.push('nodata');

  const zone = params.get('time-zone');
  if (zone !== null) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
    } catch {
      problems.push('zone');
    }
  }

  const id = params.get('id');
  const source = params.get('source');
  const refresh = Number(params.get('refresh'));
  const theme = [];
  for (const [key, value] of params) {
    if (!key.startsWith('--')) continue;
    if (THEME_KEY.test(key) && THEME_VALUE.test(value) && !/url|var|expression/i.test(value))
      theme.push([key, value.trim()]);
    else console.warn(`union-widgets embed: ignored the theme parameter ${JSON.stringify(key)}`);
  }
  return {
    problems,
    lang,
    widget,
    src,
    data,
    zone: zone ?? undefined,
    id: id && ID.test(id) ? id : null,
    source: source && source.length <= SOURCE_MAX ? source : undefined,
    refresh: Number.isFinite(refresh) && refresh >= 10 ? String(Math.round(refresh)) : undefined,
    debug: params.has('debug'),
    theme,
  };
}

const root = document.getElementById('root');

/**
 * The calm message: a headline and one line per problem, in the page's language, as text,
 * marked with the language it is written in (English standing in for fr-CA says so).
 */
function calm(lang, problems) {
  const key = (lang && lookup(lang, Object.keys(TEXT))) || 'en';
  const t = TEXT[key];
  const box = document.createElement('div');
  box.className = 'union-embed-message';
  box.setAttribute('role', 'status');
  box.setAttribute('lang', key);
  const lines = [t.title, ...problems.map((p) => t[p])];
  for (const line of lines) {
    const p = document.createElement('p');
    p.textContent = line;
    box.append(p);
  }
  root.replaceChildren(box);
}

/** Posts the page's height to the parent frame whenever it changes. */
function reportHeight(id) {
  if (window.parent === window) return;
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: MESSAGE_TYPE, id, height }, '*');
  };
  new ResizeObserver(post).observe(document.body);
  post();
}

async function main() {
  const params = new URLSearchParams(location.search);
  const p = read(params);
  if (p.lang) document.documentElement.lang = p.lang;
  reportHeight(p.id);
  if (p.problems.length) {
    console.warn(
      `union-widgets embed: cannot show this embed (${p.problems.join(', ')}). Parameters:`,
      Object.fromEntries(params),
    );
    calm(p.lang, p.problems);
    return;
  }
  try {
    await import(new URL('../union-widgets.js', import.meta.url).href);
  } catch (e) {
    console.warn('union-widgets embed: the library did not load', e);
  }
  const tag = `union-${p.widget}`;
  if (!customElements.get(tag)) {
    calm(p.lang, ['load']);
    return;
  }
  const el = document.createElement(tag);
  if (p.src) el.setAttribute('src', p.src);
  if (p.source) el.setAttribute('source', p.source);
  if (p.zone) el.setAttribute('time-zone', p.zone);
  if (p.refresh) el.setAttribute('refresh', p.refresh);
  if (p.debug) el.setAttribute('debug', '');
  if (p.data !== undefined) el.data = p.data;
  for (const [key, value] of p.theme) el.style.setProperty(key, value);
  root.replaceChildren(el);
}

main().catch((e) => {
  console.error('union-widgets embed:', e);
  calm(document.documentElement.lang, ['load']);
});
