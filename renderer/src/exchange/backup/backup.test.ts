import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate'
import { describe, expect, it } from 'vitest'
import { useFreshDatabases } from '@/db/testDb'
import { verifyStoredAuditChain } from '@/db/audit/log'
import { audited } from '@/db/unitOfWork'
import type { XiangyueDb } from '@/db/schema'
import { CURRENT_SCHEMA_VERSION } from '@/db/schema'
import { fixedClock } from '@/domain/calendar/clock'
import { sha256OfBytes } from '@/domain/evidence/hash'
import { makeBackup } from './build'
import { canonicalDump, encodeRow } from './dump'
import { BACKUP_FORMAT_VERSION, BACKUP_LIMITS, MANIFEST_PATH, type BackupManifest } from './format'
import { inspectBackup } from './inspect'
import { restoreBackup } from './restore'
import { seedVillage, ZHAIZI } from '@/app/sample/seedVillageWithNotices'

const freshDb = useFreshDatabases('backup')
const NOW = new Date('2026-12-01T00:26:00.000Z') // 2026-12-01 08:26 in Beijing

async function wipe(db: XiangyueDb): Promise<void> {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())))
}

async function seeded(): Promise<XiangyueDb> {
  const db = freshDb()
  await seedVillage(db, { notices: 2, pdfBytes: 30_000 })
  return db
}

/** Rewrites a backup: unzip, let `change` edit the entries (and the manifest), zip again. */
function tamper(
  bytes: Uint8Array,
  change: (files: Record<string, Uint8Array>, manifest: BackupManifest) => void,
  rewriteManifest = true,
): Uint8Array {
  const files = unzipSync(bytes)
  const manifest = JSON.parse(strFromU8(files[MANIFEST_PATH]!)) as BackupManifest
  change(files, manifest)
  if (rewriteManifest) files[MANIFEST_PATH] = strToU8(JSON.stringify(manifest))
  return zipSync(files as Zippable)
}

function refusal(bytes: Uint8Array, limits = BACKUP_LIMITS): string {
  const result = inspectBackup(bytes, limits)
  expect(result.ok).toBe(false)
  return result.ok ? '' : result.reason
}

/** Offset of the first central-directory record of an fflate zip. */
function centralDirectory(bytes: Uint8Array): number {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let end = bytes.length - 22
  while (v.getUint32(end, true) !== 0x06054b50) end--
  return v.getUint32(end + 16, true)
}

describe('makeBackup', () => {
  it('writes a manifest with format, schema version, village, time, audit head, counts and a SHA-256 per part', async () => {
    const db = await seeded()
    const { name, bytes, manifest } = await makeBackup(db, { now: NOW, appVersion: '0.1.0' })
    expect(name).toBe('xiangyue-backup-411381102200-20261201T0826.zip')
    expect(manifest).toMatchObject({
      format: 'xiangyue-backup',
      formatVersion: BACKUP_FORMAT_VERSION,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt: '2026-12-01T00:26:00.000Z',
      appVersion: '0.1.0',
      village: { name: '宅子村', code: '411381102200', committeeName: '宅子村村民委员会' },
    })
    expect(manifest.counts).toEqual({
      auditLog: 6,
      cases: 0,
      compacts: 0,
      grids: 3,
      households: 60,
      matters: 0,
      meetings: 0,
      noticeFiles: 2,
      notices: 2,
      settings: 2,
      villagers: 200,
    })
    const head = (await db.settings.get('auditHead'))!.value as { seq: number; hash: string }
    expect(manifest.auditHead).toEqual(head)

    const files = unzipSync(bytes)
    expect(Object.keys(files).sort()).toEqual([...manifest.parts.map((p) => p.path), MANIFEST_PATH].sort())
    for (const part of manifest.parts) expect(sha256OfBytes(files[part.path]!)).toBe(part.sha256)
    // attachments are entries of their own, referenced from the row, not inlined
    const pdfParts = manifest.parts.filter((p) => p.path.startsWith('files/noticeFiles/'))
    expect(pdfParts.map((p) => p.size)).toEqual([30_000, 30_000])
    const noticeFileLines = strFromU8(files['tables/noticeFiles.jsonl']!).split('\n')
    expect(noticeFileLines[0]).toContain(`"bytes":{"$bytes":"${pdfParts[0]!.path}"}`)
    expect(noticeFileLines[0]!.length).toBeLessThan(2000)
  })

  it('names a village not yet set up with 000000000000, and records no village', async () => {
    const { name, manifest } = await makeBackup(freshDb(), { now: NOW })
    expect(name).toBe('xiangyue-backup-000000000000-20261201T0826.zip')
    expect(manifest.village).toBeNull()
    expect(manifest.auditHead).toBeNull()
  })

  it('refuses a value JSON cannot carry instead of losing it', () => {
    expect(() => encodeRow('t', 'k', { at: new Date() }, () => {})).toThrow(/不支持的类型/)
    expect(() => encodeRow('t', 'k', { n: Number.NaN }, () => {})).toThrow(/有限数/)
    expect(() => encodeRow('t', 'k', { blob: new Blob(['x']) }, () => {})).toThrow(/不支持的类型/)
  })
})

describe('backup → wipe → restore', () => {
  it('gives back a canonical dump identical to the original, PDFs byte for byte, and the audit chain verifies', async () => {
    const db = await seeded()
    const before = await canonicalDump(db)
    const { bytes } = await makeBackup(db, { now: NOW })
    await wipe(db)
    expect((await canonicalDump(db))['villagers']).toEqual([])

    const outcome = await restoreBackup(db, bytes, { now: NOW })
    expect(outcome.ok).toBe(true)
    expect(await canonicalDump(db)).toEqual(before)
    const files = await db.noticeFiles.toArray()
    expect(files[0]!.bytes).toBeInstanceOf(Uint8Array)
    for (const file of files) expect(sha256OfBytes(file.bytes)).toBe(file.sha256)
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, checked: 6 })
  })

  it('restores into a fresh database (a new PC) the same way', async () => {
    const db = await seeded()
    const { bytes } = await makeBackup(db, { now: NOW })
    const other = freshDb()
    expect((await restoreBackup(other, bytes)).ok).toBe(true)
    expect(await canonicalDump(other)).toEqual(await canonicalDump(db))
  })

  it('records the restore as one entry at the end of the restored chain, naming the safety copy', async () => {
    const db = await seeded()
    const { bytes, manifest } = await makeBackup(db, { now: NOW })
    const outcome = await restoreBackup(db, bytes, { audit: { actor: '李秀英' }, now: new Date('2026-12-02T01:00:00.000Z') })
    expect(outcome.ok).toBe(true)
    const report = await verifyStoredAuditChain(db)
    expect(report).toMatchObject({ ok: true, checked: manifest.auditHead!.seq + 1 })
    const last = await db.auditLog.orderBy('seq').last()
    expect(last).toMatchObject({ action: 'import', table: 'backup', actor: '李秀英', at: '2026-12-02T01:00:00.000Z' })
    expect(last!.summary).toContain('2026年12月1日 08:26')
    expect(last!.summary).toContain(outcome.ok ? outcome.safetyBackup.name : '?')
  })

  it('takes a backup of the current data first, and that backup restores what was replaced', async () => {
    const db = await seeded()
    const { bytes } = await makeBackup(db, { now: NOW })
    // change the data after the backup: rename the village's secretary through the use case path
    await audited({ db, actor: '李秀英', clock: fixedClock('2026-12-03T00:00:00Z') }, ['grids'], async (work) => {
      const grid = (await work.db.grids.toCollection().first())!
      const current = await work.require('grids', grid.id, grid.updatedAt)
      await work.put('grids', { ...current, name: '改过的网格' }, { action: 'update', summary: '改名' })
    })
    const changed = await canonicalDump(db)
    let kept: Uint8Array | undefined
    const outcome = await restoreBackup(db, bytes, { keepSafetyBackup: (b) => void (kept = b.bytes) })
    expect(outcome.ok).toBe(true)
    expect(outcome.safetyBackup?.bytes).toBe(kept)
    expect((await db.grids.toArray()).some((g) => g.name === '改过的网格')).toBe(false)
    expect((await restoreBackup(db, kept!)).ok).toBe(true)
    expect(await canonicalDump(db)).toEqual(changed)
  })
})

describe('restore is all or nothing', () => {
  it('leaves the database as it was when a write fails halfway (injected in the last table)', async () => {
    const db = freshDb()
    // Dexie applies middleware when the database opens: register the failure first, armed later.
    let armed = false
    db.use({
      stack: 'dbcore',
      name: 'fail-villagers-write',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name)
          if (name !== 'villagers') return table
          return {
            ...table,
            mutate: (req) => (armed && req.type === 'add' ? Promise.reject(new Error('磁盘已满（测试注入）')) : table.mutate(req)),
          }
        },
      }),
    })
    await seedVillage(db, { notices: 2 })
    const { bytes } = await makeBackup(db, { now: NOW })
    // different data now, so "as it was" is not the backup's content by accident
    await audited({ db, actor: '李秀英', clock: fixedClock('2026-12-03T00:00:00Z') }, ['grids'], async (work) => {
      const grid = (await work.db.grids.toCollection().first())!
      await work.put(
        'grids',
        { ...(await work.require('grids', grid.id, grid.updatedAt)), name: '新网格' },
        { action: 'update', summary: '改名' },
      )
    })
    const before = await canonicalDump(db)
    armed = true
    const outcome = await restoreBackup(db, bytes)
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringMatching(/恢复失败，数据保持恢复前的样子.*磁盘已满/) as unknown })
    expect(outcome.safetyBackup).toBeDefined()
    armed = false
    expect(await canonicalDump(db)).toEqual(before)
    expect((await verifyStoredAuditChain(db)).ok).toBe(true)
  })

  it('restores nothing when the safety backup cannot be kept', async () => {
    const db = await seeded()
    const { bytes } = await makeBackup(db, { now: NOW })
    await wipe(db)
    const outcome = await restoreBackup(db, bytes, {
      keepSafetyBackup: () => {
        throw new Error('备份文件夹无法写入')
      },
    })
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringMatching(/恢复前无法先备份当前数据（备份文件夹无法写入）/) as unknown })
    expect(await db.villagers.count()).toBe(0)
  })

  it('refuses when another window writes between the safety backup and the replacement', async () => {
    const db = await seeded()
    const { bytes } = await makeBackup(db, { now: NOW })
    const outcome = await restoreBackup(db, bytes, {
      keepSafetyBackup: () =>
        audited({ db, actor: '王芳', clock: fixedClock('2026-12-03T00:00:00Z') }, ['grids'], async (work) => {
          work.record({ action: 'export', table: 'villagers', recordId: 'all', summary: '另一个窗口导出' })
        }),
    })
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringMatching(/恢复期间数据被修改/) as unknown })
    expect((await db.auditLog.orderBy('seq').last())?.summary).toBe('另一个窗口导出')
  })
})

describe('restore refuses a bad file before touching anything', () => {
  it('a newer schema version or a changed byte: refused with the reason, database unchanged, no safety copy needed', async () => {
    const db = await seeded()
    const { bytes } = await makeBackup(db, { now: NOW })
    const before = await canonicalDump(db)
    let asked = false
    const keepSafetyBackup = () => void (asked = true)
    const newer = await restoreBackup(
      db,
      tamper(bytes, (_f, m) => void (m.schemaVersion = CURRENT_SCHEMA_VERSION + 1)),
      { keepSafetyBackup },
    )
    expect(newer).toMatchObject({ ok: false, reason: expect.stringMatching(/^未恢复：这个备份来自较新版本的乡约/) as unknown })
    const flipped = tamper(bytes, (files) => void (files['tables/households.jsonl']![10]! ^= 1), false)
    expect(await restoreBackup(db, flipped, { keepSafetyBackup })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^未恢复：“户”的数据（tables\/households.jsonl）与备份说明中的校验值（SHA-256）不符/) as unknown,
    })
    expect(asked).toBe(false)
    expect(await canonicalDump(db)).toEqual(before)
  })
})

describe('restore checks the village', () => {
  it('refuses another village unless its name is typed exactly', async () => {
    const source = freshDb()
    await seedVillage(source, {
      notices: 1,
      profile: { villageName: '东风村', areaCode: '411381102201', committeeName: '东风村村民委员会' },
    })
    const { bytes } = await makeBackup(source, { now: NOW })
    const db = await seeded()
    const before = await canonicalDump(db)

    const refused = await restoreBackup(db, bytes)
    expect(refused).toMatchObject({ ok: false, needsVillageConfirmation: true })
    expect(refused.ok ? '' : refused.reason).toMatch(
      /属于“东风村”（区划代码 411381102201），本机的数据是“宅子村”.*请输入备份中的村名“东风村”确认/,
    )
    expect((await restoreBackup(db, bytes, { confirmVillageName: '东风村 ' })).ok).toBe(false)
    expect((await restoreBackup(db, bytes, { confirmVillageName: '宅子村' })).ok).toBe(false)
    expect(await canonicalDump(db)).toEqual(before)

    expect((await restoreBackup(db, bytes, { confirmVillageName: '东风村' })).ok).toBe(true)
    expect(await canonicalDump(db)).toEqual(await canonicalDump(source))
  })

  it('treats a renamed village with the same code as the same village', async () => {
    const source = freshDb()
    await seedVillage(source, { notices: 0, profile: { villageName: '宅子新村' } })
    const { bytes } = await makeBackup(source, { now: NOW })
    expect((await restoreBackup(await seeded(), bytes)).ok).toBe(true)
  })

  it('refuses a backup made before setup over a village that is set up', async () => {
    const { bytes } = await makeBackup(freshDb(), { now: NOW })
    const db = await seeded()
    const outcome = await restoreBackup(db, bytes)
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringMatching(/没有村情设置.*宅子村/) as unknown })
    expect(await db.villagers.count()).toBe(200)
  })
})

describe('an older schema version', () => {
  it('is restored and upgraded through the schema’s own versions', async () => {
    const old = freshDb(1)
    await seedVillage(old, { notices: 0 })
    const { bytes, manifest } = await makeBackup(old, { now: NOW })
    expect(manifest.schemaVersion).toBe(1)
    expect(Object.keys(manifest.counts).sort()).toEqual(['auditLog', 'grids', 'households', 'settings', 'villagers'])

    const db = await seeded()
    const outcome = await restoreBackup(db, bytes)
    expect(outcome.ok).toBe(true)
    const dump = await canonicalDump(db)
    const oldDump = await canonicalDump(old)
    for (const table of Object.keys(oldDump)) expect(dump[table], table).toEqual(oldDump[table])
    expect(dump['notices']).toEqual([])
    expect(dump['noticeFiles']).toEqual([])
    expect((await verifyStoredAuditChain(db)).ok).toBe(true)
  })
})

describe('inspectBackup', () => {
  it('shows what the file holds: village, Beijing time, rows per table in Chinese, schema version', async () => {
    const { bytes } = await makeBackup(await seeded(), { now: NOW })
    const result = inspectBackup(bytes)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.summary).toMatchObject({
      village: { name: '宅子村', code: '411381102200' },
      createdAtText: '2026年12月1日 08:26',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      fileBytes: bytes.length,
      warnings: [],
    })
    expect(result.summary.counts).toContainEqual({ table: 'villagers', label: '村民', count: 200 })
    expect(result.summary.counts).toContainEqual({ table: 'noticeFiles', label: '公示文件', count: 2 })
  })

  it('refuses what is not a zip, or not our format', async () => {
    expect(refusal(new Uint8Array(0))).toMatch(/不是 zip/)
    expect(refusal(strToU8('%PDF-1.7 not a backup at all, just some text'))).toMatch(/不是 zip/)
    expect(refusal(strToU8('PK\u0003\u0004 but then nothing that a zip has, just text that goes on'))).toMatch(/已损坏|不是 zip/)
    expect(refusal(zipSync({ 'readme.txt': strToU8('hello') }))).toMatch(/没有 manifest.json/)
    expect(refusal(zipSync({ [MANIFEST_PATH]: strToU8('{not json') }))).toMatch(/不是有效的 JSON/)
    expect(refusal(zipSync({ [MANIFEST_PATH]: strToU8('{"format":"dexie"}') }))).toMatch(/格式标识不对/)
    const { bytes } = await makeBackup(await seeded(), { now: NOW })
    expect(
      refusal(
        tamper(bytes, (_f, m) => {
          delete (m as Partial<BackupManifest>).createdAt
        }),
      ),
    ).toMatch(/manifest.json）内容不完整或有误（createdAt/)
  })

  it('refuses a newer schema or format version than this app’s', async () => {
    const { bytes } = await makeBackup(await seeded(), { now: NOW })
    expect(refusal(tamper(bytes, (_f, m) => void (m.schemaVersion = CURRENT_SCHEMA_VERSION + 1)))).toBe(
      `这个备份来自较新版本的乡约（数据结构第 ${CURRENT_SCHEMA_VERSION + 1} 版，本软件为第 ${CURRENT_SCHEMA_VERSION} 版），请先升级乡约再恢复`,
    )
    expect(refusal(tamper(bytes, (_f, m) => void (m.formatVersion = BACKUP_FORMAT_VERSION + 1)))).toMatch(
      new RegExp(`较新版本的乡约制作（备份格式第 ${BACKUP_FORMAT_VERSION + 1} 版`),
    )
    // exactly this app's version is accepted
    expect(inspectBackup(tamper(bytes, (_f, m) => void (m.schemaVersion = CURRENT_SCHEMA_VERSION))).ok).toBe(true)
  })

  it('refuses a hash mismatch, naming the part', async () => {
    const { bytes, manifest } = await makeBackup(await seeded(), { now: NOW })
    const villagers = tamper(
      bytes,
      (files) => {
        files['tables/villagers.jsonl'] = strToU8(strFromU8(files['tables/villagers.jsonl']!).replace('"name":"', '"name":"假'))
        files['tables/villagers.jsonl'] = files['tables/villagers.jsonl'].subarray(
          0,
          manifest.parts.find((p) => p.path === 'tables/villagers.jsonl')!.size,
        )
      },
      false,
    )
    expect(refusal(villagers)).toBe(
      '“村民”的数据（tables/villagers.jsonl）与备份说明中的校验值（SHA-256）不符，文件已损坏或被改动，不能恢复',
    )
    const pdf = manifest.parts.find((p) => p.path.startsWith('files/'))!.path
    const flipped = tamper(bytes, (files) => void (files[pdf]![100]! ^= 1), false)
    expect(refusal(flipped)).toBe(`附件 ${pdf}与备份说明中的校验值（SHA-256）不符，文件已损坏或被改动，不能恢复`)
  })

  it('refuses a missing part, an unlisted one, a wrong size, a wrong count, a duplicated key', async () => {
    const { bytes } = await makeBackup(await seeded(), { now: NOW })
    expect(refusal(tamper(bytes, (files) => void delete files['tables/grids.jsonl'], false))).toBe(
      '备份文件不完整：缺少“网格”的数据（tables/grids.jsonl）',
    )
    expect(refusal(tamper(bytes, (files) => void (files['extra.exe'] = strToU8('MZ')), false))).toMatch(/备份说明未列出的内容“extra.exe”/)
    expect(
      refusal(
        tamper(bytes, (_f, m) => {
          m.parts = m.parts.filter((p) => p.path !== 'tables/grids.jsonl')
        }),
      ),
    ).toMatch(/未列出的内容“tables\/grids.jsonl”/)
    expect(
      refusal(
        tamper(bytes, (_f, m) => {
          m.tables = m.tables.filter((t) => t.name !== 'grids')
          delete m.counts['grids']
        }),
      ),
    ).toBe('备份文件不完整：缺少“网格”表')
    expect(
      refusal(
        tamper(bytes, (_f, m) => {
          m.tables.push({ name: 'secrets', schema: '&id', rowCount: 0, part: 'tables/grids.jsonl' })
          m.counts['secrets'] = 0
        }),
      ),
    ).toBe('备份中有本软件不认识的表“secrets”')
    expect(
      refusal(
        tamper(bytes, (files, m) => {
          const t = m.tables.find((x) => x.name === 'grids')!
          t.rowCount = 2
          m.counts['grids'] = 2
          void files
        }),
      ),
    ).toBe('“网格”有 3 条记录，备份说明写的是 2 条，文件可能被改动')
    const duplicated = tamper(bytes, (files, m) => {
      const lines = strFromU8(files['tables/grids.jsonl']!).split('\n')
      files['tables/grids.jsonl'] = strToU8([lines[0], lines[0], lines[2]].join('\n'))
      const part = m.parts.find((p) => p.path === 'tables/grids.jsonl')!
      part.size = files['tables/grids.jsonl'].length
      part.sha256 = sha256OfBytes(files['tables/grids.jsonl'])
    })
    expect(refusal(duplicated)).toMatch(/“网格”中主键 .* 出现了两次/)
  })

  it('refuses a manifest that names another village than the data holds (the village check decides on it)', async () => {
    const { bytes } = await makeBackup(await seeded(), { now: NOW })
    expect(refusal(tamper(bytes, (_f, m) => void (m.village = { name: '东风村', code: '411381102201' })))).toMatch(
      /村名或区划代码与备份数据不符/,
    )
    expect(refusal(tamper(bytes, (_f, m) => void (m.auditHead = null)))).toMatch(/链头与备份数据不符/)
  })

  it('warns, but restores, when the audit chain inside the backup does not verify', async () => {
    const db = await seeded()
    const first = (await db.auditLog.get(1))!
    await db.auditLog.put({ ...first, summary: '被改过' })
    const { bytes } = await makeBackup(db, { now: NOW })
    const result = inspectBackup(bytes)
    expect(result.ok && result.summary.warnings[0]).toMatch(/操作日志校验未通过：第 1 条记录的内容与其防篡改校验码不符/)
  })

  it('refuses a zip bomb from the central directory, before inflating anything', async () => {
    // 4 MB of zeros deflate to a few KB; the limits are scaled down so the test stays small
    const small = { ...BACKUP_LIMITS, maxTotalBytes: 1024 * 1024, maxEntryBytes: 8 * 1024 * 1024 }
    const bomb = zipSync({ [MANIFEST_PATH]: strToU8('{}'), 'tables/villagers.jsonl': new Uint8Array(4 * 1024 * 1024) })
    expect(bomb.length).toBeLessThan(50_000)
    expect(refusal(bomb, small)).toMatch(/解压后超过 1 MB（可能是“压缩炸弹”）/)
    expect(refusal(bomb, { ...small, maxTotalBytes: 64 * 1024 * 1024, maxEntryBytes: 1024 * 1024 })).toMatch(
      /解压后有 4 MB，超过单项上限 1 MB/,
    )
    expect(refusal(bomb, { ...small, maxEntries: 1 })).toMatch(/条目超过 1 个/)
  })

  it('refuses, with the real limits, an entry whose directory record claims 2 GB', async () => {
    const { bytes } = await makeBackup(await seeded(), { now: NOW })
    const forged = bytes.slice()
    new DataView(forged.buffer).setUint32(centralDirectory(forged) + 24, 0x7fffffff, true)
    expect(refusal(forged)).toMatch(/解压后有 2048 MB，超过单项上限 256 MB/)
  })

  it('never inflates past the declared size: an entry that lies small fails its size check', async () => {
    const { bytes } = await makeBackup(await seeded(), { now: NOW })
    const forged = bytes.slice()
    const view = new DataView(forged.buffer)
    const at = centralDirectory(forged)
    view.setUint32(at + 24, view.getUint32(at + 24, true) - 1, true)
    expect(refusal(forged)).toMatch(/的大小与备份说明不符/)
  })

  it('refuses a file over the size limit without reading it', () => {
    const limits = { ...BACKUP_LIMITS, maxFileBytes: 10 }
    expect(refusal(new Uint8Array(11), limits)).toMatch(/超过备份文件的上限/)
  })
})

describe('the restored data is usable', () => {
  it('keeps ZHAIZI as the village profile', async () => {
    const db = await seeded()
    const { bytes } = await makeBackup(db, { now: NOW })
    await wipe(db)
    await restoreBackup(db, bytes)
    expect((await db.settings.get('village'))?.value).toEqual(ZHAIZI)
  })
})
