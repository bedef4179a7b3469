// testContext first: it installs fake-indexeddb before Dexie is loaded
import { snapshotOf, useTestContexts } from '../testContext'
import { describe, expect, it } from 'vitest'
import type { CaseRow, VillagerRow } from '@/db/rows'
import type { RoleAssignment } from '@/domain/people/model'
import { villager } from '@/domain/people/testFixtures'
import type { Benefit } from '@/domain/violations/benefits'
import { undecidedBecause } from '@/domain/violations/assemblyDecision'
import { verifyAuditLog } from '../audit/auditLog'
import { importCompactText, previewCompactText } from '../compact/importCompact'
import { meetingInput, seedVillage } from '../meetings/testRegistry'
import { assessCase, decideCase, notifyCase, recordNoStatement, reportCase } from './caseSteps'

/**
 * The 村民代表会议 that decides a case, recorded with its consequence in one unit. The body has 6
 * 组成人员 (甲、丙 of the 村民委员会 and 代表 R1–R4): quorum 三分之二以上 = ceil(12/3) = 4 must
 * attend (组织法 Art. 26); the decision needs 到会人员的过半数 = floor(n/2)+1 (民法典 1259: 过半数
 * excludes half).
 */
const context = useTestContexts('app-violations-assembly')

const COMPACT = [
  '宅子村村规民约',
  '第一条　为加强村民自治，制定本村规民约。',
  '第二条　村民建房不得影响相邻住户的采光。',
  '第三条　违反第二条的，由村民代表会议决定给予批评教育。',
  '第四条　违约人整改到位、经验收合格的，由村民委员会决定恢复其享受相关福利。',
].join('\n')
const ROLES = { 1: 'general', 2: 'conduct', 3: 'handling', 4: 'restoration' } as const
const benefits: Benefit[] = [{ id: 'gift', name: '年终慰问品', kind: '自主福利', unit: '户' }]

const representative: RoleAssignment = { kind: 'representative', termStart: '2024-01-01', represents: { kind: 'group', groupName: '一组' } }
const REPS = ['R1', 'R2', 'R3', 'R4']

async function heardCase() {
  const ctx = context('2026-03-02T02:00:00.000Z')
  await seedVillage(ctx)
  const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', status: '在册' as const }
  const reps: VillagerRow[] = REPS.map((id, i) => ({
    ...villager({ id, name: `代表${i + 1}`, householdId: 'H2', relationToHead: '子', roles: [representative] }),
    ...stamp,
  }))
  await ctx.db.villagers.bulkAdd(reps)
  const { parsed } = previewCompactText(COMPACT)
  for (const a of parsed.articles) a.role = ROLES[a.number as 1 | 2 | 3 | 4]
  await importCompactText(ctx, parsed, { as: 'version', effectiveFrom: '2024-01-01' })
  let c: CaseRow = await reportCase(ctx, {
    report: {
      reporterKind: '网格员',
      reporterName: '丙',
      reportDate: '2026-03-02',
      actDate: '2026-03-01',
      place: '第一村民小组',
      facts: '加高房屋三层砖，挡住邻居采光',
      evidence: [],
      villagerId: 'E',
      householdId: 'H3',
    },
  })
  ctx.clock.set('2026-03-04T02:00:00.000Z')
  c = await assessCase(ctx, c, { date: '2026-03-03', finding: '加高房屋影响邻居采光', article: '第二条' })
  c = await notifyCase(
    ctx,
    c,
    {
      date: '2026-03-04',
      serviceDate: '2026-03-04',
      serviceMethod: '直接送达',
      article: '第三条',
      intendedMeasures: [{ kind: '批评教育' }],
    },
    benefits,
  )
  ctx.clock.set('2026-03-10T02:00:00.000Z')
  return { ctx, c: await recordNoStatement(ctx, c) }
}

/** The meeting on 2026-03-10 where `attending` came and `yes` of them voted for. */
const held = (attending: readonly string[], yes: number) => meetingInput('representatives_meeting', '2026-03-10', attending, yes)

async function decideAt(attending: readonly string[], yes: number) {
  const { ctx, c } = await heardCase()
  const next = await decideCase(
    ctx,
    c,
    {
      date: '2026-03-10',
      body: '村民代表会议',
      measures: [{ kind: '批评教育', startDate: '2026-03-10' }],
      assembly: held(attending, yes),
    },
    benefits,
  )
  const meetings = await ctx.db.meetings.toArray()
  return { ctx, next, meetings }
}

describe('a 村民代表会议 decides a case in one unit with its meeting', () => {
  it('one below the quorum (3 of 6): the meeting is kept, the case stays undecided and says why', async () => {
    const { ctx, next, meetings } = await decideAt(['A', 'C', 'R1'], 3)
    expect(next.state).toBe('heard')
    expect(next.decision).toBeUndefined()
    expect(meetings).toHaveLength(1)
    expect(meetings[0]!.roster.members).toHaveLength(6)
    expect(next.assemblyMeetings).toEqual([
      expect.objectContaining({ meetingId: meetings[0]!.id, date: '2026-03-10', quorumReached: false, passed: false, result: 'no_quorum' }),
    ])
    const why = undecidedBecause(next)!
    expect(why).toContain('应到6人，实到3人')
    expect(why).toContain('至少4人')
    expect(why).toContain('第二十六条')
    expect(why).toContain('请重新召集村民代表会议')
    // one unit: the meeting's and the case's audit entries, the chain intact
    const log = await ctx.db.auditLog.toArray()
    expect(log.slice(-2).map((e) => e.table)).toEqual(['meetings', 'cases'])
    expect(log.at(-1)!.summary).toContain('村民代表会议未作出处理决定（到会人数不足）')
    expect((await verifyAuditLog(ctx)).ok).toBe(true)
  })

  it('exactly at the quorum (4 of 6) with 3 of 4 in favour: the meeting and the decision land together', async () => {
    const { next, meetings } = await decideAt(['A', 'C', 'R1', 'R2'], 3)
    expect(next.state).toBe('decided')
    expect(next.decision).toMatchObject({ date: '2026-03-10', body: '村民代表会议', meeting: { meetingId: meetings[0]!.id, passed: true } })
    expect(next.assemblyMeetings?.map((m) => m.result)).toEqual(['decided'])
    expect(undecidedBecause(next)).toBeUndefined()
  })

  it('one above the quorum (5 of 6), 3 in favour: decided', async () => {
    const { next } = await decideAt(['A', 'C', 'R1', 'R2', 'R3'], 3)
    expect(next.state).toBe('decided')
  })

  it('exactly half in favour (2 of 4) is not 过半数: not passed, the case stays undecided', async () => {
    const { next, meetings } = await decideAt(['A', 'C', 'R1', 'R2'], 2)
    expect(next.state).toBe('heard')
    expect(meetings).toHaveLength(1)
    expect(next.assemblyMeetings?.[0]).toMatchObject({ quorumReached: true, passed: false, result: 'not_passed' })
    expect(undecidedBecause(next)).toContain('表决未通过处理决定')
    expect(undecidedBecause(next)).toContain('至少3票')
  })

  it('after a failed meeting the committee convenes again and that meeting decides', async () => {
    const { ctx, c } = await heardCase()
    const measures = [{ kind: '批评教育' as const, startDate: '2026-03-10' }]
    const first = await decideCase(ctx, c, { date: '2026-03-10', body: '村民代表会议', measures, assembly: held(['A'], 1) }, benefits)
    expect(first.state).toBe('heard')
    const second = await decideCase(
      ctx,
      first,
      { date: '2026-03-10', body: '村民代表会议', measures, assembly: held(['A', 'C', 'R1', 'R2', 'R3', 'R4'], 6) },
      benefits,
    )
    expect(second.state).toBe('decided')
    expect(second.assemblyMeetings?.map((m) => m.result)).toEqual(['no_quorum', 'decided'])
    expect(await ctx.db.meetings.count()).toBe(2)
  })

  it('a meeting that could not lawfully decide (inside the hearing period) is refused: neither it nor the case is written', async () => {
    const { ctx, c } = await heardCase()
    const before = await snapshotOf(ctx)
    await expect(
      decideCase(
        ctx,
        c,
        {
          date: '2026-03-09',
          body: '村民代表会议',
          measures: [{ kind: '批评教育', startDate: '2026-03-09' }],
          assembly: meetingInput('representatives_meeting', '2026-03-09', ['A', 'C', 'R1', 'R2'], 4),
        },
        benefits,
      ),
    ).rejects.toThrow('陈述申辩')
    expect(await snapshotOf(ctx)).toEqual(before)
  })
})
