/**
 * Words the 四议两公开 papers share: the meeting's name (“东风村村民代表会议”), its time
 * (“2026年3月15日 9:00”), a step's result (“通过”, “未通过”, “会议无效（未达到法定人数）”), and each
 * person's 身份 on the meeting date from the registry's roles (党员, 村民代表, 两委 posts…).
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import type { StepOutcome } from '@/domain/decisions/model'
import type { FrozenRoster } from '@/domain/meetings/roster'
import { activeRolesOfKind, isFullPartyMemberOn, type Household, type Villager } from '@/domain/people/model'
import { BODY_LABELS, type BodyKind } from '@/domain/rules/profile'
import type { VillageProfile } from '@/domain/village/profile'

/** “东风村村民代表会议”; a 村民小组会议 names its group: “东风村三组村民小组会议”. */
export function meetingName(body: BodyKind, village: VillageProfile, groupName?: string): string {
  const label = BODY_LABELS[body]
  if (body === 'group_meeting' && groupName?.trim()) return `${village.villageName}${groupName.trim()}村民小组会议`
  // “东风村” + “村党组织委员会会议” would read 村村: the label's own 村 goes where it names the village
  return `${village.villageName}${village.villageName.endsWith('村') ? label.replace(/^村(?=党|“)/, '') : label}`
}

/**
 * Who a meeting's paper goes out under: the 村党组织 for its own bodies (支委会, 党员大会) and for
 * the “两委”联席会议 it convenes; the 村民委员会 for the villagers' bodies (and for a collective's,
 * whose functions it carries where no 集体经济组织 exists).
 */
export function issuerOf(body: BodyKind, village: VillageProfile): string {
  return body === 'party_committee' || body === 'party_assembly' || body === 'joint_committees'
    ? village.partyOrgName
    : village.committeeName
}

/** “2026年3月15日 9:00” (the time as typed, 'HH:MM', leading zero of the hour dropped). */
export function meetingWhen(date: string, time?: string): string {
  const day = formatChineseDate(date)
  const t = time?.trim()
  if (!t) return day
  const m = /^(\d{1,2}):(\d{2})$/.exec(t)
  return m ? `${day} ${Number(m[1])}:${m[2]}` : `${day} ${t}`
}

/** A step's result in two or three words, for the ledger and the 登记表. */
export function outcomeWord(outcome: Pick<StepOutcome, 'quorumMet' | 'passed'>): string {
  if (!outcome.quorumMet) return '会议无效（未达到法定人数）'
  return outcome.passed ? '通过' : '未通过'
}

/** 村民小组 of each household, by household id. */
export function groupsByHousehold(households: readonly Household[] = []): Map<string, string> {
  return new Map(households.map((h) => [h.id, h.groupName]))
}

/**
 * 身份 on the date, from the registry: “村党组织书记、村民委员会主任、党员”, “村民代表、预备党员”.
 * Without the person in the registry, the roster's own standing (“正式党员”, “村民”) is used.
 */
export function standingOn(v: Villager | undefined, on: string, fallback: string): string {
  if (!v) return fallback
  const parts: string[] = []
  for (const r of activeRolesOfKind(v, 'committee', on)) parts.push(`${r.body}${r.post}`)
  if (activeRolesOfKind(v, 'representative', on).length > 0) parts.push('村民代表')
  for (const r of activeRolesOfKind(v, 'supervision', on)) parts.push(`村务监督委员会${r.post}`)
  if (activeRolesOfKind(v, 'party_member', on).length > 0) parts.push(isFullPartyMemberOn(v, on) ? '党员' : '预备党员')
  return parts.length > 0 ? parts.join('、') : fallback
}

/** “应到30人” / “应到120户”: what the roster's header says is due. */
export function entitledWords(roster: FrozenRoster): string {
  if (roster.mode === 'household') return `应到${roster.counts.households}户`
  const extra = roster.nonVoting.length > 0 ? `（另有预备党员${roster.nonVoting.length}人参加，无表决权）` : ''
  return `应到${roster.counts.entitled}人${extra}`
}
