// first: Dexie takes the IndexedDB it finds when it loads
import { useTestContexts, snapshotOf, testVillageProfile } from '../testContext'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync, zipSync } from 'fflate'
import { beforeEach, describe, expect, it } from 'vitest'
import type { CaseRow, MeetingRow, NoticeRow } from '@/db/rows'
import { audited } from '@/db/unitOfWork'
import { sampleContent } from '@/domain/notices/testFixtures'
import { findUnmaskedPersonalNumbers } from '@/domain/people/masking'
import { sampleCompactFor } from '@/domain/compact/sampleCompact'
import { verifyBundle, verifyRotationStatement } from '@/exchange/bundle'
import { tinyPdf } from '@/exchange/bundle/testFixtures'
import { makeBackup, restoreBackup } from '@/exchange/backup'
import { checkLedger, unmaskedNumbers } from '@/exchange/ledgers/checks.node'
import { MATTER_LEDGER_COLUMNS } from '@/exchange/ledgers/matters'
import { renderPdfInNode } from '@/print/render.node'
import {
  closedMatter,
  HOUSEHOLDS,
  LEAKED_ID,
  openMatter,
  rejectedMatter,
  representativesMeeting,
  VILLAGERS,
} from '@/print/meetings/testFixtures'
import { yearCases } from '@/print/violations/testFixtures'
import type { AppContext } from '../context'
import { saveVillageProfile } from '../village/profile'
import { previewCounts } from './collect'
import { exportBundle, ExchangeInputError, lastBundle, type BundleExportOptions } from './exportBundle'
import { exportLedger, LEDGERS } from './ledgers'
import { ensureVillageKey, forgetSessionKeys, rotateVillageKey, VILLAGE_KEY_SETTING, villageKeyInfo } from './villageKey'

const context = useTestContexts('app-exchange')
const YEAR: BundleExportOptions['period'] = { from: '2026-01-01', to: '2026-12-31' }
const ALL = ['matters', 'compact', 'violations', 'notices'] as const
const decode = (b: Uint8Array) => new TextDecoder().decode(b)
const stamp = { createdAt: '2026-01-02T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z' }

function notice(id: string, patch: Partial<NoticeRow>): NoticeRow {
  return { ...sampleContent(), id, state: 'archived', objections: [], ...stamp, ...patch }
}

async function seed(ctx: AppContext): Promise<void> {
  await saveVillageProfile(ctx, testVillageProfile, undefined)
  const meeting: MeetingRow = { ...representativesMeeting(), ...stamp, matterId: 'x1', step: 4 }
  const cases = yearCases().map((c) => ({ ...c, ...stamp }) as CaseRow)
  const listed = notice('n-list', {
    title: '2026年度低保对象名单公示',
    kind: '名单公示',
    issuedAt: '2026-03-02T02:00:00.000Z',
    period: { start: '2026-03-02', days: 7, unit: 'calendar' },
    attachedList: {
      columns: [
        { key: 'name', header: '姓名', field: 'name' },
        { key: 'id', header: '身份证号', field: 'idNumber' },
      ],
      rows: [{ name: '王小明', id: LEAKED_ID }],
    },
  })
  await audited(ctx, ['households', 'villagers', 'matters', 'meetings', 'cases', 'notices', 'noticeFiles', 'compacts'], async (work) => {
    await work.addMany(
      [
        { table: 'households', rows: HOUSEHOLDS.map((h) => ({ ...h, ...stamp })) },
        { table: 'villagers', rows: VILLAGERS.map((v) => ({ ...v, ...stamp, status: '在册' as const })) },
        { table: 'matters', rows: [closedMatter(), rejectedMatter(), openMatter()] },
        { table: 'meetings', rows: [meeting] },
        { table: 'cases', rows: cases },
        {
          table: 'notices',
          rows: [
            listed,
            notice('n-draft', { state: 'draft', title: '草稿不报送', period: { start: '2026-05-01', days: 7, unit: 'calendar' } }),
            notice('n-2025', { title: '2025年的公示', period: { start: '2025-12-30', days: 7, unit: 'calendar' } }),
          ],
        },
        {
          table: 'noticeFiles',
          rows: [
            {
              id: 'f1',
              noticeId: 'n-list',
              kind: 'issued-pdf',
              name: 'x.pdf',
              mime: 'application/pdf',
              bytes: tinyPdf(),
              sha256: '',
              createdAt: stamp.createdAt,
            },
          ],
        },
        { table: 'compacts', rows: [{ id: 'compact', ...stamp, compact: sampleCompactFor('宅子村'), procedures: [] }] },
      ],
      { action: 'seed', table: 'matters', recordId: 'seed', summary: '测试数据' },
    )
  })
}

type Saved = { name: string; bytes: Uint8Array }
function saver(answer = true) {
  const saved: Saved[] = []
  const save = async (bytes: Uint8Array, name: string) => {
    saved.push({ name, bytes })
    return { saved: answer }
  }
  return { saved, save }
}
const hooks = { renderPdf: renderPdfInNode }

describe('the village key', () => {
  beforeEach(() => forgetSessionKeys())

  it('is made at first use, kept as PKCS#8 in one audited settings row, and the same key afterwards', async () => {
    const ctx = context()
    expect(await villageKeyInfo(ctx)).toBeNull()
    const first = await ensureVillageKey(ctx)
    const row = await ctx.db.settings.get(VILLAGE_KEY_SETTING)
    // plain JSON: the backup (dexie-export-import) can carry it, a CryptoKey could not be
    expect(JSON.parse(JSON.stringify(row!.value))).toEqual(row!.value)
    expect((row!.value as { current: { pkcs8: string } }).current.pkcs8.length).toBeGreaterThan(40)
    const log = await ctx.db.auditLog.toArray()
    expect(log.at(-1)).toMatchObject({ action: 'create', table: 'settings', recordId: VILLAGE_KEY_SETTING })
    expect(log.at(-1)!.summary).toContain(first.fingerprint)
    forgetSessionKeys()
    const again = await ensureVillageKey(ctx)
    expect(again.fingerprint).toBe(first.fingerprint)
    expect(await ctx.db.auditLog.count()).toBe(log.length)
    expect((await villageKeyInfo(ctx))!.fingerprint).toBe(first.fingerprint)
  })

  it('is in the backup: restored into an empty database, the same key signs', async () => {
    const ctx = context()
    await saveVillageProfile(ctx, testVillageProfile, undefined)
    const made = await ensureVillageKey(ctx)
    const backup = await makeBackup(ctx.db, { now: ctx.clock.now() })
    const other = context()
    const restored = await restoreBackup(other.db, backup.bytes, { keepSafetyBackup: () => undefined })
    expect(restored).toMatchObject({ ok: true })
    forgetSessionKeys()
    const again = await ensureVillageKey(other)
    expect(again.fingerprint).toBe(made.fingerprint)
    const probe = new TextEncoder().encode('x')
    const { verifyEd25519 } = await import('@/exchange/bundle/verifyCore.mjs')
    expect(verifyEd25519(await again.signer.sign(probe), probe, made.signer.publicKeyRaw)).toBe(true)
  })

  it('rotation: a new key, the statement signed by the old one, carried by the next bundle only', async () => {
    const ctx = context()
    await seed(ctx)
    const old = await ensureVillageKey(ctx)
    await expect(rotateVillageKey(ctx, '  ')).rejects.toThrow('请写明更换密钥的原因')
    const info = await rotateVillageKey(ctx, '更换办公电脑')
    expect(info.fingerprint).not.toBe(old.fingerprint)
    expect(info.retired.map((r) => r.fingerprint)).toEqual([old.fingerprint])
    expect(info.pendingRotation).toMatchObject({
      oldFingerprint: old.fingerprint,
      newFingerprint: info.fingerprint,
      reason: '更换办公电脑',
    })
    expect(verifyRotationStatement(info.pendingRotation).valid).toBe(true)

    const { saved, save } = saver()
    const done = await exportBundle(ctx, { period: YEAR, areas: ['notices'], personData: 'masked' }, save, hooks)
    const result = await verifyBundle(saved[0]!.bytes)
    expect(result.valid).toBe(true)
    expect(result.keyRotation).toMatchObject({ valid: true, oldFingerprint: old.fingerprint, newFingerprint: info.fingerprint })
    expect(done.fingerprint).toBe(info.fingerprint)
    expect((await villageKeyInfo(ctx))!.pendingRotation).toBeNull()
    await exportBundle(ctx, { period: YEAR, areas: ['notices'], personData: 'masked' }, save, hooks)
    expect((await verifyBundle(saved[2]!.bytes)).keyRotation).toBeNull()
  })
})

describe('exportBundle', () => {
  beforeEach(() => forgetSessionKeys())

  it('collects the period from the database, masked, signed, with the 报送函 naming the fingerprint', async () => {
    const ctx = context()
    await seed(ctx)
    const { saved, save } = saver()
    const done = await exportBundle(ctx, { period: YEAR, areas: ALL, personData: 'masked' }, save, hooks)
    expect(saved.map((s) => s.name)).toEqual([done.fileName, done.letterFileName])
    expect(done.fileName).toBe('报送包-宅子村-2026-01-01至2026-12-31.zip')
    expect(done.letterFileName).toBe('报送函-宅子村-2026-01-01至2026-12-31.pdf')
    const m = await verifyBundle(saved[0]!.bytes)
    expect(m.valid).toBe(true)
    expect(m.fingerprint).toBe(done.fingerprint)
    expect(m.bundleSha256).toBe(done.sha256)
    expect(m.village).toEqual({ name: '宅子村', code: '411381102200' })
    expect(m.personData).toEqual({ mode: 'masked' })
    expect(m.previousBundleSha256).toBeNull()
    const files = unzipSync(saved[0]!.bytes)
    const paths = Object.keys(files)
    expect(paths).toEqual(
      expect.arrayContaining([
        'data/matters.json',
        'data/meetings.json',
        'data/votes.json',
        'data/compact.json',
        'data/compactVersions.json',
        'data/violations.json',
        'data/notices.json',
        'data/audit.json',
      ]),
    )
    expect(paths.filter((p) => p.startsWith('pdf/'))).toEqual([
      expect.stringMatching(/^pdf\/2026-03-02-名单公示-2026年度低保对象名单公示-.+\.pdf$/),
    ])
    const json = (p: string) => JSON.parse(decode(files[p]!)) as Record<string, unknown>[]
    expect(json('data/matters.json').map((x) => x.title)).toEqual(['修建村东生产路', '村部广场改建', '2026年度低保对象民主评议'])
    expect(json('data/matters.json')[1]).toMatchObject({ result: '未通过（未通过）', decidedOn: '2026-04-12' })
    expect(json('data/notices.json').map((x) => x.id)).toEqual(['n-list']) // no draft, no 2025
    expect(json('data/votes.json')).toHaveLength(1)
    // each meeting says whether it had its quorum, as the village's rules judged it (the township counts failures)
    expect(json('data/meetings.json').map((x) => typeof x.quorumMet)).toEqual(['boolean'])
    // the roster's names, the list's ID and the ID typed into the minutes are masked
    for (const p of paths.filter((x) => x.startsWith('data/'))) expect(findUnmaskedPersonalNumbers(decode(files[p]!))).toEqual([])
    expect(decode(files['data/notices.json']!)).toContain('王*明')
    expect(decode(files['data/notices.json']!)).not.toContain('王小明')
    // the audit head is in the bundle, and the 'export' entry written before building is that head
    const exportEntry = (await ctx.db.auditLog.toArray()).find(
      (e) => e.summary.startsWith('导出报送包') && e.summary.endsWith('个人信息已遮蔽'),
    )!
    expect(m.auditHead).toEqual({ seq: exportEntry.seq, hash: exportEntry.hash })
    expect(json('data/audit.json')).toEqual([{ seq: exportEntry.seq, hash: exportEntry.hash, at: exportEntry.at }])
    expect((await ctx.db.auditLog.toArray()).at(-1)!.summary).toContain('已保存')
    expect(await lastBundle(ctx)).toMatchObject({ sha256: done.sha256, fileName: done.fileName })

    // the 报送函 read back
    const dir = mkdtempSync(join(tmpdir(), 'letter-'))
    writeFileSync(join(dir, 'l.pdf'), saved[1]!.bytes)
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'l.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
    expect(text).toContain('关于报送宅子村村务数据报送包的函')
    expect(text).toContain('罗庄镇人民政府')
    expect(text).toContain(done.fingerprint)
    expect(text).toContain(done.sha256.toUpperCase())
    expect(text).toContain('宅子村村民委员会')

    // the next bundle chains to this one
    const second = await exportBundle(ctx, { period: YEAR, areas: ['compact'], personData: 'masked' }, save, hooks)
    expect((await verifyBundle(saved[2]!.bytes)).previousBundleSha256).toBe(done.sha256)
    expect(await lastBundle(ctx)).toMatchObject({ sha256: second.sha256 })
  })

  it('a flipped byte in a data file is found and the file named', async () => {
    const ctx = context()
    await seed(ctx)
    const { saved, save } = saver()
    await exportBundle(ctx, { period: YEAR, areas: ALL, personData: 'masked' }, save, hooks)
    const files = unzipSync(saved[0]!.bytes)
    const bytes = files['data/matters.json']!
    bytes[10] = bytes[10]! ^ 1
    const result = await verifyBundle(zipSync(files, { level: 0 }))
    expect(result.valid).toBe(false)
    expect(result.files.find((f) => f.path === 'data/matters.json')?.status).toBe('altered')
  })

  it('full data needs a purpose; refused without one, nothing written; with one, audited before the file exists', async () => {
    const ctx = context()
    await seed(ctx)
    const before = await snapshotOf(ctx)
    const { saved, save } = saver()
    const attempt = exportBundle(ctx, { period: YEAR, areas: ALL, personData: 'full', purpose: ' ' }, save, hooks)
    await expect(attempt).rejects.toBeInstanceOf(ExchangeInputError)
    await expect(attempt).rejects.toMatchObject({ field: 'purpose', message: '请填写导出用途' })
    expect(await snapshotOf(ctx)).toEqual(before)
    expect(saved).toEqual([])

    let entriesWhenSaved: string[] = []
    const saveAndLook = async (bytes: Uint8Array, name: string) => {
      entriesWhenSaved = (await ctx.db.auditLog.toArray()).map((e) => `${e.action}:${e.summary}`)
      return save(bytes, name)
    }
    await exportBundle(ctx, { period: YEAR, areas: ALL, personData: 'full', purpose: '报镇民政办核对低保名单' }, saveAndLook, hooks)
    expect(
      entriesWhenSaved.some(
        (e) => e.startsWith('reveal:导出报送包') && e.endsWith('含完整个人信息（经确认），用途：报镇民政办核对低保名单'),
      ),
    ).toBe(true)
    const m = await verifyBundle(saved[0]!.bytes)
    expect(m.personData).toEqual({ mode: 'full', purpose: '报镇民政办核对低保名单' })
    expect(decode(unzipSync(saved[0]!.bytes)['data/notices.json']!)).toContain(LEAKED_ID)
  })

  it('checks the selection at the field: period order, at least one area, a village profile', async () => {
    const ctx = context()
    const { save } = saver()
    await expect(
      exportBundle(ctx, { period: { from: '2026-02-01', to: '2026-01-31' }, areas: ALL, personData: 'masked' }, save),
    ).rejects.toMatchObject({
      field: 'period',
    })
    await expect(exportBundle(ctx, { period: YEAR, areas: [], personData: 'masked' }, save)).rejects.toMatchObject({ field: 'areas' })
    await expect(exportBundle(ctx, { period: YEAR, areas: ALL, personData: 'masked' }, save)).rejects.toMatchObject({ field: 'village' })
    // a period of one day is a period
    await seed(ctx)
    await expect(
      exportBundle(ctx, { period: { from: '2026-03-02', to: '2026-03-02' }, areas: ['notices'], personData: 'masked' }, save, hooks),
    ).resolves.toMatchObject({
      counts: { notices: 1 },
    })
  })

  it('a cancelled save leaves the chain where it was and logs the outcome', async () => {
    const ctx = context()
    await seed(ctx)
    const { save } = saver(false)
    const done = await exportBundle(ctx, { period: YEAR, areas: ['notices'], personData: 'masked' }, save, hooks)
    expect(done.saved).toBe(false)
    expect(await lastBundle(ctx)).toBeNull()
    expect((await ctx.db.auditLog.toArray()).at(-1)!.summary).toContain('已取消，文件未保存')
  })
})

describe('previewCounts', () => {
  it('counts what the period and areas select, at the period edges', async () => {
    const ctx = context()
    await seed(ctx)
    expect(await previewCounts(ctx, { period: YEAR, areas: ALL })).toEqual({
      matters: 3,
      meetings: 1,
      votes: 1,
      compactVersions: sampleCompactFor('宅子村').versions.length,
      violations: 6, // the five registered in 2026, and the 2025 case still open (reported only)
      notices: 1,
      pdfs: 1,
    })
    // the notice's 公示期 starts 2026-03-02: in on that day, out the day after
    expect((await previewCounts(ctx, { period: { from: '2026-03-02', to: '2026-03-02' }, areas: ['notices'] })).notices).toBe(1)
    expect((await previewCounts(ctx, { period: { from: '2026-03-03', to: '2026-12-31' }, areas: ['notices'] })).notices).toBe(0)
    expect((await previewCounts(ctx, { period: { from: '2026-01-01', to: '2026-03-01' }, areas: ['notices'] })).notices).toBe(0)
    expect(await previewCounts(ctx, { period: YEAR, areas: ['compact'] })).toMatchObject({ matters: 0, notices: 0, violations: 0 })
  })
})

describe('exportLedger', () => {
  it('builds each 台账 of the year from the records, masked, audited before and after', async () => {
    const ctx = context()
    await seed(ctx)
    const { saved, save } = saver()
    for (const l of LEDGERS) await exportLedger(ctx, l.kind, 2026, save)
    expect(saved.map((s) => s.name)).toEqual([
      '宅子村2026年度四议两公开台账.xlsx',
      '宅子村2026年度会议台账.xlsx',
      '宅子村2026年度村规民约版本台账.xlsx',
      '宅子村2026年度违约处理台账.xlsx',
      '宅子村2026年度公示台账.xlsx',
      expect.stringMatching(/^宅子村村民花名册-\d{4}-\d{2}-\d{2}\.xlsx$/),
    ])
    const matters = await checkLedger(saved[0]!.bytes, {
      sheetName: '四议两公开台账',
      title: '宅子村2026年度“四议两公开”工作台账',
      headers: MATTER_LEDGER_COLUMNS.map((c) => c.header),
      groupHeaders: MATTER_LEDGER_COLUMNS.map((c) => c.group ?? c.header),
      rows: 3,
    })
    expect([0, 1, 2].map((i) => matters.row(i)[1])).toEqual(
      expect.arrayContaining(['修建村东生产路', '村部广场改建', '2026年度低保对象民主评议']),
    )
    for (const s of saved.slice(0, 5)) {
      const { openLedger } = await import('@/exchange/spreadsheet/readLedger.node')
      expect(unmaskedNumbers(await openLedger(s.bytes))).toEqual([])
    }
    const log = (await ctx.db.auditLog.toArray()).map((e) => e.summary)
    expect(log.filter((s) => s.startsWith('导出2026年度四议两公开台账'))).toEqual([
      '导出2026年度四议两公开台账“宅子村2026年度四议两公开台账.xlsx”，个人信息已遮蔽',
      '导出2026年度四议两公开台账的结果：已保存，共3条',
    ])
  })
})
