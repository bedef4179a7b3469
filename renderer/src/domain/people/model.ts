/**
 * 人员领域模型：户 (Household)、村民 (Villager)、职务/身份 (RoleAssignment)、网格 (Grid).
 *
 * Plain data (what the db stores), ids are ULID strings, dates are 'YYYY-MM-DD'.
 * Every date range here is inclusive at both ends: `termEnd`/`to` is the LAST day
 * in office, so a role with termEnd '2026-12-31' still counts on that day.
 * Records are evidence (design principle 3): status changes are appended to
 * statusHistory, never overwritten or deleted.
 */

export type HouseholdStatus = '在册' | '注销'

export interface Household {
  id: string
  /** 户号 — the number on the 户口簿 / village ledger; a string because of leading zeros. */
  householdNo: string
  /** 户主 (a Villager id); absent while a household is being entered. */
  headId?: string
  /** 村民小组 */
  groupName: string
  gridId?: string
  /** Only down to 村民小组 — never the house number (domain-rules §4.3). */
  address: string
  phone?: string
  status: HouseholdStatus
  /** 更正记录: every correction of 户号 or 村民小组, with the old value (householdCorrections.ts). */
  corrections?: HouseholdFieldCorrection[]
}

/** A field of a household that is corrected because it was entered wrong (not a change over time). */
export type HouseholdCorrectableField = 'householdNo' | 'groupName'

/** One household correction: the old value is kept beside the new one, with the reason and the day. */
export interface HouseholdFieldCorrection {
  field: HouseholdCorrectableField
  from: string
  to: string
  reason: string
  /** 'YYYY-MM-DD', the day the correction was recorded */
  on: string
}

/** 与户主关系 — as written in the 户口簿. */
export type RelationToHead =
  '户主' | '配偶' | '子' | '女' | '父母' | '祖父母' | '孙子女' | '外孙子女' | '兄弟姐妹' | '儿媳' | '女婿' | '其他'

/** 与户主关系 as the 户口簿 writes them (model.ts RelationToHead), in the order a form offers them. */
export const RELATIONS_TO_HEAD: readonly RelationToHead[] = [
  '户主',
  '配偶',
  '子',
  '女',
  '父母',
  '祖父母',
  '孙子女',
  '外孙子女',
  '兄弟姐妹',
  '儿媳',
  '女婿',
  '其他',
]

/** 在册 = on the village register; 迁出 = moved away (户口迁出); 死亡 = deceased. */
export type VillagerStatus = '在册' | '迁出' | '死亡'

export interface StatusEntry {
  status: VillagerStatus
  /** Effective from this date (inclusive). */
  from: string
  note?: string
}

export interface Villager {
  id: string
  householdId: string
  name: string
  /** Normalised 18-digit 公民身份号码; sex and birth date are derived from it. */
  idNumber: string
  relationToHead: RelationToHead
  phone?: string
  statusHistory: StatusEntry[]
  roles: RoleAssignment[]
  /** 更正记录: every correction of name, ID number or relation, with the old value (corrections.ts). */
  corrections?: FieldCorrection[]
  /** 集体经济组织成员 periods (collective.ts); absent = never recorded as a member. */
  collectiveMembership?: CollectivePeriod[]
}

/** A field of the record that is corrected (not changed over time: it was entered wrong). */
export type CorrectableField = 'name' | 'idNumber' | 'relationToHead'

/** One correction: the old value is kept beside the new one, with the reason and the day it was made. */
export interface FieldCorrection {
  field: CorrectableField
  from: string
  to: string
  reason: string
  /** 'YYYY-MM-DD', the day the correction was recorded */
  on: string
}

/**
 * One period of membership of the village's 集体经济组织 (集体经济组织法 Art. 11–18), both ends
 * inclusive: `to` is the last day a member (丧失成员身份, e.g. 取得其他集体经济组织成员身份).
 */
export interface CollectivePeriod {
  from: string
  to?: string
  /** how it began or ended: 出生、婚入、经成员大会确认… */
  note?: string
}

/** 党员: 预备党员 until 转正 (fullMemberDate). */
export interface PartyMemberRole {
  kind: 'party_member'
  joinDate: string
  stage: '预备' | '正式'
  fullMemberDate?: string
  /** 组织关系转出 or other end of membership in this village's branch. */
  leftDate?: string
}

/** 村民代表 — chosen per 5–15 households, or by a 村民小组 (组织法 Art. 25). */
export interface RepresentativeRole {
  kind: 'representative'
  termStart: string
  termEnd?: string
  represents: { kind: 'households'; householdIds: string[] } | { kind: 'group'; groupName: string }
}

/** 两委成员: 村党组织 and 村民委员会. */
export interface CommitteeRole {
  kind: 'committee'
  body: '村党组织' | '村民委员会'
  post: '书记' | '副书记' | '主任' | '副主任' | '委员'
  termStart: string
  termEnd?: string
}

/** 村务监督委员会成员 (组织法 Art. 32). */
export interface SupervisionRole {
  kind: 'supervision'
  post: '主任' | '委员'
  termStart: string
  termEnd?: string
}

export interface GridRole {
  kind: 'grid'
  post: '网格长' | '网格员'
  gridId: string
  from: string
  to?: string
}

/** 人民调解员 */
export interface MediatorRole {
  kind: 'mediator'
  from: string
  to?: string
}

export type RoleAssignment = PartyMemberRole | RepresentativeRole | CommitteeRole | SupervisionRole | GridRole | MediatorRole

export type RoleKind = RoleAssignment['kind']

export type RoleOfKind<K extends RoleKind> = Extract<RoleAssignment, { kind: K }>

export interface Grid {
  id: string
  name: string
  /** 网格长 (a Villager id) */
  leaderId?: string
  /** 网格办公电话, printed on the 网格员公示牌 (an office number, not a person's mobile) */
  phone?: string
}

/**
 * THE status rule: the entry in force on `on` (or the last one recorded, when no date is given) is
 * the latest whose `from` is on or before it; among entries with the same date, the one recorded
 * last wins (a same-day correction).
 */
export function statusEntryOn(villager: Pick<Villager, 'statusHistory'>, on?: string): StatusEntry | null {
  let best: StatusEntry | null = null
  for (const entry of villager.statusHistory) {
    if ((on === undefined || entry.from <= on) && (best === null || entry.from >= best.from)) best = entry
  }
  return best
}

/** Status on a date. null = not yet on the register on that date (e.g. moved in later). */
export function currentStatus(villager: Pick<Villager, 'statusHistory'>, on: string): VillagerStatus | null {
  return statusEntryOn(villager, on)?.status ?? null
}

/** The status shown in lists: the latest entry of the history, whatever its date. */
export function latestStatus(villager: Pick<Villager, 'statusHistory'>): VillagerStatus {
  return statusEntryOn(villager)?.status ?? '在册'
}

/** The date range [start, end] in which a role assignment is held. */
export function roleSpan(role: RoleAssignment): { start: string; end?: string } {
  switch (role.kind) {
    case 'party_member':
      return { start: role.joinDate, end: role.leftDate }
    case 'representative':
    case 'committee':
    case 'supervision':
      return { start: role.termStart, end: role.termEnd }
    case 'grid':
    case 'mediator':
      return { start: role.from, end: role.to }
  }
}

export function isRoleActiveOn(role: RoleAssignment, on: string): boolean {
  const { start, end } = roleSpan(role)
  return start <= on && (end === undefined || on <= end)
}

/**
 * Roles held on a date. A person who is not 在册 that day (moved out, dead, not yet
 * registered) holds none: office in village bodies ends with membership of the
 * village, whatever end date the record still carries.
 */
export function rolesActiveOn(villager: Villager, on: string): RoleAssignment[] {
  if (currentStatus(villager, on) !== '在册') return []
  return villager.roles.filter((r) => isRoleActiveOn(r, on))
}

export function activeRolesOfKind<K extends RoleKind>(villager: Villager, kind: K, on: string): RoleOfKind<K>[] {
  return rolesActiveOn(villager, on).filter((r): r is RoleOfKind<K> => r.kind === kind)
}

export function hasRoleOn(villager: Villager, kind: RoleKind, on: string): boolean {
  return activeRolesOfKind(villager, kind, on).length > 0
}

/** 正式党员 on the date: joined, and 转正 (fullMemberDate) on or before it. */
export function isFullPartyMemberOn(villager: Villager, on: string): boolean {
  return activeRolesOfKind(villager, 'party_member', on).some(
    (r) => (r.stage === '正式' && r.fullMemberDate === undefined) || (r.fullMemberDate !== undefined && r.fullMemberDate <= on),
  )
}

/** 村民委员会成员 on the date (the body the Art. 25 and Art. 32 checks are about). */
export function isVillageCommitteeMemberOn(villager: Villager, on: string): boolean {
  return activeRolesOfKind(villager, 'committee', on).some((r) => r.body === '村民委员会')
}
