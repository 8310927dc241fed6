import type { FeedbackKind, Proposal } from '@study-graph/study';
import { escapeMarkdown } from 'discord.js';
import type { ProposalProblem } from '../community/check-proposal.ts';
import type { Locale } from './locale.ts';

/** What a learner wrote, shown to moderators as written: no markdown of theirs takes effect. */
const md = (text: string) => escapeMarkdown(text);

/**
 * Every sentence of the bot's own interface, in both languages. Answers about Docker come from
 * `@study-graph/qa`; these are only the frame around them. None of them repeats what a user typed,
 * except a suggestion shown to the moderators who decide it (its markdown escaped).
 */
export interface UiStrings {
  diagramButton: string;
  relatedButton: string;
  nearbyPlaceholder: string;
  suggestionsPlaceholder: string;
  notFoundTitle: string;
  /** Over an empty or too long question: not a question the notes lack, one that cannot be read. */
  invalidTitle: string;
  /** `/lifecycle` with a state the graph does not have: the states there are. */
  unknownState: (states: string[]) => string;
  defaultTitle: string;
  unavailable: string;
  failed: string;
  /** Too many questions waiting: refused at once rather than answered late. */
  busy: string;
  rateLimited: (seconds: number) => string;
  shuttingDown: string;
  outdated: string;
  helpTitle: string;
  help: (mentions: boolean) => string;
  helpFooter: string;
  quizTitle: string;
  /** `/quiz` on a topic the graph asks nothing about. */
  quizNone: string;
  /** Under the question: who may answer, and for how long. */
  quizFooter: (minutes: number) => string;
  quizRight: string;
  quizWrong: (right: string) => string;
  /** To someone else who clicks a learner's quiz. */
  quizNotYours: string;
  quizExpired: string;
  progressTitle: string;
  progressNone: string;
  progressLine: (section: string, right: number, answered: number) => string;
  progressTotal: (right: number, answered: number) => string;
  boardTitle: string;
  boardWeek: string;
  boardAllTime: string;
  boardLine: (rank: number, user: string, right: number, answered: number) => string;
  boardNone: string;
  boardServerOnly: string;
  forgotten: (answers: number) => string;
  /** The buttons under an answer. */
  feedbackButtons: Record<FeedbackKind, string>;
  /** The private thanks for a vote or a report. */
  feedbackThanks: Record<FeedbackKind, string>;
  reportTitle: string;
  reportLabel: string;
  reportPlaceholder: string;
  suggestThanks: string;
  suggestProblem: (problem: ProposalProblem) => string;
  /** One suggestion, for moderators: concepts by their names, a relation by its reading. */
  proposal: (p: Proposal, name: (id: string) => string, reading: (type: string) => string) => string;
  pendingTitle: string;
  pendingNone: string;
  pendingLine: (n: number, proposal: string, by: string | null) => string;
  approveButton: string;
  rejectButton: string;
  decided: (status: 'approved' | 'rejected', proposal: string) => string;
  alreadyDecided: string;
  notModerator: string;
  serverOnly: string;
  /** `/review` with nothing due, for a learner with cards (due later) or with none yet. */
  reviewNone: (hasCards: boolean) => string;
}

const vi: UiStrings = {
  diagramButton: 'Sơ đồ',
  relatedButton: 'Liên quan',
  nearbyPlaceholder: 'Xem một khái niệm liên quan…',
  suggestionsPlaceholder: 'Có phải bạn muốn hỏi…',
  notFoundTitle: 'Chưa có trong ghi chép',
  invalidTitle: 'Câu hỏi chưa đọc được',
  unknownState: (states) =>
    `Trạng thái đó không có trong ghi chép. Các trạng thái của container: ${states.join(', ')}.`,
  defaultTitle: 'Study Graph',
  unavailable: 'Kho kiến thức tạm thời không truy cập được, bạn thử lại sau ít phút nhé.',
  failed: 'Xin lỗi, mình gặp lỗi khi trả lời câu này. Bạn thử lại nhé.',
  busy: 'Mình đang trả lời rất nhiều câu hỏi cùng lúc, bạn hỏi lại sau vài giây nhé.',
  rateLimited: (s) => `Bạn hỏi hơi nhanh đó 🙂 Chờ khoảng ${s} giây rồi hỏi tiếp nhé.`,
  shuttingDown: 'Bot đang khởi động lại, bạn thử lại sau giây lát nhé.',
  outdated: 'Nút này đã cũ, bạn hỏi lại nhé.',
  helpTitle: 'Cách dùng Study Graph',
  help: (mentions) =>
    [
      '`/hoi` — hỏi một câu về Docker, tiếng Việt hoặc tiếng Anh (ví dụ: `container là gì?`).',
      '`/khai-niem` — tra một khái niệm (gõ vài chữ để chọn).',
      '`/lien-quan` — hai khái niệm liên quan với nhau thế nào, kèm sơ đồ.',
      '`/so-do` — vẽ sơ đồ một hình trong ghi chép hoặc quanh một khái niệm.',
      '`/vong-doi` — vòng đời container; chọn trạng thái đầu và cuối để xem cách chuyển.',
      '`/do-vui` — một câu đố trắc nghiệm tạo từ ghi chép, có thể chọn chủ đề; `/tien-do` xem bạn đã đúng bao nhiêu theo từng phần, `/bang-xep-hang` bảng xếp hạng của server, `/on-tap` ôn lại câu đến hạn (lịch FSRS), `/quen-toi` xoá mọi thứ bot lưu về bạn.',
      '`/chuoi` — chuỗi ngày bạn trả lời đúng câu hỏi hằng ngày của server; `/cai-dat` — cài đặt của server (cho người quản lý).',
      '`/de-xuat` — đề xuất thêm khái niệm, tên gọi, quan hệ hoặc sửa tóm tắt cho sơ đồ của server; `/cho-duyet` — duyệt đề xuất (cho người điều hành).',
      'Dưới mỗi câu trả lời: **Sơ đồ** để vẽ, **Liên quan** để xem các khái niệm nối với nó, danh sách để đi tiếp sang khái niệm khác, và 👍 / 👎 / **Báo lỗi** để nhận xét câu trả lời.',
      ...(mentions ? ['Trong kênh học tập, bạn cũng có thể gọi bot: `@bot container là gì?`'] : []),
    ].join('\n'),
  helpFooter: 'Mọi câu trả lời đều ghi nguồn trong ghi chép về Docker.',
  quizTitle: 'Câu đố',
  quizNone: 'Ghi chép chưa có câu đố nào về chủ đề này. Thử `/do-vui` không kèm chủ đề nhé.',
  quizFooter: (m) => `Chỉ người hỏi trả lời được, trong ${m} phút.`,
  quizRight: '✅ Đúng rồi!',
  quizWrong: (right) => `❌ Chưa đúng. Đáp án: **${right}**`,
  quizNotYours: 'Câu đố này là của bạn khác. Gõ `/do-vui` để có câu đố của riêng bạn nhé.',
  quizExpired: 'Câu đố này đã hết giờ. Gõ `/do-vui` để có câu mới nhé.',
  progressTitle: 'Tiến độ của bạn',
  progressNone: 'Bạn chưa trả lời câu đố nào. Thử `/do-vui` nhé.',
  progressLine: (section, right, answered) => `**${section}**: đúng ${right}/${answered}`,
  progressTotal: (right, answered) => `Tổng cộng: đúng ${right}/${answered} câu.`,
  boardTitle: 'Bảng xếp hạng câu đố',
  boardWeek: 'Tuần này',
  boardAllTime: 'Từ trước tới nay',
  boardLine: (rank, user, right, answered) => `${rank}. ${user}: đúng ${right}/${answered}`,
  boardNone: 'Chưa có ai trả lời câu đố.',
  boardServerOnly: 'Bảng xếp hạng chỉ có trong một server.',
  forgotten: (n) => `Đã xoá mọi thứ bot lưu về bạn (${n} câu trả lời).`,
  feedbackButtons: { up: 'Hữu ích', down: 'Chưa đúng', report: 'Báo lỗi' },
  feedbackThanks: {
    up: 'Cảm ơn bạn! Đã ghi nhận 👍.',
    down: 'Cảm ơn bạn! Đã ghi nhận 👎. Bấm **Báo lỗi** để nói rõ chỗ sai nhé.',
    report: 'Cảm ơn bạn! Báo lỗi đã được lưu cùng câu hỏi và câu trả lời để nhóm xem lại.',
  },
  reportTitle: 'Báo câu trả lời sai',
  reportLabel: 'Sai ở đâu?',
  reportPlaceholder:
    'Ví dụ: lệnh đưa container từ paused về running là docker unpause, không phải docker start.',
  suggestThanks: 'Cảm ơn bạn! Đề xuất đã được gửi, chờ người điều hành duyệt (`/cho-duyet`).',
  suggestProblem: (p) =>
    ({
      invalid: 'Đề xuất chưa hợp lệ: tên tối đa 80 ký tự, tóm tắt tối đa 1.000 ký tự, không để trống.',
      'unknown-concept': 'Sơ đồ chưa có khái niệm này. Gõ vài chữ rồi chọn trong danh sách nhé.',
      'unknown-type': 'Hãy chọn một loại quan hệ trong danh sách nhé.',
      'half-relation': 'Chọn cả khái niệm liên quan và loại quan hệ, hoặc bỏ trống cả hai.',
      'same-concept': 'Một quan hệ cần hai khái niệm khác nhau.',
      exists: `Sơ đồ đã có **${p.kind === 'exists' ? p.name : ''}**. Thử đề xuất một tên gọi khác cho nó nhé.`,
    })[p.kind],
  proposal: (p, name, reading) =>
    p.kind === 'concept'
      ? `Khái niệm mới **${md(p.name)}** (${p.conceptKind}): ${md(p.summary)}${p.related && p.relation ? ` — ${reading(p.relation)} **${name(p.related)}**` : ''}`
      : p.kind === 'alias'
        ? `Tên gọi khác của **${name(p.concept)}**: «${md(p.alias)}»`
        : p.kind === 'relation'
          ? `**${name(p.from)}** ${reading(p.type)} **${name(p.to)}**`
          : `Sửa tóm tắt của **${name(p.concept)}**: ${md(p.summary)}`,
  pendingTitle: 'Đề xuất chờ duyệt',
  pendingNone: 'Không có đề xuất nào chờ duyệt.',
  pendingLine: (n, proposal, by) => `**${n}.** ${proposal}${by ? ` — <@${by}>` : ''}`,
  approveButton: 'Duyệt',
  rejectButton: 'Từ chối',
  decided: (status, proposal) => `${status === 'approved' ? '✅ Đã duyệt' : '❌ Đã từ chối'}: ${proposal}`,
  alreadyDecided: 'Đề xuất này đã được xử lý rồi.',
  notModerator: 'Chỉ người quản lý server (hoặc vai trò điều hành) mới duyệt được đề xuất.',
  serverOnly: 'Lệnh này chỉ dùng được trong một server.',
  reviewNone: (hasCards) =>
    hasCards
      ? 'Chưa có câu nào đến hạn ôn. Trong lúc chờ, thử `/do-vui` nhé.'
      : 'Bạn chưa có câu nào để ôn. Trả lời vài câu `/do-vui` trước nhé.',
};

const en: UiStrings = {
  diagramButton: 'Diagram',
  relatedButton: 'Related',
  nearbyPlaceholder: 'Explore a related concept…',
  suggestionsPlaceholder: 'Did you mean…',
  notFoundTitle: 'Not in the notes',
  invalidTitle: 'Question not readable',
  unknownState: (states) =>
    `That is not a state in the notes. A container's states are: ${states.join(', ')}.`,
  defaultTitle: 'Study Graph',
  unavailable: 'The knowledge base is unavailable, try again shortly.',
  failed: 'Sorry, something went wrong while answering that. Please try again.',
  busy: 'Lots of questions at once right now: please ask again in a few seconds.',
  rateLimited: (s) => `You are asking a little fast 🙂 Please wait about ${s} s and ask again.`,
  shuttingDown: 'The bot is restarting, please try again in a moment.',
  outdated: 'This button is out of date; please ask again.',
  helpTitle: 'How to use Study Graph',
  help: (mentions) =>
    [
      '`/ask` — ask about Docker, in English or Vietnamese (e.g. `what is a container?`).',
      '`/concept` — look up a concept (type a few letters to pick one).',
      '`/relation` — how two concepts are connected, with a diagram.',
      '`/diagram` — draw a figure of the notes, or the neighbourhood of a concept.',
      '`/lifecycle` — the container lifecycle; pick a start and an end state to see how to get there.',
      "`/quiz` — a multiple-choice question made from the notes, on a topic if you pick one; `/progress` how you did in each part, `/leaderboard` the server's board, `/forget-me` deletes all the bot kept about you.",
      "`/streak` — your days in a row of right answers to the server's daily question; `/settings` — the server's settings (for managers).",
      "`/suggest` — suggest a concept, another name, a relation or a better summary for this server's graph; `/pending` — decide suggestions (for moderators).",
      'Under each answer: **Diagram** draws it, **Related** shows what it connects to, the menu walks on to another concept, and 👍 / 👎 / **Report** judge the answer.',
      ...(mentions ? ['In study channels you can also mention the bot: `@bot what is a container?`'] : []),
    ].join('\n'),
  helpFooter: 'Every answer names its source in the Docker study notes.',
  quizTitle: 'Quiz',
  quizNone: 'The notes have no quiz on that topic yet. Try `/quiz` without one.',
  quizFooter: (m) => `Only the learner who asked can answer, within ${m} minutes.`,
  quizRight: '✅ Right!',
  quizWrong: (right) => `❌ Not quite. The answer: **${right}**`,
  quizNotYours: 'This quiz belongs to someone else. Use `/quiz` to get your own.',
  quizExpired: 'This quiz has expired. Use `/quiz` for a new one.',
  progressTitle: 'Your progress',
  progressNone: 'You have not answered a quiz yet. Try `/quiz`.',
  progressLine: (section, right, answered) => `**${section}**: ${right}/${answered} right`,
  progressTotal: (right, answered) => `In all: ${right}/${answered} right.`,
  boardTitle: 'Quiz leaderboard',
  boardWeek: 'This week',
  boardAllTime: 'All time',
  boardLine: (rank, user, right, answered) => `${rank}. ${user}: ${right}/${answered} right`,
  boardNone: 'Nobody has answered a quiz yet.',
  boardServerOnly: 'The leaderboard is for a server.',
  forgotten: (n) => `Everything the bot kept about you is deleted (${n} answers).`,
  feedbackButtons: { up: 'Helpful', down: 'Not right', report: 'Report' },
  feedbackThanks: {
    up: 'Thank you! Noted 👍.',
    down: 'Thank you! Noted 👎. Press **Report** to say what is wrong.',
    report: 'Thank you! The report is kept with the question and the answer, for review.',
  },
  reportTitle: 'Report a wrong answer',
  reportLabel: 'What is wrong?',
  reportPlaceholder: 'For example: paused to running is docker unpause, not docker start.',
  suggestThanks: 'Thank you! Your suggestion is waiting for a moderator (`/pending`).',
  suggestProblem: (p) =>
    ({
      invalid:
        'That suggestion cannot be taken: names up to 80 characters, summaries up to 1,000, none empty.',
      'unknown-concept': 'The graph has no such concept. Type a few letters and pick one from the list.',
      'unknown-type': 'Pick a relation type from the list.',
      'half-relation': 'Pick both a related concept and a relation type, or neither.',
      'same-concept': 'A relation needs two different concepts.',
      exists: `The graph already has **${p.kind === 'exists' ? p.name : ''}**. Try suggesting another name for it.`,
    })[p.kind],
  proposal: (p, name, reading) =>
    p.kind === 'concept'
      ? `New concept **${md(p.name)}** (${p.conceptKind}): ${md(p.summary)}${p.related && p.relation ? ` — ${reading(p.relation)} **${name(p.related)}**` : ''}`
      : p.kind === 'alias'
        ? `Another name for **${name(p.concept)}**: “${md(p.alias)}”`
        : p.kind === 'relation'
          ? `**${name(p.from)}** ${reading(p.type)} **${name(p.to)}**`
          : `New summary for **${name(p.concept)}**: ${md(p.summary)}`,
  pendingTitle: 'Suggestions waiting',
  pendingNone: 'No suggestion is waiting.',
  pendingLine: (n, proposal, by) => `**${n}.** ${proposal}${by ? ` — <@${by}>` : ''}`,
  approveButton: 'Approve',
  rejectButton: 'Reject',
  decided: (status, proposal) => `${status === 'approved' ? '✅ Approved' : '❌ Rejected'}: ${proposal}`,
  alreadyDecided: 'That suggestion was decided already.',
  notModerator: 'Only members who manage the server (or hold a moderator role) can decide suggestions.',
  serverOnly: 'This command works in a server only.',
  reviewNone: (hasCards) =>
    hasCards
      ? 'Nothing is due for review yet. Meanwhile, try `/quiz`.'
      : 'Nothing to review yet: answer a few `/quiz` questions first.',
};

const STRINGS: Record<Locale, UiStrings> = { vi, en };

/** The interface strings of a locale. */
export function ui(locale: Locale): UiStrings {
  return STRINGS[locale];
}
