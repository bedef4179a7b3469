import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { cellText, dataRowCount, formulaCells, openLedger, rowTexts } from './readLedger.node'
import {
  addLedgerSheet,
  DATE_FORMAT,
  excelDateSerial,
  safeSheetName,
  workbookBytes,
  type LedgerColumn,
  type LedgerSheetSpec,
} from './sheet'

type Key = 'no' | 'name' | 'on' | 'count'
const COLUMNS: LedgerColumn<Key>[] = [
  { header: '序号', key: 'no', width: 6, kind: 'number' },
  { header: '名称', key: 'name', width: 30, kind: 'text' },
  { header: '日期', key: 'on', width: 12, kind: 'date' },
  { header: '人数', key: 'count', width: 9, kind: 'number' },
]

async function build(spec: LedgerSheetSpec<Key>) {
  const wb = new ExcelJS.Workbook()
  const layout = addLedgerSheet(wb, spec)
  const opened = await openLedger(await workbookBytes(wb))
  return { layout, ...opened }
}

describe('excelDateSerial', () => {
  it('counts days like Excel’s 1900 system', () => {
    expect(excelDateSerial('1970-01-01')).toBe(25569)
    expect(excelDateSerial('2026-03-01')).toBe(46082)
    expect(excelDateSerial('1900-03-01')).toBe(61)
  })
  it('refuses what is not a real date, and the days Excel’s leap-year bug shifts', () => {
    expect(excelDateSerial('2026-02-29')).toBeNull()
    expect(excelDateSerial('2026-3-1')).toBeNull()
    expect(excelDateSerial('')).toBeNull()
    expect(excelDateSerial('1900-02-28')).toBeNull()
  })
})

describe('safeSheetName', () => {
  it('drops the characters Excel forbids and cuts to 31', () => {
    expect(safeSheetName('a/b\\c?d*e[f]g:h')).toBe('a_b_c_d_e_f_g_h')
    expect(Array.from(safeSheetName('长'.repeat(40)))).toHaveLength(31)
    expect(safeSheetName("''")).toBe('Sheet1')
  })
})

describe('addLedgerSheet', () => {
  const rows = [
    { no: 1, name: '修建村道', on: '2026-03-01', count: 45 },
    { no: 2, name: '=HYPERLINK("http://x","点我")', on: '2026-02-30', count: '未填' },
    { no: 3, name: '', on: undefined, count: null },
  ]

  it('writes the merged title and subtitle, then the header, widths and a frozen header', async () => {
    const { layout, sheet } = await build({ title: '张庄村测试台账', subtitle: '导出时间：今天', columns: COLUMNS, rows })
    expect(layout).toMatchObject({ firstHeaderRow: 3, headerRow: 3, firstDataRow: 4 })
    expect(sheet.name).toBe('张庄村测试台账')
    expect(sheet.getCell('A1').value).toBe('张庄村测试台账')
    expect(sheet.getCell('D1').isMerged).toBe(true)
    expect(sheet.getCell('A2').value).toBe('导出时间：今天')
    expect(sheet.getCell('D2').isMerged).toBe(true)
    expect(rowTexts(sheet, 3)).toEqual(['序号', '名称', '日期', '人数'])
    // 9 is exceljs's default width: it would drop it from the file unless nudged
    expect(sheet.columns.map((c) => Math.round(c.width ?? 0))).toEqual([6, 30, 12, 9])
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 })
    expect(sheet.autoFilter).toBe('A3:D6')
    expect(dataRowCount(sheet, 3)).toBe(3)
  })

  it('sets A4 landscape, one page wide, the header repeated and page numbers', async () => {
    const { sheet } = await build({ title: 'T', columns: COLUMNS, rows })
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 })
    expect(sheet.pageSetup.printTitlesRow).toBe('2:2')
    expect(sheet.headerFooter.oddFooter).toContain('&P')
  })

  it('writes real dates, numbers as numbers, text as formula-safe text in @ cells', async () => {
    const { sheet, sheetXml } = await build({ title: 'T', columns: COLUMNS, rows })
    const date = sheet.getCell('C3')
    expect(date.value).toBeInstanceOf(Date)
    expect(cellText(date)).toBe('2026-03-01')
    expect(date.numFmt).toBe(DATE_FORMAT)
    expect(sheet.getCell('D3').value).toBe(45)
    expect(sheet.getCell('B4').value).toBe('\'=HYPERLINK("http://x","点我")')
    expect(sheet.getCell('B4').numFmt).toBe('@')
    // not a real date, not a number: kept as text rather than lost
    expect(sheet.getCell('C4').value).toBe('2026-02-30')
    expect(sheet.getCell('D4').value).toBe('未填')
    expect(sheet.getCell('B5').value).toBeNull()
    expect(sheet.getCell('B5').border.top?.style).toBe('thin')
    expect(formulaCells(sheet)).toEqual([])
    expect(sheetXml.join('')).not.toMatch(/<f[ >]/)
  })

  it('draws a two-row header for grouped columns, and repeats both rows', async () => {
    type G = 'title' | 'd1' | 'r1' | 'd2' | 'r2' | 'state'
    const grouped: LedgerColumn<G>[] = [
      { header: '事项', key: 'title', width: 20, kind: 'text' },
      { header: '日期', key: 'd1', width: 12, kind: 'date', group: '①提议' },
      { header: '结果', key: 'r1', width: 12, kind: 'text', group: '①提议' },
      { header: '日期', key: 'd2', width: 12, kind: 'date', group: '②商议' },
      { header: '结果', key: 'r2', width: 12, kind: 'text', group: '②商议' },
      { header: '状态', key: 'state', width: 10, kind: 'text' },
    ]
    const wb = new ExcelJS.Workbook()
    const layout = addLedgerSheet(wb, { title: 'T', columns: grouped, rows: [{ title: 'A', d1: '2026-01-02', r1: '通过' }] })
    const { sheet } = await openLedger(await workbookBytes(wb))
    expect(layout).toMatchObject({ firstHeaderRow: 2, headerRow: 3, firstDataRow: 4 })
    expect(rowTexts(sheet, 2)).toEqual(['事项', '①提议', '①提议', '②商议', '②商议', '状态'])
    expect(rowTexts(sheet, 3)).toEqual(['事项', '日期', '结果', '日期', '结果', '状态'])
    expect(sheet.getCell('C2').isMerged).toBe(true)
    expect(sheet.getCell('A3').isMerged).toBe(true)
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 })
    expect(sheet.pageSetup.printTitlesRow).toBe('2:3')
    expect(cellText(sheet.getCell('B4'))).toBe('2026-01-02')
  })

  it('keeps the header and filter when there are no rows', async () => {
    const { sheet } = await build({ title: 'T', columns: COLUMNS, rows: [], autoFilter: true })
    expect(rowTexts(sheet, 2)).toEqual(['序号', '名称', '日期', '人数'])
    expect(dataRowCount(sheet, 2)).toBe(0)
    expect(sheet.autoFilter).toBe('A2:D3')
  })

  it('refuses a sheet without columns', () => {
    expect(() => addLedgerSheet(new ExcelJS.Workbook(), { title: 'T', columns: [], rows: [] })).toThrow('至少要有一列')
  })
})
