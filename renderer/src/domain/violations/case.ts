/**
 * 违约处理案件 (violation case): the plain data a case is made of, as the db stores it.
 *
 * A case cites SNAPSHOTS of the compact's articles (ArticleRef: the version's text copied in), so
 * the file reads the same after the article is amended. Dates are 'YYYY-MM-DD'. Records are
 * evidence (design principle 3): a step is added, never rewritten; a wrong decision is reversed on
 * appeal with its reason, not deleted.
 *
 * Date conventions used throughout (each stated where it matters):
 * - ArticleRef.effectiveFrom … effectiveTo: both inclusive (effectiveTo is the LAST day in force).
 * - Measure.startDate is the first day the measure applies; Measure.lastDay the last (inclusive,
 *   “暂停至某日止”).
 * - Restoration.date and Reversal.date are the FIRST day the measure no longer applies
 *   (“自某日起恢复”): see suspensionsOn.ts.
 */

/** 行为规范条款 (conduct), 处理条款 (handling: who decides, which measures), 恢复条款 (restoration). */
export type ArticleRole = 'conduct' | 'handling' | 'restoration'

export const ARTICLE_ROLE_LABELS: Record<ArticleRole, string> = { conduct: '行为规范条款', handling: '处理条款', restoration: '恢复条款' }

/**
 * 处理措施. Closed list: what the compact may allow (domain-rules R3.5). 罚款、没收、限制人身自由
 * and the other R3.4 items cannot be expressed here at all, so they can never be decided.
 */
export type MeasureKind = '批评教育' | '书面检讨' | '赔礼道歉' | '公开通报' | '取消评先评优资格' | '暂停享受福利' | '恢复原状' | '赔偿损失'

export const MEASURE_KINDS: readonly MeasureKind[] = [
  '批评教育',
  '书面检讨',
  '赔礼道歉',
  '公开通报',
  '取消评先评优资格',
  '暂停享受福利',
  '恢复原状',
  '赔偿损失',
]

/** Measures that last (and so need a condition for ending); the others are done once. */
export const LASTING_MEASURES: ReadonlySet<MeasureKind> = new Set<MeasureKind>(['取消评先评优资格', '暂停享受福利'])

export type DecidingBody = '村民委员会' | '村民代表会议'

/**
 * One article of one compact version, as the case cites it forever. The compact module
 * (domain/compact) owns the compact; the lead maps its articles to this snapshot.
 */
export interface ArticleRef {
  compactId: string
  versionId: string
  /** 条文序号 as printed, e.g. '第十二条'; the same number across versions is the same article. */
  number: string
  text: string
  role: ArticleRole
  /** First day in force (inclusive). */
  effectiveFrom: string
  /** Last day in force (inclusive); absent while still in force. */
  effectiveTo?: string
  /** handling: the measures this article allows. Absent or empty: it allows none. */
  allowedMeasures?: readonly MeasureKind[]
  /** handling: the benefits (Benefit.id) it allows to suspend; absent = any 自主福利 on the village list. */
  suspendableBenefitIds?: readonly string[]
  /** handling: the body that decides (default 村民委员会). */
  decidingBody?: DecidingBody
  /** handling: 风险 findings of the legality review, per measure (plain Chinese). */
  measureRisks?: Partial<Record<MeasureKind, string>>
  /** Display name of the compact, e.g. '张庄村村规民约（2024年修订）'. */
  compactTitle?: string
}

export type ReporterKind = '网格员' | '村民' | '村干部' | '上级转办'

export interface EvidenceRef {
  kind: '照片' | '文件' | '视频' | '其他'
  /** Attachment id in the evidence store. */
  ref: string
  note?: string
}

/** 登记. */
export interface Report {
  reporterKind: ReporterKind
  reporterName: string
  /** 登记日期 */
  reportDate: string
  /** 行为发生日期: the article is chosen by THIS date. */
  actDate: string
  place: string
  facts: string
  evidence: EvidenceRef[]
  villagerId: string
  householdId: string
}

/** 认定. */
export interface Assessment {
  date: string
  conductArticle: ArticleRef
  /** 认定意见: how the facts breach the article. */
  finding: string
}

/** A measure as intended (告知书) or decided (决定书). */
export interface Measure {
  kind: MeasureKind
  /** 暂停享受福利: the Benefit.id suspended. */
  benefitId?: string
  /** 暂停享受福利: the whole household (户) or only the villager (人). Default from the benefit's unit. */
  scope?: '户' | '人'
  /** First day the measure applies (inclusive). */
  startDate: string
  /** Last day it applies (inclusive) when the decision fixes one. */
  lastDay?: string
  /** Ends from the restoration date (整改验收合格并经恢复). */
  untilRestored?: boolean
  /** Free description, e.g. “拆除加高部分，恢复原高度”. */
  detail?: string
  /** The recorded reason when the measure carries a 风险 finding. */
  riskReason?: string
}

export type ServiceMethod = '直接送达' | '留置送达' | '委托送达' | '邮寄送达'

export interface HearingPeriodRecord {
  days: number
  unit: '自然日' | '工作日'
  /** First counted day (the day after service, 民法典 201). */
  firstDay: string
  /** Last day of the period (inclusive, until 24:00; after 民法典 203 if it applied). */
  lastDay: string
  /** Where the period came from, for the 告知书: “地方惯例，可调整” or the profile's name. */
  basis: string
  notes: string[]
}

/** A measure as the 告知书 states it: what is intended, before any date is fixed. */
export type MeasurePlan = Pick<Measure, 'kind' | 'benefitId' | 'scope' | 'detail'>

/** 告知 (违约处理告知书). */
export interface Notification {
  /** 告知书成文日期 */
  date: string
  serviceDate: string
  serviceMethod: ServiceMethod
  /** 送达回证 or the photo of 留置送达. */
  serviceProof?: string
  facts: string
  handlingArticle: ArticleRef
  intendedMeasures: MeasurePlan[]
  period: HearingPeriodRecord
}

/** 陈述申辩. */
export type Hearing =
  | { kind: 'statement'; date: string; text: string; response?: { date: string; text: string } }
  | { kind: 'none'; recordedOn: string }
  | { kind: 'waived'; date: string; writtenRef: string; text?: string }

export interface MeetingRef {
  meetingId: string
  date: string
  quorumReached: boolean
  passed: boolean
}

/**
 * A 村民代表会议 held on the case, kept whatever came of it: a meeting short of its quorum is a
 * lawful record too (who came, the quorum not met, the rule cited), and the reason the case is
 * still undecided (assemblyDecision.ts).
 */
export interface AssemblyMeeting extends MeetingRef {
  /** The meetings module's count in words with the law cited (“应到6人，实到3人，未达到三分之二以上…”). */
  sentence: string
  /** decided: this meeting made the decision; no_quorum: 到会人数不足; not_passed: 表决未通过. */
  result: 'decided' | 'no_quorum' | 'not_passed'
}

/** A decision reversed on appeal: its measures stop from `date` (first day no longer applying). */
export interface Reversal {
  date: string
  reason: string
  by: string
  objectionId?: string
}

/** 决定 (处理决定书). */
export interface Decision {
  date: string
  body: DecidingBody
  meeting?: MeetingRef
  handlingArticle: ArticleRef
  measures: Measure[]
  /** The decision orders a 违约处理公示. */
  publish: boolean
  reversal?: Reversal
}

/** 公示. */
export interface Publication {
  date: string
  /** The name as it appears on the notice: '李某' unless a reason for the full name is recorded. */
  shownName: string
  fullNameReason?: string
  noticeId?: string
  text: string
}

export interface Verification {
  date: string
  checkedBy: string
  photoRef?: string
  passed: boolean
  note?: string
}

/** 整改. */
export interface Rectification {
  requirement: string
  deadline: string
  setOn: string
  /** Earlier deadlines, when a failed check gave a new one. */
  earlierDeadlines: string[]
  verifications: Verification[]
}

/** 恢复 (恢复通知书). */
export interface Restoration {
  /** First day the lasting measures no longer apply. */
  date: string
  article: ArticleRef
  noticeDate: string
}

export type ObjectionBody = '村务监督委员会' | '乡镇人民政府'

/** 异议/申诉, at any stage. */
export interface CaseObjection {
  id: string
  date: string
  by: string
  to: ObjectionBody
  content: string
  outcome?: { date: string; result: '维持' | '撤销'; reason: string; by: string }
}

export type CaseState =
  'reported' | 'assessed' | 'notified' | 'heard' | 'decided' | 'published' | 'rectifying' | 'rectified' | 'restored' | 'closed'

export const CASE_STATE_LABELS: Record<CaseState, string> = {
  reported: '已登记',
  assessed: '已认定',
  notified: '已告知',
  heard: '已陈述申辩',
  decided: '已决定',
  published: '已公示',
  rectifying: '整改中',
  rectified: '已整改',
  restored: '已恢复',
  closed: '已结案',
}

export type CaseOutcome = '处理完毕' | '不予处理' | '决定被撤销'

export interface ViolationCase {
  id: string
  /** 案件编号 for print, e.g. '张庄违约〔2026〕3号'. */
  caseNo: string
  state: CaseState
  report: Report
  assessment?: Assessment
  notification?: Notification
  hearing?: Hearing
  decision?: Decision
  /** Every 村民代表会议 held to decide the case, in order; the last one decided when the case is decided. */
  assemblyMeetings?: AssemblyMeeting[]
  publication?: Publication
  rectification?: Rectification
  restoration?: Restoration
  objections: CaseObjection[]
  closed?: { date: string; outcome: CaseOutcome; reason?: string }
}
