/**
 * The deterministic sample village (示例村): realistic households, villagers with valid ID numbers,
 * party members, representatives, a 两委 and a 监委会 that pass the composition checks. Used by the
 * 设置 action "载入示例村数据", by the benchmark and by tests. Same size + seed → same village.
 */
import { monotonicFactory } from 'ulid'
import { computeCheckDigit } from '@/domain/people/idNumber'
import type { GridRow, HouseholdRow, VillagerRow } from '@/db/rows'
import type { RelationToHead } from '@/domain/people/model'
import { clanSurnames, femaleChars, groupNames, maleChars, otherSurnames, rareChars } from './names'
import { seededRandom, type Random } from './random'

export type SampleSize = 'small' | 'large'

export const sampleSizes: Record<SampleSize, { households: number; villagers: number; groups: number; label: string }> = {
  small: { households: 60, villagers: 200, groups: 3, label: '小（60户、200人）' },
  large: { households: 3000, villagers: 10000, groups: 12, label: '大（3000户、10000人）' },
}

export interface SampleVillage {
  households: HouseholdRow[]
  villagers: VillagerRow[]
  grids: GridRow[]
}

/** the county code used in sample ID numbers: 411381 邓州市 (where 四议两公开 began) */
export const SAMPLE_COUNTY_CODE = '411381'
const REFERENCE_DATE = '2026-11-01'
const CREATED_AT = '2026-11-01T08:00:00.000Z'
const TERM_START = '2026-03-20'
const TERM_END = '2031-03-19'

type Sex = '男' | '女'

interface Person {
  name: string
  sex: Sex
  birth: string
  relation: RelationToHead
}

const pad = (n: number, width: number) => String(n).padStart(width, '0')

function birthDate(random: Random, age: number): string {
  const year = Number(REFERENCE_DATE.slice(0, 4)) - age - (random.chance(0.5) ? 1 : 0)
  const month = random.int(1, 12)
  const day = random.int(1, month === 2 ? 28 : 30)
  const date = `${year}-${pad(month, 2)}-${pad(day, 2)}`
  // never born after the reference date
  return date > REFERENCE_DATE ? `${year - 1}-${pad(month, 2)}-${pad(day, 2)}` : date
}

function givenName(random: Random, sex: Sex): string {
  const pool = sex === '男' ? maleChars : femaleChars
  // about one in forty names carries a rare character
  const first = random.chance(0.025) ? random.pick([...rareChars]) : random.pick([...pool])
  return random.chance(0.3) ? first : first + random.pick([...pool])
}

function surname(random: Random): string {
  return random.chance(0.62) ? random.pick(clanSurnames) : random.pick(otherSurnames)
}

function mobile(random: Random): string {
  const prefix = random.pick([
    '130',
    '131',
    '132',
    '135',
    '136',
    '137',
    '138',
    '139',
    '150',
    '151',
    '152',
    '157',
    '158',
    '159',
    '166',
    '177',
    '180',
    '183',
    '186',
    '187',
    '188',
    '189',
    '191',
    '199',
  ])
  return prefix + pad(random.int(0, 99_999_999), 8)
}

function idNumber(random: Random, birth: string, sex: Sex, used: Set<string>): string {
  for (;;) {
    let sequence = random.int(0, 999)
    if ((sequence % 2 === 1) !== (sex === '男')) sequence = (sequence + 1) % 1000
    const first17 = SAMPLE_COUNTY_CODE + birth.replaceAll('-', '') + pad(sequence, 3)
    const id = first17 + computeCheckDigit(first17)
    if (!used.has(id)) {
      used.add(id)
      return id
    }
  }
}

/** A household's members: head, usually a spouse, children, sometimes an elderly parent. */
function householdMembers(random: Random, targetSize: number): Person[] {
  const family = surname(random)
  const headSex: Sex = random.chance(0.86) ? '男' : '女'
  const headAge = random.int(28, 80)
  const members: Person[] = [
    { name: family + givenName(random, headSex), sex: headSex, birth: birthDate(random, headAge), relation: '户主' },
  ]
  if (targetSize >= 2 && random.chance(0.88)) {
    const sex: Sex = headSex === '男' ? '女' : '男'
    members.push({
      name: surname(random) + givenName(random, sex),
      sex,
      birth: birthDate(random, Math.max(20, headAge + random.int(-6, 4))),
      relation: '配偶',
    })
  }
  if (members.length < targetSize && headAge < 62 && random.chance(0.22)) {
    const sex: Sex = random.chance(0.5) ? '男' : '女'
    members.push({
      name: family + givenName(random, sex),
      sex,
      birth: birthDate(random, Math.min(99, headAge + random.int(22, 30))),
      relation: '父母',
    })
  }
  while (members.length < targetSize) {
    const sex: Sex = random.chance(0.52) ? '男' : '女'
    const age = Math.max(0, headAge - random.int(20, 34))
    members.push({ name: family + givenName(random, sex), sex, birth: birthDate(random, age), relation: sex === '男' ? '子' : '女' })
  }
  return members
}

function ageOnReference(birth: string): number {
  const [y, m, d] = birth.split('-').map(Number) as [number, number, number]
  const [ry, rm, rd] = REFERENCE_DATE.split('-').map(Number) as [number, number, number]
  return ry - y - (rm < m || (rm === m && rd < d) ? 1 : 0)
}

export function generateSampleVillage(size: SampleSize, seed = 20261122): SampleVillage {
  const random = seededRandom(seed)
  const nextId = monotonicFactory(() => random.next())
  const newId = () => nextId(Date.parse(CREATED_AT))
  const spec = sampleSizes[size]
  const groups = groupNames(spec.groups)
  const stamp = { createdAt: CREATED_AT, updatedAt: CREATED_AT }
  const usedIds = new Set<string>()

  const grids: GridRow[] = groups.map((group) => ({ id: newId(), name: `${group.replace('村民小组', '')}网格`, ...stamp, sample: true }))
  const households: HouseholdRow[] = []
  const villagers: VillagerRow[] = []

  // Spread the villager target over households: sizes 1–6 averaging villagers / households.
  let remaining = spec.villagers
  for (let h = 0; h < spec.households; h++) {
    const householdsLeft = spec.households - h
    const average = remaining / householdsLeft
    const size = householdsLeft === 1 ? remaining : Math.max(1, Math.min(6, Math.round(average + (random.next() - 0.5) * 3)))
    const target = Math.min(size, remaining - (householdsLeft - 1))
    remaining -= target

    const groupIndex = h % spec.groups
    const group = groups[groupIndex]!
    const householdId = newId()
    const members = householdMembers(random, target)
    const memberRows: VillagerRow[] = members.map((m) => {
      const statusHistory: VillagerRow['statusHistory'] = [{ status: '在册', from: m.birth < '2000-01-01' ? '2000-01-01' : m.birth }]
      if (m.relation !== '户主' && random.chance(0.03))
        statusHistory.push({
          status: '迁出',
          from: `202${random.int(2, 6)}-0${random.int(1, 9)}-1${random.int(0, 9)}`,
          note: '外出务工落户',
        })
      else if (ageOnReference(m.birth) > 75 && random.chance(0.08))
        statusHistory.push({ status: '死亡', from: `202${random.int(3, 6)}-0${random.int(1, 9)}-0${random.int(1, 9)}` })
      return {
        id: newId(),
        householdId,
        name: m.name,
        idNumber: idNumber(random, m.birth, m.sex, usedIds),
        relationToHead: m.relation,
        phone: ageOnReference(m.birth) >= 16 && random.chance(0.7) ? mobile(random) : undefined,
        status: statusHistory.at(-1)!.status,
        statusHistory,
        roles: [],
        ...stamp,
        sample: true,
      }
    })
    const head = memberRows[0]!
    households.push({
      id: householdId,
      householdNo: pad(h + 1, 4),
      headId: head.id,
      groupName: group,
      gridId: grids[groupIndex]!.id,
      address: `${group}`,
      phone: head.phone,
      status: '在册',
      ...stamp,
      sample: true,
    })
    villagers.push(...memberRows)
  }

  assignRoles(random, households, villagers, grids)
  return { households, villagers, grids }
}

const sexOf = (v: VillagerRow): Sex => (Number(v.idNumber[16]) % 2 === 1 ? '男' : '女')
const isAdultResident = (v: VillagerRow) =>
  v.status === '在册' && ageOnReference(`${v.idNumber.slice(6, 10)}-${v.idNumber.slice(10, 12)}-${v.idNumber.slice(12, 14)}`) >= 18

function assignRoles(random: Random, households: HouseholdRow[], villagers: VillagerRow[], grids: GridRow[]): void {
  const adults = villagers.filter(isAdultResident)
  const taken = new Set<string>()
  const byHousehold = new Map<string, VillagerRow[]>()
  for (const v of villagers) {
    const list = byHousehold.get(v.householdId)
    if (list) list.push(v)
    else byHousehold.set(v.householdId, [v])
  }

  // ~8% of adults are party members, a few still 预备.
  for (const v of adults) {
    if (!random.chance(0.08 * (villagers.length / adults.length))) continue
    const joinYear = random.int(Math.max(1960, Number(v.idNumber.slice(6, 10)) + 19), 2026)
    const probationary = joinYear === 2026
    v.roles.push({
      kind: 'party_member',
      joinDate: `${joinYear}-07-01`,
      stage: probationary ? '预备' : '正式',
      ...(probationary ? {} : { fullMemberDate: `${joinYear + 1}-07-01` }),
    })
  }

  const pickAdult = (filter: (v: VillagerRow) => boolean): VillagerRow => {
    const candidates = adults.filter((v) => !taken.has(v.id) && filter(v))
    const chosen = random.pick(candidates)
    taken.add(chosen.id)
    return chosen
  }
  const partyMember = (v: VillagerRow) => v.roles.some((r) => (r as { kind: string }).kind === 'party_member')
  const committeeHouseholds = new Set<string>()

  // 两委: the Party secretary also chairs the villagers' committee (一肩挑), as most villages now do.
  const secretary = pickAdult((v) => partyMember(v) && sexOf(v) === '男')
  secretary.roles.push({ kind: 'committee', body: '村党组织', post: '书记', termStart: TERM_START, termEnd: TERM_END })
  secretary.roles.push({ kind: 'committee', body: '村民委员会', post: '主任', termStart: TERM_START, termEnd: TERM_END })
  const deputy = pickAdult((v) => partyMember(v))
  deputy.roles.push({ kind: 'committee', body: '村党组织', post: '副书记', termStart: TERM_START, termEnd: TERM_END })
  for (let i = 0; i < 3; i++)
    pickAdult((v) => partyMember(v)).roles.push({
      kind: 'committee',
      body: '村党组织',
      post: '委员',
      termStart: TERM_START,
      termEnd: TERM_END,
    })
  const committee = [secretary]
  const viceChair = pickAdult((v) => sexOf(v) === '女')
  viceChair.roles.push({ kind: 'committee', body: '村民委员会', post: '副主任', termStart: TERM_START, termEnd: TERM_END })
  committee.push(viceChair)
  for (let i = 0; i < 3; i++) {
    const member = pickAdult((v) => i !== 0 || sexOf(v) === '女')
    member.roles.push({ kind: 'committee', body: '村民委员会', post: '委员', termStart: TERM_START, termEnd: TERM_END })
    committee.push(member)
  }
  for (const m of committee) committeeHouseholds.add(m.householdId)

  // 监委会: 3 members, none from a 村委会 member's household (close relatives may not serve).
  const supervisionPosts = ['主任', '委员', '委员'] as const
  for (const post of supervisionPosts) {
    pickAdult((v) => !committeeHouseholds.has(v.householdId) && (post !== '主任' || partyMember(v))).roles.push({
      kind: 'supervision',
      post,
      termStart: TERM_START,
      termEnd: TERM_END,
    })
  }

  // 村民代表: one per 10 households (5–15 allowed), from the households represented; about 40% women
  // so that women make up more than a third of the 代表会议.
  const perRep = 10
  for (let start = 0; start < households.length; start += perRep) {
    const served = households.slice(start, start + perRep)
    const wantWoman = random.chance(0.42)
    const pool = served.flatMap((h) => byHousehold.get(h.id) ?? []).filter((v) => isAdultResident(v) && !taken.has(v.id))
    const preferred = pool.filter((v) => (sexOf(v) === '女') === wantWoman)
    const rep = preferred.length ? random.pick(preferred) : pool.length ? random.pick(pool) : undefined
    if (!rep) continue
    taken.add(rep.id)
    rep.roles.push({
      kind: 'representative',
      termStart: TERM_START,
      termEnd: TERM_END,
      represents: { kind: 'households', householdIds: served.map((h) => h.id) },
    })
  }

  // 网格长 per grid, chosen from its households; 调解员: two.
  for (const grid of grids) {
    const inGrid = households.filter((h) => h.gridId === grid.id).flatMap((h) => byHousehold.get(h.id) ?? [])
    const leader = random.pick(inGrid.filter(isAdultResident))
    leader.roles.push({ kind: 'grid', post: '网格长', gridId: grid.id, from: TERM_START })
    grid.leaderId = leader.id
  }
  for (let i = 0; i < 2; i++) pickAdult(() => true).roles.push({ kind: 'mediator', from: TERM_START })
}
