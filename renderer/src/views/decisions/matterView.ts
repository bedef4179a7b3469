/**
 * What the 四议两公开 screens show of a matter, in words: the stepper (①–⑥, where it stands and how
 * each recorded step ended), the tags as options for the new-matter form, and the meeting body of
 * each step. Pure: reads the matter, never writes.
 */
import { STATE_STEP, STEP_LABELS, type Matter, type MatterState, type StepNo } from '@/domain/decisions/model'
import { ART_24_ITEMS, MATTER_TAG_LABELS, art24Words, type MatterTag } from '@/domain/meetings/matters'
import type { BodyKind } from '@/domain/rules/profile'

export const STEP_NUMBERS: readonly StepNo[] = [1, 2, 3, 4, 5, 6]
export const CIRCLED = ['①', '②', '③', '④', '⑤', '⑥'] as const

/** el-steps: the active index (0-based) and the status of the current step. */
export function stepperOf(m: Pick<Matter, 'state' | 'steps'>): { active: number; status: 'process' | 'error' | 'finish' | 'wait' } {
  const waiting = STATE_STEP[m.state]
  if (waiting) return { active: waiting - 1, status: 'process' }
  if (m.state === 'closed') return { active: 6, status: 'finish' }
  // 未通过 / 已撤销: the stepper stops, in red, at the last step held
  const last = m.steps.at(-1)?.step ?? 1
  return { active: last - 1, status: 'error' }
}

/** The one-line description under a step of the stepper. */
export function stepDescription(m: Matter, step: StepNo): string {
  if (step <= 4) {
    const held = m.steps.filter((s) => s.step === step || (step === 2 && s.mergedWith === 2))
    const last = held.at(-1)
    if (!last) return ''
    const result = last.outcome.passed ? '通过' : last.outcome.quorumMet ? '未通过' : '未达法定人数'
    return `${last.date} ${result}`
  }
  if (step === 5) {
    const d = m.disclosures.at(-1)
    return d ? `${d.start}至${d.end}` : ''
  }
  const impl = m.implementation
  return impl?.start ? `${impl.start}至${impl.end}` : impl ? '实施中' : ''
}

export const stepTitle = (step: StepNo) => `${CIRCLED[step - 1]} ${STEP_LABELS[step]}`

/** The bodies that may hold each meeting step (④: the 村民会议, or the 村民代表会议 it authorised). */
export const STEP_BODIES: Record<1 | 2 | 3 | 4, BodyKind[]> = {
  1: ['party_committee'],
  2: ['joint_committees'],
  3: ['party_assembly'],
  4: ['representatives_meeting', 'villagers_meeting'],
}

export const MEETING_STATES: MatterState[] = ['proposing', 'consulting', 'reviewing', 'resolving']

/** Tag options for the new-matter form: the nine Art. 24 items by number, then the collective matters. */
export const TAG_OPTIONS: { value: MatterTag; label: string }[] = [
  ...ART_24_ITEMS.map((t) => ({ value: t as MatterTag, label: `${art24Words(t)}：${MATTER_TAG_LABELS[t]}` })),
  ...(['collective_property', 'member_rights', '收益分配', '成员身份', 'non_member_sharing'] as MatterTag[]).map((t) => ({
    value: t,
    label: `涉及${MATTER_TAG_LABELS[t]}`,
  })),
]

export const tagLabel = (t: MatterTag) => MATTER_TAG_LABELS[t] ?? t

type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger'
const STATE_TAG_TYPES: Partial<Record<MatterState, TagType>> = {
  closed: 'success',
  rejected: 'danger',
  dropped: 'info',
  disclosing: 'warning',
  publishing_results: 'warning',
}
/** The colour of a state's tag: red for 未通过, green for 已办结, orange while a 公开 runs. */
export const stateTagType = (s: MatterState): TagType => STATE_TAG_TYPES[s] ?? 'primary'
