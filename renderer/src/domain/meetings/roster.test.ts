import { describe, expect, it } from 'vitest'
import type { RoleAssignment } from '@/domain/people/model'
import { household, villager } from '@/domain/people/testFixtures'
import { tallyAttendance } from './attendance'
import { evaluateVote } from './evaluateVote'
import { buildRoster } from './roster'

const DAY = '2026-03-15'
const TERM = { termStart: '2021-03-01', termEnd: '2026-02-28' }
const NEW_TERM = { termStart: '2026-03-01' }

const rep = (termStart = '2026-03-01', termEnd?: string): RoleAssignment => ({
  kind: 'representative',
  termStart,
  ...(termEnd ? { termEnd } : {}),
  represents: { kind: 'group', groupName: '一组' },
})

describe('村民会议 roster: 18+ and 在册 on the meeting date (Art. 21)', () => {
  const adult = villager({ id: 'a', name: '甲', birthDate: '1980-05-01', householdId: 'H1' })
  const turns18 = villager({ id: 'b', name: '乙', birthDate: '2008-03-15', householdId: 'H1' })
  const minor = villager({ id: 'c', name: '丙', birthDate: '2008-03-16', householdId: 'H2' })
  const moved = villager({
    id: 'd',
    name: '丁',
    householdId: 'H3',
    statusHistory: [
      { status: '在册', from: '1980-01-01' },
      { status: '迁出', from: '2026-01-01' },
    ],
  })
  const villagers = [adult, turns18, minor, moved]

  it('lists the entitled and every exclusion with its reason', () => {
    const r = buildRoster({ body: 'villagers_meeting', meetingDate: DAY, villagers })
    expect(r.members.map((m) => m.name)).toEqual(['甲', '乙'])
    expect(r.excluded.map((e) => [e.reason, e.message])).toEqual([
      ['under_18', '丙：未满18周岁（2026年3月16日满18周岁）'],
      ['moved_out', '丁：已迁出'],
    ])
    expect(r.counts).toMatchObject({ entitled: 2, excluded: 2, observers: 0 })
    expect(r.mode).toBe('individual')
  })

  it('is plain data that a meeting record can store as it is', () => {
    const r = buildRoster({ body: 'villagers_meeting', meetingDate: DAY, villagers })
    expect(JSON.parse(JSON.stringify(r))).toEqual(r)
  })

  it('household form: households 在册 with an eligible member; the others excluded with a reason', () => {
    const households = [
      household({ id: 'H1', householdNo: '001' }),
      household({ id: 'H2', householdNo: '002' }),
      household({ id: 'H3', householdNo: '003' }),
      household({ id: 'H4', householdNo: '004', status: '注销' }),
    ]
    const r = buildRoster({ body: 'villagers_meeting', mode: 'household', meetingDate: DAY, villagers, households })
    expect(r.households).toEqual([{ householdId: 'H1', householdNo: '001', groupName: '一组', memberIds: ['a', 'b'] }])
    expect(r.excluded.filter((e) => e.id.startsWith('H')).map((e) => [e.id, e.reason])).toEqual([
      ['H2', 'no_eligible_member'],
      ['H3', 'no_eligible_member'],
      ['H4', 'household_cancelled'],
    ])
    expect(r.counts.households).toBe(1)
    expect(buildRoster({ body: 'villagers_meeting', mode: 'household', meetingDate: DAY, villagers }).findings[0]?.code).toBe(
      'households_missing',
    )
  })

  it('村民小组会议: only the group’s villagers', () => {
    const other = villager({ id: 'e', name: '戊', householdId: 'H9' })
    const households = [household({ id: 'H1', groupName: '一组' }), household({ id: 'H9', groupName: '二组' })]
    const r = buildRoster({ body: 'group_meeting', meetingDate: DAY, villagers: [...villagers, other], households, groupName: '二组' })
    expect(r.members.map((m) => m.name)).toEqual(['戊'])
    expect(r.members[0]?.standing).toBe('二组村民')
    expect(buildRoster({ body: 'group_meeting', meetingDate: DAY, villagers }).findings[0]?.code).toBe('group_missing')
  })
})

describe('党员大会 roster: 正式党员 vote, 预备党员 attend without a vote', () => {
  const full = villager({ id: 'p1', name: '正', roles: [{ kind: 'party_member', joinDate: '2000-07-01', stage: '正式' }] })
  const probationary = villager({ id: 'p2', name: '预', roles: [{ kind: 'party_member', joinDate: '2025-07-01', stage: '预备' }] })
  const promoted = villager({
    id: 'p3',
    name: '转',
    roles: [{ kind: 'party_member', joinDate: '2025-03-01', stage: '预备', fullMemberDate: '2026-03-01' }],
  })
  const promotedLater = villager({
    id: 'p4',
    name: '未转',
    roles: [{ kind: 'party_member', joinDate: '2025-04-01', stage: '预备', fullMemberDate: '2026-04-01' }],
  })
  const future = villager({ id: 'p5', name: '新', roles: [{ kind: 'party_member', joinDate: '2026-07-01', stage: '预备' }] })
  const left = villager({
    id: 'p6',
    name: '转出',
    roles: [{ kind: 'party_member', joinDate: '1990-07-01', stage: '正式', leftDate: '2025-12-31' }],
  })
  const nonMember = villager({ id: 'n', name: '群众' })

  it('counts 正式党员 only; lists 预备党员 apart; excludes those not members on the date', () => {
    const r = buildRoster({
      body: 'party_assembly',
      meetingDate: DAY,
      villagers: [full, probationary, promoted, promotedLater, future, left, nonMember],
    })
    expect(r.members.map((m) => m.name)).toEqual(['正', '转'])
    expect(r.nonVoting.map((m) => [m.name, m.votes])).toEqual([
      ['预', false],
      ['未转', false],
    ])
    expect(r.excluded.map((e) => [e.name, e.reason])).toEqual([
      ['新', 'not_yet_member'],
      ['转出', 'membership_ended'],
    ])
    expect(r.counts).toMatchObject({ entitled: 2, nonVoting: 2 })
    expect(r.findings.map((f) => f.code)).toContain('probationary_attend')
  })

  it('预备党员 marked present are not counted in 实到', () => {
    const r = buildRoster({ body: 'party_assembly', meetingDate: DAY, villagers: [full, probationary, promoted, promotedLater] })
    const t = tallyAttendance({ roster: r, marks: { p1: { status: '到会' }, p2: { status: '到会' }, p4: { status: '到会' } } })
    expect(t.counts).toMatchObject({ entitled: 2, present: 1, probationaryPresent: 2 })
    const e = evaluateVote({ body: 'party_assembly', ...t.counts, yes: 1 })
    expect(e.quorum).toMatchObject({ baseCount: 2, actual: 1, required: 1, met: true })
    expect(e.decision).toMatchObject({ required: 2, passed: false })
  })
})

describe('支委会 and 两委 rosters', () => {
  const secretary = villager({
    id: 's',
    name: '书记',
    roles: [
      { kind: 'committee', body: '村党组织', post: '书记', ...NEW_TERM },
      { kind: 'committee', body: '村民委员会', post: '主任', ...NEW_TERM },
    ],
  })
  const partyMember = villager({ id: 'pm', name: '支委', roles: [{ kind: 'committee', body: '村党组织', post: '委员', ...NEW_TERM }] })
  const director = villager({ id: 'vd', name: '村委', roles: [{ kind: 'committee', body: '村民委员会', post: '委员', ...NEW_TERM }] })
  const former = villager({ id: 'f', name: '老支委', roles: [{ kind: 'committee', body: '村党组织', post: '委员', ...TERM }] })

  it('支委会: 村党组织 members in office; a term that ended is excluded with its date', () => {
    const r = buildRoster({ body: 'party_committee', meetingDate: DAY, villagers: [secretary, partyMember, director, former] })
    expect(r.members.map((m) => m.name)).toEqual(['书记', '支委'])
    expect(r.excluded).toEqual([{ id: 'f', name: '老支委', reason: 'term_ended', message: '老支委：委员任期已于2026年2月28日届满或终止' }])
  })

  it('两委: both committees, a person in both (一肩挑) counted once', () => {
    const r = buildRoster({ body: 'joint_committees', meetingDate: DAY, villagers: [secretary, partyMember, director, former] })
    expect(r.members.map((m) => [m.name, m.standing])).toEqual([
      ['书记', '村党组织书记、村民委员会主任'],
      ['支委', '村党组织委员'],
      ['村委', '村民委员会委员'],
    ])
  })
})

describe('村民代表会议 roster: committee + representatives in office; supervision members 列席', () => {
  const committee = villager({ id: 'c1', name: '主任', roles: [{ kind: 'committee', body: '村民委员会', post: '主任', ...NEW_TERM }] })
  const reps = Array.from({ length: 4 }, (_, i) => villager({ id: `r${i}`, name: `代表${i}`, sex: i < 2 ? '女' : '男', roles: [rep()] }))
  const formerRep = villager({ id: 'old', name: '前代表', roles: [rep('2021-03-01', '2026-02-28')] })
  const supervisor = villager({ id: 'sv', name: '监委', roles: [{ kind: 'supervision', post: '主任', ...NEW_TERM }] })
  const villagers = [committee, ...reps, formerRep, supervisor]

  it('counts members, keeps 列席 apart, never in the count', () => {
    const r = buildRoster({
      body: 'representatives_meeting',
      meetingDate: DAY,
      villagers,
      observers: [{ name: '李镇', kind: 'township', post: '镇党委副书记' }],
    })
    expect(r.members.map((m) => m.standing)).toEqual(['村民委员会主任', '村民代表', '村民代表', '村民代表', '村民代表'])
    expect(r.counts.entitled).toBe(5)
    expect(r.observers.map((o) => [o.name, o.label, o.post])).toEqual([
      ['监委', '村务监督委员会成员', '村务监督委员会主任'],
      ['李镇', '乡镇（街道）工作人员', '镇党委副书记'],
    ])
    expect(r.excluded.map((e) => [e.name, e.reason])).toEqual([['前代表', 'term_ended']])
    expect(r.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['representative_share', 'women_share', 'supervision_attends']))
  })

  it('a 列席 person cannot be marked present, and 委托 is refused (no proxy at a 村民代表会议)', () => {
    const r = buildRoster({ body: 'representatives_meeting', meetingDate: DAY, villagers })
    const t = tallyAttendance({
      roster: r,
      marks: {
        c1: { status: '到会' },
        r0: { status: '到会' },
        r1: { status: '到会' },
        r2: { status: '委托', proxyId: 'r1', written: true },
        r3: { status: '请假' },
        sv: { status: '到会' },
      },
    })
    expect(t.present).toBe(3)
    expect(t.onLeave).toBe(1)
    expect(t.findings.find((f) => f.code === 'not_on_roster')?.message).toBe('监委为列席人员，不计入到会人数')
    expect(t.findings.find((f) => f.code === 'proxy_refused')).toMatchObject({ level: 'error', field: 'attendance.r2' })
    expect(t.absentNames).toEqual(['代表2', '代表3（请假）'])
    const e = evaluateVote({ body: 'representatives_meeting', ...t.counts, yes: 3 })
    expect(e.quorum).toMatchObject({ baseCount: 5, actual: 3, required: 4, met: false })
  })
})

describe('集体经济组织成员大会 roster (集体经济组织法 Art. 26, 27)', () => {
  const a = villager({ id: 'm1', name: '成员甲', householdId: 'H1' })
  const b = villager({ id: 'm2', name: '成员乙', householdId: 'H1' })
  const c = villager({ id: 'm3', name: '成员丙', householdId: 'H2' })
  const away = villager({
    id: 'm4',
    name: '外出',
    householdId: 'H3',
    statusHistory: [
      { status: '在册', from: '1980-01-01' },
      { status: '迁出', from: '2020-09-01' },
    ],
  })
  const child = villager({ id: 'm5', name: '小孩', birthDate: '2015-01-01', householdId: 'H1' })
  const incapable = villager({ id: 'm6', name: '无能力', householdId: 'H2' })
  const dead = villager({
    id: 'm7',
    name: '故',
    statusHistory: [
      { status: '在册', from: '1950-01-01' },
      { status: '死亡', from: '2025-01-01' },
    ],
  })
  const later = villager({ id: 'm8', name: '新成员' })
  const former = villager({ id: 'm9', name: '退出' })
  const collectiveMembers = [
    { villagerId: 'm1', from: '2020-01-01' },
    { villagerId: 'm2', from: '2020-01-01' },
    { villagerId: 'm3', from: '2020-01-01' },
    { villagerId: 'm4', from: '2020-01-01' },
    { villagerId: 'm5', from: '2015-01-01' },
    { villagerId: 'm6', from: '2020-01-01', fullCapacity: false },
    { villagerId: 'm7', from: '2020-01-01' },
    { villagerId: 'm8', from: '2026-06-01' },
    { villagerId: 'm9', from: '2020-01-01', to: '2025-12-31' },
    { villagerId: 'zz', from: '2020-01-01' },
  ]
  const villagers = [a, b, c, away, child, incapable, dead, later, former]

  it('members with full civil capacity on the date; one who moved away stays a member', () => {
    const r = buildRoster({ body: 'collective_assembly', meetingDate: DAY, villagers, collectiveMembers })
    expect(r.members.map((m) => m.name)).toEqual(['成员甲', '成员乙', '成员丙', '外出'])
    expect(r.excluded.map((e) => [e.id, e.reason])).toEqual([
      ['m5', 'no_full_capacity'],
      ['m6', 'no_full_capacity'],
      ['m7', 'deceased'],
      ['m8', 'not_yet_member'],
      ['m9', 'membership_ended'],
      ['zz', 'unknown_person'],
    ])
    expect(r.findings.map((f) => f.code)).toContain('members_moved_away')
  })

  it('a 村民会议 acting for the collective (Art. 64) takes the members’ roster, and allows a same-household written proxy', () => {
    const r = buildRoster({ body: 'villagers_meeting', actsForCollective: true, meetingDate: DAY, villagers, collectiveMembers })
    expect(r.counts.entitled).toBe(4)
    expect(r.mode).toBe('single')
    const ok = tallyAttendance({
      roster: r,
      marks: { m1: { status: '到会' }, m2: { status: '委托', proxyId: 'm1', written: true }, m3: { status: '到会' } },
    })
    expect(ok).toMatchObject({ present: 3, proxies: 1 })
    expect(ok.findings.filter((f) => f.level === 'error')).toEqual([])
    const e = evaluateVote({ body: 'villagers_meeting', tags: ['收益分配'], ...ok.counts, yes: 3 })
    expect(e.quorum).toMatchObject({ required: 3, met: true })
    expect(e.passed).toBe(true)
  })

  it('refuses a proxy to another household, to an absent member, or without a written proxy', () => {
    const r = buildRoster({ body: 'collective_assembly', meetingDate: DAY, villagers, collectiveMembers })
    const messages = (marks: Parameters<typeof tallyAttendance>[0]['marks']) =>
      tallyAttendance({ roster: r, marks })
        .findings.filter((f) => f.code === 'proxy_refused')
        .map((f) => f.message)
    expect(messages({ m1: { status: '到会' }, m3: { status: '委托', proxyId: 'm1', written: true } })).toEqual([
      '成员丙：受托人成员甲不是同一户的家庭成员，按缺席计',
    ])
    expect(messages({ m2: { status: '委托', proxyId: 'm1', written: true } })).toEqual(['成员乙：受托人成员甲未到会，按缺席计'])
    expect(messages({ m1: { status: '到会' }, m2: { status: '委托', proxyId: 'm1' } })).toEqual(['成员乙：须有书面委托，按缺席计'])
  })

  it('成员代表大会: more than twenty representatives (warning below)', () => {
    const r = buildRoster({
      body: 'collective_representatives',
      meetingDate: DAY,
      villagers,
      collectiveRepresentatives: [{ villagerId: 'm1', from: '2021-01-01' }],
    })
    expect(r.counts.entitled).toBe(1)
    expect(r.findings.map((f) => f.code)).toContain('too_few_representatives')
    expect(buildRoster({ body: 'collective_assembly', meetingDate: DAY, villagers }).findings[0]?.code).toBe('no_collective_members')
  })
})

describe('household attendance', () => {
  it('one representative per household, an eligible member of it', () => {
    const v1 = villager({ id: 'a', householdId: 'H1' })
    const v2 = villager({ id: 'b', householdId: 'H2' })
    const v3 = villager({ id: 'c', householdId: 'H3' })
    const households = [household({ id: 'H1' }), household({ id: 'H2' }), household({ id: 'H3' })]
    const r = buildRoster({ body: 'villagers_meeting', mode: 'household', meetingDate: DAY, villagers: [v1, v2, v3], households })
    const t = tallyAttendance({ roster: r, marks: {}, householdsPresent: { H1: 'a', H2: 'a', H9: 'c' } })
    expect(t.presentHouseholds).toBe(1)
    expect(t.findings.map((f) => f.code)).toEqual(['unmarked_absent', 'representative_not_of_household', 'household_not_on_roster'])
    const e = evaluateVote({ body: 'villagers_meeting', mode: 'household', ...t.counts, yes: 1 })
    expect(e.quorum).toMatchObject({ base: 'households', baseCount: 3, actual: 1, required: 2, met: false })
  })
})
