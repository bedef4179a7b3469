import { describe, expect, it } from 'vitest'
import { useFreshDatabases } from '@/db/testDb'
import { verifyStoredAuditChain } from '@/db/audit/log'
import { fixedClock } from '@/domain/calendar/clock'
import type { AuditAnchorHead, AuditAnchorStore, BackupFileInfo, BackupShelf } from '@/shell/types'
import { canonicalDump } from './dump'
import { parseBackupFileName } from './retention'
import { seedVillage } from '@/app/sample/seedVillageWithNotices'
import { automaticBackup, backupStatus, backUpNow, restoreFromBackup, saveBackupCopy } from './useCases'

const freshDb = useFreshDatabases('backup-use-cases')

/** The desktop folder, in memory. */
function memoryFolder(): BackupShelf & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>()
  const list = (): BackupFileInfo[] =>
    [...files.entries()]
      .map(([name, bytes]) => ({ name, size: bytes.length, createdAt: parseBackupFileName(name)!.createdAt }))
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
  return {
    files,
    automatic: true,
    save(name, bytes) {
      const free = files.has(name) ? name.replace('.zip', '-2.zip') : name
      files.set(free, bytes)
      return Promise.resolve({ kept: 'folder', name: free, size: bytes.length })
    },
    list: () => Promise.resolve({ automatic: true, backups: list(), ...(list()[0] ? { lastBackupAt: list()[0]!.createdAt } : {}) }),
    read: (name) => Promise.resolve(files.get(name)!),
    prune(keep) {
      const deleted = [...files.keys()].filter((n) => !keep.includes(n))
      for (const n of deleted) files.delete(n)
      return Promise.resolve(deleted)
    },
  }
}

async function seededCtx(at = '2026-12-01T00:26:00.000Z') {
  const db = freshDb()
  await seedVillage(db, { notices: 1 })
  return { db, actor: '李秀英', clock: fixedClock(at) }
}

describe('automatic backups (desktop)', () => {
  it('back up at start-up, not again within the hour, and again the next day, pruning to the retention', async () => {
    const ctx = await seededCtx()
    const folder = memoryFolder()
    const first = await automaticBackup(ctx, folder, { atStartup: true })
    expect(first?.saved).toEqual({
      kept: 'folder',
      name: 'xiangyue-backup-411381102200-20261201T0826.zip',
      size: expect.any(Number) as unknown,
    })
    expect(await automaticBackup({ ...ctx, clock: fixedClock('2026-12-01T01:00:00.000Z') }, folder, { atStartup: true })).toBeNull()
    expect(await automaticBackup({ ...ctx, clock: fixedClock('2026-12-01T10:00:00.000Z') }, folder, { atStartup: false })).toBeNull()
    // 40 days of use, one backup a day
    for (let day = 1; day <= 40; day++) {
      const at = new Date(Date.parse('2026-12-01T00:26:00.000Z') + day * 86_400_000).toISOString()
      expect(await automaticBackup({ ...ctx, clock: fixedClock(at) }, folder, { atStartup: false })).not.toBeNull()
    }
    expect(folder.files.size).toBeLessThanOrEqual(7 + 4 + 12)
    expect(folder.files.size).toBeGreaterThanOrEqual(7 + 1)
    // automatic copies stay on the machine: not logged as exports
    expect((await ctx.db.auditLog.toArray()).some((e) => e.action === 'export')).toBe(false)
    expect((await backupStatus(folder, new Date('2027-01-10T00:00:00Z'))).reminder).toBeNull()
  })
})

describe('browser backups', () => {
  it('download, are logged as an export before the file is built (the backup holds its own entry), and ask for persistence', async () => {
    const ctx = await seededCtx()
    let downloaded: Uint8Array | undefined
    let lastAt: string | undefined
    const browser: BackupShelf = {
      automatic: false,
      save: (name, bytes) => (
        (downloaded = bytes),
        (lastAt = ctx.clock.now().toISOString()),
        Promise.resolve({ kept: 'download', name, size: bytes.length })
      ),
      list: () => Promise.resolve({ automatic: false, backups: [], note: '浏览器', ...(lastAt ? { lastBackupAt: lastAt } : {}) }),
      read: () => Promise.reject(new Error('no')),
      prune: () => Promise.resolve([]),
    }
    expect((await backupStatus(browser, ctx.clock.now())).reminder).toMatch(/还没有备份过/)
    const done = await backUpNow(ctx, browser, { reason: 'manual', purpose: '每周备份到U盘' })
    expect(done.persistence?.state).toBeDefined()
    const last = await ctx.db.auditLog.orderBy('seq').last()
    expect(last).toMatchObject({ action: 'export', table: 'backup', summary: '下载全量备份（含完整证件号码）：每周备份到U盘' })
    expect(done.manifest.auditHead?.seq).toBe(last!.seq)
    expect(downloaded).toBeDefined()
    expect((await backupStatus(browser, new Date('2026-12-08T00:26:00.000Z'))).reminder).toBeNull()
    expect((await backupStatus(browser, new Date('2026-12-08T00:27:00.000Z'))).reminder).toMatch(/上次备份是 7 天前/)
  })

  it('the desktop copy to a USB stick is logged too', async () => {
    const ctx = await seededCtx()
    const result = await saveBackupCopy(ctx, (_bytes, name) => Promise.resolve({ saved: name.endsWith('.zip') }), { purpose: '交乡镇存档' })
    expect(result.outcome.saved).toBe(true)
    expect((await ctx.db.auditLog.orderBy('seq').last())?.summary).toBe('另存全量备份（含完整证件号码）：交乡镇存档')
  })
})

describe('restoreFromBackup', () => {
  it('keeps the safety copy on the shelf, records the restore and moves the anchor to the new head', async () => {
    const ctx = await seededCtx()
    const folder = memoryFolder()
    await automaticBackup(ctx, folder, { atStartup: true })
    const original = await canonicalDump(ctx.db)
    const [backupName] = folder.files.keys()
    await ctx.db.villagers.clear()
    const written: AuditAnchorHead[] = []
    const anchor: AuditAnchorStore = {
      available: true,
      read: () => Promise.resolve({ state: 'none' }),
      write: (head) => (written.push(head), Promise.resolve({ ...head, writtenAt: 'x' })),
    }
    const later = { ...ctx, clock: fixedClock('2026-12-01T02:00:00.000Z') }
    const outcome = await restoreFromBackup(later, folder, folder.files.get(backupName!)!, { anchor })
    expect(outcome.ok).toBe(true)
    expect(folder.files.size).toBe(2) // the backup and the safety copy of the emptied villagers
    const dump = await canonicalDump(ctx.db)
    expect(dump['villagers']).toEqual(original['villagers'])
    expect(await verifyStoredAuditChain(ctx.db)).toMatchObject({ ok: true })
    const last = await ctx.db.auditLog.orderBy('seq').last()
    expect(written).toEqual([{ seq: last!.seq, hash: last!.hash }])
    expect(performance.getEntriesByName('xiangyue:restore').length).toBeGreaterThan(0)
    expect(performance.getEntriesByName('xiangyue:backup').length).toBeGreaterThan(0)
  })
})
