import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { ROSTER_COLUMNS } from './columns'
import { addRosterSheet, ROSTER_SHEET_NAME, workbookBytes, type RosterCells } from './layout'

const cells: RosterCells = {
  householdNo: '0012',
  relation: '户主',
  name: '王大山',
  idNumber: '411381198001010011',
  phone: '13800138000',
  groupName: '一组',
  status: '在册',
  note: '',
}

async function roundTrip(build: (wb: ExcelJS.Workbook) => number) {
  const wb = new ExcelJS.Workbook()
  const headerRow = build(wb)
  const back = new ExcelJS.Workbook()
  await back.xlsx.load((await workbookBytes(wb)) as unknown as ExcelJS.Buffer)
  return { headerRow, ws: back.getWorksheet(ROSTER_SHEET_NAME)! }
}

describe('addRosterSheet', () => {
  it('puts the header under the title (and the note when given)', async () => {
    const plain = await roundTrip((wb) => addRosterSheet(wb, { title: 'T', rows: [cells] }))
    expect(plain.headerRow).toBe(2)
    const noted = await roundTrip((wb) => addRosterSheet(wb, { title: 'T', note: 'N', rows: [cells] }))
    expect(noted.headerRow).toBe(3)
    expect(noted.ws.getCell('A2').value).toBe('N')
    expect(noted.ws.getCell('A2').isMerged).toBe(true)
  })

  it('writes every value as a string in a text-formatted cell (leading zeros and 18 digits survive)', async () => {
    const { ws } = await roundTrip((wb) => addRosterSheet(wb, { title: 'T', rows: [cells] }))
    expect(ws.getCell('A3').value).toBe('0012')
    expect(ws.getCell('D3').value).toBe('411381198001010011')
    expect(ws.getCell('D3').numFmt).toBe('@')
  })

  it('freezes the header and sets the autofilter over the data when asked', async () => {
    const { ws } = await roundTrip((wb) =>
      addRosterSheet(wb, { title: 'T', note: 'N', rows: [cells, cells], freezeHeader: true, autoFilter: true }),
    )
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 })
    expect(ws.autoFilter).toBe(`A3:${String.fromCharCode(64 + ROSTER_COLUMNS.length)}5`)
  })

  it('adds relation and status drop-downs that do not block other words', async () => {
    const { ws } = await roundTrip((wb) => addRosterSheet(wb, { title: 'T', rows: [], dropDownRows: 10 }))
    const dv = ws.getCell('B5').dataValidation
    expect(dv.type).toBe('list')
    expect(dv.formulae?.[0]).toContain('户主,配偶')
    expect(dv.showErrorMessage).toBeFalsy()
    expect(ws.getCell('G5').dataValidation.formulae?.[0]).toBe('"在册,迁出,死亡"')
  })
})

describe('workbookBytes', () => {
  it('returns a Uint8Array that is a zip (xlsx)', async () => {
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('x')
    const bytes = await workbookBytes(wb)
    expect(bytes).toBeInstanceOf(Uint8Array)
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b])
  })
})
