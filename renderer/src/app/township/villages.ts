/**
 * 乡镇汇总的读取 (reading the township table and a village's detail).
 *
 *   listVillages(ctx, year)             → VillageRow[] (domain/township/summary.ts), by 区划代码
 *   villageDetail(ctx, code, year)      → { row, matters, bundles, pdfs } or null for an unknown village:
 *                                         matters with their PDFs (drilldown.ts), the village's
 *                                         bundles newest first, and every PDF the bundles hold
 *   bundlePdf(ctx, sha256, name)        → the PDF's bytes, read from the stored bundle file
 *   importLog(ctx)                      → every import attempt, newest first
 *   yearsOnFile(ctx, thisYear)          → the years the table can show (this year and every year a
 *                                         bundle's 报送期间 touches), newest first
 */
import { bundleFile, bundlesOfVillage, listBundles, listImportLog, type TownshipBundleRow, type TownshipImportLogRow } from '@/db/township'
import { byCreation } from '@/domain/township/chain'
import { villageMatters, type MatterLine } from '@/domain/township/drilldown'
import { summariseVillage, summariseVillages, type ReceivedBundle, type VillageRow } from '@/domain/township/summary'
import { LIMITS } from '@/exchange/bundle/format.mjs'
import { extractEntry, readZipDirectory } from '@/exchange/bundle/zip.mjs'
import type { TownshipContext } from './context'

export type { MatterLine, VillageRow, TownshipImportLogRow }

export function receivedOf(row: TownshipBundleRow): ReceivedBundle {
  return {
    sha256: row.sha256,
    village: { name: row.villageName, code: row.villageCode },
    period: row.period,
    createdAt: row.createdAt,
    previousBundleSha256: row.previousBundleSha256,
    fingerprint: row.fingerprint,
    rotatedFrom: row.rotatedFrom,
    data: row.data,
    pdfNames: row.pdfNames,
  }
}

export async function listVillages(ctx: TownshipContext, year: number): Promise<VillageRow[]> {
  return summariseVillages((await listBundles(ctx.db)).map(receivedOf), { year })
}

export interface BundleLine {
  sha256: string
  fileName: string
  period: { from: string; to: string }
  createdAt: string
  importedAt: string
  fingerprint: string
  personData: 'masked' | 'full'
  pdfCount: number
}

export interface VillageDetail {
  row: VillageRow
  matters: MatterLine[]
  bundles: BundleLine[]
  pdfs: { name: string; bundleSha256: string }[]
}

export async function villageDetail(ctx: TownshipContext, code: string, year: number): Promise<VillageDetail | null> {
  const rows = (await bundlesOfVillage(ctx.db, code)).sort(byCreation).reverse()
  if (rows.length === 0) return null
  const received = rows.map(receivedOf)
  const seen = new Set<string>()
  const pdfs: VillageDetail['pdfs'] = []
  for (const r of rows)
    for (const name of r.pdfNames)
      if (!seen.has(name)) {
        seen.add(name)
        pdfs.push({ name, bundleSha256: r.sha256 })
      }
  return {
    row: summariseVillage(received, { year }),
    matters: villageMatters(received, { year }),
    bundles: rows.map((r) => ({
      sha256: r.sha256,
      fileName: r.fileName,
      period: r.period,
      createdAt: r.createdAt,
      importedAt: r.importedAt,
      fingerprint: r.fingerprint,
      personData: r.personData,
      pdfCount: r.pdfNames.length,
    })),
    pdfs: pdfs.sort((a, b) => b.name.localeCompare(a.name)),
  }
}

export async function bundlePdf(ctx: TownshipContext, sha256: string, name: string): Promise<Uint8Array> {
  const bytes = await bundleFile(ctx.db, sha256)
  if (!bytes) throw new Error('找不到这个报送包')
  const directory = readZipDirectory(bytes, LIMITS)
  if (directory.fatal !== null) throw new Error(directory.fatal)
  const entry = directory.entries.find((e) => e.name === `pdf/${name}`)
  if (!entry) throw new Error(`报送包中没有“${name}”`)
  const got = extractEntry(bytes, entry)
  if (got.error !== undefined) throw new Error(got.error)
  return got.data
}

export function importLog(ctx: TownshipContext): Promise<TownshipImportLogRow[]> {
  return listImportLog(ctx.db)
}

export async function yearsOnFile(ctx: TownshipContext, thisYear: number): Promise<number[]> {
  const years = new Set<number>([thisYear])
  for (const b of await listBundles(ctx.db)) {
    const from = Number(b.period.from.slice(0, 4))
    const to = Number(b.period.to.slice(0, 4))
    for (let y = from; y <= to && y - from < 50; y++) years.add(y)
  }
  return [...years].sort((a, b) => b - a)
}
