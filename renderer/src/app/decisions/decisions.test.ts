// testContext first: it installs fake-indexeddb before Dexie is loaded
import { snapshotOf, useTestContexts } from '../testContext'
import { describe, expect, it } from 'vitest'
import { StaleRecordError } from '@/db/unitOfWork'
import { DecisionTransitionError } from '@/domain/decisions/lifecycle'
import type { Matter } from '@/domain/decisions/model'
import { verifyAuditLog } from '../audit/auditLog'
import { MeetingRecordError } from '@/domain/meetings/recordError'
import { recordMeeting } from '../meetings/recordMeeting'
import { meetingInput, seedVillage } from '../meetings/testRegistry'
import { createMatter } from './createMatter'
import { closeMatter, dropMatter, finishDisclosure, publishResolution, publishResult, recordImplementation } from './disclosure'
import { listMatters } from './listMatters'

const context = useTestContexts('app-decisions')

async function village(instant = '2026-03-20T01:00:00.000Z') {
  const ctx = context(instant)
  await seedVillage(ctx)
  return ctx
}

async function newMatter(ctx: Awaited<ReturnType<typeof village>>) {
  return createMatter(ctx, { title: '修建村内道路', motionSource: '党员群众建议', tags: ['art24_5'] })
}

/** ①–③ passed on 03-02, 03-04, 03-08: the matter waits for ④. */
async function atResolution(ctx: Awaited<ReturnType<typeof village>>) {
  let m: Matter = await newMatter(ctx)
  m = (await recordMeeting(ctx, m, meetingInput('party_committee', '2026-03-02', ['A', 'B', 'C'], 3))).matter
  m = (await recordMeeting(ctx, m, meetingInput('joint_committees', '2026-03-04', ['A', 'B', 'C'], 3))).matter
  m = (await recordMeeting(ctx, m, meetingInput('party_assembly', '2026-03-08', ['A', 'B', 'C'], 3))).matter
  return m
}

describe('createMatter', () => {
  it('creates a matter 待提议, audited', async () => {
    const ctx = await village()
    const m = await newMatter(ctx)
    expect(m).toMatchObject({ state: 'proposing', title: '修建村内道路', steps: [], updatedAt: '2026-03-20T01:00:00.000Z' })
    expect(await ctx.db.matters.get(m.id)).toEqual(m)
    const last = await ctx.db.auditLog.orderBy('seq').last()
    expect([last?.action, last?.table, last?.recordId]).toEqual(['create', 'matters', m.id])
  })

  it('refuses a matter without a title, writing nothing', async () => {
    const ctx = await village()
    const before = await snapshotOf(ctx)
    await expect(createMatter(ctx, { title: '  ', motionSource: '村干部提议' })).rejects.toThrow('请填写事项名称')
    expect(await snapshotOf(ctx)).toEqual(before)
  })
})

describe('recordMeeting', () => {
  it('freezes the roster from the registry on the meeting date, evaluates the vote, and writes meeting and matter in one unit', async () => {
    const ctx = await village()
    const m = await atResolution(ctx)
    expect(m.state).toBe('resolving')
    // ④ 村民会议: 己 is 15 and not entitled; 5 entitled, 3 present (过半数 of 5 is 3), 2 of 3 for (过半数 of 3 is 2)
    const { meeting, matter, evaluation } = await recordMeeting(ctx, m, meetingInput('villagers_meeting', '2026-03-15', ['A', 'B', 'D'], 2))
    expect(meeting.roster.members.map((x) => x.name)).toEqual(['甲', '乙', '丙', '丁', '王小明'])
    expect(meeting.roster.excluded.map((x) => x.reason)).toEqual(['under_18'])
    expect(evaluation.votes[0]).toMatchObject({ passed: true, quorum: { met: true, required: 3, actual: 3 } })
    expect(matter.state).toBe('disclosing')
    expect(matter.steps.at(-1)).toMatchObject({
      step: 4,
      meetingId: meeting.id,
      outcome: { passed: true, entitled: 5, present: 3, ratio: '60.0%' },
    })
    expect(meeting).toMatchObject({ matterId: m.id, step: 4 })
    expect(await ctx.db.meetings.get(meeting.id)).toEqual(meeting)
    const log = await ctx.db.auditLog.orderBy('seq').toArray()
    expect(log.slice(-2).map((e) => [e.action, e.table, e.recordId])).toEqual([
      ['create', 'meetings', meeting.id],
      ['status', 'matters', m.id],
    ])
    expect(log.at(-2)!.summary).toContain('会议有效')
    expect((await verifyAuditLog(ctx)).ok).toBe(true)
  })

  it('a later change to the registry does not change the roster a meeting froze', async () => {
    const ctx = await village()
    const { meeting } = await recordMeeting(ctx, await newMatter(ctx), meetingInput('party_committee', '2026-03-02', ['A', 'B', 'C'], 3))
    await ctx.db.villagers.update('B', { roles: [] })
    expect((await ctx.db.meetings.get(meeting.id))!.roster.members.map((x) => x.villagerId)).toEqual(['A', 'B', 'C'])
  })

  it('at exactly one below the quorum the meeting is kept and ④ waits for a new meeting', async () => {
    const ctx = await village()
    const m = await atResolution(ctx)
    // 2 of 5 present: 过半数 needs 3
    const { matter, evaluation } = await recordMeeting(ctx, m, meetingInput('villagers_meeting', '2026-03-15', ['A', 'B'], 2))
    expect(evaluation.votes[0]!.quorum.met).toBe(false)
    expect(matter.state).toBe('resolving')
    expect(matter.steps).toHaveLength(4)
    expect(await ctx.db.meetings.count()).toBe(4)
  })

  it('a tie at ④ is not 过半数: 未通过, the matter closes as rejected', async () => {
    const ctx = await village()
    const m = await atResolution(ctx)
    const { matter } = await recordMeeting(ctx, m, meetingInput('villagers_meeting', '2026-03-15', ['A', 'B', 'C', 'D'], 2))
    expect(matter.state).toBe('rejected')
  })

  it('a failed ③ (with a quorum) needs the secretary to choose: revise at ② or drop', async () => {
    const ctx = await village()
    let m: Matter = await newMatter(ctx)
    m = (await recordMeeting(ctx, m, meetingInput('party_committee', '2026-03-02', ['A', 'B', 'C'], 3))).matter
    m = (await recordMeeting(ctx, m, meetingInput('joint_committees', '2026-03-04', ['A', 'B', 'C'], 3))).matter
    // 党员大会: 3 正式党员, all present, 1 for — 过半数 of 3 needs 2
    const failed = meetingInput('party_assembly', '2026-03-08', ['A', 'B', 'C'], 1)
    const before = await snapshotOf(ctx)
    await expect(recordMeeting(ctx, m, failed)).rejects.toThrow('请选择退回“两委”修改后重新提交，或撤销该事项')
    expect(await snapshotOf(ctx)).toEqual(before)
    const { matter } = await recordMeeting(ctx, m, failed, { onFailure: 'revise' })
    expect(matter.state).toBe('consulting')
    expect(matter.steps.at(-1)).toMatchObject({ step: 3, onFailure: 'revise', outcome: { passed: false, quorumMet: true } })
  })

  it('refuses votes that exceed those present, writing nothing', async () => {
    const ctx = await village()
    const m = await newMatter(ctx)
    const before = await snapshotOf(ctx)
    const input = meetingInput('party_committee', '2026-03-02', ['A', 'B'], 2)
    input.vote.totals = { yes: 3, no: 0, abstain: 0 }
    const attempt = recordMeeting(ctx, m, input)
    await expect(attempt).rejects.toBeInstanceOf(MeetingRecordError)
    await expect(attempt).rejects.toThrow(/表决结果有误/)
    expect(await snapshotOf(ctx)).toEqual(before)
  })

  it('refuses the wrong body for the step (a 党员大会 cannot be the 提议), writing nothing', async () => {
    const ctx = await village()
    const m = await newMatter(ctx)
    const before = await snapshotOf(ctx)
    await expect(recordMeeting(ctx, m, meetingInput('party_assembly', '2026-03-02', ['A', 'B', 'C'], 3))).rejects.toBeInstanceOf(
      DecisionTransitionError,
    )
    expect(await snapshotOf(ctx)).toEqual(before)
  })

  it('refuses a matter changed since the screen saw it (stale guard), writing nothing', async () => {
    const ctx = await village()
    const m = await newMatter(ctx)
    await recordMeeting(ctx, m, meetingInput('party_committee', '2026-03-02', ['A', 'B', 'C'], 3))
    const before = await snapshotOf(ctx)
    await expect(recordMeeting(ctx, m, meetingInput('party_committee', '2026-03-02', ['A', 'B', 'C'], 3))).rejects.toBeInstanceOf(
      StaleRecordError,
    )
    expect(await snapshotOf(ctx)).toEqual(before)
  })

  it('records ① and ② as one 两委 meeting only where the profile allows (national: refused)', async () => {
    const ctx = await village()
    const m = await newMatter(ctx)
    const before = await snapshotOf(ctx)
    await expect(
      recordMeeting(ctx, m, meetingInput('joint_committees', '2026-03-02', ['A', 'B', 'C'], 3), { mergeConsultation: true }),
    ).rejects.toThrow('一肩挑')
    expect(await snapshotOf(ctx)).toEqual(before)
  })
})

describe('⑤ 决议公开 and ⑥ 实施结果公开', () => {
  async function decided() {
    const ctx = await village()
    const m = (await recordMeeting(ctx, await atResolution(ctx), meetingInput('villagers_meeting', '2026-03-15', ['A', 'B', 'D'], 2)))
      .matter
    return { ctx, m }
  }

  it('publishes the resolution: a 决议公开 notice draft and the disclosure on the matter, in one unit', async () => {
    const { ctx, m } = await decided()
    const { matter, notice } = await publishResolution(ctx, m, { start: '2026-03-16' })
    expect(notice).toMatchObject({ kind: '决议公开', state: 'draft', title: '关于修建村内道路的决议公开', issuer: '宅子村村民委员会' })
    expect(notice.body.join('')).toContain('会议有效')
    expect(matter.disclosures).toEqual([{ decisionIndex: 3, noticeId: notice.id, start: '2026-03-16', end: '2026-03-22', unresolved: [] }])
    expect(await ctx.db.notices.get(notice.id)).toEqual(notice)
    const log = await ctx.db.auditLog.orderBy('seq').toArray()
    expect(log.slice(-2).map((e) => [e.table, e.recordId])).toEqual([
      ['notices', notice.id],
      ['matters', m.id],
    ])
  })

  it('refuses to publish before a decision, and a stale matter, writing nothing', async () => {
    const ctx = await village()
    const m = await newMatter(ctx)
    const before = await snapshotOf(ctx)
    await expect(publishResolution(ctx, m, { start: '2026-03-16' })).rejects.toBeInstanceOf(DecisionTransitionError)
    await expect(publishResolution(ctx, { ...m, updatedAt: '2020-01-01T00:00:00.000Z' }, { start: '2026-03-16' })).rejects.toBeInstanceOf(
      StaleRecordError,
    )
    expect(await snapshotOf(ctx)).toEqual(before)
  })

  it('ends ⑤ only after its last day, records the implementation, publishes the result and closes', async () => {
    const { ctx, m } = await decided()
    let { matter } = await publishResolution(ctx, m, { start: '2026-03-16' })
    ctx.clock.set('2026-03-22T01:00:00.000Z') // the last day: too early
    const before = await snapshotOf(ctx)
    await expect(finishDisclosure(ctx, matter)).rejects.toThrow('期满前不能结束')
    expect(await snapshotOf(ctx)).toEqual(before)
    ctx.clock.set('2026-03-23T01:00:00.000Z')
    matter = await finishDisclosure(ctx, matter)
    expect(matter.state).toBe('implementing')
    await expect(publishResult(ctx, matter, { start: '2026-05-01' })).rejects.toThrow('请先登记实施情况')
    matter = await recordImplementation(ctx, matter, {
      cost: 125000,
      progress: '道路已完工',
      acceptance: { date: '2026-04-28', by: '罗庄镇城建办', result: '验收合格' },
    })
    const published = await publishResult(ctx, matter, { start: '2026-05-01' })
    expect(published.notice).toMatchObject({ kind: '实施结果公开', state: 'draft' })
    expect(published.notice.body).toContain('实际费用：125,000元')
    matter = published.matter
    expect(matter.state).toBe('publishing_results')
    ctx.clock.set('2026-05-07T01:00:00.000Z')
    await expect(closeMatter(ctx, matter)).rejects.toThrow('期满后方可办结')
    ctx.clock.set('2026-05-08T01:00:00.000Z')
    matter = await closeMatter(ctx, matter)
    expect(matter.state).toBe('closed')
    expect((await verifyAuditLog(ctx)).ok).toBe(true)
  })

  it('drops a matter before ④ with a reason; refuses one without', async () => {
    const ctx = await village()
    const m = await newMatter(ctx)
    await expect(dropMatter(ctx, m, ' ')).rejects.toThrow('请填写撤销原因')
    expect((await dropMatter(ctx, m, '上级已统一安排')).state).toBe('dropped')
  })
})

describe('listMatters', () => {
  it('filters by year, state and body', async () => {
    const ctx = await village()
    const decided = await atResolution(ctx)
    ctx.clock.set('2026-03-21T01:00:00.000Z')
    const fresh = await createMatter(ctx, { title: '购置路灯', motionSource: '村干部提议' })
    const ids = async (f: Parameters<typeof listMatters>[1]) => (await listMatters(ctx, f)).map((m) => m.id)
    expect(await ids({})).toEqual([fresh.id, decided.id])
    expect(await ids({ state: 'resolving' })).toEqual([decided.id])
    expect(await ids({ state: ['resolving', 'proposing'] })).toEqual([fresh.id, decided.id])
    expect(await ids({ body: 'party_assembly' })).toEqual([decided.id])
    expect(await ids({ year: 2026 })).toEqual([fresh.id, decided.id])
    expect(await ids({ year: 2025 })).toEqual([])
  })
})

describe('stale guard on every step after ④', () => {
  it('refuses each step on a matter changed since the screen saw it, writing nothing', async () => {
    const ctx = await village()
    const m = (await recordMeeting(ctx, await atResolution(ctx), meetingInput('villagers_meeting', '2026-03-15', ['A', 'B', 'D'], 2)))
      .matter
    const { matter } = await publishResolution(ctx, m, { start: '2026-03-16' })
    const stale = { ...matter, updatedAt: m.updatedAt }
    const before = await snapshotOf(ctx)
    for (const step of [
      () => publishResolution(ctx, stale, { start: '2026-03-16' }),
      () => finishDisclosure(ctx, stale),
      () => recordImplementation(ctx, stale, { progress: '完工' }),
      () => publishResult(ctx, stale, { start: '2026-05-01' }),
      () => closeMatter(ctx, stale),
      () => dropMatter(ctx, stale, '撤销'),
    ]) {
      await expect(step()).rejects.toBeInstanceOf(StaleRecordError)
    }
    expect(await snapshotOf(ctx)).toEqual(before)
  })
})
