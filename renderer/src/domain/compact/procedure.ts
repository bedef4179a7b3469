/**
 * 制定/修订程序 (2018 七部门指导意见; domain-rules §3.3, §1.7): a gated, pure lifecycle.
 *
 *   征集民意 soliciting (optional) → 拟定草案 drafting → 提请审核 under_review (the township's opinion,
 *   with date, reviewer and text) → reviewed → 审议表决 at a 村民会议 → adopted → 公布 published → 备案 filed
 *
 * Gates: no article with a 违法 finding goes to the vote, and every 风险 finding needs a recorded
 * reason; a 村民代表会议 instead of the 村民会议 is a hard warning (组织法 Art. 27 names the 村民会议
 * alone; some provinces forbid delegating it) that must be acknowledged with a reason; women's
 * attendance is shown (“表决应有一定比例妇女参会”: no number, so a finding, never a block). A vote
 * that fails, or a township that returns the draft, sends the procedure back to drafting.
 *
 * Amendments and repeals run the same procedure (`kind`) and produce a new version. Every transition
 * appends to `history`; the db layer writes the audit entry in the same unit of work. Functions return
 * a new procedure or throw CompactProcedureError with a message a secretary can act on.
 */
import { addDays, dayNumber, requireIsoDate } from '@/domain/calendar/calendar'
import { ART_27_COMPACT } from '@/domain/law/citations'
import type { Finding } from '@/domain/law/findings'
import type { RuleProfile } from '@/domain/rules/profile'
import { GUIDELINE_PROCEDURE } from './citations'
import type { Article, CompactVersion } from './model'
import { formatOrdinal } from './numerals'
import { reviewCompact } from './reviewArticle'

export class CompactProcedureError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CompactProcedureError'
  }
}

export type ProcedureKind = 'adopt' | 'amend' | 'repeal'
export type ProcedureState = 'soliciting' | 'drafting' | 'under_review' | 'reviewed' | 'adopted' | 'published' | 'filed'

export const PROCEDURE_STATE_LABELS: Record<ProcedureState, string> = {
  soliciting: '征集民意',
  drafting: '拟定草案',
  under_review: '提请审核',
  reviewed: '审核完毕',
  adopted: '表决通过',
  published: '已公布',
  filed: '已备案',
}

export interface Opinion {
  id: string
  date: string
  from: string
  text: string
}

export interface TownshipReview {
  date: string
  reviewer: string
  text: string
  outcome: 'approved' | 'approved_with_changes' | 'returned'
  /** Photo or PDF of the written opinion (evidence ids). */
  attachmentIds: string[]
}

export interface VoteRecord {
  meetingId: string
  date: string
  body: 'villagers_meeting' | 'representatives_meeting'
  quorumMet: boolean
  passed: boolean
  present?: number
  womenPresent?: number
  /** Required when body is the 村民代表会议. */
  representativesReason?: string
  /** The date the adopted version takes effect. */
  effectiveFrom: string
}

/** Why a 风险 finding stays: keyed by article number and finding code. */
export interface RiskReason {
  article: number
  code: string
  reason: string
}

export interface HistoryEntry {
  at: string
  state: ProcedureState
  summary: string
}

export interface CompactProcedure {
  id: string
  kind: ProcedureKind
  state: ProcedureState
  solicitation?: { noticeId?: string; opinions: Opinion[]; closedOn?: string }
  draft?: { submittedOn: string; articles: Article[] }
  riskReasons: RiskReason[]
  reviews: TownshipReview[]
  votes: VoteRecord[]
  adoptedAt?: string
  effectiveFrom?: string
  publication?: { date: string; noticeId: string; issuer: string }
  filing?: { date: string; receiptNumber: string; photoId?: string }
  history: HistoryEntry[]
}

function fail(message: string): never {
  throw new CompactProcedureError(message)
}

function requireState(p: CompactProcedure, allowed: readonly ProcedureState[], action: string): void {
  if (!allowed.includes(p.state)) {
    fail(
      `“${PROCEDURE_STATE_LABELS[p.state]}”阶段不能${action}（只有${allowed.map((s) => `“${PROCEDURE_STATE_LABELS[s]}”`).join('或')}阶段可以）`,
    )
  }
}

function requireDate(date: string, label: string): void {
  try {
    requireIsoDate(date)
  } catch {
    fail(`${label}不是有效日期：${date}`)
  }
}

function step(
  p: CompactProcedure,
  state: ProcedureState,
  now: string,
  summary: string,
  patch: Partial<CompactProcedure> = {},
): CompactProcedure {
  return { ...p, ...patch, state, history: [...p.history, { at: now, state, summary }] }
}

export function startProcedure(input: {
  id: string
  kind: ProcedureKind
  solicit: boolean
  now: string
  noticeId?: string
}): CompactProcedure {
  const base: CompactProcedure = { id: input.id, kind: input.kind, state: 'drafting', riskReasons: [], reviews: [], votes: [], history: [] }
  if (!input.solicit) return step(base, 'drafting', input.now, '开始拟定草案（未单独征集民意）')
  const solicitation: CompactProcedure['solicitation'] = { opinions: [] }
  if (input.noticeId !== undefined) solicitation.noticeId = input.noticeId
  return step(base, 'soliciting', input.now, '开始征集民意', { solicitation })
}

export function recordOpinion(p: CompactProcedure, opinion: Opinion, now: string): CompactProcedure {
  requireState(p, ['soliciting'], '登记意见')
  requireDate(opinion.date, '意见日期')
  if (!opinion.from.trim()) fail('请填写提出意见的人或村民小组')
  if (!opinion.text.trim()) fail('请填写意见内容')
  const s = p.solicitation!
  if (s.opinions.some((o) => o.id === opinion.id)) fail('该意见已登记')
  return {
    ...p,
    solicitation: { ...s, opinions: [...s.opinions, opinion] },
    history: [...p.history, { at: now, state: p.state, summary: `登记意见（${opinion.from}）` }],
  }
}

export function closeSolicitation(p: CompactProcedure, date: string, now: string): CompactProcedure {
  requireState(p, ['soliciting'], '结束征集民意')
  requireDate(date, '结束日期')
  const s = p.solicitation!
  return step(p, 'drafting', now, `征集民意结束，收到意见${s.opinions.length}条`, { solicitation: { ...s, closedOn: date } })
}

/** 提请审核: the draft goes to the township. Its text is frozen for the review. */
export function submitForReview(p: CompactProcedure, input: { date: string; articles: Article[]; now: string }): CompactProcedure {
  requireState(p, ['drafting'], '提请审核')
  requireDate(input.date, '报送日期')
  // a repeal of the whole compact is a version with no articles; anything else needs its text
  if (input.articles.length === 0 && p.kind !== 'repeal') fail('草案没有条文，不能提请审核')
  const review = reviewCompact({ articles: input.articles })
  const tail = review.blocked ? `；合法性审查发现${review.all.filter((f) => f.level === '违法').length}处违法内容，表决前必须改正` : ''
  return step(p, 'under_review', input.now, `报乡镇审核（${input.articles.length}条）${tail}`, {
    draft: { submittedOn: input.date, articles: input.articles },
  })
}

export function recordTownshipReview(p: CompactProcedure, review: TownshipReview, now: string): CompactProcedure {
  requireState(p, ['under_review'], '登记审核意见')
  requireDate(review.date, '审核日期')
  if (review.date < p.draft!.submittedOn) fail('审核日期不能早于报送日期')
  if (!review.reviewer.trim()) fail('请填写审核人（乡镇党委、政府或其工作人员）')
  if (!review.text.trim()) fail('请填写审核意见')
  const reviews = [...p.reviews, review]
  if (review.outcome === 'returned') return step(p, 'drafting', now, `乡镇退回修改（${review.reviewer}）`, { reviews })
  return step(p, 'reviewed', now, `乡镇审核${review.outcome === 'approved' ? '同意' : '原则同意，需修改'}（${review.reviewer}）`, {
    reviews,
  })
}

/** After the township's opinion or the meeting's discussion (根据讨论意见修订完善): the text to vote on. */
export function reviseDraft(p: CompactProcedure, articles: Article[], now: string): CompactProcedure {
  requireState(p, ['drafting', 'reviewed'], '修改草案')
  if (!p.draft) fail('草案尚未提请审核，直接修改即可')
  return { ...p, draft: { ...p.draft, articles }, history: [...p.history, { at: now, state: p.state, summary: '根据意见修改草案' }] }
}

export function recordRiskReason(p: CompactProcedure, reason: RiskReason, now: string): CompactProcedure {
  requireState(p, ['drafting', 'under_review', 'reviewed'], '记录保留理由')
  if (!reason.reason.trim()) fail('请写明保留理由')
  const others = p.riskReasons.filter((r) => !(r.article === reason.article && r.code === reason.code))
  return {
    ...p,
    riskReasons: [...others, reason],
    history: [...p.history, { at: now, state: p.state, summary: `记录${formatOrdinal(reason.article)}风险内容的保留理由` }],
  }
}

/** What stands before the vote: errors block it, the warning on the body must be acknowledged. */
export function checkVote(p: CompactProcedure, vote: Omit<VoteRecord, 'passed' | 'quorumMet'> & Partial<VoteRecord>): Finding[] {
  const out: Finding[] = []
  const err = (code: string, message: string) => out.push({ level: 'error', code, message, citation: GUIDELINE_PROCEDURE })
  if (p.state !== 'reviewed')
    err('compact.vote.not_reviewed', `草案须经乡镇审核后才能提交表决（当前阶段：${PROCEDURE_STATE_LABELS[p.state]}）`)
  if (p.draft) {
    const review = reviewCompact({ articles: p.draft.articles })
    const illegal = [...new Set(review.all.filter((f) => f.level === '违法').map((f) => f.article))]
    if (illegal.length > 0)
      err('compact.vote.illegal_articles', `${illegal.map((n) => formatOrdinal(n)).join('、')}有违法内容，改正前不能提交表决`)
    const open = review.risks.filter((f) => !p.riskReasons.some((r) => r.article === f.article && r.code === f.code && r.reason.trim()))
    const openArticles = [...new Set(open.map((f) => f.article))]
    if (openArticles.length > 0)
      err(
        'compact.vote.risk_without_reason',
        `${openArticles.map((n) => formatOrdinal(n)).join('、')}有风险内容，请修改或记录保留理由后再表决`,
      )
  }
  if (vote.body === 'representatives_meeting') {
    out.push({
      level: 'warning',
      code: 'compact.vote.representatives_meeting',
      message:
        '村规民约应由村民会议制定和修改（组织法第二十七条只规定了村民会议），部分省份明确规定不得授权村民代表会议表决村规民约。选择村民代表会议须确认并记录理由。',
      citation: ART_27_COMPACT,
    })
  }
  out.push(womenAttendance(vote.present, vote.womenPresent))
  return out
}

function womenAttendance(present: number | undefined, women: number | undefined): Finding {
  const citation = GUIDELINE_PROCEDURE
  if (present === undefined || women === undefined) {
    return {
      level: 'warning',
      code: 'compact.vote.women_unknown',
      message: '未登记妇女到会人数：指导意见要求表决应有一定比例妇女参会',
      citation,
    }
  }
  if (women === 0) {
    return {
      level: 'warning',
      code: 'compact.vote.no_women',
      message: `到会${present}人，没有妇女参会：指导意见要求表决应有一定比例妇女参会`,
      citation,
    }
  }
  const pct = present > 0 ? Math.round((women / present) * 1000) / 10 : 0
  return {
    level: 'info',
    code: 'compact.vote.women_present',
    message: `到会${present}人，其中妇女${women}人（${pct}%）；指导意见要求“表决应有一定比例妇女参会”，未规定具体比例`,
    citation,
  }
}

/** 审议表决: records the meeting's result (quorum and passing come from the meetings module). */
export function recordVote(p: CompactProcedure, vote: VoteRecord, now: string): CompactProcedure {
  requireDate(vote.date, '表决日期')
  requireDate(vote.effectiveFrom, '施行日期')
  if (!vote.meetingId) fail('请选择表决的会议')
  const findings = checkVote(p, vote)
  const errors = findings.filter((f) => f.level === 'error')
  if (errors.length > 0) fail(`不能提交表决：${errors.map((f) => f.message).join('；')}`)
  if (vote.body === 'representatives_meeting' && !vote.representativesReason?.trim()) {
    fail('选择村民代表会议表决村规民约，须确认警告并写明理由')
  }
  if (p.reviews.length > 0 && vote.date < p.reviews[p.reviews.length - 1]!.date) fail('表决日期不能早于乡镇审核日期')
  if (vote.effectiveFrom < vote.date) fail('施行日期不能早于表决日期')
  const votes = [...p.votes, vote]
  if (!vote.quorumMet || !vote.passed) {
    const why = !vote.quorumMet ? '到会人数未达法定要求' : '表决未获通过'
    return step(p, 'drafting', now, `${why}，回到拟定草案`, { votes })
  }
  return step(p, 'adopted', now, `${vote.body === 'villagers_meeting' ? '村民会议' : '村民代表会议'}表决通过`, {
    votes,
    adoptedAt: vote.date,
    effectiveFrom: vote.effectiveFrom,
  })
}

/** 公布: through the notices module, signed “××村村民会议”. */
export function recordPublication(
  p: CompactProcedure,
  input: { date: string; noticeId: string; issuer: string },
  now: string,
): CompactProcedure {
  requireState(p, ['adopted'], '登记公布')
  requireDate(input.date, '公布日期')
  if (input.date < p.adoptedAt!) fail('公布日期不能早于表决通过日期')
  if (!input.noticeId) fail('请选择公布所用的公告')
  const issuer = input.issuer.trim()
  if (!/村民(代表)?会议$/.test(issuer)) fail('村规民约公布的落款应为“××村村民会议”')
  return step(p, 'published', now, `公布（${issuer}）`, { publication: { date: input.date, noticeId: input.noticeId, issuer } })
}

/** 备案: filed with the township (filing, not approval). */
export function recordFiling(
  p: CompactProcedure,
  input: { date: string; receiptNumber: string; photoId?: string },
  now: string,
): CompactProcedure {
  requireState(p, ['published'], '登记备案')
  requireDate(input.date, '备案日期')
  if (input.date < p.adoptedAt!) fail('备案日期不能早于表决通过日期')
  if (!input.receiptNumber.trim()) fail('请填写乡镇出具的备案回执号')
  const filing: CompactProcedure['filing'] = { date: input.date, receiptNumber: input.receiptNumber.trim() }
  if (input.photoId !== undefined) filing.photoId = input.photoId
  return step(p, 'filed', now, `报乡镇备案（回执${filing.receiptNumber}）`, { filing })
}

/**
 * The version an adopted procedure produces: the voted text, in force from the vote's effectiveFrom,
 * with the adopting meeting. Add it to the compact's versions (readCompact checks it fits).
 */
export function adoptedVersion(p: CompactProcedure, id: string, note?: string): CompactVersion {
  if (!p.adoptedAt || !p.effectiveFrom || !p.draft) fail('村规民约尚未表决通过，还没有新版本')
  const vote = p.votes[p.votes.length - 1]!
  const v: CompactVersion = {
    id,
    effectiveFrom: p.effectiveFrom,
    adoptedAt: p.adoptedAt,
    meetingId: vote.meetingId,
    articles: p.draft.articles,
  }
  if (note !== undefined) v.note = note
  return v
}

export interface FilingReminder {
  /** Last day to file, inclusive: the adoption date plus the profile's filing days. */
  due: string
  daysLeft: number
  overdue: boolean
  finding: Finding
}

/** The 备案 reminder (profile.compactFilingDays, local practice by default); null once filed or before adoption. */
export function filingReminder(p: CompactProcedure, profile: Pick<RuleProfile, 'compactFilingDays'>, today: string): FilingReminder | null {
  if (!p.adoptedAt || p.filing) return null
  const rule = profile.compactFilingDays
  const due = addDays(p.adoptedAt, rule.days)
  const daysLeft = dayNumber(requireIsoDate(due)) - dayNumber(requireIsoDate(today))
  const overdue = daysLeft < 0
  const label = rule.binding === 'default' ? '（地方惯例，可调整）' : ''
  const message = overdue
    ? `村规民约已于${p.adoptedAt}通过，应在${due}前报乡镇人民政府备案${label}，已超过${-daysLeft}天`
    : `村规民约已于${p.adoptedAt}通过，请在${due}前报乡镇人民政府备案${label}，还有${daysLeft}天`
  return {
    due,
    daysLeft,
    overdue,
    finding: { level: overdue ? 'warning' : 'info', code: 'compact.filing.reminder', message, citation: rule.citation },
  }
}

/** 村委会任期五年: a review at each 换届 is suggested (domain-rules R3.6: no national cycle; a suggestion). */
export function suggestedReviewDate(adoptedAt: string, years = 5): string {
  const d = requireIsoDate(adoptedAt)
  const day = d.month === 2 && d.day === 29 ? 28 : d.day
  return `${String(d.year + years).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
