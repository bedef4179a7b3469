/**
 * 人员 on paper, through the 台账 frame (sheet.ts). Every builder is pure: (registry, options,
 * village) → PrintDocument. Privacy (design principle 5): ID numbers and phones are masked
 * (110105********002X, 138****1234); addresses never below 村民小组 (there is no address column).
 *
 *   buildRosterBookDoc(reg, { on, by: 'group' | 'grid' }, village)   花名册, one section per 村民小组
 *       or 网格, 在册 villagers on the date: 序号 姓名 性别 年龄 身份证号 与户主关系 户号 村民小组/网格 电话
 *   buildHouseholdListDoc(reg, { on }, village)   户 list: 序号 户号 户主 在册人数 村民小组 网格 电话
 *   buildRoleListDoc(reg, { on, kind }, village)   党员 / 村民代表 / 两委 / 村务监督委员会 members on the date
 *   buildEligibleVotersDoc(reg, { on }, village)   有资格参加村民会议的村民 (18周岁以上、在册) on the date
 *
 * reg = { villagers, households, grids }. Titles read '东风村村民花名册' etc.; the subtitle gives the
 * date the list is true on ('截至2026年3月1日') and the count.
 */
import { ageOn } from '@/domain/calendar/age'
import { formatChineseDate } from '@/domain/calendar/calendar'
import { describeRole } from '@/domain/people/changes'
import { villagersMeetingEligibility } from '@/domain/people/eligibility'
import { readIdFacts } from '@/domain/people/idNumber'
import { maskIdNumber, maskPhone } from '@/domain/people/masking'
import { activeRolesOfKind, currentStatus, type Grid, type Household, type RoleOfKind, type Villager } from '@/domain/people/model'
import type { VillageProfile } from '@/domain/village/profile'
import type { PrintDocument } from '../pdf-types'
import type { TableColumn, TableRow } from '../table'
import { buildPeopleSheet, type ListSection } from './sheet'

export interface PeopleRegistry {
  villagers: readonly Villager[]
  households: readonly Household[]
  grids: readonly Grid[]
}

/** 全角空格 between the parts of a subtitle or footer (the printed sheets use it as a separator) */
const SP = '\u3000'
const zh = (a: string, b: string) => a.localeCompare(b, 'zh-CN', { numeric: true })

const DIGITS = '一二三四五六七八九'
/** '第十二村民小组' → 12: groups and grids are numbered in Chinese, and pinyin order would put 第二 before 第一. */
function chineseOrdinal(name: string): number | undefined {
  const m = /^第?([一二三四五六七八九十]+)/.exec(name)
  if (!m) return undefined
  const t = m[1]!
  const d = (c: string | undefined) => (c ? DIGITS.indexOf(c) + 1 : 0)
  if (!t.includes('十')) return t.length === 1 ? d(t) : undefined
  const [tens, ones] = t.split('十')
  return (tens ? d(tens) : 1) * 10 + d(ones)
}
/** Sections in the village's own order: 第一、第二…第十二, then the rest by pinyin. */
export function compareSectionNames(a: string, b: string): number {
  const x = chineseOrdinal(a)
  const y = chineseOrdinal(b)
  if (x !== undefined && y !== undefined && x !== y) return x - y
  if (x !== undefined && y === undefined) return -1
  if (x === undefined && y !== undefined) return 1
  return zh(a, b)
}
const footer = (village: VillageProfile) =>
  `${village.committeeName}${SP}${SP}制表人：＿＿＿＿${SP}${SP}审核人：＿＿＿＿${SP}${SP}（身份证号、电话已遮蔽）`

function lookups(reg: PeopleRegistry) {
  const household = new Map(reg.households.map((h) => [h.id, h]))
  const grid = new Map(reg.grids.map((g) => [g.id, g]))
  return {
    household,
    group: (v: Villager) => household.get(v.householdId)?.groupName ?? '',
    gridName: (h: Household | undefined) => (h?.gridId ? (grid.get(h.gridId)?.name ?? '') : ''),
  }
}

const personFacts = (v: Villager, on: string) => {
  const facts = readIdFacts(v.idNumber)
  return { sex: facts?.sex ?? '', age: facts && facts.birthDate <= on ? String(ageOn(facts.birthDate, on)) : '' }
}

/** Villagers 在册 on the date, by 户号 then head first. */
function registeredOn(reg: PeopleRegistry, on: string, household: Map<string, Household>): Villager[] {
  const headFirst = (v: Villager) => (v.relationToHead === '户主' ? 0 : 1)
  return reg.villagers
    .filter((v) => currentStatus(v, on) === '在册')
    .sort(
      (a, b) =>
        zh(household.get(a.householdId)?.householdNo ?? '', household.get(b.householdId)?.householdNo ?? '') ||
        headFirst(a) - headFirst(b) ||
        zh(a.name, b.name),
    )
}

/** Sections by a key (村民小组 or 网格), in Chinese order; '' (none) last as 未划入网格. */
function sectionsBy<T>(
  items: readonly T[],
  keyOf: (t: T) => string,
  row: (t: T, seq: number) => TableRow,
  none: string,
  unit: string,
): ListSection[] {
  const groups = new Map<string, T[]>()
  for (const t of items) {
    const k = keyOf(t)
    const list = groups.get(k)
    if (list) list.push(t)
    else groups.set(k, [t])
  }
  const keys = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : compareSectionNames(a, b)))
  return keys.map((k) => {
    const list = groups.get(k)!
    return { heading: `${k || none}（${list.length}${unit}）`, rows: list.map((t, i) => row(t, i + 1)) }
  })
}

const ROSTER_COLUMNS = (by: 'group' | 'grid'): TableColumn[] => [
  { header: '序号', key: 'seq', width: 30, align: 'center' },
  { header: '姓名', key: 'name', width: 64 },
  { header: '性别', key: 'sex', width: 32, align: 'center' },
  { header: '年龄', key: 'age', width: 32, align: 'center' },
  { header: '身份证号', key: 'id', width: 138, noWrap: true },
  { header: '与户主关系', key: 'relation', width: 64, align: 'center' },
  { header: '户号', key: 'no', width: 52, align: 'center' },
  { header: by === 'group' ? '网格' : '村民小组', key: 'place' },
  { header: '电话', key: 'phone', width: 92, noWrap: true },
]

export function buildRosterBookDoc(
  reg: PeopleRegistry,
  options: { on: string; by: 'group' | 'grid' },
  village: VillageProfile,
): PrintDocument {
  const { household, group, gridName } = lookups(reg)
  const people = registeredOn(reg, options.on, household)
  const row = (v: Villager, seq: number): TableRow => {
    const h = household.get(v.householdId)
    const f = personFacts(v, options.on)
    return {
      seq,
      name: v.name,
      sex: f.sex,
      age: f.age,
      id: maskIdNumber(v.idNumber),
      relation: v.relationToHead,
      no: h?.householdNo ?? '',
      place: options.by === 'group' ? gridName(h) : group(v),
      phone: maskPhone(v.phone ?? h?.phone),
    }
  }
  const sections =
    options.by === 'group'
      ? sectionsBy(people, group, row, '未填村民小组', '人')
      : sectionsBy(people, (v) => gridName(household.get(v.householdId)), row, '未划入网格', '人')
  return buildPeopleSheet({
    title: `${village.villageName}村民花名册`,
    subtitle: `${options.by === 'group' ? '按村民小组' : '按网格'}${SP}截至${formatChineseDate(options.on)}${SP}在册${people.length}人`,
    columns: ROSTER_COLUMNS(options.by),
    sections,
    orientation: 'landscape',
    footerNote: footer(village),
  })
}

export function buildHouseholdListDoc(reg: PeopleRegistry, options: { on: string }, village: VillageProfile): PrintDocument {
  const { gridName } = lookups(reg)
  const byId = new Map(reg.villagers.map((v) => [v.id, v]))
  const members = new Map<string, number>()
  for (const v of reg.villagers)
    if (currentStatus(v, options.on) === '在册') members.set(v.householdId, (members.get(v.householdId) ?? 0) + 1)
  const listed = reg.households.filter((h) => (members.get(h.id) ?? 0) > 0).sort((a, b) => zh(a.householdNo, b.householdNo))
  const row = (h: Household, seq: number): TableRow => ({
    seq,
    no: h.householdNo,
    head: h.headId ? (byId.get(h.headId)?.name ?? '') : '',
    count: members.get(h.id) ?? 0,
    grid: gridName(h),
    phone: maskPhone(h.phone ?? (h.headId ? byId.get(h.headId)?.phone : undefined)),
  })
  const residents = listed.reduce((n, h) => n + (members.get(h.id) ?? 0), 0)
  return buildPeopleSheet({
    title: `${village.villageName}户籍登记表`,
    subtitle: `截至${formatChineseDate(options.on)}${SP}共${listed.length}户${residents}人`,
    columns: [
      { header: '序号', key: 'seq', width: 32, align: 'center' },
      { header: '户号', key: 'no', width: 60, align: 'center' },
      { header: '户主', key: 'head', width: 80 },
      { header: '在册人数', key: 'count', width: 56, align: 'center' },
      { header: '网格', key: 'grid' },
      { header: '电话', key: 'phone', width: 96, noWrap: true },
    ],
    sections: sectionsBy(listed, (h) => h.groupName, row, '未填村民小组', '户'),
    orientation: 'portrait',
    footerNote: footer(village),
  })
}

export type RoleListKind = 'party_member' | 'representative' | 'committee' | 'supervision'

export const ROLE_LIST_TITLES: Record<RoleListKind, string> = {
  party_member: '中共党员名册',
  representative: '村民代表名册',
  committee: '村“两委”成员名册',
  supervision: '村务监督委员会成员名册',
}

const POST_ORDER = ['书记', '副书记', '主任', '副主任', '委员']

interface RoleRow {
  name: string
  sex: string
  age: string
  group: string
  order: number
  what: string
  from: string
  to: string
}

function roleRow(kind: RoleListKind, v: Villager, on: string, group: string): RoleRow {
  const f = personFacts(v, on)
  const base = { name: v.name, sex: f.sex, age: f.age, group }
  switch (kind) {
    case 'party_member': {
      const r = activeRolesOfKind(v, 'party_member', on)[0] as RoleOfKind<'party_member'>
      const full = (r.stage === '正式' && !r.fullMemberDate) || (r.fullMemberDate !== undefined && r.fullMemberDate <= on)
      return { ...base, order: 0, what: full ? '正式党员' : '预备党员', from: r.joinDate, to: full ? (r.fullMemberDate ?? '') : '' }
    }
    case 'representative': {
      const r = activeRolesOfKind(v, 'representative', on)[0] as RoleOfKind<'representative'>
      const what = r.represents.kind === 'group' ? `${r.represents.groupName}推选` : `${r.represents.householdIds.length}户推选`
      return { ...base, order: 0, what, from: r.termStart, to: r.termEnd ?? '' }
    }
    case 'committee':
    case 'supervision': {
      const roles = activeRolesOfKind(v, kind, on)
      const order = Math.min(...roles.map((r) => POST_ORDER.indexOf(r.post)))
      return {
        ...base,
        order,
        what: roles.map(describeRole).join('、'),
        from: roles.map((r) => r.termStart).sort()[0] ?? '',
        to: roles.map((r) => r.termEnd ?? '').join('、'),
      }
    }
  }
}

const ROLE_COLUMN_HEADS: Record<RoleListKind, { what: string; from: string; to: string }> = {
  party_member: { what: '类别', from: '入党日期', to: '转正日期' },
  representative: { what: '推选方式', from: '任期开始', to: '任期届满' },
  committee: { what: '职务', from: '任职日期', to: '任期届满' },
  supervision: { what: '职务', from: '任职日期', to: '任期届满' },
}

export function buildRoleListDoc(reg: PeopleRegistry, options: { on: string; kind: RoleListKind }, village: VillageProfile): PrintDocument {
  const { group } = lookups(reg)
  const rows = reg.villagers
    .filter((v) => activeRolesOfKind(v, options.kind, options.on).length > 0)
    .map((v) => roleRow(options.kind, v, options.on, group(v)))
    .sort((a, b) => a.order - b.order || compareSectionNames(a.group, b.group) || zh(a.name, b.name))
    .map(({ order: _o, ...r }, i) => ({ seq: i + 1, ...r }))
  const heads = ROLE_COLUMN_HEADS[options.kind]
  const probationary = options.kind === 'party_member' ? rows.filter((r) => r.what === '预备党员').length : 0
  return buildPeopleSheet({
    title: `${village.villageName}${ROLE_LIST_TITLES[options.kind]}`,
    subtitle: `截至${formatChineseDate(options.on)}${SP}共${rows.length}人${probationary ? `（其中预备党员${probationary}人）` : ''}`,
    columns: [
      { header: '序号', key: 'seq', width: 32, align: 'center' },
      { header: '姓名', key: 'name', width: 70 },
      { header: '性别', key: 'sex', width: 34, align: 'center' },
      { header: '年龄', key: 'age', width: 34, align: 'center' },
      { header: heads.what, key: 'what' },
      { header: heads.from, key: 'from', width: 76, align: 'center', noWrap: true },
      { header: heads.to, key: 'to', width: 76, align: 'center' },
      { header: '村民小组', key: 'group', width: 84 },
    ],
    sections: [{ rows }],
    orientation: 'portrait',
    footerNote: footer(village),
  })
}

export function buildEligibleVotersDoc(reg: PeopleRegistry, options: { on: string }, village: VillageProfile): PrintDocument {
  const { household, group } = lookups(reg)
  const result = villagersMeetingEligibility(reg.villagers, options.on)
  const eligible = [...result.eligible].sort((a, b) =>
    zh(household.get(a.householdId)?.householdNo ?? '', household.get(b.householdId)?.householdNo ?? ''),
  )
  const row = (v: Villager, seq: number): TableRow => {
    const f = personFacts(v, options.on)
    return {
      seq,
      name: v.name,
      sex: f.sex,
      age: f.age,
      id: maskIdNumber(v.idNumber),
      no: household.get(v.householdId)?.householdNo ?? '',
      sign: '',
    }
  }
  return buildPeopleSheet({
    title: `${village.villageName}有资格参加村民会议的村民名单`,
    subtitle: `会议日期${formatChineseDate(options.on)}${SP}年满十八周岁的在册村民共${eligible.length}人${SP}依据：《${result.citation.law}》${result.citation.article}`,
    columns: [
      { header: '序号', key: 'seq', width: 34, align: 'center' },
      { header: '姓名', key: 'name', width: 70 },
      { header: '性别', key: 'sex', width: 34, align: 'center' },
      { header: '年龄', key: 'age', width: 34, align: 'center' },
      { header: '身份证号', key: 'id', width: 138, noWrap: true },
      { header: '户号', key: 'no', width: 56, align: 'center' },
      { header: '备注', key: 'sign' },
    ],
    sections: sectionsBy(eligible, group, row, '未填村民小组', '人'),
    orientation: 'portrait',
    footerNote: footer(village),
  })
}
