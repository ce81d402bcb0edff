import type { Messages } from './en.js';

/**
 * 한국어 (Korean) — a lazy chunk, loaded when a widget on the page asks for ko.
 *
 * How these strings were written and checked: drafted by a language model (the project's i18n
 * helper) for union members, in the polite 합니다 style for sentences and short noun phrases for
 * buttons and labels; every campaign term checked against docs/glossary.md (잠정 합의, 분과,
 * 타운홀 미팅, 청원…); plurals, numbers, dates and relative times come from Intl in `ko` and are
 * checked by test/i18n-languages.test.ts. No native-speaking member has reviewed them yet: ask
 * one before a release, and record the review here.
 *
 * Plurals: Korean nouns do not change with the count (Intl.PluralRules('ko') has only "other"),
 * so counts take a counter (명, 건, 개) after the number instead.
 */
/** The TA list's statuses: the badge, and the count's label ("잠정 합의 3건"). */
const status = { ta: '잠정 합의', recommended: '권고안', open: '협상 중' };

const ko: Messages = {
  intl: {
    // "오전 10:00 북미 로키 산맥 시간", "북미 태평양 시간": Korean names for the zone; `short`
    // gives "GMT-6", which a member has to work out.
    timeZoneName: 'longGeneric',
  },

  loading: '불러오는 중…',
  unavailable: (what: string) => `지금은 ${what} 정보를 표시할 수 없습니다.`,
  newTab: '(새 탭에서 열림)',
  moreProblems: (n: number) => `…외 ${n}건`,
  problems: '데이터 문제 (localhost에서 또는 debug를 켰을 때만 표시):',
  updated: (date) => `최종 업데이트: ${date}`,

  voteTally: {
    name: '투표 결과',
    title: '투표 결과',
    yesShare: (percent, over) => (over ? `찬성 ${percent} 이상` : `찬성 ${percent}`),
    counts: (yes, no) => `찬성 ${yes} · 반대 ${no}`,
    noVotes: '아직 집계된 표가 없습니다',
    noResults: '아직 결과가 없습니다.',
    needed: (percent) => `필요한 찬성률: ${percent}`,
    meets: '기준 충족',
    below: '기준 미달',
  },

  actionChecklist: {
    name: '행동 목록',
    title: '지금 할 수 있는 행동',
    progress: (done, total) => `${total}개 중 ${done}개 완료`,
    none: '지금은 할 일이 없습니다. 곧 다시 확인해 주세요.',
    allDone: '모두 완료했습니다. 감사합니다!',
    every: (weekday) => `매주 ${weekday}`,
    closes: (inTime) => `${inTime} 마감`,
    deadline: (date) => `마감일: ${date}`,
    closed: '마감됨',
    act: '참여하기',
    copy: (text) => `${text} 복사`,
    copyAll: '모두 복사',
    copied: (text) => `복사했습니다: ${text}`,
    copyFailed: '복사하지 못했습니다. 텍스트를 선택해 직접 복사해 주세요',
    post: (site) => `${site}에 올리기`,
    shared: (n, goal) => `${goal}명 중 ${n}명에게 공유했습니다`,
    more: '공유한 사람 한 명 추가',
    fewer: '공유한 사람 한 명 빼기',
    reset: '목록 초기화',
    wasReset: '목록을 초기화했습니다.',
    undo: '되돌리기',
  },

  townHall: {
    name: '타운홀 미팅',
    choose: '참석할 세션을 선택하세요',
    yourTime: (time) => `내 시간대 기준 ${time}`,
    now: '진행 중',
    over: '종료',
    eventOver: '이 타운홀 미팅은 종료되었습니다.',
    noSessions: '아직 발표된 세션이 없습니다.',
    registerBy: (when) => `등록 마감: ${when}`,
    closesIn: (inTime) => `등록이 ${inTime} 마감됩니다.`,
    closed: '등록이 마감되었습니다.',
    register: '등록하기',
    addToCalendar: '캘린더에 추가',
    pickToAdd: '캘린더에 추가하려면 세션을 선택하세요.',
    ics: '캘린더 파일 (.ics)',
    scan: 'QR 코드를 스캔해 등록하세요',
    qrName: '등록 링크가 담긴 QR 코드',
    qrTooLong: '등록 링크가 너무 길어 QR 코드로 만들 수 없습니다. 등록하기 버튼을 이용하세요.',
  },

  petitionCounter: {
    name: '청원',
    // After the big number: "8,412 명이 서명했습니다".
    signatures: () => '명이 서명했습니다',
    of: (count, target) => `목표 ${target}명 중 ${count}명 서명`,
    percent: (percent, goal) => `목표 ${goal}명의 ${percent}`,
    reached: (goal) => `목표 ${goal}명 달성!`,
    next: (milestone) => `다음 목표: ${milestone}명`,
    sign: '청원에 서명하기',
    share: '공유',
    copy: '링크 복사',
    copied: '링크를 복사했습니다',
    copyHere: '이 링크를 복사하세요:',
    email: '이메일',
    sms: '문자 메시지',
    tally: (n, goal) => `${goal}명 중 ${n}명에게 공유했습니다`,
    more: '한 명에게 더 공유했습니다',
    less: '되돌리기',
  },

  taList: {
    name: '잠정 합의',
    title: '잠정 합의',
    status,
    count: (s, _count, n) => `${status[s]} ${n}건`,
    fresh: (_count, n) => `새 항목 ${n}건`,
    new: '새 항목',
    none: '아직 항목이 없습니다.',
    empty: '아직 잠정 합의가 없습니다.',
    filters: '합의 항목 필터',
    subgroup: '분과',
    allSubgroups: '모든 분과',
    statusLabel: '상태',
    allStatuses: '모든 상태',
    search: '검색',
    shown: (count, total, n, all) =>
      count === total ? `전체 ${all}건 표시` : `${all}건 중 ${n}건 표시`,
    noMatch: '필터와 일치하는 항목이 없습니다.',
    clear: '필터 지우기',
    more: (_count, n, shown, all) => `${n}개 더 보기 (${all}개 중 ${shown}개 표시)`,
  },
};

export default ko;
