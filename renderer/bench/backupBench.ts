/**
 * Backup bench page (built only for `npm run bench`, never shipped): issue 11's figures in Chromium's
 * real IndexedDB, on the large village (10,000 people) with a year of notices and their issued PDFs
 * (120 notices × 120 KB), seeded through the use cases so the audit chain is real.
 *
 * - backup_ms: makeBackup — every table dumped, every attachment, hashed, zipped (what 立即备份 runs
 *   before handing the file to the shell).
 * - restore_ms: restoreBackup of that file — verify every hash and the manifest, then replace every
 *   table in one transaction. (The screen's restore first takes an automatic backup of the current
 *   data: that part costs another backup_ms.)
 * - bundle_export_ms (issue 15): 导出报送包 for that year, every area, masked, with the notices' PDFs:
 *   collect, sign, the 报送函 rendered, both "saved" (the save itself is the shell's, not timed), on
 *   the same database before the backup is made.
 * One run each: the seeding alone takes tens of seconds. Results land in window.__backupBench.
 */
import { XiangyueDb } from '@/db/schema'
import { makeBackup } from '@/exchange/backup/build'
import { restoreBackup } from '@/exchange/backup/restore'
import { seedVillage } from '@/app/sample/seedVillageWithNotices'
import { systemClock } from '@/app/clock'
import { EXCHANGE_AREAS } from '@/app/exchange/collect'
import { exportBundle } from '@/app/exchange/exportBundle'
import { publishBench } from './page'

const round = (ms: number) => Math.round(ms)

async function run() {
  const name = `xiangyue-backup-bench-${Date.now()}`
  const db = new XiangyueDb(name)
  try {
    const t0 = performance.now()
    await seedVillage(db, { size: 'large', notices: 120, pdfBytes: 120_000 })
    const seedMs = performance.now() - t0
    const ctx = { db, actor: '李秀英', clock: systemClock }
    const tb = performance.now()
    const exported = await exportBundle(
      ctx,
      { period: { from: '2026-01-01', to: '2026-12-31' }, areas: EXCHANGE_AREAS.map((a) => a.area), personData: 'masked' },
      async () => ({ saved: true }),
    )
    const bundleExportMs = performance.now() - tb
    // where the time goes, by phase (backup: read, encode, compress; restore: verify, safety-backup,
    // write), for the log: the time from one phase's first progress report to the next phase's
    const phases: Record<string, number> = {}
    const phaseTimer = (prefix: string, start: number) => {
      let phase = 'start'
      let since = start
      return (p: { phase: string }) => {
        if (p.phase === phase) return
        const t = performance.now()
        phases[`${prefix}_${phase}_ms`] = round(t - since)
        phase = p.phase
        since = t
      }
    }
    const t1 = performance.now()
    const backup = await makeBackup(db, { onProgress: phaseTimer('backup', t1) })
    const backupMs = performance.now() - t1
    const t2 = performance.now()
    const outcome = await restoreBackup(db, backup.bytes, { audit: { actor: 'bench' }, onProgress: phaseTimer('restore', t2) })
    const restoreMs = performance.now() - t2
    if (!outcome.ok) throw new Error(`restore refused: ${outcome.reason}`)
    return {
      bundle_export_ms: round(bundleExportMs),
      bundle_export_bytes: exported.bytes.length,
      backup_ms: round(backupMs),
      restore_ms: round(restoreMs),
      backup_seed_ms: round(seedMs),
      backup_bytes: backup.bytes.length,
      backup_villagers: backup.manifest.counts['villagers'] ?? 0,
      ...phases,
    }
  } finally {
    db.close()
    await XiangyueDb.delete(name)
  }
}

publishBench('__backupBench', run)
