// testContext first: it installs fake-indexeddb before Dexie is loaded
import { snapshotOf, useTestContexts } from '../testContext'
import { describe, expect, it } from 'vitest'
import { StaleRecordError } from '@/db/unitOfWork'
import type { Matter } from '@/domain/decisions/model'
import { verifyAuditLog } from '../audit/auditLog'
import { createMatter } from '../decisions/createMatter'
import { MeetingRecordError } from '@/domain/meetings/recordError'
import { recordMeeting } from './recordMeeting'
import { recordStandaloneMeeting } from './recordStandaloneMeeting'
import { recordVoteCorrection } from './recordVoteCorrection'
import { meetingInput, seedVillage } from './testRegistry'

const context = useTestContexts('app-meetings')

/** ①–③ passed, then ④ at a 村民会议 of 5 entitled, 4 present, 3 for. */
async function decided() {
  const ctx = context('2026-03-20T01:00:00.000Z')
  await seedVillage(ctx)
  let m: Matter = await createMatter(ctx, { title: '修建村内道路', motionSource: '党员群众建议', tags: ['art24_5'] })
  m = (await recordMeeting(ctx, m, meetingInput('party_committee', '2026-03-02', ['A', 'B', 'C'], 3))).matter
  m = (await recordMeeting(ctx, m, meetingInput('joint_committees', '2026-03-04', ['A', 'B', 'C'], 3))).matter
  m = (await recordMeeting(ctx, m, meetingInput('party_assembly', '2026-03-08', ['A', 'B', 'C'], 3))).matter
  const { meeting, matter } = await recordMeeting(ctx, m, meetingInput('villagers_meeting', '2026-03-15', ['A', 'B', 'C', 'D'], 3))
  return { ctx, meeting, matter }
}

describe('recordVoteCorrection', () => {
  it('keeps the first entry and appends the correction with who, when and why; the decision gets a correction beside it', async () => {
    const { ctx, meeting, matter } = await decided()
    ctx.clock.set('2026-03-21T01:00:00.000Z')
    const out = await recordVoteCorrection(ctx, meeting, {
      patch: { totals: { yes: 3, no: 0, abstain: 1 } },
      why: '复核计票：一票应为弃权',
    })
    const vote = out.meeting.motions[0]!.vote
    expect(vote.totals).toMatchObject({ yes: 3, no: 0, abstain: 1 })
    expect(vote.enteredAt).toBe(meeting.motions[0]!.vote.enteredAt)
    expect(vote.edits).toHaveLength(1)
    expect(vote.edits[0]).toMatchObject({ who: '李秀英', when: '2026-03-21T01:00:00.000Z', why: '复核计票：一票应为弃权' })
    expect(vote.edits[0]!.before.totals).toMatchObject({ yes: 3, no: 1, abstain: 0 })
    // the frozen decision is unchanged; the correction is beside it
    expect(out.matter!.steps).toEqual(matter.steps)
    expect(out.matter!.corrections).toEqual([
      {
        field: '关于修建村内道路的议题的表决票数',
        from: '举手表决：同意3票，反对1票，弃权0票',
        to: '举手表决：同意3票，反对0票，弃权1票',
        reason: '复核计票：一票应为弃权',
        who: '李秀英',
        when: '2026-03-21T01:00:00.000Z',
      },
    ])
    const log = await ctx.db.auditLog.orderBy('seq').toArray()
    expect(log.slice(-2).map((e) => [e.action, e.table])).toEqual([
      ['update', 'meetings'],
      ['update', 'matters'],
    ])
    expect(log.at(-2)!.summary).toContain('原因：复核计票')
    expect((await verifyAuditLog(ctx)).ok).toBe(true)
  })

  it('refuses a correction without a reason, one that does not reconcile, and one that turns the result around; nothing written', async () => {
    const { ctx, meeting } = await decided()
    const before = await snapshotOf(ctx)
    await expect(recordVoteCorrection(ctx, meeting, { patch: { totals: { yes: 2, no: 2, abstain: 0 } }, why: ' ' })).rejects.toThrow(
      '须说明原因',
    )
    await expect(
      recordVoteCorrection(ctx, meeting, { patch: { totals: { yes: 5, no: 0, abstain: 0 } }, why: '重新计票' }),
    ).rejects.toBeInstanceOf(MeetingRecordError)
    // 2 of 4 is not 过半数: the correction would turn 通过 into 未通过
    await expect(recordVoteCorrection(ctx, meeting, { patch: { totals: { yes: 2, no: 2, abstain: 0 } }, why: '重新计票' })).rejects.toThrow(
      '改变了会议结论',
    )
    await expect(recordVoteCorrection(ctx, meeting, { patch: {}, why: '重新计票' })).rejects.toThrow('没有变化')
    expect(await snapshotOf(ctx)).toEqual(before)
  })

  it('refuses a meeting changed since the screen saw it', async () => {
    const { ctx, meeting } = await decided()
    await recordVoteCorrection(ctx, meeting, { patch: { totals: { yes: 3, no: 0, abstain: 1 } }, why: '复核' })
    const before = await snapshotOf(ctx)
    await expect(
      recordVoteCorrection(ctx, meeting, { patch: { totals: { yes: 4, no: 0, abstain: 0 } }, why: '再复核' }),
    ).rejects.toBeInstanceOf(StaleRecordError)
    expect(await snapshotOf(ctx)).toEqual(before)
  })

  it('corrects a meeting that is not the decision without touching the matter', async () => {
    const { ctx } = await decided()
    const proposal = (await ctx.db.meetings.orderBy('date').first())!
    expect(proposal.step).toBe(1)
    const out = await recordVoteCorrection(ctx, proposal, { patch: { totals: { yes: 2, no: 0, abstain: 1 } }, why: '核对签字' })
    expect(out.matter).toBeUndefined()
    expect(out.meeting.motions[0]!.vote.edits).toHaveLength(1)
  })
})

describe('recordStandaloneMeeting', () => {
  it('records a 村民代表会议 of the 村委会 members with its frozen roster and evaluation, audited', async () => {
    const ctx = context('2026-03-20T01:00:00.000Z')
    await seedVillage(ctx)
    const { meeting, evaluation } = await recordStandaloneMeeting(ctx, meetingInput('representatives_meeting', '2026-03-15', ['A', 'C'], 2))
    // 村民委员会成员 (甲, 丙) sit in the 村民代表会议; no 村民代表 are registered in this village
    expect(meeting.roster.members.map((m) => m.villagerId)).toEqual(['A', 'C'])
    expect(evaluation.votes[0]!.quorum.met).toBe(true)
    expect(meeting.matterId).toBeUndefined()
    const last = await ctx.db.auditLog.orderBy('seq').last()
    expect([last?.action, last?.table, last?.recordId]).toEqual(['create', 'meetings', meeting.id])
  })

  it('refuses a 到会 mark for someone not on the roster, and votes over those present; nothing written', async () => {
    const ctx = context('2026-03-20T01:00:00.000Z')
    await seedVillage(ctx)
    const before = await snapshotOf(ctx)
    // 丁 is not a member of the 支委会
    const outsider = recordStandaloneMeeting(ctx, meetingInput('party_committee', '2026-03-02', ['A', 'B', 'D'], 2))
    await expect(outsider).rejects.toBeInstanceOf(MeetingRecordError)
    await expect(outsider).rejects.toThrow('签到有误，未保存：D不在本次会议的应到名单上')
    const input = meetingInput('party_committee', '2026-03-02', ['A', 'B'], 2)
    input.vote.totals = { yes: 2, no: 1, abstain: 0 }
    await expect(recordStandaloneMeeting(ctx, input)).rejects.toThrow('表决结果有误')
    expect(await snapshotOf(ctx)).toEqual(before)
  })
})
