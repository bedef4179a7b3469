import ExcelJS from 'exceljs'
import { describe, expect, it, vi } from 'vitest'
import { useFreshTownshipDbs } from '@/db/township/testDb'
import { fixedClock } from '@/domain/calendar/clock'
import { townshipSampleBundles, type SampleBundle } from './sampleBundles'
import type { TownshipContext } from './context'
import { exportTableXlsx } from './exportTable'
import { fileOfBytes, importBundles } from './importBundles'
import { appMode, forgetAppMode, setAppMode } from './mode'
import { bundlePdf, importLog, listVillages, villageDetail } from './villages'

const freshDb = useFreshTownshipDbs('township-test')
const context = (): TownshipContext => ({ db: freshDb(), clock: fixedClock('2026-08-01T02:00:00.000Z') })

let samples: Promise<SampleBundle[]> | undefined
const three = () => (samples ??= townshipSampleBundles({ villages: 3, year: 2026 }))
const file = (b: SampleBundle) => fileOfBytes(b.fileName, b.bytes)

/** The bundle with one digit of a date inside data/matters.json changed: a signed file altered. */
function tampered(b: SampleBundle) {
  const bytes = b.bytes.slice()
  const marker = new TextEncoder().encode('"decidedOn":"2026-')
  outer: for (let i = 0; i < bytes.length - marker.length; i++) {
    for (let j = 0; j < marker.length; j++) if (bytes[i + j] !== marker[j]) continue outer
    const at = i + marker.length + 1 // the second digit of the month
    bytes[at] = bytes[at] === 0x31 ? 0x32 : 0x31
    return fileOfBytes(`改过的-${b.fileName}`, bytes)
  }
  throw new Error('no matter date in the sample bundle')
}

async function stored(ctx: TownshipContext) {
  return { bundles: await ctx.db.bundles.count(), files: await ctx.db.bundleFiles.count() }
}

describe('importBundles', () => {
  it('imports verified bundles: one row per village in the table', async () => {
    const ctx = context()
    const progress: string[] = []
    const report = await importBundles(ctx, (await three()).map(file), (done, total) => progress.push(`${done}/${total}`))
    expect(report).toMatchObject({ imported: 3, duplicates: 0, refused: 0 })
    expect(progress).toEqual(['0/3', '1/3', '2/3', '3/3'])
    expect(await stored(ctx)).toEqual({ bundles: 3, files: 3 })
    const rows = await listVillages(ctx, 2026)
    expect(rows.map((r) => r.name)).toEqual(['宅子村', '东风村', '西岭村'])
    expect(rows.every((r) => r.mattersDecided + r.mattersRejected > 0)).toBe(true)
    expect(rows.every((r) => r.lastBundleOn.startsWith('2026-07-0'))).toBe(true)
  })

  it('refuses a tampered bundle with the file named and the reason, and stores nothing of it', async () => {
    const ctx = context()
    const [a, b, c] = await three()
    const bad = tampered(b!)
    const report = await importBundles(ctx, [file(a!), bad, file(c!)])
    expect(report).toMatchObject({ imported: 2, refused: 1 })
    const refused = report.outcomes[1]!
    expect(refused).toMatchObject({ fileName: bad.name, outcome: 'refused', villageName: '东风村' })
    expect(refused.reasons.join('\n')).toContain('data/matters.json')
    expect(refused.reasons.join('\n')).toContain('被改动')
    expect(await stored(ctx)).toEqual({ bundles: 2, files: 2 })
    expect((await listVillages(ctx, 2026)).map((r) => r.name)).toEqual(['宅子村', '西岭村'])
    const log = await importLog(ctx)
    expect(log.map((l) => l.outcome)).toEqual(['imported', 'refused', 'imported'])
    expect(log[1]!.reasons).toEqual(refused.reasons)
  })

  it('refuses what is not a bundle at all, and one cut short', async () => {
    const ctx = context()
    const [a] = await three()
    const report = await importBundles(ctx, [
      fileOfBytes('随便.zip', new TextEncoder().encode('not a zip')),
      fileOfBytes('半截.zip', a!.bytes.slice(0, a!.bytes.length - 10)),
      { name: '太大.zip', size: 3 * 1024 ** 3, read: () => Promise.reject(new Error('must not be read')) },
      { name: '读不出.zip', size: 10, read: () => Promise.reject(new Error('gone')) },
    ])
    expect(report.refused).toBe(4)
    expect(report.outcomes.every((o) => o.reasons.length > 0)).toBe(true)
    expect(report.outcomes[2]!.reasons[0]).toContain('超过上限')
    expect(report.outcomes[3]!.reasons).toEqual(['无法读取这个文件'])
    expect(await stored(ctx)).toEqual({ bundles: 0, files: 0 })
  })

  it('imports the same file once: a second time is reported, not written', async () => {
    const ctx = context()
    const [a] = await three()
    await importBundles(ctx, [file(a!)])
    const again = await importBundles(ctx, [fileOfBytes('副本.zip', a!.bytes)])
    expect(again).toMatchObject({ imported: 0, duplicates: 1 })
    expect(await stored(ctx)).toEqual({ bundles: 1, files: 1 })
  })

  it('all or nothing: a failure while writing leaves nothing of that bundle, and the next one still imports', async () => {
    const ctx = context()
    const [a, b] = await three()
    const add = vi.spyOn(ctx.db.bundleFiles, 'add').mockRejectedValueOnce(new Error('磁盘已满'))
    const report = await importBundles(ctx, [file(a!), file(b!)])
    add.mockRestore()
    expect(report.outcomes.map((o) => o.outcome)).toEqual(['refused', 'imported'])
    expect(report.outcomes[0]!.reasons[0]).toContain('未导入任何内容')
    expect(await stored(ctx)).toEqual({ bundles: 1, files: 1 })
    expect((await ctx.db.bundles.toArray()).map((r) => r.villageName)).toEqual(['东风村'])
    // the attempt is logged once, as refused; the rolled-back 'imported' line is gone with the rest
    expect((await importLog(ctx)).map((l) => l.outcome)).toEqual(['imported', 'refused'])
  })

  it('shows a chain warning for a village whose previous bundle was never imported', async () => {
    const ctx = context()
    const bundles = await townshipSampleBundles({ villages: 2, year: 2026, bundlesPerVillage: 2, gapAt: [1] })
    await importBundles(ctx, bundles.map(file))
    const rows = await listVillages(ctx, 2026)
    expect(rows.map((r) => [r.name, r.bundleCount, r.warnings.map((w) => w.code)])).toEqual([
      ['宅子村', 2, []],
      ['东风村', 1, ['chain.gap']],
    ])
  })
})

describe('drill-down and export', () => {
  it('lists a village’s matters with their PDFs, and reads a PDF out of the stored bundle', async () => {
    const ctx = context()
    const [a] = await three()
    await importBundles(ctx, [file(a!)])
    const detail = (await villageDetail(ctx, a!.villageCode, 2026))!
    expect(detail.row.name).toBe('宅子村')
    expect(detail.bundles).toHaveLength(1)
    const withPdf = detail.matters.find((m) => m.pdfs.length > 0)!
    expect(withPdf.pdfs[0]!.name).toContain(withPdf.title)
    const pdf = await bundlePdf(ctx, withPdf.pdfs[0]!.bundleSha256, withPdf.pdfs[0]!.name)
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-')
    await expect(bundlePdf(ctx, withPdf.pdfs[0]!.bundleSha256, '没有.pdf')).rejects.toThrow('没有')
    expect(await villageDetail(ctx, '999999999999', 2026)).toBeNull()
  })

  it('exports the table to Excel: title, headers, one row per village', async () => {
    const ctx = context()
    await importBundles(ctx, (await three()).map(file))
    const { bytes, fileName } = await exportTableXlsx(ctx, 2026, '罗庄镇')
    expect(fileName).toBe('乡镇汇总-2026年度-2026-08-01.xlsx')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
    const sheet = wb.getWorksheet('乡镇汇总')!
    expect(sheet.getCell(1, 1).value).toBe('罗庄镇2026年度各村报送情况汇总表')
    // two header rows (groups), then the villages
    expect(sheet.getCell(4, 2).value).toBe('村名')
    expect(sheet.getCell(4, 4).value).toBe('决议通过')
    expect(sheet.getCell(3, 4).value).toBe('本年四议两公开')
    const names = [5, 6, 7].map((r) => sheet.getCell(r, 2).value)
    expect(names).toEqual(['宅子村', '东风村', '西岭村'])
    expect(sheet.getCell(8, 2).value).toBeNull()
    const rows = await listVillages(ctx, 2026)
    expect(sheet.getCell(5, 4).value).toBe(rows[0]!.mattersDecided)
  })
})

describe('app mode', () => {
  it('is 村委会 until 乡镇 is chosen, and the choice is kept', async () => {
    const ctx = context()
    forgetAppMode()
    expect(await appMode(ctx)).toBe('village')
    await setAppMode(ctx, 'township')
    forgetAppMode()
    expect(await appMode(ctx)).toBe('township')
    forgetAppMode()
  })
})
