/**
 * 载入示例 (demo): the sample generator's signed bundles for 30 villages, imported like any files
 * (so the demo goes through verification too). Two bundles per village, one village's earlier
 * bundle left out so the table shows a chain warning.
 *
 * loadTownshipSample(ctx, onProgress?) → ImportReport
 */
import { todayIso } from '@/domain/calendar/clock'
import { townshipSampleBundles } from './sampleBundles'
import type { TownshipContext } from './context'
import { fileOfBytes, importBundles, type ImportProgress, type ImportReport } from './importBundles'

export async function loadTownshipSample(ctx: TownshipContext, onProgress?: ImportProgress): Promise<ImportReport> {
  const year = Number(todayIso(ctx.clock).slice(0, 4))
  const bundles = await townshipSampleBundles({ year, bundlesPerVillage: 2, gapAt: [6] })
  return importBundles(
    ctx,
    bundles.map((b) => fileOfBytes(b.fileName, b.bytes)),
    onProgress,
  )
}
