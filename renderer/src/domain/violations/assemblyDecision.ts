/**
 * 村民代表会议作出处理决定: the meeting and what it means for the case, decided together, so a
 * meeting is never recorded without its consequence (app/violations/caseSteps.ts writes both in one
 * audited unit).
 *
 * decideByAssembly(c, input, today, benefits, context?) → Outcome<ViolationCase>
 *   input: DecideInput with `meeting` (an AssemblyMeeting: the meetings module's count of the
 *   meeting — quorum met, motion passed, its sentence with the law cited — never counted here).
 *   - Refused (nothing to write, the meeting neither) when the decision would be unlawful for any
 *     reason but the meeting's count: the case not 已陈述申辩, the meeting inside the 陈述申辩 period,
 *     a measure the article or the 告知书 does not allow, a 风险 measure without its reason, a
 *     meeting already recorded on the case.
 *   - Quorum met and the motion passed (组织法 Art. 26: 三分之二以上组成人员参加, 到会人员过半数
 *     同意): the case is decided (decideCase), the meeting listed with result 'decided'.
 *   - Otherwise the case stays 已陈述申辩 (undecided) and the meeting is listed against it with
 *     result 'no_quorum' or 'not_passed'; undecidedBecause(c) then says why and what to do next.
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import type { Benefit, SuspendContext } from './benefits'
import type { AssemblyMeeting, ViolationCase } from './case'
import { decideCase, type DecideInput } from './lifecycle'
import { attempt, deny, ensure, type Outcome } from './outcome'

const cn = formatChineseDate

export function decideByAssembly(
  c: ViolationCase,
  input: DecideInput & { meeting: Omit<AssemblyMeeting, 'result'> },
  today: string,
  benefits: readonly Benefit[],
  context: SuspendContext = {},
): Outcome<ViolationCase> {
  return attempt(() => {
    const m = input.meeting
    const held = c.assemblyMeetings ?? []
    ensure(!held.some((x) => x.meetingId === m.meetingId), '这次会议已经记入本案件')
    ensure(input.body === '村民代表会议', `会议只能用于由村民代表会议决定的案件，不能由${input.body}决定`)
    const ref = { meetingId: m.meetingId, date: m.date, quorumReached: m.quorumReached, passed: m.passed }
    // Everything but the count first: had the meeting passed, could it lawfully have decided this?
    const lawful = decideCase(c, { ...input, meeting: { ...ref, quorumReached: true, passed: true } }, today, benefits, context)
    if (!lawful.ok) deny(lawful.reason, lawful.citation)
    const result: AssemblyMeeting['result'] = !m.quorumReached ? 'no_quorum' : !m.passed ? 'not_passed' : 'decided'
    const recorded = [...held, { ...ref, sentence: m.sentence, result }]
    if (result !== 'decided') return { ...c, assemblyMeetings: recorded }
    const decided = decideCase(c, { ...input, meeting: ref }, today, benefits, context)
    if (!decided.ok) deny(decided.reason, decided.citation)
    return { ...decided.value, assemblyMeetings: recorded }
  })
}

/** The last meeting held on an undecided case, when it failed: what the screen and the file say. */
export function failedAssembly(c: ViolationCase): AssemblyMeeting | undefined {
  if (c.decision) return undefined
  const last = c.assemblyMeetings?.at(-1)
  return last && last.result !== 'decided' ? last : undefined
}

/** Why a meeting made no decision, in plain words with its count (the law is cited in the sentence). */
export function whyNoDecision(m: AssemblyMeeting): string {
  const what = m.result === 'no_quorum' ? '到会人数不足' : '表决未通过处理决定'
  // the sentence carries the count and the law (“应到11人，实到1人，……会议不能召开；所作表决无效 —《…》第二十六条”)
  return `${cn(m.date)}的村民代表会议${what}，没有作出处理决定：${m.sentence}`
}

/** What to do after a failed meeting. */
export function afterFailedAssembly(m: AssemblyMeeting): string {
  return m.result === 'no_quorum'
    ? '请重新召集村民代表会议，到会人数达到法定人数后再表决'
    : '可以重新召集村民代表会议表决（可只保留部分措施），或者不予处理并写明理由'
}

/** The case is undecided because of a failed meeting: the one sentence for the screen. */
export function undecidedBecause(c: ViolationCase): string | undefined {
  const m = failedAssembly(c)
  return m ? `${whyNoDecision(m)}。案件仍未决定：${afterFailedAssembly(m)}。` : undefined
}
