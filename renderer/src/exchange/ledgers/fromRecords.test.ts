import { describe, expect, it } from 'vitest'
import { sampleCompactFor } from '@/domain/compact/sampleCompact'
import { evaluateMeeting } from '@/domain/meetings/meeting'
import { closedMatter, HOUSEHOLDS, openMatter, rejectedMatter, representativesMeeting, VILLAGERS } from '@/print/meetings/testFixtures'
import { compactVersionLedgerRows, ledgerParties, matterLedgerRows, meetingLedgerRow } from './fromRecords'

describe('matterLedgerRows', () => {
  it('takes the last attempt of each step, the result from the recorded outcome, ⑤ and ⑥ from the matter', () => {
    const [closed, rejected, open] = matterLedgerRows([closedMatter(), rejectedMatter(), openMatter()])
    // ③ failed on 03-06 and passed on 03-10 after a second ②: the ledger shows the last
    expect(closed).toMatchObject({
      title: '修建村东生产路',
      motionSource: '党员群众建议',
      proposedOn: '2026-03-01',
      consultedOn: '2026-03-08',
      reviewedOn: '2026-03-10',
      reviewResult: '通过（应到17人，实到14人）',
      decidedOn: '2026-03-15',
      decisionBody: '村民代表会议',
      decisionResult: '通过（应到30人，实到20人）',
      resolutionPublishedOn: '2026-03-16',
      resolutionPublicationResult: '公示期满，无未解决异议',
      resultPublishedOn: '2026-06-01',
      resultPublicationResult: '验收：验收合格',
      cost: 126500,
      state: '已办结',
    })
    expect(rejected).toMatchObject({ decidedOn: '2026-04-12', decisionResult: '未通过（应到30人，实到24人）', state: '未通过' })
    expect(rejected!.resolutionPublishedOn).toBeUndefined()
    expect(open).toMatchObject({ consultedOn: '2026-05-08', state: '待审议' })
    expect(open!.reviewedOn).toBeUndefined()
  })
})

describe('meetingLedgerRow', () => {
  it('attendance and results from the evaluation, never typed', () => {
    const record = representativesMeeting()
    const row = meetingLedgerRow(record, evaluateMeeting(record))
    expect(row).toMatchObject({ date: '2026-03-15', body: '村民代表会议', entitled: 30, present: 20, quorumMet: true })
    expect(row.host).toMatch(/（村党组织书记、村民委员会主任）$/)
    expect(row.results).toEqual([expect.stringMatching(/：通过（同意11，反对8，弃权1）$/)])
  })
})

describe('compactVersionLedgerRows', () => {
  it('one row per version, the last day in force before the next, the changes of each amendment', () => {
    const compact = sampleCompactFor('东风村')
    const rows = compactVersionLedgerRows(compact, [])
    expect(rows).toHaveLength(compact.versions.length)
    expect(rows[0]!.effectiveFrom).toBe(compact.versions[0]!.effectiveFrom)
    expect(rows[0]!.effectiveTo).toBeDefined()
    expect(rows.at(-1)!.effectiveTo).toBeUndefined()
    expect(rows[0]!.changes).toBeUndefined()
    expect(rows.slice(1).every((r) => /修改|新增|删除/.test(r.changes ?? ''))).toBe(true)
    expect(rows.map((r) => r.articleCount)).toEqual(compact.versions.map((v) => v.articles.length))
  })
})

describe('ledgerParties', () => {
  it("a villager's name, ID, phone and 村民小组 by id", () => {
    const parties = ledgerParties(VILLAGERS, HOUSEHOLDS)
    const v = VILLAGERS[0]!
    const h = HOUSEHOLDS.find((x) => x.id === v.householdId)!
    expect(parties.get(v.id)).toMatchObject({ name: v.name, idNumber: v.idNumber, groupName: h.groupName })
    expect(parties.size).toBe(VILLAGERS.length)
  })
})
