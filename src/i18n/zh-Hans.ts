import type { Messages } from './en.js';

/**
 * 简体中文 (Chinese, Simplified) — a lazy chunk, loaded when a widget on the page asks for zh,
 * zh-Hans, zh-CN or zh-SG.
 *
 * How these strings were written and checked: drafted by a language model (the project's i18n
 * helper) for union members, addressing them as 您; every campaign term checked against
 * docs/glossary.md (暂定协议, 谈判小组, 座谈会, 请愿书…) and against the Traditional file, so the two
 * say the same thing; plurals, numbers, dates and relative times come from Intl in the reader's
 * tag and are checked by test/i18n-languages.test.ts. No native-speaking member has reviewed
 * them yet: ask one before a release, and record the review here.
 *
 * Plurals: Chinese nouns do not change with the count (Intl.PluralRules('zh') has only "other");
 * counts take a measure word (人, 项) after the number instead.
 */

/** The TA list's statuses: the badge, and the count's label ("已达成暂定协议 3 项"). */
const status = { ta: '已达成暂定协议', recommended: '已提建议', open: '待协商' };

const zhHans: Messages = {
  intl: {
    // "北美山区时间 10:00", "北美太平洋时间": the names Chinese-language media in North America
    // use; `short` gives "GMT-6", which a member has to work out.
    timeZoneName: 'longGeneric',
  },

  loading: '正在加载…',
  unavailable: (what: string) => `暂时无法显示${what}。`,
  newTab: '（在新标签页中打开）',
  moreProblems: (n: number) => `……还有 ${n} 条`,
  problems: '数据问题（仅在 localhost 或开启 debug 时显示）：',
  updated: (date) => `更新于 ${date}`,

  voteTally: {
    name: '投票结果',
    title: '投票结果',
    yesShare: (percent, over) => (over ? `超过 ${percent} 赞成` : `${percent} 赞成`),
    counts: (yes, no) => `赞成 ${yes} · 反对 ${no}`,
    noVotes: '尚未计票',
    noResults: '暂无结果。',
    needed: (percent) => `需要 ${percent} 赞成票`,
    meets: '达到门槛',
    below: '未达门槛',
  },

  actionChecklist: {
    name: '行动清单',
    title: '您可以采取的行动',
    progress: (done, total) => `共 ${total} 项，已完成 ${done} 项`,
    none: '目前没有需要做的事，请稍后再来看看。',
    allDone: '全部完成，谢谢您！',
    every: (weekday) => `每${weekday}`,
    closes: (inTime) => `${inTime}截止`,
    deadline: (date) => `截止时间：${date}`,
    closed: '已截止',
    act: '立即行动',
    copy: (text) => `复制 ${text}`,
    copyAll: '全部复制',
    copied: (text) => `已复制 ${text}`,
    copyFailed: '无法复制：请选中文字后手动复制',
    post: (site) => `发布到 ${site}`,
    shared: (n, goal) => `已分享给 ${n} 人（目标 ${goal} 人）`,
    more: '已分享人数加一',
    fewer: '已分享人数减一',
    reset: '重置清单',
    wasReset: '清单已重置。',
    undo: '撤销',
  },

  townHall: {
    name: '座谈会',
    choose: '请选择场次',
    yourTime: (time) => `您所在时区 ${time}`,
    now: '正在进行',
    over: '已结束',
    eventOver: '本次座谈会已结束。',
    noSessions: '尚未公布场次。',
    registerBy: (when) => `请于 ${when} 前报名`,
    closesIn: (inTime) => `报名截止：${inTime}。`,
    closed: '报名已截止。',
    register: '报名',
    addToCalendar: '添加到日历',
    pickToAdd: '选择一个场次，即可添加到您的日历。',
    ics: '日历文件（.ics）',
    scan: '扫码报名',
    qrName: '含报名链接的二维码',
    qrTooLong: '报名链接太长，无法生成二维码：请使用“报名”按钮。',
  },

  petitionCounter: {
    name: '请愿书',
    // After the big number: "8,412 人已签名".
    signatures: () => '人已签名',
    of: (count, target) => `${count} 人已签名，目标 ${target} 人`,
    percent: (percent, goal) => `已达到 ${goal} 人目标的 ${percent}`,
    reached: (goal) => `已达成 ${goal} 人的目标！`,
    next: (milestone) => `下一个目标：${milestone} 人`,
    sign: '签署请愿书',
    share: '分享',
    copy: '复制链接',
    copied: '链接已复制',
    copyHere: '请复制此链接：',
    email: '电子邮件',
    sms: '短信',
    tally: (n, goal) => `您已分享给 ${n} 人（目标 ${goal} 人）`,
    more: '我又分享给了一个人',
    less: '撤销',
  },

  taList: {
    name: '暂定协议',
    title: '暂定协议',
    status,
    count: (s, _count, n) => `${status[s]} ${n} 项`,
    fresh: (_count, n) => `新增 ${n} 项`,
    new: '新',
    none: '暂无条目。',
    empty: '暂无暂定协议。',
    filters: '筛选协议',
    subgroup: '谈判小组',
    allSubgroups: '所有谈判小组',
    statusLabel: '状态',
    allStatuses: '所有状态',
    search: '搜索',
    shown: (count, total, n, all) =>
      count === total ? `显示全部 ${all} 项` : `显示 ${n} 项（共 ${all} 项）`,
    noMatch: '没有符合筛选条件的条目。',
    clear: '清除筛选',
    more: (_count, n, shown, all) => `再显示 ${n} 项（已显示 ${shown}/${all}）`,
  },
};

export default zhHans;
