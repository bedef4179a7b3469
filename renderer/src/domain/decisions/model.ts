/**
 * 四议两公开 (a village's major matter, from proposal to published result): the model.
 *
 *   ① 村党组织提议     支委会 (party_committee)
 *   ② “两委”会议商议   两委联席会议 (joint_committees) — merged with ① where the profile allows (一肩挑)
 *   ③ 党员大会审议     党员大会 (party_assembly)
 *   ④ 村民会议或村民代表会议决议   villagers_meeting | representatives_meeting (| group_meeting, the
 *                      collective bodies for their own matters)
 *   ⑤ 决议公开         a 决议公开 notice (notices/), objections answered
 *   ⑥ 实施结果公开     cost, progress, acceptance; a 实施结果公开 notice; closed when it ends
 *
 * Plain data, append-only: every meeting attempt is kept in `steps`, in order; a passed ④ is the
 * decision and is frozen — later changes are `corrections` beside it (design.md principle 3).
 */
import type { MatterTag } from '@/domain/meetings/matters'
import type { BodyKind } from '@/domain/rules/profile'

/** 动议事由 — the same on every step of a matter. */
export type MotionSource = '党员群众建议' | '村干部提议' | '上级党委政府安排'

export const MOTION_SOURCES: readonly MotionSource[] = ['党员群众建议', '村干部提议', '上级党委政府安排']

export type StepNo = 1 | 2 | 3 | 4 | 5 | 6

export const STEP_LABELS: Record<StepNo, string> = {
  1: '村党组织提议',
  2: '村“两委”会议商议',
  3: '党员大会审议',
  4: '村民会议或村民代表会议决议',
  5: '决议公开',
  6: '实施结果公开',
}

export type MatterState =
  | 'proposing' // awaiting ①
  | 'consulting' // awaiting ②
  | 'reviewing' // awaiting ③
  | 'resolving' // awaiting ④
  | 'disclosing' // ⑤ 决议公开 under way
  | 'implementing' // awaiting ⑥ (implementation record and its notice)
  | 'publishing_results' // ⑥ notice running
  | 'closed' // done: the 实施结果公开 notice has ended
  | 'rejected' // ④ not passed: 未通过, cannot be implemented
  | 'dropped' // withdrawn before ④

export const MATTER_STATE_LABELS: Record<MatterState, string> = {
  proposing: '待提议',
  consulting: '待商议',
  reviewing: '待审议',
  resolving: '待决议',
  disclosing: '决议公开中',
  implementing: '实施中',
  publishing_results: '实施结果公开中',
  closed: '已办结',
  rejected: '未通过',
  dropped: '已撤销',
}

/** The step a state waits at (for the stepper). */
export const STATE_STEP: Record<MatterState, StepNo | null> = {
  proposing: 1,
  consulting: 2,
  reviewing: 3,
  resolving: 4,
  disclosing: 5,
  implementing: 6,
  publishing_results: 6,
  closed: null,
  rejected: null,
  dropped: null,
}

/** 乡镇参会人员 with their 职务 (the township checks who attended). */
export interface TownshipAttendee {
  name: string
  post: string
}

/** What came of a meeting, taken from evaluateVote (never typed by hand). */
export interface StepOutcome {
  quorumMet: boolean
  passed: boolean
  entitled: number
  present: number
  /** 到会比例, e.g. “66.7%”. */
  ratio: string
  /** The result in words, with its citation (evaluateVote's sentence). */
  sentence: string
  /** Which law was applied, and why. */
  law: string
  lawReason: string
}

/** One meeting of steps ①–④. */
export interface MeetingStep {
  step: 1 | 2 | 3 | 4
  /** ① and ② held as one meeting (一肩挑). */
  mergedWith?: 2
  body: BodyKind
  meetingId: string
  /** 'YYYY-MM-DD' */
  date: string
  /** 会议形式: 现场会议, 线上会议… */
  form: string
  place?: string
  /** 提议/商议/审议/决议内容 */
  content: string
  township: TownshipAttendee[]
  outcome: StepOutcome
  /** What was decided on a failed ③: revise at ②, or drop the matter. */
  onFailure?: 'revise' | 'drop'
  recordedAt: string
}

export interface DisclosureObjectionNote {
  objectionId: string
  /** The objection was answered but not resolved to the objector's satisfaction. */
  unresolved: boolean
}

/** ⑤ 决议公开: the notice that carries it (notices/), and how it ended. */
export interface Disclosure {
  /** Which ④ (index into steps) this discloses. */
  decisionIndex: number
  noticeId: string
  start: string
  /** Last day of the 公示期. */
  end: string
  endedOn?: string
  /** Objections left unresolved, and what was done about them. */
  unresolved: DisclosureObjectionNote[]
  outcome?: 'proceed' | 'returned_to_review'
}

/** ⑥ 实施结果: cost, progress, acceptance. */
export interface Implementation {
  /** 实际费用, in yuan (元), as entered. */
  cost?: number
  progress: string
  acceptance?: { date: string; by: string; result: string }
  noticeId?: string
  start?: string
  end?: string
  recordedAt: string
}

/** A correction to the frozen decision: kept beside it, the original never changes. */
export interface Correction {
  field: string
  from: string
  to: string
  reason: string
  who: string
  when: string
}

export interface Matter {
  id: string
  title: string
  motionSource: MotionSource
  tags: MatterTag[]
  state: MatterState
  steps: MeetingStep[]
  disclosures: Disclosure[]
  implementation?: Implementation
  corrections: Correction[]
  droppedReason?: string
  createdAt: string
  updatedAt: string
}
