// testContext first: it installs fake-indexeddb before Dexie is loaded
import { snapshotOf, testVillageProfile, useTestContexts } from '../testContext'
import { describe, expect, it } from 'vitest'
import { StaleRecordError } from '@/db/unitOfWork'
import type { Matter } from '@/domain/decisions/model'
import { pdfText } from '@/print/pdf-test-utils.node'
import { verifyAuditLog } from '../audit/auditLog'
import { createMatter } from '../decisions/createMatter'
import { objectionWords, paperFileName, renderDecisionLedgerPdf, renderMeetingPaperPdf, renderRegisterFormPdf } from './printing'
import { recordMeeting } from './recordMeeting'
import { attachSignInPhoto, checkPhoto, imageTypeOf, PHOTO_MAX_BYTES, readMeetingPhoto, readSignInPhoto } from './signInPhoto'
import { MeetingRecordError } from '@/domain/meetings/recordError'
import { meetingInput, seedVillage } from './testRegistry'

const context = useTestContexts('app-meeting-papers')
const flat = (s: string) => s.replace(/[\s\u3000]+/g, '')

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4])
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])

async function proposal() {
  const ctx = context('2026-03-20T01:00:00.000Z')
  await seedVillage(ctx)
  const m: Matter = await createMatter(ctx, { title: '修建村内道路', motionSource: '党员群众建议', tags: ['art24_5'] })
  const out = await recordMeeting(ctx, m, meetingInput('party_committee', '2026-03-02', ['A', 'B'], 2))
  return { ctx, ...out }
}

describe('the papers of a recorded meeting', () => {
  it('签到表 prints the frozen roster of the 支委会 with a signature column; 会议记录 the result in words; 表决票 the motion', async () => {
    const { meeting } = await proposal()
    const sign = flat(pdfText(await renderMeetingPaperPdf('签到表', meeting, testVillageProfile)))
    expect(sign).toContain('签到表')
    expect(sign).toContain('签名')
    for (const name of ['甲', '乙', '丙']) expect(sign).toContain(name)
    expect(sign).not.toContain('王小明') // not a member of the 支委会
    expect(sign).toContain('应到3人')
    const minutes = flat(pdfText(await renderMeetingPaperPdf('会议记录', meeting, testVillageProfile)))
    expect(minutes).toContain('会议记录')
    expect(minutes).toContain('应到3人，实到2人')
    expect(minutes).toContain('缺席人员丙')
    expect(minutes).toContain('同意2票')
    const ballot = flat(pdfText(await renderMeetingPaperPdf('表决票', meeting, testVillageProfile, { spares: 0 })))
    expect(ballot).toContain('表决票')
    expect(ballot).toContain('关于修建村内道路的议题')
  })

  it('登记表 of the matter names ① with its result; the 台账 lists the year’s matters', async () => {
    const { matter } = await proposal()
    const form = flat(pdfText(await renderRegisterFormPdf(matter, testVillageProfile, '2026-03-20')))
    expect(form).toContain('决策实施登记表')
    expect(form).toContain('修建村内道路')
    expect(form).toContain('尚未进行')
    const ledger = flat(pdfText(await renderDecisionLedgerPdf([matter], 2026, testVillageProfile, '2026-03-20')))
    expect(ledger).toContain('台账')
    expect(ledger).toContain('修建村内道路')
  })

  it('refuses to print without 村情', async () => {
    const { meeting, matter } = await proposal()
    await expect(renderMeetingPaperPdf('签到表', meeting, undefined)).rejects.toThrow('请先在设置中填写村情信息')
    await expect(renderRegisterFormPdf(matter, undefined, '2026-03-20')).rejects.toThrow('村情')
  })

  it('names files the secretary recognises, without characters a file system refuses', () => {
    expect(paperFileName('签到表', '2026-03-02-村党组织委员会')).toBe('签到表-2026-03-02-村党组织委员会.pdf')
    expect(paperFileName('登记表', '修建 村内/道路')).toBe('登记表-修建_村内_道路.pdf')
  })
})

describe('the photo of the signed 签到表', () => {
  it('knows JPEG and PNG by their first bytes, not by the name', () => {
    expect(imageTypeOf(JPEG)).toBe('image/jpeg')
    expect(imageTypeOf(PNG)).toBe('image/png')
    expect(imageTypeOf(new TextEncoder().encode('%PDF-1.7'))).toBeUndefined()
    expect(imageTypeOf(new Uint8Array([0xff, 0xd8]))).toBeUndefined()
  })

  it('is bounded: exactly the limit is accepted, one byte more refused, an empty file refused', () => {
    const at = new Uint8Array(PHOTO_MAX_BYTES)
    at.set(JPEG)
    expect(checkPhoto(at)).toBe('image/jpeg')
    const over = new Uint8Array(PHOTO_MAX_BYTES + 1)
    over.set(JPEG)
    expect(() => checkPhoto(over)).toThrow('照片太大')
    expect(() => checkPhoto(new Uint8Array())).toThrow('空的')
  })

  it('attaches to the meeting in one audited unit; the audit entry names its hash; a second photo keeps the first', async () => {
    const { ctx, meeting } = await proposal()
    ctx.clock.set('2026-03-21T01:00:00.000Z')
    const withPhoto = await attachSignInPhoto(ctx, meeting, { name: '签到表.jpg', bytes: JPEG })
    expect(withPhoto.signInPhotoId).toMatch(new RegExp(`^meetingPhoto:${meeting.id}:`))
    const read = await readSignInPhoto(ctx, withPhoto)
    expect(read).toMatchObject({ name: '签到表.jpg', mime: 'image/jpeg', addedBy: '李秀英' })
    expect([...read!.bytes]).toEqual([...JPEG])
    const log = await ctx.db.auditLog.orderBy('seq').toArray()
    const entries = log.slice(-2)
    expect(entries.map((e) => [e.action, e.table])).toEqual([
      ['create', 'settings'],
      ['update', 'meetings'],
    ])
    // the log keeps hashes only (the row, with the photo's own SHA-256); the summary says so in plain words
    expect(entries[0]!.afterHash).toMatch(/^[0-9a-f]{64}$/)
    expect(read!.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(entries[0]!.summary).toContain('已记下防篡改校验码')
    const again = await attachSignInPhoto(ctx, withPhoto, { name: '重拍.png', bytes: PNG })
    expect(again.signInPhotoId).not.toBe(withPhoto.signInPhotoId)
    expect(await ctx.db.settings.get(withPhoto.signInPhotoId!)).toBeDefined()
    expect((await verifyAuditLog(ctx)).ok).toBe(true)
  })

  it('refuses a file that is not an image, and a meeting changed since it was seen; nothing written', async () => {
    const { ctx, meeting } = await proposal()
    const before = await snapshotOf(ctx)
    await expect(attachSignInPhoto(ctx, meeting, { name: 'a.jpg', bytes: new TextEncoder().encode('not an image') })).rejects.toThrow(
      '只能上传JPG或PNG',
    )
    expect(await snapshotOf(ctx)).toEqual(before)
    await attachSignInPhoto(ctx, meeting, { name: 'a.jpg', bytes: JPEG })
    const after = await snapshotOf(ctx)
    await expect(attachSignInPhoto(ctx, meeting, { name: 'b.jpg', bytes: JPEG })).rejects.toBeInstanceOf(StaleRecordError)
    expect(await snapshotOf(ctx)).toEqual(after)
  })
})

describe('异议及答复 on the 登记表', () => {
  const matter = (unresolved: string[] = []) =>
    ({
      disclosures: [
        {
          decisionIndex: 3,
          noticeId: 'N1',
          start: '2026-03-16',
          end: '2026-03-22',
          unresolved: unresolved.map((objectionId) => ({ objectionId, unresolved: true })),
        },
      ],
    }) as unknown as Parameters<typeof objectionWords>[0]
  const notice = {
    id: 'N1',
    objections: [
      {
        id: 'o1',
        date: '2026-03-17',
        who: '张某',
        content: '占地如何补偿？',
        reply: { date: '2026-03-18', text: '不占承包地。', by: '李秀英' },
      },
      { id: 'o2', date: '2026-03-19', who: '王某', content: '预算是否过高？' },
    ],
  }
  it('lists each objection with its answer and the unresolved ones, never the objector', () => {
    const words = objectionWords(matter(['o1']), [notice])
    expect(words).toBe(
      '1．2026年3月17日异议：占地如何补偿？；2026年3月18日答复：不占承包地。（未能化解）\n2．2026年3月19日异议：预算是否过高？；尚未答复',
    )
    expect(words).not.toContain('张某')
  })
  it('is empty without objections or without the notice', () => {
    expect(objectionWords(matter(), [{ id: 'N1', objections: [] }])).toBe('')
    expect(objectionWords(matter(), [])).toBe('')
  })
})

describe('a paper count that does not add up', () => {
  async function reviewing() {
    const ctx = context('2026-03-20T01:00:00.000Z')
    await seedVillage(ctx)
    let m: Matter = await createMatter(ctx, { title: '修建村内道路', motionSource: '党员群众建议', tags: ['art24_5'] })
    m = (await recordMeeting(ctx, m, meetingInput('party_committee', '2026-03-02', ['A', 'B', 'C'], 3))).matter
    m = (await recordMeeting(ctx, m, meetingInput('joint_committees', '2026-03-04', ['A', 'B', 'C'], 3))).matter
    const input = meetingInput('party_assembly', '2026-03-08', ['A', 'B', 'C'], 3)
    // 3 ballots collected, 2 for and 0 against counted: one ballot was lost
    input.vote = { motion: '关于修建村内道路的议题', method: 'paper_totals', totals: { yes: 2, no: 0, abstain: 0, invalid: 0, cast: 3 } }
    return { ctx, m, input }
  }
  it('is refused without the tally-sheet photo, nothing written', async () => {
    const { ctx, m, input } = await reviewing()
    const before = await snapshotOf(ctx)
    await expect(recordMeeting(ctx, m, { ...input, vote: { ...input.vote, note: '一张选票遗失' } })).rejects.toBeInstanceOf(
      MeetingRecordError,
    )
    expect(await snapshotOf(ctx)).toEqual(before)
  })
  it('stands with a note and the photo, stored in the same unit and pointed at by the vote', async () => {
    const { ctx, m, input } = await reviewing()
    const out = await recordMeeting(ctx, m, {
      ...input,
      vote: { ...input.vote, note: '一张选票遗失' },
      tallyPhoto: { name: '计票单.jpg', bytes: JPEG },
    })
    const key = out.meeting.motions[0]!.vote.tallySheetPhoto!
    expect(key).toMatch(new RegExp(`^meetingPhoto:${out.meeting.id}:`))
    expect(await readMeetingPhoto(ctx, key)).toMatchObject({ name: '计票单.jpg', mime: 'image/jpeg' })
    expect(out.evaluation.votes[0]!.findings.some((f) => f.code === 'tally_mismatch_accepted')).toBe(true)
    expect((await verifyAuditLog(ctx)).ok).toBe(true)
  })
})
