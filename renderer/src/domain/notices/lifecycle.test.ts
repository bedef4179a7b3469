import { describe, expect, it } from 'vitest'
import { canonicalJson } from '@/domain/evidence/canonical'
import { sha256OfText } from '@/domain/evidence/hash'
import { contentHash } from './content'
import { sampleContent } from './testFixtures'
import {
  archiveNotice,
  contentIsIntact,
  createCorrection,
  createDraft,
  editDraft,
  endPublicizing,
  issueNotice,
  NoticeTransitionError,
  postNotice,
  recordObjection,
  replyObjection,
  startPublicizing,
  validateForIssue,
} from './lifecycle'
import type { Notice } from './model'

const PDF_HASH = 'a'.repeat(64)
const now = '2026-11-02T09:00:00+08:00'

async function issued(): Promise<Notice> {
  return issueNotice(createDraft(sampleContent(), { id: 'n1', now }), { now, pdfSha256: PDF_HASH })
}

describe('canonical content and hash (WebCrypto SHA-256)', () => {
  it('is independent of key order and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: undefined, c: 'x' }] })).toBe('{"a":[1,{"c":"x"}],"b":1}')
  })
  it('hashes with SHA-256', async () => {
    expect(sha256OfText('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    const a = contentHash(sampleContent())
    expect(a).toMatch(/^[0-9a-f]{64}$/)
    expect(contentHash({ ...sampleContent() })).toBe(a)
    expect(contentHash(sampleContent({ title: '另一个标题' }))).not.toBe(a)
  })
})

describe('lifecycle: draft → issued → posted → 公示中 → ended → archived', () => {
  it('walks the happy path', async () => {
    let n = await issued()
    expect(n.state).toBe('issued')
    expect(n.pdfSha256).toBe(PDF_HASH)
    expect(await contentIsIntact(n)).toBe(true)
    n = await postNotice(n, { date: '2026-11-02', place: '村委会公示栏', photoId: 'photo-1' }, now)
    expect(n.state).toBe('posted')
    n = await startPublicizing(n, '2026-11-02', now)
    expect(n.state).toBe('publicizing')
    n = recordObjection(n, { id: 'o1', date: '2026-11-04', who: '李喆', content: '对第3户收入核定有异议' }, now)
    n = replyObjection(n, 'o1', { date: '2026-11-05', text: '经复核，收入核定无误', by: '村务监督委员会' }, now)
    expect(() => endPublicizing(n, { today: '2026-11-08', result: '无异议', now })).toThrow('公示期到2026-11-08才结束')
    n = endPublicizing(n, { today: '2026-11-09', result: '公示期内收到异议1条，已复核答复', now })
    expect(n.state).toBe('ended')
    n = archiveNotice(n, now)
    expect(n.state).toBe('archived')
  })

  it('rejects illegal transitions with Chinese messages', async () => {
    const draft = createDraft(sampleContent(), { id: 'n1', now })
    await expect(postNotice(draft, { date: '2026-11-02', place: '公示栏' }, now)).rejects.toThrow('“草稿”状态的公示不能登记张贴')
    expect(() => archiveNotice(draft, now)).toThrow(NoticeTransitionError)
    const n = await issued()
    await expect(issueNotice(n, { now, pdfSha256: PDF_HASH })).rejects.toThrow('“已签发”状态的公示不能签发')
    expect(() => recordObjection(n, { id: 'o', date: '2026-11-03', who: 'x', content: 'y' }, now)).toThrow('不能登记异议')
    await expect(startPublicizing(n, '2026-11-02', now)).rejects.toThrow('不能开始公示')
  })

  it('freezes content after issue: edits are refused and tampering is detected', async () => {
    const n = await issued()
    expect(() => editDraft(n, { title: '改' }, now)).toThrow('公示已签发，内容不能再修改')
    const tampered: Notice = { ...n, body: ['被改过的正文'] }
    expect(await contentIsIntact(tampered)).toBe(false)
    await expect(postNotice(tampered, { date: '2026-11-02', place: '公示栏' }, now)).rejects.toThrow('校验值不符')
  })

  it('refuses to issue content with a full ID number or mobile in free text (message masks it)', async () => {
    const bad = createDraft(sampleContent({ body: ['联系人张堃，电话13800131234，身份证11010519491231002X。'] }), { id: 'n2', now })
    const errors = validateForIssue(bad)
    expect(errors.join()).toContain('138****1234')
    expect(errors.join()).toContain('110105********002X')
    expect(errors.join()).not.toContain('13800131234')
    await expect(issueNotice(bad, { now, pdfSha256: PDF_HASH })).rejects.toThrow(/不能签发/)
    // the village's own supervision phone may be a mobile: it is public
    const ok = sampleContent({
      objectionChannel: { phone: '13900001111', supervisionBody: '村务监督委员会' },
      body: ['监督电话13900001111。'],
    })
    expect(validateForIssue(ok)).toEqual([])
  })

  it('checks dates: posting before signing, objections outside the period', async () => {
    const n = await issued()
    await expect(postNotice(n, { date: '2026-11-01', place: '公示栏' }, now)).rejects.toThrow('张贴日期不能早于成文日期')
    let p = await postNotice(n, { date: '2026-11-02', place: '公示栏' }, now)
    p = await startPublicizing(p, '2026-11-03', now)
    expect(() => recordObjection(p, { id: 'o', date: '2026-11-09', who: '甲', content: '乙' }, now)).toThrow('异议日期不在公示期内')
    p = recordObjection(p, { id: 'o', date: '2026-11-03', who: '甲', content: '乙' }, now)
    expect(() => endPublicizing(p, { today: '2026-11-10', result: '完', now })).toThrow('还有1条异议未答复')
  })

  it('allows a late entry (补录): a notice posted on time may be started after its period ended', async () => {
    const p = await postNotice(await issued(), { date: '2026-11-02', place: '公示栏' }, now)
    let late = await startPublicizing(p, '2026-11-20', now)
    expect(late.state).toBe('publicizing')
    late = recordObjection(late, { id: 'o', date: '2026-11-04', who: '甲', content: '乙' }, now)
    late = replyObjection(late, 'o', { date: '2026-11-05', text: '已核实', by: '文书' }, now)
    expect(endPublicizing(late, { today: '2026-11-20', result: '异议已答复', now }).state).toBe('ended')
  })

  it('a correction is a new draft that references the old notice, which stays unchanged', async () => {
    const old = await postNotice(await issued(), { date: '2026-11-02', place: '公示栏' }, now)
    const { old: superseded, correction } = createCorrection(old, { id: 'n3', now, reason: '名单中一户人口数有误' })
    expect(correction.state).toBe('draft')
    expect(correction.title).toBe('更正：关于2026年度最低生活保障对象审核结果的公示')
    expect(correction.correctionOf).toEqual({ noticeId: 'n1', reason: '名单中一户人口数有误' })
    expect(superseded.supersededBy).toBe('n3')
    expect(await contentIsIntact(superseded)).toBe(true)
    await expect(startPublicizing(superseded, '2026-11-02', now)).rejects.toThrow('已被更正')
    expect(() => createCorrection(createDraft(sampleContent(), { id: 'd', now }), { id: 'x', now, reason: 'r' })).toThrow('直接修改')
    expect(() => createCorrection(old, { id: 'x', now, reason: ' ' })).toThrow('请填写更正原因')
  })
})
