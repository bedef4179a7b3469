/**
 * Loading the sample village (示例村数据). Refuses a non-empty database, so demo data can never mix
 * with a real village's records; everything is written in one transaction with one audit entry.
 */
import { generateSampleVillage, sampleSizes, type SampleSize } from '@/sample/generateVillage'
import { appendAudit } from '../audit/log'
import type { XiangyueDb } from '../schema'
import { isDatabaseEmpty } from './village'

export class SampleRefusedError extends Error {}

export async function loadSampleVillage(
  db: XiangyueDb,
  size: SampleSize,
  actor: string,
): Promise<{ households: number; villagers: number }> {
  const sample = generateSampleVillage(size)
  await db.transaction('rw', [db.households, db.villagers, db.grids, db.auditLog, db.settings], async () => {
    const state = await isDatabaseEmpty(db)
    if (!state.empty) throw new SampleRefusedError(`示例数据只能载入空数据库：${state.reason}。`)
    await db.grids.bulkAdd(sample.grids)
    await db.households.bulkAdd(sample.households)
    await db.villagers.bulkAdd(sample.villagers)
    await appendAudit(db, {
      actor,
      action: 'seed',
      table: 'villagers',
      recordId: 'sample',
      summary: `载入示例村数据（${sampleSizes[size].label}，均标记为示例）`,
      after: { households: sample.households.length, villagers: sample.villagers.length },
    })
  })
  return { households: sample.households.length, villagers: sample.villagers.length }
}
