import type { Messages } from './en.js';

/**
 * 繁體中文 (Chinese, Traditional) — a lazy chunk, loaded when a widget on the page asks for
 * zh-Hant, zh-TW, zh-HK or zh-MO.
 *
 * How these strings were written and checked: drafted by a language model (the project's i18n
 * helper) for union members, addressing them as 您, in wording read the same way in Taiwan and
 * Hong Kong (簽署請願書 rather than 連署 or 聯署; 文字訊息 rather than 簡訊 or 短訊); every campaign
 * term checked against docs/glossary.md and against the Simplified file, so the two say the same
 * thing; plurals, numbers, dates and relative times come from Intl in the reader's tag and are
 * checked by test/i18n-languages.test.ts. No native-speaking member has reviewed them yet: ask
 * one before a release, and record the review here.
 *
 * Plurals: Chinese nouns do not change with the count (Intl.PluralRules('zh') has only "other");
 * counts take a measure word (人, 項) after the number instead.
 */

/** The TA list's statuses: the badge, and the count's label ("已達成暫定協議 3 項"). */
const status = { ta: '已達成暫定協議', recommended: '已提建議', open: '待協商' };

const zhHant: Messages = {
  intl: {
    // "上午10:00 [山區時間]", "太平洋時間": the names Chinese-language media in North America use;
    // `short` gives the English letters "MDT".
    timeZoneName: 'longGeneric',
  },

  loading: '載入中…',
  unavailable: (what: string) => `目前無法顯示${what}。`,
  newTab: '（在新分頁中開啟）',
  moreProblems: (n: number) => `……還有 ${n} 條`,
  problems: '資料問題（僅在 localhost 或開啟 debug 時顯示）：',
  updated: (date) => `更新於 ${date}`,

  voteTally: {
    name: '投票結果',
    title: '投票結果',
    yesShare: (percent, over) => (over ? `超過 ${percent} 贊成` : `${percent} 贊成`),
    counts: (yes, no) => `贊成 ${yes} · 反對 ${no}`,
    noVotes: '尚未計票',
    noResults: '尚無結果。',
    needed: (percent) => `需要 ${percent} 贊成票`,
    meets: '達到門檻',
    below: '未達門檻',
  },

  actionChecklist: {
    name: '行動清單',
    title: '您可以採取的行動',
    progress: (done, total) => `共 ${total} 項，已完成 ${done} 項`,
    none: '目前沒有需要做的事，請稍後再來看看。',
    allDone: '全部完成，謝謝您！',
    every: (weekday) => `每${weekday}`,
    closes: (inTime) => `${inTime}截止`,
    deadline: (date) => `截止時間：${date}`,
    closed: '已截止',
    act: '立即行動',
    copy: (text) => `複製 ${text}`,
    copyAll: '全部複製',
    copied: (text) => `已複製 ${text}`,
    copyFailed: '無法複製：請選取文字後手動複製',
    post: (site) => `發佈到 ${site}`,
    shared: (n, goal) => `已分享給 ${n} 人（目標 ${goal} 人）`,
    more: '已分享人數加一',
    fewer: '已分享人數減一',
    reset: '重設清單',
    wasReset: '清單已重設。',
    undo: '復原',
  },

  townHall: {
    name: '座談會',
    choose: '請選擇場次',
    yourTime: (time) => `您所在時區 ${time}`,
    now: '進行中',
    over: '已結束',
    eventOver: '本次座談會已結束。',
    noSessions: '尚未公布場次。',
    registerBy: (when) => `請於 ${when} 前報名`,
    closesIn: (inTime) => `報名截止：${inTime}。`,
    closed: '報名已截止。',
    register: '報名',
    addToCalendar: '加入日曆',
    pickToAdd: '選擇一個場次，即可加入您的日曆。',
    ics: '日曆檔案（.ics）',
    scan: '掃描即可報名',
    qrName: '含報名連結的 QR 碼',
    qrTooLong: '報名連結太長，無法產生 QR 碼：請使用「報名」按鈕。',
  },

  petitionCounter: {
    name: '請願書',
    // After the big number: "8,412 人已簽名".
    signatures: () => '人已簽名',
    of: (count, target) => `${count} 人已簽名，目標 ${target} 人`,
    percent: (percent, goal) => `已達到 ${goal} 人目標的 ${percent}`,
    reached: (goal) => `已達成 ${goal} 人的目標！`,
    next: (milestone) => `下一個目標：${milestone} 人`,
    sign: '簽署請願書',
    share: '分享',
    copy: '複製連結',
    copied: '連結已複製',
    copyHere: '請複製此連結：',
    email: '電子郵件',
    sms: '文字訊息',
    tally: (n, goal) => `您已分享給 ${n} 人（目標 ${goal} 人）`,
    more: '我又分享給了一個人',
    less: '復原',
  },

  taList: {
    name: '暫定協議',
    title: '暫定協議',
    status,
    count: (s, _count, n) => `${status[s]} ${n} 項`,
    fresh: (_count, n) => `新增 ${n} 項`,
    new: '新',
    none: '尚無項目。',
    empty: '尚無暫定協議。',
    filters: '篩選協議',
    subgroup: '談判小組',
    allSubgroups: '所有談判小組',
    statusLabel: '狀態',
    allStatuses: '所有狀態',
    search: '搜尋',
    shown: (count, total, n, all) =>
      count === total ? `顯示全部 ${all} 項` : `顯示 ${n} 項（共 ${all} 項）`,
    noMatch: '沒有符合篩選條件的項目。',
    clear: '清除篩選',
    more: (_count, n, shown, all) => `再顯示 ${n} 項（已顯示 ${shown}/${all}）`,
  },
};

export default zhHant;
