// Every widget state that shows text, rendered in every shipped language from the sample
// campaign (demo/campaign.json): no English UI string leaks (data text aside), plurals, numbers
// and dates in the reader's form, and axe clean. The English run checks that these states do
// reach every English message, so "no leak" covers the whole catalog.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { TemplateResult } from 'lit';
import '../src/index.js';
import en from '../src/i18n/en.js';
import { canonical, LANGUAGES } from '../src/internal/languages.js';
import type { ActionChecklistData } from '../src/action-checklist/model.js';
import type { TownHallData } from '../src/town-hall/model.js';
import type { PetitionData } from '../src/petition-counter/model.js';
import type { TaListData } from '../src/ta-list/model.js';
import type { VoteTallyData } from '../src/vote-tally/model.js';

/** The tag a reader's page would carry, per shipped language. */
const READER: Record<string, string> = {
  en: 'en-US',
  es: 'es',
  tl: 'tl',
  'zh-Hans': 'zh-CN',
  'zh-Hant': 'zh-TW',
  vi: 'vi',
  ko: 'ko',
};

interface Campaign {
  voteTally: VoteTallyData;
  actionChecklist: ActionChecklistData;
  townHall: TownHallData;
  petition: PetitionData;
  taList: TaListData;
}
let campaign: Campaign;
before(async () => {
  campaign = await (await fetch('/demo/campaign.json')).json();
});
afterEach(() => {
  sinon.restore();
  // A TA list writes the subgroup it opened into the address: start each state without one.
  // Only when there is one: WebKit refuses more than 100 replaceState calls in 10 s.
  if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
});

/**
 * Names that are not UI text: brands, and the cities Intl names time zones by ("Oras sa New
 * York") — the zones come from the data and the reader.
 */
const NAMES = [
  'Google Calendar',
  'Outlook',
  'WhatsApp',
  'Facebook',
  'Bluesky',
  'New York',
  'Denver',
  'Los Angeles',
];
const S = '\u0001';

/** Data fields that are codes, not text a reader sees ("open" is a status, not a word). */
const CODES = new Set(['id', 'status', 'qualifier', 'repeat', 'weekday', 'timeZone']);

/** Every text in `data`, and the forms the widgets show some of them in (#tag, @name). */
function dataStrings(data: unknown, out = new Set<string>()): Set<string> {
  if (typeof data === 'string') {
    out.add(data);
    out.add(`#${data}`);
    out.add(`@${data}`);
  } else if (data && typeof data === 'object')
    for (const [k, v] of Object.entries(data)) if (!CODES.has(k)) dataStrings(v, out);
  return out;
}

/**
 * The fixed English words of every message: whole strings, and each message's text around its
 * placeholders, for the argument shapes the widgets pass.
 */
function englishFragments(): Map<string, Set<string>> {
  const calls: unknown[][] = [
    [S, S, S, S],
    [1, 1, S, S],
    [2, 2, S, S],
    [1, 2, S, S],
    [S, true],
    [S, false],
    ['ta', 1, S],
    ['ta', 2, S],
    ['recommended', 2, S],
    ['open', 2, S],
  ];
  const out = new Map<string, Set<string>>();
  const add = (text: string, key: string) =>
    text
      .split(/\u0001|\d+/)
      .map((f) => f.trim())
      .filter((f) => (f.match(/[A-Za-z]/g) ?? []).length >= 3)
      .forEach((f) => out.set(f, (out.get(f) ?? new Set()).add(key)));
  const walk = (v: unknown, key: string) => {
    if (typeof v === 'string') add(v, key);
    else if (typeof v === 'function')
      for (const args of calls) {
        try {
          add(String((v as (...a: unknown[]) => unknown)(...args)), key);
        } catch {
          // an argument shape this message does not take
        }
      }
    else Object.entries(v as object).forEach(([k, x]) => walk(x, `${key}.${k}`));
  };
  const { intl: _intl, ...text } = en;
  Object.entries(text).forEach(([k, v]) => walk(v, k));
  return out;
}
const ENGLISH = englishFragments();

/** What a reader and a screen reader get from the widget's own UI, data text removed. */
function uiText(el: Element, data: unknown): string[] {
  const root = el.shadowRoot!;
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n instanceof Element) {
      for (const a of ['aria-label', 'aria-valuetext', 'title', 'alt', 'placeholder'])
        if (n.hasAttribute(a)) out.push(n.getAttribute(a)!);
    } else if (!n.parentElement?.closest('style, .problems li')) out.push(n.textContent!);
  }
  const known = [...dataStrings(data), ...NAMES].sort((a, b) => b.length - a.length);
  return out
    .map((t) => known.reduce((s, d) => (d ? s.split(d).join(' ') : s), t))
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** English fragments found in `texts`, each with the messages it comes from. */
function leaks(texts: string[]): [fragment: string, keys: string[]][] {
  const found: [string, string[]][] = [];
  for (const [fragment, keys] of ENGLISH) {
    const escaped = fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const word = new RegExp(`(?<![A-Za-z])${escaped}(?![A-Za-z])`);
    if (texts.some((t) => word.test(t))) found.push([fragment, [...keys]]);
  }
  return found;
}

const instant = (iso: string) => sinon.useFakeTimers({ now: Date.parse(iso), toFake: ['Date'] });

type Mounted = { el: HTMLElement & { updateComplete: Promise<unknown> }; data: unknown };
async function mount(tpl: TemplateResult, data: unknown): Promise<Mounted> {
  const el = (await fixture(tpl)) as Mounted['el'];
  await el.updateComplete;
  return { el, data };
}
const root = (el: Element) => el.shadowRoot!;
async function click(el: Mounted['el'], selector: string) {
  root(el).querySelector<HTMLElement>(selector)!.click();
  await el.updateComplete;
}

let unique = 0;

/** A checklist with hashtags, after a tap on the first one's copy button. */
async function copyHashtag(lang: string): Promise<Mounted> {
  const data: ActionChecklistData = {
    id: `i18n-${lang}-${++unique}`,
    actions: [campaign.actionChecklist.actions[1]],
  };
  const m = await mount(
    html`<union-action-checklist lang=${lang} .data=${data}></union-action-checklist>`,
    data,
  );
  await click(m.el, '.copy-buttons button');
  await waitUntil(() =>
    root(m.el).querySelector('[part=action] [role=status]')?.textContent?.trim(),
  );
  return m;
}

/** A petition at `count` signatures, after a tap on "Copy link". */
async function copyLink(lang: string, count: number): Promise<Mounted> {
  const data = { ...campaign.petition, count };
  const m = await mount(
    html`<union-petition-counter lang=${lang} .data=${data}></union-petition-counter>`,
    data,
  );
  const copy = [...root(m.el).querySelectorAll('button')].at(-1)!;
  copy.click();
  await waitUntil(() => root(m.el).querySelector('p[role=status]:not(.sr)')?.textContent?.trim());
  return m;
}

/** Every state with text, per widget: a name and how to get there in `lang`. */
const STATES: Record<string, (lang: string) => Promise<Mounted>> = {
  'loading (no data yet)': (lang) =>
    mount(html`<union-vote-tally lang=${lang}></union-vote-tally>`, {}),
  'data refused, problems shown': async (lang) => {
    const warn = sinon.stub(console, 'warn');
    const m = await mount(html`<union-vote-tally lang=${lang} .data=${{}}></union-vote-tally>`, {});
    warn.restore();
    return m;
  },

  'checklist, town hall, TA list: data refused, nothing to show': async (lang) => {
    const warn = sinon.stub(console, 'warn');
    const m = await mount(
      html`<div>
        <union-action-checklist lang=${lang} .data=${{}}></union-action-checklist>
        <union-town-hall lang=${lang} .data=${{}}></union-town-hall>
        <union-ta-list lang=${lang} .data=${{}}></union-ta-list>
      </div>`,
      {},
    );
    const [first, ...others] = [...m.el.children] as Mounted['el'][];
    await Promise.all([first, ...others].map((w) => w.updateComplete));
    warn.restore();
    return { el: first, data: {}, extra: others.flatMap((w) => uiText(w, {})) };
  },

  'vote tally: results, counts, threshold': (lang) => {
    const data: VoteTallyData = {
      ...campaign.voteTally,
      title: undefined,
      threshold: 66.7,
      results: [
        ...campaign.voteTally.results,
        { union: 'Local 9', yes: 12345, no: 678 },
        { union: 'Local 10', yes: 1, no: 9 },
        { union: 'Local 11', yes: 0, no: 0 },
      ],
    };
    return mount(html`<union-vote-tally lang=${lang} .data=${data}></union-vote-tally>`, data);
  },
  'vote tally: no results': (lang) =>
    mount(html`<union-vote-tally lang=${lang} .data=${{ results: [] }}></union-vote-tally>`, {}),

  'checklist: open actions': (lang) => {
    instant('2021-10-24T07:00:00Z'); // three and a half days before the deadline
    const data: ActionChecklistData = {
      ...campaign.actionChecklist,
      id: `i18n-${lang}-${++unique}`,
      title: undefined,
      actions: [
        ...campaign.actionChecklist.actions,
        { id: 'call', title: 'Call your representative', url: 'https://alliance.example/call' },
      ],
    };
    return mount(
      html`<union-action-checklist
        lang=${lang}
        time-zone="America/New_York"
        .data=${data}
      ></union-action-checklist>`,
      data,
    );
  },
  'checklist: deadline passed, all done, then reset': async (lang) => {
    instant('2021-10-28T07:00:00Z');
    const data: ActionChecklistData = {
      ...campaign.actionChecklist,
      id: `i18n-${lang}-${++unique}`,
    };
    const m = await mount(
      html`<union-action-checklist lang=${lang} .data=${data}></union-action-checklist>`,
      data,
    );
    for (const box of root(m.el).querySelectorAll('input[type=checkbox]'))
      (box as HTMLInputElement).click();
    await m.el.updateComplete;
    const allDone = uiText(m.el, data);
    await click(m.el, '.reset');
    // Both moments count: what "all done" said, and what the reset says.
    return { el: m.el, data, extra: allDone } as Mounted;
  },
  'checklist: nothing to do': async (lang) => {
    const data: ActionChecklistData = { id: `i18n-${lang}-${++unique}`, actions: [] };
    return mount(
      html`<union-action-checklist lang=${lang} .data=${data}></union-action-checklist>`,
      data,
    );
  },
  'checklist: hashtag copied': (lang) => {
    sinon.stub(navigator.clipboard, 'writeText').resolves();
    return copyHashtag(lang);
  },
  'checklist: copy refused': (lang) => {
    sinon.stub(navigator.clipboard, 'writeText').rejects(new Error('not allowed'));
    sinon.stub(document, 'execCommand').returns(false);
    return copyHashtag(lang);
  },

  'town hall: sessions, deadline ahead, QR': async (lang) => {
    instant('2021-10-20T12:00:00Z');
    const data = { ...campaign.townHall };
    const m = await mount(
      html`<union-town-hall
        lang=${lang}
        time-zone="America/New_York"
        .data=${data}
      ></union-town-hall>`,
      data,
    );
    // The QR encoder is a lazy chunk: the first one on the page takes a moment.
    await waitUntil(() => root(m.el).querySelector('figure svg'), 'no QR code', { timeout: 4000 });
    return m;
  },
  'town hall: a session picked, calendar links': async (lang) => {
    instant('2021-10-20T12:00:00Z');
    const data = { ...campaign.townHall, registrationUrl: `https://a.example/r${++unique}` };
    const m = await mount(
      html`<union-town-hall
        lang=${lang}
        time-zone="America/New_York"
        .data=${data}
      ></union-town-hall>`,
      data,
    );
    await click(m.el, 'input[type=radio]');
    await waitUntil(() => root(m.el).querySelector('.cal'), 'no calendar links');
    return m;
  },
  'town hall: happening now, registration closed': (lang) => {
    instant('2021-10-28T16:30:00Z'); // 10:30 in Denver: session 1 is on
    const data = { ...campaign.townHall };
    return mount(
      html`<union-town-hall
        lang=${lang}
        time-zone="America/New_York"
        .data=${data}
      ></union-town-hall>`,
      data,
    );
  },
  'town hall: over': (lang) => {
    instant('2021-10-30T00:00:00Z');
    const data = { ...campaign.townHall };
    return mount(html`<union-town-hall lang=${lang} .data=${data}></union-town-hall>`, data);
  },
  'town hall: no sessions': (lang) => {
    const data: TownHallData = { title: 'Town hall', timeZone: 'America/Denver', sessions: [] };
    return mount(html`<union-town-hall lang=${lang} .data=${data}></union-town-hall>`, data);
  },
  'town hall: a link too long for a QR code': async (lang) => {
    instant('2021-10-20T12:00:00Z');
    const data = {
      ...campaign.townHall,
      registrationUrl: `https://a.example/?q=${'x'.repeat(3000)}`,
    };
    const m = await mount(
      html`<union-town-hall lang=${lang} .data=${data}></union-town-hall>`,
      data,
    );
    await waitUntil(() => !root(m.el).querySelector('figure'), 'the QR code was still made');
    return m;
  },

  'petition: toward the goal, share tally': (lang) => {
    const data = { ...campaign.petition };
    return mount(
      html`<union-petition-counter
        lang=${lang}
        share-goal="5"
        .data=${data}
      ></union-petition-counter>`,
      data,
    );
  },
  'petition: goal passed, link copied': (lang) => {
    sinon.stub(navigator.clipboard, 'writeText').resolves();
    return copyLink(lang, 18412);
  },
  'petition: copy refused, link shown to copy': (lang) => {
    sinon.stub(navigator.clipboard, 'writeText').rejects(new Error('not allowed'));
    return copyLink(lang, 10);
  },

  'TA list: subgroups, filters': (lang) => {
    const data = { ...campaign.taList, title: undefined };
    return mount(
      html`<union-ta-list
        id="i18n-ta-${lang}-${++unique}"
        lang=${lang}
        .data=${data}
      ></union-ta-list>`,
      data,
    );
  },
  'TA list: filtered to nothing': async (lang) => {
    const data = { ...campaign.taList };
    const m = await mount(html`<union-ta-list lang=${lang} .data=${data}></union-ta-list>`, data);
    const input = root(m.el).querySelector('input')!;
    input.value = 'zzzz';
    input.dispatchEvent(new Event('input'));
    await waitUntil(() => root(m.el).querySelector('p[role=status]')?.textContent?.trim());
    return m;
  },
  'TA list: new items since the last visit; a subgroup with none': async (lang) => {
    const id = `i18n-ta-new-${lang}-${++unique}`;
    const before = { ...campaign.taList };
    await mount(
      html`<union-ta-list id=${id} lang=${lang} .data=${before}></union-ta-list>`,
      before,
    );
    const data: TaListData = {
      ...campaign.taList,
      subgroups: [
        ...campaign.taList.subgroups,
        { id: 'wages', name: 'Wages', items: [] },
        { id: 'benefits', name: 'Benefits', items: [{ title: 'Dental', status: 'ta' }] },
      ],
    };
    const m = await mount(
      html`<union-ta-list id=${id} lang=${lang} .data=${data}></union-ta-list>`,
      data,
    );
    // Open "Benefits": its new item shows its badge.
    [...root(m.el).querySelectorAll<HTMLElement>('button.head')]
      .find((b) => b.textContent!.includes('Benefits'))!
      .click();
    await m.el.updateComplete;
    return m;
  },
  'TA list: a long subgroup, shown 500 at a time': async (lang) => {
    const items = Array.from({ length: 600 }, (_, i) => ({ title: `Item ${i + 1}` }));
    const data: TaListData = { subgroups: [{ id: 'long', name: 'Long', items }] };
    const m = await mount(html`<union-ta-list lang=${lang} .data=${data}></union-ta-list>`, data);
    await click(m.el, 'button.head');
    return m;
  },
  'TA list: no subgroups': (lang) =>
    mount(html`<union-ta-list lang=${lang} .data=${{ subgroups: [] }}></union-ta-list>`, {}),
};

/** English UI text of every state, for the check that the states reach every message. */
const englishSeen: string[] = [];

for (const lang of LANGUAGES)
  describe(`${lang}, as lang="${READER[lang]}": every widget state with text`, () => {
    for (const [name, make] of Object.entries(STATES))
      it(`${name}: ${lang === 'en' ? '' : 'no English UI text; '}axe finds nothing`, async () => {
        const m = (await make(READER[lang])) as Mounted & { extra?: string[] };
        const texts = [...(m.extra ?? []), ...uiText(m.el, m.data)];
        if (lang === 'en') englishSeen.push(...texts);
        else
          expect(
            leaks(texts).map(([fragment, keys]) => `"${fragment}" (${keys.join(', ')})`),
            'English UI text',
          ).to.deep.equal([]);
        sinon.restore(); // axe schedules with the real clock
        await expect(m.el).to.be.accessible();
      }).timeout(20_000); // axe over a 500-item subgroup takes seconds on a loaded machine

    if (lang === 'en')
      it('these states reach every English message, so "no English" covers them all', () => {
        const reached = new Set(leaks(englishSeen).flatMap(([, keys]) => keys));
        const keys = new Set([...ENGLISH.values()].flatMap((k) => [...k]));
        expect(
          [...keys].filter((k) => !reached.has(k)),
          'messages no state showed',
        ).to.deep.equal([]);
      });
  });

/** Golden forms per language: written out, so a wrong plural or a US number format fails. */
const FORMS: Record<
  string,
  {
    signatures: string[]; // "N signatures" for 0, 1, 2, 5, 21
    taCounts: string[]; // a subgroup's "N TAs reached" for 1, 2, 5, 21
    counts: string; // 12345 yes, 678 no
    needed: string; // a 66.7 % threshold
    updated: string; // 2021-10-22
    session: string; // 10:00 in Denver, seen from New York; {zone}: see zoneName()
    closes: string; // seven days before the deadline
  }
> = {
  en: {
    signatures: ['0 signatures', '1 signature', '2 signatures', '5 signatures', '21 signatures'],
    taCounts: ['1 TA reached', '2 TAs reached', '5 TAs reached', '21 TAs reached'],
    counts: '12,345 yes · 678 no',
    needed: '66.7% needed',
    updated: 'Updated Oct 22, 2021',
    session: 'Session 1 10:00 AM {zone} 12:00 PM your time',
    closes: 'Registration closes in 7 days.',
  },
  es: {
    signatures: ['0 firmas', '1 firma', '2 firmas', '5 firmas', '21 firmas'],
    taCounts: [
      '1 acuerdo tentativo',
      '2 acuerdos tentativos',
      '5 acuerdos tentativos',
      '21 acuerdos tentativos',
    ],
    counts: '12.345 a favor · 678 en contra',
    needed: 'Se necesita el 66,7 %',
    updated: 'Actualizado el 22 oct 2021',
    session: 'Session 1 10:00 {zone} 12:00 en tu zona horaria',
    closes: 'La inscripción cierra dentro de 7 días.',
  },
  tl: {
    signatures: ['0 pirma', '1 pirma', '2 pirma', '5 pirma', '21 pirma'],
    taCounts: [1, 2, 5, 21].map((n) => `${n} pansamantalang kasunduan`),
    counts: '12,345 pabor · 678 tutol',
    needed: 'Kailangan ng 66.7% na pabor',
    updated: 'Na-update noong Okt 22, 2021',
    session: 'Session 1 10:00 AM {zone} 12:00 PM sa oras mo',
    closes: 'Magsasara ang rehistrasyon sa 7 araw.',
  },
  'zh-Hans': {
    signatures: [0, 1, 2, 5, 21].map((n) => `${n} 人已签名`),
    taCounts: [1, 2, 5, 21].map((n) => `已达成暂定协议 ${n} 项`),
    counts: '赞成 12,345 · 反对 678',
    needed: '需要 66.7% 赞成票',
    updated: '更新于 2021年10月22日',
    session: 'Session 1 {zone} 10:00 您所在时区 12:00',
    closes: '报名截止：7天后。',
  },
  'zh-Hant': {
    signatures: [0, 1, 2, 5, 21].map((n) => `${n} 人已簽名`),
    taCounts: [1, 2, 5, 21].map((n) => `已達成暫定協議 ${n} 項`),
    counts: '贊成 12,345 · 反對 678',
    needed: '需要 66.7% 贊成票',
    updated: '更新於 2021年10月22日',
    session: 'Session 1 上午10:00 [{zone}] 您所在時區 下午12:00',
    closes: '報名截止：7 天後。',
  },
  vi: {
    signatures: [0, 1, 2, 5, 21].map((n) => `${n} chữ ký`),
    taCounts: [1, 2, 5, 21].map((n) => `${n} thỏa thuận tạm thời`),
    counts: '12.345 tán thành · 678 phản đối',
    needed: 'Cần 66,7% tán thành',
    updated: 'Cập nhật: 22 thg 10, 2021',
    session: 'Session 1 10:00 {zone} 12:00 theo giờ của bạn',
    closes: 'Hạn đăng ký kết thúc sau 7 ngày nữa.',
  },
  ko: {
    signatures: [0, 1, 2, 5, 21].map((n) => `${n} 명이 서명했습니다`),
    taCounts: [1, 2, 5, 21].map((n) => `잠정 합의 ${n}건`),
    counts: '찬성 12,345 · 반대 678',
    needed: '필요한 찬성률: 66.7%',
    updated: '최종 업데이트: 2021. 10. 22.',
    session: 'Session 1 오전 10:00 {zone} 내 시간대 기준 오후 12:00',
    closes: '등록이 7일 후 마감됩니다.',
  },
};

/**
 * How the browser names Denver's zone in the style `lang`'s file chose (CLDR versions differ
 * between engines: "북미 로키 산맥 시간" in Chromium, "미 산지 시간" in Firefox).
 */
async function zoneName(lang: string): Promise<string> {
  const { intl } = (await import(/* @vite-ignore */ `../src/i18n/${lang}.ts`)).default;
  // As the widgets hand it to Intl: canonical, tl as fil (not every engine maps tl itself).
  return new Intl.DateTimeFormat(canonical(READER[lang]), {
    timeZone: 'America/Denver',
    timeZoneName: intl.timeZoneName,
  })
    .formatToParts(Date.parse('2021-10-28T16:00:00Z'))
    .find((p) => p.type === 'timeZoneName')!.value;
}

const words = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('plurals, numbers and dates in each language’s own form', () => {
  it('has a golden row for every shipped language', () => {
    expect(Object.keys(FORMS)).to.have.members([...LANGUAGES]);
  });

  for (const lang of LANGUAGES) {
    const want = FORMS[lang];
    it(`${lang}: signatures and TA counts for 0, 1, 2, 5 and 21`, async () => {
      const signatures = [];
      for (const count of [0, 1, 2, 5, 21]) {
        const data = { ...campaign.petition, count, updated: undefined };
        const { el } = await mount(
          html`<union-petition-counter
            lang=${READER[lang]}
            .data=${data}
          ></union-petition-counter>`,
          data,
        );
        signatures.push(words(root(el).querySelector('.n')?.parentElement));
      }
      expect(signatures).to.deep.equal(want.signatures);

      const tas = (n: number) =>
        Array.from({ length: n }, (_, i) => ({ title: `TA ${i}`, status: 'ta' as const }));
      const data: TaListData = {
        subgroups: [1, 2, 5, 21].map((n) => ({ id: `g${n}`, name: `G${n}`, items: tas(n) })),
      };
      const { el } = await mount(
        html`<union-ta-list
          id="plurals-${lang}-${++unique}"
          lang=${READER[lang]}
          .data=${data}
        ></union-ta-list>`,
        data,
      );
      expect([...root(el).querySelectorAll('.head .muted')].map(words)).to.deep.equal(
        want.taCounts,
      );
    });

    it(`${lang}: numbers, percentages, dates, times and time left`, async () => {
      const tally: VoteTallyData = {
        threshold: 66.7,
        updated: '2021-10-22',
        results: [{ union: 'Local 9', yes: 12345, no: 678 }],
      };
      const { el: vote } = await mount(
        html`<union-vote-tally lang=${READER[lang]} .data=${tally}></union-vote-tally>`,
        tally,
      );
      const lines = [...root(vote).querySelectorAll('p, .muted')].map(words);
      expect(lines).to.include(want.counts).and.include(want.needed).and.include(want.updated);

      instant('2021-10-20T12:00:00Z');
      const { el: hall } = await mount(
        html`<union-town-hall
          lang=${READER[lang]}
          time-zone="America/New_York"
          .data=${campaign.townHall}
        ></union-town-hall>`,
        campaign.townHall,
      );
      const zone = await zoneName(lang);
      expect(zone, 'an offset is not a zone name').not.to.match(/GMT|UTC/);
      if (lang !== 'en') expect(zone, 'English letters').not.to.match(/^[A-Z]{1,5}$/);
      // What a sighted reader sees in the row (the day, for screen readers, is in the heading).
      const row = root(hall).querySelector('label')!.cloneNode(true) as Element;
      row.querySelectorAll('.sr').forEach((n) => n.remove());
      expect(words(row)).to.equal(want.session.replace('{zone}', zone));
      expect(words(root(hall).querySelector('p > b'))).to.equal(want.closes);
    });
  }
});
