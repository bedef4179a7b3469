import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { computeCheckDigit } from '@/domain/people/idNumber'
import { cellText, parseRosterWorkbook } from './parse'
import { RosterFileError } from './fileError'

const id = (first17: string) => first17 + computeCheckDigit(first17)
const ID_A = id('41138119800101001')
const ID_B = id('41138119820202002')

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  build(wb)
  return new Uint8Array(await wb.xlsx.writeBuffer())
}

const HEADER = ['户号', '与户主关系', '姓名', '公民身份号码', '联系电话', '村民小组']

describe('parseRosterWorkbook: finding the header', () => {
  it('finds a header under a merged title and blank rows, and maps columns by header', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('Sheet1')
      ws.mergeCells('A1:H1')
      ws.getCell('A1').value = '张庄村村民花名册'
      ws.getRow(2).values = ['填报单位：张庄村委会']
      ws.getRow(4).values = ['序号', '姓 名', '民族', '身份证号码', '户编号', '关系', '电话', '小组']
      ws.getRow(5).values = [1, '王大山', '汉', ID_A, '0001', '户主', '13800138000', '一组']
    })
    const parsed = await parseRosterWorkbook(bytes)
    expect(parsed.sheetName).toBe('Sheet1')
    expect(parsed.headerRow).toBe(4)
    expect(parsed.columns.map((c) => [c.key, c.column])).toEqual([
      ['name', 2],
      ['idNumber', 4],
      ['householdNo', 5],
      ['relation', 6],
      ['phone', 7],
      ['groupName', 8],
    ])
    expect(parsed.ignoredColumns).toEqual([
      { header: '序号', column: 1 },
      { header: '民族', column: 3 },
    ])
    expect(parsed.rows).toEqual([
      {
        row: 5,
        householdNo: '0001',
        relation: '户主',
        name: '王大山',
        idNumber: ID_A,
        phone: '13800138000',
        groupName: '一组',
        status: '',
        note: '',
        cellProblems: [],
      },
    ])
  })

  it('skips sheets without a header and reads the first one that has it', async () => {
    const bytes = await xlsx((wb) => {
      wb.addWorksheet('封面').getCell('A1').value = '2024年花名册'
      const ws = wb.addWorksheet('名单')
      ws.getRow(1).values = HEADER
      ws.getRow(2).values = ['0001', '户主', '王大山', ID_A, '', '一组']
    })
    const parsed = await parseRosterWorkbook(bytes)
    expect(parsed.sheetName).toBe('名单')
    expect(parsed.rows).toHaveLength(1)
  })

  it('only looks at the first 15 rows for the header', async () => {
    const bytes = await xlsx((wb) => {
      wb.addWorksheet('Sheet1').getRow(16).values = HEADER
    })
    await expect(parseRosterWorkbook(bytes)).rejects.toThrow(/没有找到花名册的表头/)
  })

  it('refuses a header that lacks a required column, naming it', async () => {
    const bytes = await xlsx((wb) => {
      wb.addWorksheet('Sheet1').getRow(1).values = ['姓名', '身份证号', '电话']
    })
    const err = await parseRosterWorkbook(bytes).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(RosterFileError)
    expect((err as Error).message).toContain('缺少“户号”、“与户主关系”、“村民小组”列')
  })

  it('explains .xls and non-Excel files', async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])
    await expect(parseRosterWorkbook(xls)).rejects.toThrow(/另存为” \.xlsx/)
    await expect(parseRosterWorkbook(new TextEncoder().encode('姓名,身份证号\n'))).rejects.toThrow(/无法读取这个文件/)
  })
})

describe('parseRosterWorkbook: reading cells', () => {
  it('reads rich text, formula results, hyperlinks, dates and numbers; normalises full-width input', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('Sheet1')
      ws.getRow(1).values = [...HEADER, '备注']
      ws.getRow(2).values = [
        '0001',
        '户主',
        '王大山',
        ID_A.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
        '１３８ ００１３ ８０００',
        '一 组',
        '',
      ]
      ws.getRow(3).values = [12, '妻子', '', '', 13800138001, '', '']
      ws.getCell('C3').value = { richText: [{ text: '李' }, { text: '秀英', font: { bold: true } }] }
      ws.getCell('D3').value = { formula: `"${ID_B}"`, result: ID_B }
      ws.getCell('G3').value = new Date(Date.UTC(2024, 2, 5))
      ws.getRow(4).values = ['0001', '子', '王小明', '']
      ws.getCell('D4').value = { text: ID_A, hyperlink: 'http://example.invalid' }
    })
    const { rows } = await parseRosterWorkbook(bytes)
    expect(rows.map((r) => [r.row, r.householdNo, r.relation, r.name, r.idNumber, r.phone, r.groupName, r.note])).toEqual([
      [2, '0001', '户主', '王大山', ID_A, '138 0013 8000', '一组', ''],
      [3, '12', '妻子', '李秀英', ID_B, '13800138001', '', '2024-03-05'],
      [4, '0001', '子', '王小明', ID_A, '', '', ''],
    ])
  })

  it('flags an 18-digit ID stored as a number (digits lost) but reads a 15-digit one', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('Sheet1')
      ws.getRow(1).values = HEADER
      ws.getRow(2).values = ['0001', '户主', '王大山', Number(ID_A), '', '一组']
      ws.getRow(3).values = ['0001', '子', '王小明', 411381700101123, '', '']
    })
    const { rows } = await parseRosterWorkbook(bytes)
    expect(rows[0]?.cellProblems).toEqual([
      { key: 'idNumber', message: '身份证号被Excel存成了数字，末尾几位已丢失，请把该列设为文本后重新填写' },
    ])
    expect(rows[1]?.idNumber).toBe('411381700101123')
    expect(rows[1]?.cellProblems).toEqual([])
  })

  it('skips empty rows (and rows filled only in ignored columns) but keeps Excel row numbers', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('Sheet1')
      ws.getRow(1).values = ['序号', ...HEADER]
      ws.getRow(2).values = [1, '0001', '户主', '王大山', ID_A, '', '一组']
      ws.getRow(4).values = [2]
      ws.getRow(5).values = [3, '0001', '妻子', '李秀英', ID_B, '', '']
      ws.getRow(9).getCell(3).value = '   '
    })
    const { rows } = await parseRosterWorkbook(bytes)
    expect(rows.map((r) => r.row)).toEqual([2, 5])
  })

  it('reads 户号 and 村民小组 merged down a household on every member row', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('Sheet1')
      ws.getRow(1).values = HEADER
      ws.getRow(2).values = ['0007', '户主', '王大山', ID_A, '', '三组']
      ws.getRow(3).values = [null, '妻子', '李秀英', ID_B, '', null]
      ws.mergeCells('A2:A3')
      ws.mergeCells('F2:F3')
    })
    const { rows } = await parseRosterWorkbook(bytes)
    expect(rows.map((r) => [r.householdNo, r.groupName])).toEqual([
      ['0007', '三组'],
      ['0007', '三组'],
    ])
  })

  it('reports progress from 0 to the row count', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('Sheet1')
      ws.getRow(1).values = HEADER
      for (let r = 2; r <= 1201; r++) ws.getRow(r).values = ['0001', '子', `人${r}`, ID_A, '', '']
    })
    const calls: [number, number][] = []
    const { rows } = await parseRosterWorkbook(bytes, (done, total) => calls.push([done, total]))
    expect(rows).toHaveLength(1200)
    expect(calls[0]).toEqual([0, 1200])
    expect(calls.at(-1)).toEqual([1200, 1200])
    expect(calls.map(([d]) => d)).toEqual([...calls.map(([d]) => d)].sort((a, b) => a - b))
    expect(calls.length).toBeGreaterThan(2)
  })
})

describe('cellText', () => {
  it('turns every exceljs value kind into text', () => {
    expect(cellText(null)).toEqual({ text: '', kind: 'empty' })
    expect(cellText('王')).toEqual({ text: '王', kind: 'text' })
    expect(cellText(true)).toEqual({ text: 'TRUE', kind: 'boolean' })
    expect(cellText(411381700101123)).toEqual({ text: '411381700101123', kind: 'number', number: 411381700101123 })
    // no exponent form, even when the value has lost its last digits
    expect(cellText(4.11381198001011e17).text).toBe('411381198001011008')
    expect(cellText(new Date(Date.UTC(2024, 2, 5)))).toEqual({ text: '2024-03-05', kind: 'date' })
    expect(cellText({ error: '#N/A' })).toEqual({ text: '#N/A', kind: 'error' })
    expect(cellText({ sharedFormula: 'A1', result: 7 } as ExcelJS.CellSharedFormulaValue)).toEqual({
      text: '7',
      kind: 'number',
      number: 7,
      formula: true,
    })
    expect(cellText({ formula: 'A1' } as ExcelJS.CellFormulaValue)).toEqual({ text: '', kind: 'empty', formula: true })
    expect(cellText({ formula: 'A1', result: { error: '#REF!' } } as ExcelJS.CellFormulaValue)).toEqual({
      text: '#REF!',
      kind: 'error',
      formula: true,
    })
  })
})

describe('parseRosterWorkbook: cell types (issue 11: booleans, errors, dates, numbers and formulas got in)', () => {
  async function typedRows(): Promise<Uint8Array> {
    return xlsx((wb) => {
      const ws = wb.addWorksheet('Sheet1')
      ws.getRow(1).values = HEADER
      const put = (r: number, values: ExcelJS.CellValue[]) => values.forEach((v, i) => (ws.getCell(r, i + 1).value = v))
      put(2, ['0001', '户主', true, ID_A, '', '一组'])
      put(3, ['0001', '子', { error: '#N/A' }, ID_B, '', ''])
      put(4, ['0001', '子', new Date(Date.UTC(2024, 0, 1)), ID_B, '', ''])
      put(5, ['0001', '子', 42, ID_B, '', ''])
      put(6, [12, '子', '王五', ID_B, '', ''])
      put(7, [new Date(Date.UTC(2024, 0, 1)), false, '王五', ID_B, '', { error: '#REF!' }])
      put(8, ['0001', '子', { formula: '"王"&"五"', result: '王五' }, { formula: `"${ID_B}"`, result: ID_B }, '', ''])
      put(9, ['0001', '子', '王五', { error: '#VALUE!' }, '', 3])
    })
  }

  it('refuses a logical value, an error, a date or a number where a name or 户号 belongs, and says which column', async () => {
    const { rows } = await parseRosterWorkbook(await typedRows())
    const problems = rows.map((r) => r.cellProblems.map((p) => `${p.key}：${p.message}`))
    expect(problems).toEqual([
      ['name：该单元格是Excel的逻辑值（TRUE），不是文字，请改为直接填写'],
      ['name：该单元格是Excel的错误值（#N/A），请改为直接填写'],
      ['name：该单元格是日期格式，不是文字，请把该列设为文本后重新填写'],
      ['name：该单元格是数字，不是姓名，请核对'],
      ['householdNo：户号被Excel存成了数字（12，前导0会丢失），请把该列设为文本后重新填写'],
      [
        'householdNo：该单元格是日期格式，不是文字，请把该列设为文本后重新填写',
        'relation：该单元格是Excel的逻辑值（FALSE），不是文字，请改为直接填写',
        'groupName：该单元格是Excel的错误值（#REF!），请改为直接填写',
      ],
      // a formula's cached result is read, and flagged: it may be stale
      ['idNumber：该单元格是公式，已按其上次计算结果读取，请改为直接填写', 'name：该单元格是公式，已按其上次计算结果读取，请改为直接填写'],
      // a number as 村民小组 (3 for 三组) is text enough; an error as an ID is not
      ['idNumber：该单元格是Excel的错误值（#VALUE!），请改为直接填写'],
    ])
    expect(rows[7]?.groupName).toBe('3')
  })

  it('turns each into a bad row naming the row, the column letter and its header', async () => {
    const { runRosterImport } = await import('./pipeline')
    const { validation } = await runRosterImport(await typedRows(), { idNumbers: [], householdNos: [] }, '2026-03-01')
    expect(validation.goodRows).toEqual([])
    const first = validation.badRows.find((b) => b.row === 2)!.problems
    expect(first).toContain('第2行 TRUE C列（姓名）：该单元格是Excel的逻辑值（TRUE），不是文字，请改为直接填写')
    const formula = validation.badRows.find((b) => b.row === 8)!.problems
    expect(formula).toContain('第8行 王五 D列（公民身份号码）：该单元格是公式，已按其上次计算结果读取，请改为直接填写')
  })
})
