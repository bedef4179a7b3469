/**
 * Timing on the large village in Node (fake-indexeddb), for the lead's figures: not a test of
 * speed (tests never assert on time). Skipped unless XIANGYUE_BACKUP_BENCH=1:
 *   XIANGYUE_BACKUP_BENCH=1 npx vitest run renderer/src/exchange/backup/bench.node.test.ts
 */
import { describe, expect, it } from 'vitest'
import { useFreshDatabases } from '@/db/testDb'
import { makeBackup } from './build'
import { restoreBackup } from './restore'
import { seedVillage } from '@/app/sample/seedVillageWithNotices'

const freshDb = useFreshDatabases('backup-bench')

describe.skipIf(process.env['XIANGYUE_BACKUP_BENCH'] !== '1')('backup bench (large village, a year of notices)', () => {
  it('backup_ms and restore_ms', { timeout: 600_000 }, async () => {
    const db = freshDb()
    const t0 = performance.now()
    await seedVillage(db, { size: 'large', notices: 120, pdfBytes: 120_000 })
    const seedMs = performance.now() - t0
    const t1 = performance.now()
    const phases: string[] = []
    let last = performance.now()
    const backup = await makeBackup(db, {
      onProgress: (p) => {
        const t = performance.now()
        phases.push(`${Math.round(t - last)}ms→${p.phase}:${p.message}`)
        last = t
      },
    })
    const backupMs = performance.now() - t1
    const t2 = performance.now()
    const outcome = await restoreBackup(db, backup.bytes, { audit: { actor: 'bench' } })
    const restoreMs = performance.now() - t2
    expect(outcome.ok).toBe(true)
    console.warn(
      JSON.stringify({
        seed_ms: Math.round(seedMs),
        backup_ms: Math.round(backupMs),
        restore_ms: Math.round(restoreMs),
        backup_bytes: backup.bytes.length,
        phases,
        counts: backup.manifest.counts,
      }),
    )
  })
})
