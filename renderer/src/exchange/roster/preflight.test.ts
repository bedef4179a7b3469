import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { rawEntry, writeZip } from './fuzzCases.node'
import { parseRosterWorkbook } from './parse'
import { columnNumber, IMPORT_LIMITS, preflightXlsx, readZipDirectory, sheetShape } from './preflight'
import { RosterFileError } from './fileError'
import { sampleRosterCells } from './sampleRoster.node'
import { rosterWorkbookFromCells } from './testWorkbook.node'

/** A minimal zip shaped like an .xlsx with one worksheet of the given XML. */
function fakeXlsx(sheetXml: string): Uint8Array {
  return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/worksheets/sheet1.xml': strToU8(sheetXml) })
}

function sheet(rows: number, merges: string[] = []): string {
  let xml = '<worksheet><sheetData>'
  for (let r = 1; r <= rows; r++) xml += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>x</t></is></c><c r="C${r}"/></row>`
  xml += '</sheetData>'
  if (merges.length) xml += `<mergeCells>${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
  return xml + '</worksheet>'
}

function refusal(bytes: Uint8Array): string {
  try {
    preflightXlsx(bytes)
  } catch (err) {
    expect(err).toBeInstanceOf(RosterFileError)
    return (err as Error).message
  }
  return ''
}

describe('preflight: an .xlsx is bounded before exceljs opens it', () => {
  it('reads the central directory without inflating', () => {
    const entries = readZipDirectory(fakeXlsx(sheet(3)))
    expect(entries.map((e) => e.name)).toEqual(['[Content_Types].xml', 'xl/worksheets/sheet1.xml'])
    expect(entries[1]!.uncompressedSize).toBe(strToU8(sheet(3)).length)
  })

  it('refuses a zip bomb from its directory alone (the promised size is over the limit)', () => {
    const bytes = fakeXlsx(sheet(3))
    // Patch the central directory's uncompressed size of the sheet to 500 MB: nothing is inflated.
    const entries = readZipDirectory(bytes)
    let at = bytes.length - 22
    while (!(bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 0x05 && bytes[at + 3] === 0x06)) at--
    let cd = bytes[at + 16]! | (bytes[at + 17]! << 8) | (bytes[at + 18]! << 16) | (bytes[at + 19]! << 24)
    cd += 46 + entries[0]!.name.length
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(cd + 24, 500 * 1024 * 1024, true)
    expect(refusal(bytes)).toContain('解压后有 500 MB')
  })

  it('refuses a real high-ratio bomb: 70 MB of zeros in a small file', () => {
    const zeros = new Uint8Array(IMPORT_LIMITS.maxUncompressedBytes + 6 * 1024 * 1024)
    const bytes = zipSync({ 'xl/worksheets/sheet1.xml': zeros }, { level: 9 })
    expect(bytes.length).toBeLessThan(200 * 1024)
    expect(refusal(bytes)).toContain('压缩炸弹')
  })

  it('refuses one merge over the whole sheet (A1:XFD1048576) at once', () => {
    const t0 = performance.now()
    expect(refusal(fakeXlsx(sheet(3, ['A1:XFD1048576'])))).toContain('合并单元格 A1:XFD1048576 超出了表格内容的范围')
    expect(performance.now() - t0).toBeLessThan(5000) // generous: exceljs took 26 s and 3 GB
  })

  it('refuses a whole ignored column merged in a 50-row file, and names the range', () => {
    expect(refusal(fakeXlsx(sheet(50, ['D1:D1048576'])))).toContain('D1:D1048576')
  })

  it('accepts a title merged across the header width and a household column merged down its rows', () => {
    expect(refusal(fakeXlsx(sheet(50, ['A1:H1', 'C3:C6'])))).toBe('')
  })

  it('takes exactly the row limit and refuses one more', () => {
    const shape = sheetShape(sheet(2))
    expect(shape).toMatchObject({ rows: 2, lastRow: 2, lastColumn: 3 })
    expect(refusal(fakeXlsx(sheet(IMPORT_LIMITS.maxRows)))).toBe('')
    expect(refusal(fakeXlsx(sheet(IMPORT_LIMITS.maxRows + 1)))).toContain('超过一个村花名册可能的30,000行')
  })

  it('refuses garbage and a file with no worksheet as “not an Excel file”', () => {
    expect(refusal(new Uint8Array([1, 2, 3]))).toContain('无法读取这个文件')
    expect(refusal(zipSync({ 'a.txt': strToU8('hi') }))).toContain('无法读取这个文件')
  })

  it('reads column letters', () => {
    expect([columnNumber('A'), columnNumber('Z'), columnNumber('AA'), columnNumber('XFD')]).toEqual([1, 26, 27, 16384])
  })

  it('lets a real roster through to the parser', async () => {
    const bytes = await rosterWorkbookFromCells(sampleRosterCells(40))
    expect(refusal(bytes)).toBe('')
    const parsed = await parseRosterWorkbook(bytes)
    expect(parsed.rows).toHaveLength(40)
  })

  // Found by fuzz.test.ts: the corners were taken in the written order, so a reversed whole-column
  // merge passed (its “far” corner was row 3) and exceljs spent ~47 s expanding it.
  it('reads a reversed merge (C1048576:C3) as the range it covers, and refuses it at once', () => {
    const t0 = performance.now()
    expect(refusal(fakeXlsx(sheet(50, ['C1048576:C3'])))).toContain('合并单元格 C3:C1048576 超出了表格内容的范围')
    expect(refusal(fakeXlsx(sheet(50, ['B5:A1'])))).toBe('')
    expect(sheetShape(sheet(2, ['B5:A1'])).merges).toEqual([{ from: { column: 1, row: 1 }, to: { column: 2, row: 5 } }])
    expect(performance.now() - t0).toBeLessThan(5000)
  })

  it('refuses overlapping merges, naming both (exceljs only said the file was damaged)', () => {
    expect(refusal(fakeXlsx(sheet(50, ['A1:H1', 'A3:B6', 'B5:C8'])))).toContain('合并单元格 A3:B6 与 B5:C8 互相重叠')
    expect(refusal(fakeXlsx(sheet(50, ['A1:H1', 'A1:B2'])))).toContain('A1:H1 与 A1:B2 互相重叠')
    expect(refusal(fakeXlsx(sheet(50, ['A1:H1', 'A2:H2', 'C3:C6', 'C7:C9'])))).toBe('')
  })

  it('refuses a garbled merge reference', () => {
    expect(refusal(fakeXlsx(sheet(5, ['A1:B2:C3'])))).toContain('无法识别的合并单元格“A1:B2:C3”')
  })

  // Found by fuzz.test.ts: only the worksheets were inflated, trusting the directory for the rest,
  // so a part claiming 4 KB that inflates to 72 MB went through to exceljs, which inflates it whole.
  it('refuses an entry that inflates to more than the directory claims, as soon as it does', () => {
    const zeros = new Uint8Array(72 * 1024 * 1024)
    const sheetXml = strToU8(sheet(3))
    const lying = writeZip([rawEntry('xl/worksheets/sheet1.xml', sheetXml), rawEntry('xl/media/image1.png', zeros, 4096)])
    expect(lying.length).toBeLessThan(200 * 1024)
    expect(refusal(lying)).toContain('内部记录的大小与实际内容不符')
    // the worksheet itself lying, and a stored entry whose size does not match
    expect(refusal(writeZip([rawEntry('xl/worksheets/sheet1.xml', sheetXml, 100)]))).toContain('大小与实际内容不符')
    const stored = { ...rawEntry('xl/worksheets/sheet1.xml', sheetXml), method: 0 as const, data: sheetXml, uncompressedSize: 10 }
    expect(refusal(writeZip([stored]))).toContain('大小与实际内容不符')
    // honest sizes still pass
    expect(
      refusal(writeZip([rawEntry('xl/worksheets/sheet1.xml', sheetXml), rawEntry('xl/media/image1.png', zeros.subarray(0, 1024))])),
    ).toBe('')
  })

  it('refuses an unknown compression method', () => {
    const entry = { ...rawEntry('xl/worksheets/sheet1.xml', strToU8(sheet(3))), method: 12 as unknown as 8 }
    expect(refusal(writeZip([entry]))).toContain('无法读取这个文件')
  })
})
