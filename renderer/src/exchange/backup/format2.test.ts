/**
 * Format version 2 (shared array elements, WebCrypto hashes) and the files version 1 wrote.
 * fixtures/backup-format1.zip was made by the format-1 code (build.ts and dump.ts as they were before
 * version 2) from a small village with three meetings; it must restore as it is, forever.
 */
import { readFileSync } from 'node:fs'
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate'
import { describe, expect, it } from 'vitest'
import { useFreshDatabases } from '@/db/testDb'
import { verifyStoredAuditChain } from '@/db/audit/log'
import { audited } from '@/db/unitOfWork'
import type { XiangyueDb } from '@/db/schema'
import { fixedClock } from '@/domain/calendar/clock'
import { canonicalJson } from '@/domain/evidence/canonical'
import { sha256OfBytes } from '@/domain/evidence/hash'
import { seedVillage } from '@/app/sample/seedVillageWithNotices'
import { makeBackup } from './build'
import { sha256Hex } from './digest'
import { canonicalDump, encodeRow, reviveRow, RowEncoder } from './dump'
import { BACKUP_FORMAT_VERSION, MANIFEST_PATH, type BackupManifest } from './format'
import { inspectBackup, verifyBackup } from './inspect'
import { restoreBackup } from './restore'

const freshDb = useFreshDatabases('backup-v2')
const NOW = new Date('2026-12-01T00:26:00.000Z')
const FORMAT1 = new Uint8Array(readFileSync(new URL('./fixtures/backup-format1.zip', import.meta.url)))

async function wipe(db: XiangyueDb): Promise<void> {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())))
}

/** A village with `meetings` meetings whose frozen rosters hold the same villagers (as real ones do). */
async function withMeetings(meetings: number, perRoster: number): Promise<XiangyueDb> {
  const db = freshDb()
  await seedVillage(db, { notices: 1, pdfBytes: 2_000 })
  const villagers = await db.villagers.limit(perRoster).toArray()
  const members = villagers.map((v) => ({ villagerId: v.id, name: v.name, householdId: v.householdId, standing: '本村村民', votes: true }))
  const ctx = { db, actor: '李秀英', clock: fixedClock('2026-11-21T02:00:00.000Z') }
  for (let i = 0; i < meetings; i++) {
    const row = {
      id: `01KMEETING${String(i).padStart(16, '0')}`,
      date: '2026-11-01',
      body: 'villager_assembly',
      roster: { members, nonVoting: [], excluded: [{ id: 'x', name: '张三', reason: 'under_18', message: '张三：未满十八周岁' }] },
      // unique to each meeting, and nested: a shared element holding shared elements
      motions: [{ title: `第${i + 1}项`, votes: [{ villagerId: villagers[0]!.id, choice: 'yes' }] }],
    }
    await audited(ctx, ['meetings'], async (work) => {
      await work.add('meetings', row as never, { action: 'create', summary: `会议 ${i + 1}` })
    })
  }
  return db
}

/** Rewrites entries of a backup and makes the manifest agree (sizes and hashes), as a forger would. */
function forge(bytes: Uint8Array, change: (files: Record<string, Uint8Array>, manifest: BackupManifest) => void): Uint8Array {
  const files = unzipSync(bytes)
  const manifest = JSON.parse(strFromU8(files[MANIFEST_PATH]!)) as BackupManifest
  change(files, manifest)
  for (const part of manifest.parts) {
    part.size = files[part.path]!.length
    part.sha256 = sha256OfBytes(files[part.path]!)
  }
  files[MANIFEST_PATH] = strToU8(JSON.stringify(manifest))
  return zipSync(files as Zippable)
}

async function refusedWith(bytes: Uint8Array): Promise<string> {
  const result = await verifyBackup(bytes)
  expect(result.ok).toBe(false)
  return result.ok ? '' : result.reason
}

describe('a backup file of format version 1 (before shared elements)', () => {
  it('is verified and restores into a new PC: every table line for line, the PDFs byte for byte, the chain verifying', async () => {
    const files = unzipSync(FORMAT1)
    const manifest = JSON.parse(strFromU8(files[MANIFEST_PATH]!)) as BackupManifest
    expect(manifest.formatVersion).toBe(1)

    const db = freshDb()
    const outcome = await restoreBackup(db, FORMAT1, { now: NOW })
    expect(outcome.ok).toBe(true)
    const dump = await canonicalDump(db)
    for (const table of manifest.tables) {
      const lines = strFromU8(files[table.part]!)
      expect(dump[table.name]!.length).toBe(table.rowCount)
      // format 1's rows are canonical JSON: apart from the PDFs' references, the restored rows are the very lines
      if (table.name !== 'noticeFiles') expect(dump[table.name]!.join('\n')).toBe(lines)
    }
    for (const file of await db.noticeFiles.toArray()) {
      expect(file.bytes.length).toBe(3_000)
      expect(sha256OfBytes(file.bytes)).toBe(file.sha256)
    }
    // data that happens to read like a version-2 reference stays data in a version-1 file
    const meeting = (await db.meetings.toArray())[0] as unknown as { motions: unknown[] }
    expect(meeting.motions).toEqual([{ $s: 1 }, { $s: 'x', note: 'literal' }])
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, checked: manifest.counts['auditLog'] })
  })

  it('is read the same by the synchronous inspectBackup and by verifyBackup', async () => {
    const sync = inspectBackup(FORMAT1)
    const async = await verifyBackup(FORMAT1)
    expect(sync.ok && async.ok).toBe(true)
    if (sync.ok && async.ok) {
      expect(async.summary).toEqual(sync.summary)
      expect(async.contents.tables).toEqual(sync.contents.tables)
    }
  })

  it('is still refused when a byte changes', async () => {
    const files = unzipSync(FORMAT1)
    const meetings = files['tables/meetings.jsonl']!
    meetings[20] = meetings[20] === 0x41 ? 0x42 : 0x41
    const changed = zipSync(files as Zippable)
    expect(await refusedWith(changed)).toMatch(/“会议记录”的数据.*SHA-256/)
    expect(inspectBackup(changed).ok).toBe(false)
  })
})

describe('format version 2: array elements written once', () => {
  it('writes each roster entry once, and backup → wipe → restore gives the identical canonical dump', async () => {
    const db = await withMeetings(12, 40)
    const before = await canonicalDump(db)
    const { bytes, manifest } = await makeBackup(db, { now: NOW })
    expect(manifest.formatVersion).toBe(BACKUP_FORMAT_VERSION)
    expect(BACKUP_FORMAT_VERSION).toBe(2)
    const meetings = manifest.tables.find((t) => t.name === 'meetings')!
    // 40 members + 1 exclusion shared by all; each meeting's motion and its vote are its own: 41 + 12 + 1 (the same vote)
    expect(meetings.shared).toEqual({ part: 'shared/meetings.jsonl', count: 41 + 12 + 1 })
    const files = unzipSync(bytes)
    const rows = strFromU8(files['tables/meetings.jsonl']!).split('\n')
    expect(rows).toHaveLength(12)
    // members in the row's own order: the 40 members (lines 0–39), the exclusion (40), each meeting's vote and motion
    expect(rows[0]).toContain('"roster":{"members":[{"$s":0},{"$s":1},')
    expect(rows[0]).toContain('"excluded":[{"$s":40}]},"motions":[{"$s":42}]}')
    expect(rows[1]).toContain('"roster":{"members":[{"$s":0},{"$s":1},')
    expect(rows[1]).toContain('"excluded":[{"$s":40}]},"motions":[{"$s":43}]}')
    expect(strFromU8(files['shared/meetings.jsonl']!).split('\n')[41]).toMatch(/^\{"villagerId":"\w+","choice":"yes"\}$/)
    // a twelfth of the format-1 size, near enough: the roster is written once, not twelve times
    const format1 = (await db.meetings.toArray()).map((row) => encodeRow('meetings', row.id, row, () => {})).join('\n')
    expect(files['tables/meetings.jsonl']!.length + files['shared/meetings.jsonl']!.length).toBeLessThan(format1.length / 5)

    await wipe(db)
    const outcome = await restoreBackup(db, bytes, { now: NOW })
    expect(outcome.ok).toBe(true)
    expect(await canonicalDump(db)).toEqual(before)
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true })
  })

  it('reads back every kind of value, wherever the shared elements sit among them', () => {
    const encoder = new RowEncoder('meetings', () => {}, true)
    const row = {
      id: 'k',
      mixed: [{ x: 1 }, 'b', true, 2, null, undefined, [{ y: [{ z: 0 }, 'deep'] }], 'c', { x: 1 }],
      leading: ['a', 'b', { x: 1 }, 'after', false],
      plain: ['only', 'strings', 3],
      nested: { empty: [], obj: {}, absent: undefined, n: -0.5, s: '“引号”\n换行' },
    }
    const line = encoder.encode('k', row)
    const shared: unknown[] = []
    for (const l of encoder.shared) shared.push(reviveRow(JSON.parse(l), { lookup: () => new Uint8Array(), shared }))
    const back = reviveRow(JSON.parse(line), { lookup: () => new Uint8Array(), shared })
    expect(canonicalJson(back)).toBe(canonicalJson(row))
    expect(back).toEqual({
      ...row,
      mixed: row.mixed.map((v) => (v === undefined ? null : v)),
      nested: { empty: [], obj: {}, n: -0.5, s: '“引号”\n换行' },
    })
    // the row itself is left as it was
    expect(row.mixed[0]).toEqual({ x: 1 })
    expect(encoder.shared).toEqual(['{"x":1}', '{"z":0}', '{"y":[{"$s":1},"deep"]}'])
  })

  it('hashes every part with the same SHA-256 the pure-JS hash gives', async () => {
    const { bytes, manifest } = await makeBackup(await withMeetings(2, 10), { now: NOW })
    const files = unzipSync(bytes)
    for (const part of manifest.parts) expect(part.sha256).toBe(sha256OfBytes(files[part.path]!))
    expect(await sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })

  it('refuses data that reads like its own references, rather than restore something else', () => {
    const encoder = new RowEncoder('meetings', () => {}, true)
    expect(() => encoder.encode('k', { motions: [{ $s: 1 }] })).toThrow(/只有一个成员“\$s”/)
    expect(() => encoder.encode('k', { a: { $bytes: 'files/x' } })).toThrow(/只有一个成员“\$bytes”/)
    // and, like format 1, what JSON cannot carry, wherever it is, naming the field
    expect(() => encoder.encode('k', { roster: { members: [{ at: new Date() }] } })).toThrow(
      /“会议记录”表记录 k 的字段 roster\.members\.0\.at 是不支持的类型/,
    )
    expect(() => encoder.encode('k', { list: [{ n: Number.NaN }] })).toThrow(/字段 list\.0\.n 不是有限数/)
    expect(() => encoder.encode('k', { list: [1, Number.POSITIVE_INFINITY] })).toThrow(/字段 list\.1 不是有限数/)
    expect(() => encoder.encode('k', { blob: new Blob(['x']) })).toThrow(/不支持的类型/)
    expect(() => encoder.encode('k', { f: () => 1 })).toThrow(/不支持的类型 function/)
    expect(() => encoder.encode('k', { m: [new Map()] })).toThrow(/不支持的类型/)
    // with a second member it is plain data
    expect(encoder.encode('k', { a: [{ $s: 1, note: 'x' }] })).toBe('{"a":[{"$s":0}]}')
    expect(encoder.shared).toEqual(['{"$s":1,"note":"x"}'])
  })

  it('refuses a reference to a shared element that does not exist or comes later, even with the hashes rewritten', async () => {
    const { bytes } = await makeBackup(await withMeetings(2, 5), { now: NOW })
    const outOfRange = forge(bytes, (files) => {
      files['tables/meetings.jsonl'] = strToU8(strFromU8(files['tables/meetings.jsonl']!).replace('{"$s":1}', '{"$s":999}'))
    })
    expect(await refusedWith(outOfRange)).toMatch(/“会议记录”第 1 条记录引用了不存在的共用条目/)
    const forward = forge(bytes, (files) => {
      const lines = strFromU8(files['shared/meetings.jsonl']!).split('\n')
      lines[0] = '{"list":[{"$s":3}]}'
      files['shared/meetings.jsonl'] = strToU8(lines.join('\n'))
    })
    expect(await refusedWith(forward)).toMatch(/“会议记录”的共用条目第 1 条引用了不存在或排在后面的共用条目/)
    const fewer = forge(bytes, (files) => {
      files['shared/meetings.jsonl'] = strToU8(strFromU8(files['shared/meetings.jsonl']!).split('\n').slice(1).join('\n'))
    })
    expect(await refusedWith(fewer)).toMatch(/共用条目有 \d+ 条，备份说明写的是 \d+ 条/)
    const misplaced = forge(bytes, (_files, manifest) => {
      manifest.tables.find((t) => t.name === 'meetings')!.shared!.part = 'tables/meetings.jsonl'
    })
    expect(await refusedWith(misplaced)).toMatch(/共用条目文件未列出或位置不对/)
    const inVersion1 = forge(bytes, (_files, manifest) => void (manifest.formatVersion = 1))
    expect(await refusedWith(inVersion1)).toMatch(/共用条目文件未列出或位置不对/)
  })

  it('refuses a shared part whose hash differs, naming it, and leaves the database as it was', async () => {
    const db = await withMeetings(2, 5)
    const { bytes } = await makeBackup(db, { now: NOW })
    const before = await canonicalDump(db)
    const files = unzipSync(bytes)
    files['shared/meetings.jsonl'] = strToU8(strFromU8(files['shared/meetings.jsonl']!).replace('本村村民', '本村居民'))
    const outcome = await restoreBackup(db, zipSync(files as Zippable), { now: NOW })
    expect(outcome.ok).toBe(false)
    expect(outcome.ok ? '' : outcome.reason).toMatch(/“会议记录”的共用条目（shared\/meetings\.jsonl）.*SHA-256/)
    expect(await canonicalDump(db)).toEqual(before)
  })
})
