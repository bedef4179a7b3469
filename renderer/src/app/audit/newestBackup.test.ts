// fake-indexeddb before Dexie: exchange/backup loads Dexie, which looks for IndexedDB once, when it loads
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { makeBackup } from '@/exchange/backup'
import { generateSampleVillage } from '@/sample/generateVillage'
import { browserAuditAnchor } from '@/shell/backups'
import type { BackupShelf } from '@/shell/types'
import { revealIdNumber } from '../people/revealNumber'
import { loadSampleVillage } from '../sample/loadSampleVillage'
import { useTestContexts } from '../testContext'
import { newestBackupHead, verifyAuditLogWithBackups } from './newestBackup'

const context = useTestContexts('app-audit-backup')

/** A desktop backups folder in memory, newest first. */
function folder(files: [string, Uint8Array][]): BackupShelf {
  return {
    automatic: true,
    save: () => Promise.reject(new Error('not used')),
    list: () =>
      Promise.resolve({
        automatic: true,
        backups: files.map(([name, bytes]) => ({ name, size: bytes.length, createdAt: '2026-03-01T02:00:00.000Z' })),
      }),
    read: (name) => Promise.resolve(files.find(([n]) => n === name)![1]),
    prune: () => Promise.resolve([]),
  }
}

describe('the log against the newest kept backup', () => {
  it('agrees with a backup of the same log; finds the tail cut off (head moved back) since the backup', async () => {
    const ctx = { ...context(), anchor: browserAuditAnchor }
    await loadSampleVillage(ctx, 'small')
    await revealIdNumber(ctx, generateSampleVillage('small').villagers[0]!, '核对')
    const backup = await makeBackup(ctx.db, { now: ctx.clock.now() })
    const shelf = folder([[backup.name, backup.bytes]])
    expect((await newestBackupHead(shelf)).head).toMatchObject({ seq: 2 })
    const clean = await verifyAuditLogWithBackups(ctx, shelf)
    expect(clean).toMatchObject({ ok: true, notes: [expect.stringContaining('与最新备份')] })

    // the reveal removed and the head moved back: invisible in a browser, but the backup saw seq 2
    await ctx.db.auditLog.delete(2)
    await ctx.db.settings.put({ key: 'auditHead', value: { seq: 1, hash: (await ctx.db.auditLog.get(1))!.hash } })
    const cut = await verifyAuditLogWithBackups(ctx, shelf)
    expect(cut.ok).toBe(false)
    expect(cut.problems[0]).toContain('最新备份')
  })

  it('a browser keeps no backups to compare; a kept backup that does not open is a warning, not a crash', async () => {
    const ctx = { ...context(), anchor: browserAuditAnchor }
    await loadSampleVillage(ctx, 'small')
    expect(await newestBackupHead({ ...folder([]), automatic: false })).toEqual({ head: null })
    const broken = await verifyAuditLogWithBackups(
      ctx,
      folder([['xiangyue-backup-411381102200-20260301T1000.zip', new Uint8Array([80, 75, 3, 4, 0])]]),
    )
    expect(broken.ok).toBe(true)
    expect(broken.warnings).toEqual([expect.stringContaining('打不开，未能与它核对')])
  })
})
