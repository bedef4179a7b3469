/**
 * 载入示例村数据 (the sample village, for training and demos).
 *
 * loadSampleVillage(ctx, size) → { households, villagers } written. Refused (SampleRefusedError,
 * Chinese) when the database already holds people, so demo data can never mix with a real village's
 * records; the check runs inside the unit of work, so a roster imported meanwhile in another window
 * also refuses it. Every record carries sample: true; one audit entry lists them all.
 */
import { isDatabaseEmpty } from '@/db/repositories/village'
import { audited } from '@/db/unitOfWork'
import { generateSampleVillage, sampleSizes, type SampleSize } from '@/sample/generateVillage'
import type { AppContext } from '../context'

export class SampleRefusedError extends Error {}

export { sampleSizes, type SampleSize }

export async function loadSampleVillage(ctx: AppContext, size: SampleSize): Promise<{ households: number; villagers: number }> {
  const sample = generateSampleVillage(size)
  await audited(ctx, ['households', 'villagers', 'grids'], async (work) => {
    const state = await isDatabaseEmpty(work.db)
    if (!state.empty) throw new SampleRefusedError(`示例数据只能载入空数据库：${state.reason}。`)
    await work.addMany(
      [
        { table: 'grids', rows: sample.grids },
        { table: 'households', rows: sample.households },
        { table: 'villagers', rows: sample.villagers },
      ],
      {
        action: 'seed',
        table: 'villagers',
        recordId: 'sample',
        summary: `载入示例村数据（${sampleSizes[size].label}，均标记为示例）`,
        after: { households: sample.households.length, villagers: sample.villagers.length },
      },
    )
  })
  return { households: sample.households.length, villagers: sample.villagers.length }
}
