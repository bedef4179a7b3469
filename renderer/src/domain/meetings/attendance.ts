/**
 * 签到 (attendance) against a frozen roster: 到会 / 缺席 / 请假, and 委托 only where the rules allow
 * a written proxy (集体经济组织法 Art. 27: to another member of the same household with full civil
 * capacity; the national profile allows it at the 成员大会 and, through Art. 64, at a village meeting
 * deciding a collective matter). Those not on the roster (列席, visitors) cannot be marked: they
 * never count. The tally gives the counts `evaluateVote` takes.
 */
import { ART_22_QUORUM, CEO_ART_27_ASSEMBLY } from '@/domain/law/citations'
import type { Finding } from '@/domain/law/findings'
import { NATIONAL_PROFILE } from '@/domain/rules/national'
import type { RuleProfile } from '@/domain/rules/profile'
import { proxyRule } from './bodies'
import type { VoteCounts } from './counts'
import type { FrozenRoster } from './roster'

export type AttendanceStatus = '到会' | '缺席' | '请假' | '委托'

export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = ['到会', '缺席', '请假', '委托']

export interface AttendanceMark {
  status: AttendanceStatus
  /** 委托: the member who attends in this person's place. */
  proxyId?: string
  /** 委托: the written proxy (书面委托) was handed in. */
  written?: boolean
  /** 到会 online by an instant-messaging tool (集体经济组织法 Art. 27), kept for the minutes. */
  online?: boolean
}

export interface AttendanceInput {
  roster: FrozenRoster
  /** By villager id (members and non-voting attendees). Unmarked members count as 缺席. */
  marks: Readonly<Record<string, AttendanceMark>>
  /** Household form: household id → the villager who represents it. */
  householdsPresent?: Readonly<Record<string, string>>
  profile?: RuleProfile
}

export interface AttendanceTally {
  present: number
  absent: number
  onLeave: number
  /** Valid proxies (counted in `present`). */
  proxies: number
  unmarked: number
  probationaryPresent: number
  presentHouseholds: number
  /** Names of those absent or on leave, for the minutes (缺席人员). */
  absentNames: string[]
  findings: Finding[]
  /** What evaluateVote takes. */
  counts: Pick<
    VoteCounts,
    'entitled' | 'present' | 'entitledHouseholds' | 'presentHouseholds' | 'probationaryPresent' | 'observers' | 'proxies'
  >
}

function fieldOf(id: string): string {
  return `attendance.${id}`
}

export function tallyAttendance(input: AttendanceInput): AttendanceTally {
  const { roster, marks } = input
  const profile = input.profile ?? NATIONAL_PROFILE
  const allowsProxy = proxyRule(profile, roster.body, roster.actsForCollective) === 'same_household'
  const members = new Map(roster.members.map((m) => [m.villagerId, m]))
  const nonVoting = new Map(roster.nonVoting.map((m) => [m.villagerId, m]))
  const findings: Finding[] = []
  const citation = allowsProxy ? CEO_ART_27_ASSEMBLY : profile.bodies[roster.body].decision.citation
  let present = 0
  let absent = 0
  let onLeave = 0
  let proxies = 0
  let unmarked = 0
  let probationaryPresent = 0
  const absentNames: string[] = []

  for (const [id, mark] of Object.entries(marks)) {
    if (members.has(id) || nonVoting.has(id)) continue
    const observer = roster.observers.find((o) => o.villagerId === id)
    findings.push({
      level: 'error',
      code: 'not_on_roster',
      message: observer ? `${observer.name}为列席人员，不计入到会人数` : `${id}不在本次会议的应到名单上，不能登记为“${mark.status}”`,
      citation: ART_22_QUORUM,
      field: fieldOf(id),
    })
  }

  for (const m of roster.nonVoting) if (marks[m.villagerId]?.status === '到会') probationaryPresent += 1

  for (const m of roster.members) {
    const mark = marks[m.villagerId]
    if (!mark) {
      unmarked += 1
      absent += 1
      absentNames.push(m.name)
      continue
    }
    switch (mark.status) {
      case '到会':
        present += 1
        break
      case '缺席':
        absent += 1
        absentNames.push(m.name)
        break
      case '请假':
        onLeave += 1
        absentNames.push(`${m.name}（请假）`)
        break
      case '委托': {
        const problem = proxyProblem(m.villagerId, mark, allowsProxy, members, marks)
        if (problem) {
          findings.push({
            level: 'error',
            code: 'proxy_refused',
            message: `${m.name}：${problem}，按缺席计`,
            citation,
            field: fieldOf(m.villagerId),
          })
          absent += 1
          absentNames.push(m.name)
        } else {
          present += 1
          proxies += 1
        }
        break
      }
    }
  }
  if (unmarked > 0) {
    findings.push({ level: 'info', code: 'unmarked_absent', message: `${unmarked}人未登记出席情况，按缺席计`, citation: ART_22_QUORUM })
  }

  let presentHouseholds = 0
  if (roster.mode === 'household') {
    const households = new Map(roster.households.map((h) => [h.householdId, h]))
    for (const [householdId, representativeId] of Object.entries(input.householdsPresent ?? {})) {
      const h = households.get(householdId)
      if (!h) {
        findings.push({
          level: 'error',
          code: 'household_not_on_roster',
          message: `${householdId}不在本次会议的应到户名单上`,
          citation: ART_22_QUORUM,
          field: fieldOf(householdId),
        })
      } else if (!h.memberIds.includes(representativeId)) {
        findings.push({
          level: 'error',
          code: 'representative_not_of_household',
          message: `${h.householdNo}户的代表须为本户年满18周岁的在册村民`,
          citation: ART_22_QUORUM,
          field: fieldOf(householdId),
        })
      } else {
        presentHouseholds += 1
      }
    }
  }

  return {
    present,
    absent,
    onLeave,
    proxies,
    unmarked,
    probationaryPresent,
    presentHouseholds,
    absentNames,
    findings,
    counts: {
      entitled: roster.counts.entitled,
      present: roster.mode === 'household' ? presentHouseholds : present,
      entitledHouseholds: roster.counts.households,
      presentHouseholds,
      probationaryPresent,
      observers: roster.counts.observers,
      proxies,
    },
  }
}

function proxyProblem(
  id: string,
  mark: AttendanceMark,
  allowsProxy: boolean,
  members: ReadonlyMap<string, { householdId: string; name: string }>,
  marks: Readonly<Record<string, AttendanceMark>>,
): string | null {
  if (!allowsProxy) return '本会议不允许委托他人参加'
  if (!mark.proxyId) return '未填写受托人'
  if (mark.proxyId === id) return '不能委托本人'
  const holder = members.get(mark.proxyId)
  if (!holder) return '受托人须为本次会议应到名单上的成员'
  if (holder.householdId !== members.get(id)?.householdId) return `受托人${holder.name}不是同一户的家庭成员`
  if (marks[mark.proxyId]?.status !== '到会') return `受托人${holder.name}未到会`
  if (!mark.written) return '须有书面委托'
  return null
}
