import { describe, expect, it } from 'vitest'
import { checkAssemblyCounts, checkRepresentativeAssembly, checkSupervisionCommittee } from './composition'
import type { RoleAssignment, Villager } from './model'
import { villager } from './testFixtures'

const ON = '2025-06-15'
const TERM = { termStart: '2021-01-01', termEnd: '2025-12-31' }

const committeeRole: RoleAssignment = { kind: 'committee', body: '村民委员会', post: '委员', ...TERM }
const groupRep: RoleAssignment = { kind: 'representative', ...TERM, represents: { kind: 'group', groupName: '一组' } }
const householdRep = (n: number): RoleAssignment => ({
  kind: 'representative',
  ...TERM,
  represents: { kind: 'households', householdIds: Array.from({ length: n }, (_, i) => `H${i}`) },
})

function people(committee: number, menReps: number, womenReps: number, repRole: RoleAssignment = groupRep): Villager[] {
  return [
    ...Array.from({ length: committee }, () => villager({ roles: [committeeRole] })),
    ...Array.from({ length: menReps }, () => villager({ sex: '男', roles: [repRole] })),
    ...Array.from({ length: womenReps }, () => villager({ sex: '女', roles: [repRole] })),
  ]
}

const levels = (fs: { code: string; level: string }[]) => Object.fromEntries(fs.map((f) => [f.code, f.level]))

describe('checkAssemblyCounts (Art. 25: 4/5 representatives, 1/3 women of ALL members)', () => {
  it('the brief’s example: 25 members, 19 representatives → error with the numbers', () => {
    const fs = checkAssemblyCounts({ committeeMembers: 6, representatives: 19, womenRepresentatives: 9 })
    const reps = fs.find((f) => f.code === 'representative_share')
    expect(reps?.level).toBe('error')
    expect(reps?.message).toBe('村民代表应占组成人员五分之四以上：组成人员25人，至少需20名村民代表，现有19名')
    expect(reps?.citation.article).toBe('第二十五条')
  })

  it('representatives exactly at 4/5 pass; one below fails', () => {
    const at = checkAssemblyCounts({ committeeMembers: 5, representatives: 20, womenRepresentatives: 9 })
    expect(levels(at).representative_share).toBe('ok')
    expect(at[0]?.message).toBe('村民代表占组成人员五分之四以上：组成人员25人，至少需20名村民代表，现有20名')
    // 26 members: 4/5 = 20.8 → 21 needed; 20 is one below
    const below = checkAssemblyCounts({ committeeMembers: 6, representatives: 20, womenRepresentatives: 9 })
    expect(levels(below).representative_share).toBe('error')
    expect(below[0]?.message).toContain('组成人员26人，至少需21名村民代表，现有20名')
  })

  it('women: a third of M (not of the representatives), exactly at / one below', () => {
    // M = 30 → 10 women needed; 1/3 of the 25 reps would only be 9
    const at = checkAssemblyCounts({ committeeMembers: 5, representatives: 25, womenRepresentatives: 10 })
    expect(levels(at).women_share).toBe('ok')
    const below = checkAssemblyCounts({ committeeMembers: 5, representatives: 25, womenRepresentatives: 9 })
    expect(levels(below).women_share).toBe('error')
    expect(below[1]?.message).toBe('妇女村民代表应占组成人员三分之一以上：组成人员30人，至少需10名妇女村民代表，现有9名')
  })

  it('M not divisible by 3: 31 members need 11 women (10.33 rounds up)', () => {
    const fs = checkAssemblyCounts({ committeeMembers: 5, representatives: 26, womenRepresentatives: 11 })
    expect(levels(fs).women_share).toBe('ok')
    const one = checkAssemblyCounts({ committeeMembers: 5, representatives: 26, womenRepresentatives: 10 })
    expect(levels(one).women_share).toBe('error')
  })

  it('no members at all is an error', () => {
    const fs = checkAssemblyCounts({ committeeMembers: 0, representatives: 0, womenRepresentatives: 0 })
    expect(fs.map((f) => f.code)).toEqual(['no_members'])
  })
})

describe('checkRepresentativeAssembly (from villagers and roles)', () => {
  it('counts women by the ID number’s sex digit', () => {
    const r = checkRepresentativeAssembly(people(5, 15, 10), ON)
    expect(r.committeeMembers).toHaveLength(5)
    expect(r.representatives).toHaveLength(25)
    expect(levels(r.findings)).toEqual({ representative_share: 'ok', women_share: 'ok' })
  })

  it('ignores roles outside their term and people no longer 在册', () => {
    const expired = villager({ sex: '女', roles: [{ ...groupRep, termEnd: '2025-06-14' }] })
    const dead = villager({
      sex: '女',
      roles: [groupRep],
      statusHistory: [
        { status: '在册', from: '1980-01-01' },
        { status: '死亡', from: '2025-01-01' },
      ],
    })
    const r = checkRepresentativeAssembly([...people(5, 15, 10), expired, dead], ON)
    expect(r.representatives).toHaveLength(25)
  })

  it('a committee member also registered as representative is counted once, as committee member', () => {
    const both = villager({ name: '张三', sex: '女', roles: [committeeRole, groupRep] })
    const r = checkRepresentativeAssembly([both, ...people(4, 15, 10)], ON)
    expect(r.committeeMembers).toHaveLength(5)
    expect(r.representatives).toHaveLength(25)
    const dual = r.findings.find((f) => f.code === 'dual_role')
    expect(dual?.level).toBe('warning')
    expect(dual?.message).toContain('张三')
  })

  it('unknown sex (bad ID) is warned about and not counted as a woman', () => {
    const bad = villager({ idNumber: 'BAD', roles: [groupRep] })
    const r = checkRepresentativeAssembly([...people(5, 14, 10), bad], ON)
    expect(r.findings.find((f) => f.code === 'sex_unknown')?.message).toBe('1名村民代表的身份证号码有误，无法确定性别，未计入妇女村民代表')
  })

  it('5–15 households per representative: 5 and 15 pass, 4 and 16 warn (warning, never error)', () => {
    const ok = checkRepresentativeAssembly([...people(0, 1, 0, householdRep(5)), ...people(0, 1, 1, householdRep(15))], ON)
    expect(ok.findings.filter((f) => f.code === 'households_per_representative').map((f) => f.level)).toEqual(['ok'])

    const low = villager({ name: '李四', roles: [householdRep(4)] })
    const high = villager({ name: '王五', roles: [householdRep(16)] })
    const r = checkRepresentativeAssembly([low, high, ...people(0, 0, 3, householdRep(10))], ON)
    const ratio = r.findings.filter((f) => f.code === 'households_per_representative')
    expect(ratio.map((f) => [f.level, f.message])).toEqual([
      ['warning', '村民代表李四由4户推选，按户推选的应为每五户至十五户推选一人'],
      ['warning', '村民代表王五由16户推选，按户推选的应为每五户至十五户推选一人'],
    ])
    expect(ratio[0]?.citation.text).toContain('每五户至十五户推选一人')
  })

  it('duplicate household ids are counted once', () => {
    const rep: RoleAssignment = {
      kind: 'representative',
      ...TERM,
      represents: { kind: 'households', householdIds: ['A', 'A', 'B', 'C', 'D'] },
    }
    const r = checkRepresentativeAssembly([villager({ roles: [rep] })], ON)
    expect(r.findings.find((f) => f.code === 'households_per_representative')?.level).toBe('warning')
  })

  it('group-chosen representatives get no ratio check at all', () => {
    const r = checkRepresentativeAssembly(people(1, 2, 2), ON)
    expect(r.findings.some((f) => f.code === 'households_per_representative')).toBe(false)
  })
})

describe('checkSupervisionCommittee (Art. 32)', () => {
  const supMember: RoleAssignment = { kind: 'supervision', post: '委员', ...TERM }
  const supChair: RoleAssignment = { kind: 'supervision', post: '主任', ...TERM }

  it('no board: error', () => {
    const fs = checkSupervisionCommittee([villager({ roles: [committeeRole] })], ON)
    expect(fs.map((f) => [f.code, f.level])).toEqual([['no_supervision_committee', 'error']])
  })

  it('size 3 and 5 ok; 2 and 6 warn', () => {
    const board = (n: number) =>
      Array.from({ length: n }, (_, i) => villager({ householdId: `S${i}`, roles: [i === 0 ? supChair : supMember] }))
    expect(levels(checkSupervisionCommittee(board(3), ON)).supervision_size).toBe('ok')
    expect(levels(checkSupervisionCommittee(board(5), ON)).supervision_size).toBe('ok')
    const two = checkSupervisionCommittee(board(2), ON)
    expect(levels(two).supervision_size).toBe('warning')
    expect(two[0]?.message).toBe('村务监督委员会一般由3至5人组成，现有2人')
    expect(levels(checkSupervisionCommittee(board(6), ON)).supervision_size).toBe('warning')
  })

  it('a 村民委员会 member on the board is an error', () => {
    const both = villager({ name: '赵六', householdId: 'A', roles: [committeeRole, supMember] })
    const fs = checkSupervisionCommittee(
      [both, villager({ householdId: 'B', roles: [supChair] }), villager({ householdId: 'C', roles: [supMember] })],
      ON,
    )
    const err = fs.find((f) => f.code === 'committee_member_on_board')
    expect(err?.level).toBe('error')
    expect(err?.message).toBe('赵六是村民委员会成员，不得担任村务监督委员会成员')
    expect(err?.citation.text).toContain('近亲属不得担任村务监督机构成员')
  })

  it('same-household spouse of a committee member: warning 可能为近亲属', () => {
    const head = villager({ name: '钱七', householdId: 'A', relationToHead: '户主', roles: [committeeRole] })
    const wife = villager({ name: '孙八', householdId: 'A', relationToHead: '配偶', roles: [supMember] })
    const fs = checkSupervisionCommittee(
      [head, wife, villager({ householdId: 'B', roles: [supChair] }), villager({ householdId: 'C', roles: [supMember] })],
      ON,
    )
    const w = fs.find((f) => f.code === 'possible_close_relative')
    expect(w?.level).toBe('warning')
    expect(w?.message).toBe('孙八（配偶）与村民委员会成员钱七（户主）同户，可能为近亲属（配偶），近亲属不得担任村务监督委员会成员，请核实')
    expect(fs.some((f) => f.code === 'no_committee_conflict')).toBe(false)
  })

  it('siblings as children of the same head are detected', () => {
    const son = villager({ name: '周九', householdId: 'A', relationToHead: '子', roles: [committeeRole] })
    const daughter = villager({ name: '吴十', householdId: 'A', relationToHead: '女', roles: [supMember] })
    const fs = checkSupervisionCommittee([son, daughter], ON)
    expect(fs.find((f) => f.code === 'possible_close_relative')?.message).toContain('可能为近亲属（兄弟姐妹）')
  })

  it('a relative whose committee term has ended is no conflict', () => {
    const head = villager({ householdId: 'A', relationToHead: '户主', roles: [{ ...committeeRole, termEnd: '2025-06-14' }] })
    const wife = villager({ householdId: 'A', relationToHead: '配偶', roles: [supMember] })
    const fs = checkSupervisionCommittee([head, wife], ON)
    expect(fs.some((f) => f.code === 'possible_close_relative')).toBe(false)
    expect(fs.find((f) => f.code === 'no_committee_conflict')?.level).toBe('ok')
  })

  it('chair who is the 村党组织书记: guideline warning', () => {
    const secretary = villager({
      name: '郑一',
      roles: [supChair, { kind: 'committee', body: '村党组织', post: '书记', ...TERM }],
    })
    const fs = checkSupervisionCommittee([secretary], ON)
    const w = fs.find((f) => f.code === 'chair_is_party_secretary')
    expect(w?.level).toBe('warning')
    expect(w?.citation.text).toContain('原则上不由村党组织书记兼任主任')
  })
})
