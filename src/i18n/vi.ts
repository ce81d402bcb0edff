import type { Messages } from './en.js';

/**
 * Tiếng Việt (Vietnamese) — a lazy chunk, loaded when a widget on the page asks for vi.
 *
 * How these strings were written and checked: drafted by a language model (the project's i18n
 * helper) for union members, addressing them as "bạn"; every campaign term checked against
 * docs/glossary.md (thỏa thuận tạm thời, tiểu ban, buổi họp đoàn viên, thỉnh nguyện thư…);
 * plurals, numbers, dates and relative times come from Intl in `vi` and are checked by
 * test/i18n-languages.test.ts. No native-speaking member has reviewed them yet: ask one before a
 * release, and record the review here.
 *
 * Plurals: Vietnamese nouns do not change with the count (Intl.PluralRules('vi') has only
 * "other"), so every count reads the same way.
 */

/** The TA list's statuses: the badges. */
const status = {
  ta: 'Đã đạt thỏa thuận tạm thời',
  recommended: 'Được đề xuất',
  open: 'Đang thương lượng',
};
/** …and the count's label after the number ("3 thỏa thuận tạm thời"). */
const counted = { ta: 'thỏa thuận tạm thời', recommended: 'đề xuất', open: 'đang thương lượng' };

const vi: Messages = {
  intl: {
    // "10:00 Giờ miền núi", "Giờ Thái Bình Dương": Vietnamese names for the zone; `short` gives
    // the English letters "MDT".
    timeZoneName: 'longGeneric',
  },

  loading: 'Đang tải…',
  unavailable: (what: string) => `Hiện chưa thể hiển thị ${what}.`,
  newTab: '(mở trong thẻ mới)',
  moreProblems: (n: number) => `…và ${n} lỗi khác`,
  problems: 'Lỗi dữ liệu (chỉ hiện trên localhost hoặc khi bật debug):',
  updated: (date) => `Cập nhật: ${date}`,

  voteTally: {
    name: 'kết quả bỏ phiếu',
    title: 'Kết quả bỏ phiếu',
    yesShare: (percent, over) => (over ? `Hơn ${percent} tán thành` : `${percent} tán thành`),
    counts: (yes, no) => `${yes} tán thành · ${no} phản đối`,
    noVotes: 'Chưa có phiếu nào được kiểm',
    noResults: 'Chưa có kết quả.',
    needed: (percent) => `Cần ${percent} tán thành`,
    meets: 'Đạt ngưỡng',
    below: 'Chưa đạt ngưỡng',
  },

  actionChecklist: {
    name: 'danh sách việc cần làm',
    title: 'Những việc bạn có thể làm',
    progress: (done, total) => `Đã hoàn thành ${done}/${total}`,
    none: 'Hiện chưa có việc gì cần làm. Hãy quay lại sau nhé.',
    allDone: 'Đã xong tất cả. Cảm ơn bạn!',
    every: (weekday) => `Mỗi ${weekday}`,
    closes: (inTime) => `Đóng ${inTime}`,
    deadline: (date) => `Hạn chót: ${date}`,
    closed: 'Đã đóng',
    act: 'Hành động ngay',
    copy: (text) => `Sao chép ${text}`,
    copyAll: 'Sao chép tất cả',
    copied: (text) => `Đã sao chép ${text}`,
    copyFailed: 'Không sao chép được: hãy chọn văn bản rồi tự sao chép',
    post: (site) => `Đăng lên ${site}`,
    shared: (n, goal) => `Đã chia sẻ với ${n}/${goal} người`,
    more: 'Thêm một người',
    fewer: 'Bớt một người',
    reset: 'Đặt lại danh sách',
    wasReset: 'Đã đặt lại danh sách.',
    undo: 'Hoàn tác',
  },

  townHall: {
    name: 'buổi họp đoàn viên',
    choose: 'Chọn một buổi',
    yourTime: (time) => `${time} theo giờ của bạn`,
    now: 'Đang diễn ra',
    over: 'Đã kết thúc',
    eventOver: 'Buổi họp đoàn viên này đã kết thúc.',
    noSessions: 'Chưa có buổi nào được công bố.',
    registerBy: (when) => `Đăng ký trước ${when}`,
    closesIn: (inTime) => `Hạn đăng ký kết thúc ${inTime}.`,
    closed: 'Đã hết hạn đăng ký.',
    register: 'Đăng ký',
    addToCalendar: 'Thêm vào lịch',
    pickToAdd: 'Chọn một buổi để thêm vào lịch của bạn.',
    ics: 'Tệp lịch (.ics)',
    scan: 'Quét mã để đăng ký',
    qrName: 'Mã QR chứa đường dẫn đăng ký',
    qrTooLong: 'Đường dẫn đăng ký quá dài để tạo mã QR: hãy dùng nút Đăng ký.',
  },

  petitionCounter: {
    name: 'thỉnh nguyện thư',
    signatures: () => 'chữ ký',
    of: (count, target) => `${count}/${target} chữ ký`,
    percent: (percent, goal) => `Đạt ${percent} mục tiêu ${goal} chữ ký`,
    reached: (goal) => `Đã đạt mục tiêu ${goal} chữ ký!`,
    next: (milestone) => `Mục tiêu tiếp theo: ${milestone} chữ ký`,
    sign: 'Ký thỉnh nguyện thư',
    share: 'Chia sẻ',
    copy: 'Sao chép đường dẫn',
    copied: 'Đã sao chép đường dẫn',
    copyHere: 'Hãy sao chép đường dẫn này:',
    email: 'Gửi email',
    sms: 'Tin nhắn',
    tally: (n, goal) => `Bạn đã chia sẻ với ${n}/${goal} người`,
    more: 'Tôi đã chia sẻ thêm cho một người',
    less: 'Hoàn tác',
  },

  taList: {
    name: 'các thỏa thuận tạm thời',
    title: 'Thỏa thuận tạm thời',
    status,
    count: (s, _count, n) => `${n} ${counted[s]}`,
    fresh: (_count, n) => `${n} mục mới`,
    new: 'Mới',
    none: 'Chưa có mục nào.',
    empty: 'Chưa có thỏa thuận tạm thời nào.',
    filters: 'Lọc các thỏa thuận',
    subgroup: 'Tiểu ban',
    allSubgroups: 'Tất cả tiểu ban',
    statusLabel: 'Trạng thái',
    allStatuses: 'Tất cả trạng thái',
    search: 'Tìm kiếm',
    shown: (count, total, n, all) =>
      count === total ? `Đang hiện cả ${all} mục` : `Đang hiện ${n}/${all} mục`,
    noMatch: 'Không có mục nào khớp với bộ lọc.',
    clear: 'Xóa bộ lọc',
    more: (_count, n, shown, all) => `Hiện thêm ${n} mục (đang hiện ${shown}/${all})`,
  },
};

export default vi;
