/**
 * 应到名单 (the entitled roster of a meeting), built from the registry ON THE MEETING DATE and then
 * frozen: plain data (ids, names, reasons, counts) that the meeting record stores, so later changes
 * to the registry never change who was entitled (OpenSlides' entitled_users_at_stop).
 *
 *   members    entitled and counted (应到); `votes` is true for all of them.
 *   nonVoting  attend as members without a vote: 预备党员 at the 党员大会. Never counted.
 *   households the household form of 村民会议/村民小组会议: households 在册 with an eligible member.
 *   excluded   people (or households) connected with the body who are not entitled on the date, each
 *              with its reason: “王小明：未满18周岁（2026年3月1日满18周岁）”, “任期已届满”…
 *   observers  列席: township staff, invited units, and 村务监督委员会 members at a 村民代表会议
 *              (2025 amendment). Never counted.
 *
 * 集体经济组织成员: pass `collectiveMembers` (one entry per membership period of the collective
 * concerned; the people module keeps them per villager, domain/people/collective.ts
 * collectiveMembershipsOf) and, for a 成员代表大会, `collectiveRepresentatives`.
 * A member who moved away stays a member (集体经济组织法 Art. 18); the membership record decides.
 */
import { dateReachingAge, isAtLeastAge } from '@/domain/calendar/age'
import { formatChineseDate } from '@/domain/calendar/calendar'
import {
  ART_21_MEMBERS,
  ART_22_OBSERVERS,
  ART_26_REPRESENTATIVES,
  CEO_ART_28_REPRESENTATIVES,
  PARTY_BRANCH_ART_11_ASSEMBLY,
} from '@/domain/law/citations'
import type { Finding } from '@/domain/law/findings'
import { checkRepresentativeAssembly } from '@/domain/people/composition'
import { EXCLUSION_LABELS, MEETING_MIN_AGE, villagersMeetingEligibility } from '@/domain/people/eligibility'
import { readIdFacts } from '@/domain/people/idNumber'
import {
  activeRolesOfKind,
  currentStatus,
  isFullPartyMemberOn,
  roleSpan,
  type Household,
  type RoleAssignment,
  type Villager,
} from '@/domain/people/model'
import { BODY_LABELS, type BodyKind, type MeetingMode } from '@/domain/rules/profile'
import { resolveMode } from './bodies'
import { AMENDMENT_2025_SUPERVISION_ATTENDS, CEO_ART_18_MEMBERSHIP_KEPT, CEO_ART_26_MEMBERS } from './citations'

/** One period of membership of the collective concerned (the people module should store these). */
export interface CollectiveMembership {
  villagerId: string
  /** 'YYYY-MM-DD', inclusive. */
  from: string
  /** 'YYYY-MM-DD', inclusive (the last day a member). */
  to?: string
  /** false when a court has found the adult lacks full civil capacity (成年但无完全民事行为能力). */
  fullCapacity?: boolean
}

/** A 成员代表's term (集体经济组织法 Art. 28). */
export interface CollectiveRepresentativeTerm {
  villagerId: string
  from: string
  to?: string
}

export type ObserverKind = 'township' | 'supervision' | 'invited' | 'other'

export const OBSERVER_LABELS: Record<ObserverKind, string> = {
  township: '乡镇（街道）工作人员',
  supervision: '村务监督委员会成员',
  invited: '特邀列席人员',
  other: '列席人员',
}

export interface Observer {
  name: string
  kind: ObserverKind
  /** 职务, e.g. “镇党委副书记” (the township checks who came, with their post). */
  post?: string
  villagerId?: string
}

export interface RosterInput {
  body: BodyKind
  meetingDate: string
  villagers: readonly Villager[]
  /** Needed for the household form and for a 村民小组会议 (a villager's group is the household's). */
  households?: readonly Household[]
  mode?: 'individual' | 'household'
  /** 村民小组会议: which group. */
  groupName?: string
  /** A village body acting for a collective (Art. 64): the roster is the collective's members. */
  actsForCollective?: boolean
  collectiveMembers?: readonly CollectiveMembership[]
  collectiveRepresentatives?: readonly CollectiveRepresentativeTerm[]
  observers?: readonly Observer[]
}

export type RosterExclusionReason =
  | 'under_18'
  | 'moved_out'
  | 'deceased'
  | 'not_registered'
  | 'birth_date_unknown'
  | 'term_not_started'
  | 'term_ended'
  | 'not_yet_member'
  | 'membership_ended'
  | 'no_full_capacity'
  | 'unknown_person'
  | 'household_cancelled'
  | 'no_eligible_member'

export interface RosterMember {
  villagerId: string
  name: string
  householdId: string
  /** Why entitled, in words: “村民代表”, “村民委员会主任”, “正式党员”, “集体经济组织成员”. */
  standing: string
  votes: boolean
}

export interface RosterHousehold {
  householdId: string
  householdNo: string
  groupName: string
  /** Eligible members on the date: any of them may represent the household. */
  memberIds: string[]
}

export interface RosterExclusion {
  /** A villager id, or a household id for a household exclusion. */
  id: string
  name: string
  reason: RosterExclusionReason
  message: string
}

export interface RosterObserver extends Observer {
  label: string
}

export interface FrozenRoster {
  body: BodyKind
  bodyLabel: string
  mode: MeetingMode
  meetingDate: string
  actsForCollective: boolean
  groupName?: string
  members: RosterMember[]
  nonVoting: RosterMember[]
  households: RosterHousehold[]
  excluded: RosterExclusion[]
  observers: RosterObserver[]
  counts: { entitled: number; nonVoting: number; households: number; excluded: number; observers: number }
  /** Checks of the body itself (e.g. 村民代表会议 composition), and problems with the input. */
  findings: Finding[]
}

function exclusion(v: Pick<Villager, 'id' | 'name'>, reason: RosterExclusionReason, detail: string): RosterExclusion {
  return { id: v.id, name: v.name, reason, message: `${v.name}：${detail}` }
}

/** Why someone holding roles of this kind (but none on the date) is not entitled. */
function roleExclusion(v: Villager, roles: readonly RoleAssignment[], on: string, noun: string): RosterExclusion {
  const status = currentStatus(v, on)
  if (status === '死亡') return exclusion(v, 'deceased', EXCLUSION_LABELS.deceased)
  if (status === '迁出') return exclusion(v, 'moved_out', EXCLUSION_LABELS.moved_out)
  if (status === null) return exclusion(v, 'not_registered', EXCLUSION_LABELS.not_registered)
  const spans = roles.map(roleSpan)
  if (spans.every((s) => s.start > on)) {
    const first = spans.map((s) => s.start).sort()[0] ?? on
    return exclusion(v, 'term_not_started', `${noun}自${formatChineseDate(first)}起任职，会议时尚未任职`)
  }
  const last =
    spans
      .map((s) => s.end ?? on)
      .sort()
      .at(-1) ?? on
  return exclusion(v, 'term_ended', `${noun}任期已于${formatChineseDate(last)}届满或终止`)
}

interface Built {
  members: RosterMember[]
  nonVoting: RosterMember[]
  households: RosterHousehold[]
  excluded: RosterExclusion[]
  findings: Finding[]
}

const empty = (): Built => ({ members: [], nonVoting: [], households: [], excluded: [], findings: [] })

function member(v: Villager, standing: string, votes = true): RosterMember {
  return { villagerId: v.id, name: v.name, householdId: v.householdId, standing, votes }
}

function committeeRoster(villagers: readonly Villager[], on: string, bodies: readonly ('村党组织' | '村民委员会')[]): Built {
  const out = empty()
  for (const v of villagers) {
    const roles = v.roles.filter((r) => r.kind === 'committee' && bodies.includes(r.body))
    if (roles.length === 0) continue
    const active = activeRolesOfKind(v, 'committee', on).filter((r) => bodies.includes(r.body))
    if (active.length > 0) out.members.push(member(v, active.map((r) => `${r.body}${r.post}`).join('、')))
    else out.excluded.push(roleExclusion(v, roles, on, '委员'))
  }
  return out
}

function partyAssemblyRoster(villagers: readonly Villager[], on: string): Built {
  const out = empty()
  for (const v of villagers) {
    const roles = v.roles.filter((r) => r.kind === 'party_member')
    if (roles.length === 0) continue
    if (activeRolesOfKind(v, 'party_member', on).length === 0) {
      const status = currentStatus(v, on)
      const spans = roles.map(roleSpan)
      if (status === '在册' && spans.every((s) => s.start > on)) out.excluded.push(exclusion(v, 'not_yet_member', '会议时尚未入党'))
      else if (status === '在册') out.excluded.push(exclusion(v, 'membership_ended', '组织关系已转出或党籍已终止'))
      else out.excluded.push(roleExclusion(v, roles, on, '党员'))
      continue
    }
    if (isFullPartyMemberOn(v, on)) out.members.push(member(v, '正式党员'))
    else out.nonVoting.push(member(v, '预备党员（无表决权）', false))
  }
  if (out.nonVoting.length > 0) {
    out.findings.push({
      level: 'info',
      code: 'probationary_attend',
      message: `预备党员${out.nonVoting.length}人可参加党员大会，没有表决权，不计入应到会有表决权的党员`,
      citation: PARTY_BRANCH_ART_11_ASSEMBLY,
    })
  }
  return out
}

function householdsOf(input: RosterInput, eligible: readonly Villager[], out: Built): void {
  const byHousehold = new Map<string, string[]>()
  for (const v of eligible) {
    const list = byHousehold.get(v.householdId)
    if (list) list.push(v.id)
    else byHousehold.set(v.householdId, [v.id])
  }
  for (const h of input.households ?? []) {
    if (input.groupName !== undefined && h.groupName !== input.groupName) continue
    const label = { id: h.id, name: `${h.householdNo}户` }
    if (h.status !== '在册') {
      out.excluded.push(exclusion(label, 'household_cancelled', '该户已注销'))
      continue
    }
    const memberIds = byHousehold.get(h.id) ?? []
    if (memberIds.length === 0) {
      out.excluded.push(exclusion(label, 'no_eligible_member', '会议当日户内没有年满18周岁的在册村民'))
      continue
    }
    out.households.push({ householdId: h.id, householdNo: h.householdNo, groupName: h.groupName, memberIds })
  }
}

function villagersRoster(input: RosterInput, mode: MeetingMode): Built {
  const out = empty()
  let villagers = input.villagers
  if (input.body === 'group_meeting') {
    if (!input.groupName || !input.households) {
      out.findings.push({
        level: 'error',
        code: 'group_missing',
        message: '村民小组会议须选择村民小组（并提供户的资料）',
        citation: ART_21_MEMBERS,
        field: 'groupName',
      })
      return out
    }
    const inGroup = new Set(input.households.filter((h) => h.groupName === input.groupName).map((h) => h.id))
    villagers = villagers.filter((v) => inGroup.has(v.householdId))
  }
  const { eligible, excluded } = villagersMeetingEligibility(villagers, input.meetingDate)
  const standing = input.body === 'group_meeting' ? `${input.groupName}村民` : '村民'
  for (const v of eligible) out.members.push(member(v, standing))
  for (const e of excluded) out.excluded.push({ id: e.villager.id, name: e.villager.name, reason: e.reason, message: e.message })
  if (mode === 'household') {
    if (!input.households) {
      out.findings.push({
        level: 'error',
        code: 'households_missing',
        message: '按户代表召开会议，须提供户的资料',
        citation: ART_21_MEMBERS,
        field: 'households',
      })
    } else {
      householdsOf(input, eligible, out)
    }
  }
  return out
}

function representativesRoster(input: RosterInput): Built {
  const out = empty()
  const on = input.meetingDate
  const check = checkRepresentativeAssembly(input.villagers, on)
  const ids = new Set<string>()
  for (const v of check.committeeMembers) {
    ids.add(v.id)
    const posts = activeRolesOfKind(v, 'committee', on).filter((r) => r.body === '村民委员会')
    out.members.push(member(v, posts.map((r) => `村民委员会${r.post}`).join('、') || '村民委员会成员'))
  }
  for (const v of check.representatives) {
    ids.add(v.id)
    out.members.push(member(v, '村民代表'))
  }
  for (const v of input.villagers) {
    if (ids.has(v.id)) continue
    const roles = v.roles.filter((r) => r.kind === 'representative' || (r.kind === 'committee' && r.body === '村民委员会'))
    if (roles.length > 0)
      out.excluded.push(roleExclusion(v, roles, on, roles.some((r) => r.kind === 'representative') ? '村民代表' : '村民委员会成员'))
  }
  out.findings.push(...check.findings)
  return out
}

function collectiveRoster(input: RosterInput): Built {
  const out = empty()
  const on = input.meetingDate
  const byId = new Map(input.villagers.map((v) => [v.id, v]))
  const terms = input.body === 'collective_representatives' ? (input.collectiveRepresentatives ?? []) : (input.collectiveMembers ?? [])
  const standing = input.body === 'collective_representatives' ? '成员代表' : '集体经济组织成员'
  // A person may have several periods (left and re-admitted): the one covering the date decides.
  const periods = new Map<string, CollectiveMembership[]>()
  for (const t of terms) {
    const list = periods.get(t.villagerId)
    if (list) list.push(t)
    else periods.set(t.villagerId, [t])
  }
  let movedAway = 0
  for (const [id, list] of periods) {
    const v = byId.get(id)
    if (!v) {
      out.excluded.push({ id, name: id, reason: 'unknown_person', message: `${id}：人员登记中找不到此人` })
      continue
    }
    const term = list.find((t) => t.from <= on && (t.to === undefined || on <= t.to))
    if (!term) {
      const first = list.map((t) => t.from).sort()[0] ?? on
      if (first > on) out.excluded.push(exclusion(v, 'not_yet_member', `${formatChineseDate(first)}起为${standing}，会议时尚不是`))
      else out.excluded.push(exclusion(v, 'membership_ended', `${standing}身份已终止`))
      continue
    }
    const status = currentStatus(v, on)
    if (status === '死亡') {
      out.excluded.push(exclusion(v, 'deceased', EXCLUSION_LABELS.deceased))
      continue
    }
    const facts = readIdFacts(v.idNumber)
    if (!facts || facts.birthDate > on) {
      out.excluded.push(exclusion(v, 'birth_date_unknown', EXCLUSION_LABELS.birth_date_unknown))
      continue
    }
    if (!isAtLeastAge(facts.birthDate, on, MEETING_MIN_AGE)) {
      const turns18 = formatChineseDate(dateReachingAge(facts.birthDate, MEETING_MIN_AGE))
      out.excluded.push(exclusion(v, 'no_full_capacity', `未满18周岁，不具有完全民事行为能力（${turns18}满18周岁）`))
      continue
    }
    if (term.fullCapacity === false) {
      out.excluded.push(exclusion(v, 'no_full_capacity', '不具有完全民事行为能力'))
      continue
    }
    // Membership is not lost by moving away to study, serve, work (Art. 18): the record decides.
    if (status !== '在册') movedAway += 1
    out.members.push(member(v, standing))
  }
  if (movedAway > 0) {
    out.findings.push({
      level: 'info',
      code: 'members_moved_away',
      message: `${movedAway}名成员户籍已迁出但仍为集体经济组织成员，列入应到名单`,
      citation: CEO_ART_18_MEMBERSHIP_KEPT,
    })
  }
  if (input.body === 'collective_representatives' && out.members.length <= 20) {
    out.findings.push({
      level: 'warning',
      code: 'too_few_representatives',
      message: `成员代表大会的代表人数应当多于二十人，现有${out.members.length}人`,
      citation: CEO_ART_28_REPRESENTATIVES,
    })
  }
  if (terms.length === 0) {
    out.findings.push({
      level: 'error',
      code: 'no_collective_members',
      message: input.body === 'collective_representatives' ? '尚未登记成员代表' : '尚未登记集体经济组织成员，无法确定应到名单',
      citation: CEO_ART_26_MEMBERS,
      field: input.body === 'collective_representatives' ? 'collectiveRepresentatives' : 'collectiveMembers',
    })
  }
  return out
}

function observersOf(input: RosterInput, members: readonly RosterMember[], findings: Finding[]): RosterObserver[] {
  const memberIds = new Set(members.map((m) => m.villagerId))
  const out: RosterObserver[] = []
  const add = (o: Observer) => {
    if (o.villagerId && memberIds.has(o.villagerId)) {
      findings.push({
        level: 'warning',
        code: 'observer_is_member',
        message: `${o.name}在应到名单上，不能同时列为列席人员`,
        citation: ART_22_OBSERVERS,
        field: 'observers',
      })
      return
    }
    if (o.villagerId && out.some((x) => x.villagerId === o.villagerId)) return
    out.push({ ...o, label: OBSERVER_LABELS[o.kind] })
  }
  // 2025 amendment: 村务监督机构成员可以列席村民代表会议 — listed, never counted.
  if (input.body === 'representatives_meeting') {
    for (const v of input.villagers) {
      const roles = activeRolesOfKind(v, 'supervision', input.meetingDate)
      if (roles.length > 0 && !memberIds.has(v.id)) {
        add({ name: v.name, kind: 'supervision', post: `村务监督委员会${roles[0]?.post ?? '委员'}`, villagerId: v.id })
      }
    }
  }
  for (const o of input.observers ?? []) add(o)
  if (out.some((o) => o.kind === 'supervision') && input.body === 'representatives_meeting') {
    findings.push({
      level: 'info',
      code: 'supervision_attends',
      message: '村务监督委员会成员列席村民代表会议，不计入到会人数，不参加表决',
      citation: AMENDMENT_2025_SUPERVISION_ATTENDS,
    })
  }
  return out
}

/** The entitled roster of a meeting on its date, frozen as plain data. */
export function buildRoster(input: RosterInput): FrozenRoster {
  const mode = input.actsForCollective ? 'single' : resolveMode(input.body, input.mode)
  let built: Built
  switch (input.body) {
    case 'party_committee':
      built = committeeRoster(input.villagers, input.meetingDate, ['村党组织'])
      break
    case 'joint_committees':
      built = committeeRoster(input.villagers, input.meetingDate, ['村党组织', '村民委员会'])
      break
    case 'party_assembly':
      built = partyAssemblyRoster(input.villagers, input.meetingDate)
      break
    case 'villagers_meeting':
    case 'group_meeting':
      built = input.actsForCollective ? collectiveRoster({ ...input, body: 'collective_assembly' }) : villagersRoster(input, mode)
      break
    case 'representatives_meeting':
      built = representativesRoster(input)
      if (input.actsForCollective) {
        built.findings.push({
          level: 'info',
          code: 'representatives_act_for_collective',
          message: '村民代表会议代行集体经济组织成员代表大会职能，组成人员仍为村民委员会成员和村民代表',
          citation: ART_26_REPRESENTATIVES,
        })
      }
      break
    case 'collective_assembly':
    case 'collective_representatives':
      built = collectiveRoster(input)
      break
  }
  const observers = observersOf(input, built.members, built.findings)
  return {
    body: input.body,
    bodyLabel: BODY_LABELS[input.body],
    mode,
    meetingDate: input.meetingDate,
    actsForCollective: input.actsForCollective ?? false,
    ...(input.groupName !== undefined ? { groupName: input.groupName } : {}),
    members: built.members,
    nonVoting: built.nonVoting,
    households: built.households,
    excluded: built.excluded,
    observers,
    counts: {
      entitled: built.members.length,
      nonVoting: built.nonVoting.length,
      households: built.households.length,
      excluded: built.excluded.length,
      observers: observers.length,
    },
    findings: built.findings,
  }
}
