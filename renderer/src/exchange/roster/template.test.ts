import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { parseIdNumber } from '@/domain/people/idNumber'
import { EXAMPLE_ROW_MARKER, ROSTER_COLUMNS } from './columns'
import { parseRosterWorkbook } from './parse'
import { buildRosterTemplate, exampleRow, HELP_SHEET_NAME, TEMPLATE_TITLE } from './template'
import { validateRoster } from './validate'

async function load(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer)
  return wb
}

describe('buildRosterTemplate', () => {
  it('has a merged title, the header row, and the example row on 花名册', async () => {
    const wb = await load(await buildRosterTemplate())
    const ws = wb.getWorksheet('花名册')!
    expect(ws.getCell('A1').value).toBe(TEMPLATE_TITLE)
    expect(ws.getCell('A1').isMerged).toBe(true)
    expect(ws.getCell('H1').master.address).toBe('A1')
    expect(ROSTER_COLUMNS.map((_, i) => ws.getRow(2).getCell(i + 1).value)).toEqual(ROSTER_COLUMNS.map((c) => c.header))
    const example = ROSTER_COLUMNS.map((_, i) => ws.getRow(3).getCell(i + 1).value)
    expect(example).toEqual(Object.values(exampleRow()))
    expect(String(example[2])).toContain('示例')
    expect(String(example[7])).toBe(`（${EXAMPLE_ROW_MARKER}）`)
  })

  it('has a valid-checksum example ID with the 411381 county code, stored as text', async () => {
    const ex = exampleRow()
    expect(ex.idNumber.startsWith('411381')).toBe(true)
    expect(parseIdNumber(ex.idNumber, { today: '2026-01-01' }).ok).toBe(true)
    const ws = (await load(await buildRosterTemplate())).getWorksheet('花名册')!
    expect(typeof ws.getCell('D3').value).toBe('string')
  })

  it('formats the ID, 户号 and phone columns as text and sets widths', async () => {
    const ws = (await load(await buildRosterTemplate())).getWorksheet('花名册')!
    ROSTER_COLUMNS.forEach((c, i) => {
      const column = ws.getColumn(i + 1)
      expect(column.width, c.header).toBe(c.width)
      if (c.text) {
        expect(column.numFmt, c.header).toBe('@')
        // a cell nobody has typed in yet still formats as text
        expect(ws.getCell(500, i + 1).numFmt, c.header).toBe('@')
      }
    })
    expect(ws.getColumn(4).numFmt).toBe('@')
  })

  it('explains every column in plain Chinese on 填写说明', async () => {
    const wb = await load(await buildRosterTemplate())
    expect(wb.worksheets.map((w) => w.name)).toEqual(['花名册', HELP_SHEET_NAME])
    const help = wb.getWorksheet(HELP_SHEET_NAME)!
    const text: string[] = []
    help.eachRow((row) => row.eachCell((cell) => text.push(String(cell.value))))
    for (const c of ROSTER_COLUMNS) {
      expect(text).toContain(c.header)
      expect(text).toContain(c.help)
    }
    expect(text.join('\n')).toContain('1.10105E+17')
  })

  it('parses back to the example row only, which the check skips with a notice', async () => {
    const parsed = await parseRosterWorkbook(await buildRosterTemplate())
    expect(parsed.sheetName).toBe('花名册')
    expect(parsed.headerRow).toBe(2)
    expect(parsed.ignoredColumns).toEqual([])
    expect(parsed.rows.map((r) => r.row)).toEqual([3])
    const v = validateRoster(parsed, { idNumbers: new Map(), householdNos: new Set() }, '2026-01-01')
    expect(v.summary).toMatchObject({ rows: 0, good: 0, bad: 0, skipped: 1 })
    expect(v.notices[0]).toContain('第3行是模板自带的示例行')
  })
})
