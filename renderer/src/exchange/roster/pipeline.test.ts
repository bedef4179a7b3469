/**
 * The whole read-check-plan path on a workbook as secretaries really keep it, and at 10,000 rows.
 */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { computeCheckDigit, convert15To18 } from '@/domain/people/idNumber'
import { rosterWorkbookFromCells } from './testWorkbook.node'
import { runRosterImport } from './pipeline'
import { planRosterImport } from './plan'
import { sampleRosterCells } from './sampleRoster.node'

const TODAY = '2026-03-01'
const id = (first17: string) => first17 + computeCheckDigit(first17)
const fullWidth = (s: string) => s.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))

const ID = {
  wangDaShan: id('41138119750315001'),
  liXiuYing: id('41138119770420002'),
  wangXiaoMing: id('41138120010101003'),
  zhangQiang: id('41138119680808004'),
  zhangLi: id('41138119950909006'),
  dup: id('41138119600606007'),
  inDb: id('41138119550505009'),
  noName: id('41138119880808010'),
  zhouQi: id('41138119990909011'),
  zhengJiu: id('41138119450101013'),
  wangXiaoHong: id('41138120030303024'),
  fengShi: id('41138119850505026'),
}
const OLD15 = '411381700101123'
const badCheck = (s: string) => s.slice(0, 17) + (s.endsWith('0') ? '1' : '0')

async function messyWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('2024年')
  ws.mergeCells('A1:I1')
  ws.getCell('A1').value = '张庄村2024年村民花名册'
  // row 2 blank
  ws.getRow(3).values = [
    '序号',
    '户 号',
    '与户主\n关系',
    '姓\u3000名',
    '公民身份号码（18位）',
    '民族',
    '联系电话（手机）',
    '村民小组',
    '备注',
  ]
  const rows: (string | number | null)[][] = [
    /* 4 */ [1, '0001', '户主', '王大山', fullWidth(ID.wangDaShan), '汉', '１３８００１３８０００', '一组', ''],
    /* 5 */ [2, '0001', '妻子', '李秀英', ID.liXiuYing, '汉', '', '', ''],
    /* 6 */ [3, '0001', '儿子', '王小明', Number(ID.wangXiaoMing), '汉', '', '', ''],
    /* 7 */ [],
    /* 8 */ [4, '0002', '户主', '张 强', badCheck(ID.zhangQiang), '汉', '', '二组', ''],
    /* 9 */ [5, '0002', '女儿', '张丽', ID.zhangLi, '汉', '', '', ''],
    /* 10 */ [6, '0003', '户主', '赵四', ID.dup, '回', '', '三组', ''],
    /* 11 */ [7, '0003', '配偶', '钱五', ID.dup, '汉', '', '', ''],
    /* 12 */ [8, '0004', '户主', '孙六', ID.inDb, '汉', '', '三组', ''],
    /* 13 */ [9, '0005', '户主', '', ID.noName, '汉', '', '一组', ''],
    /* 14 */ [10, '0099', '子', '周七', ID.zhouQi, '汉', '', '', ''],
    /* 15 */ [11, '0006', '户主', '吴八', OLD15, '汉', '0377-61234567', '二组', ''],
    /* 16 */ [12, '0007', '父亲', '郑九', ID.zhengJiu, '汉', '', '', '随子女落户'],
    /* 17 */ [
      13,
      '0001',
      '女',
      '王小红',
      ` ${ID.wangXiaoHong.slice(0, 6)} ${ID.wangXiaoHong.slice(6, 14)} ${ID.wangXiaoHong.slice(14)} `,
      '汉',
      '13800138000/13900139000',
      '',
      '',
    ],
    /* 18 */ [14, '0006', '儿媳', null, null, '汉', '', '', ''],
  ]
  rows.forEach((values, i) => {
    if (values.length > 0) ws.getRow(4 + i).values = values
  })
  ws.getCell('D18').value = { richText: [{ text: '冯' }, { text: '十' }] }
  ws.getCell('E18').value = { formula: `TRIM("${ID.fengShi}")`, result: ID.fengShi }
  return new Uint8Array(await wb.xlsx.writeBuffer())
}

const EXISTING = {
  idNumbers: [[ID.inDb, '王某']] as [string, string][],
  householdNos: ['0007'],
}

describe('importing a messy secretary workbook', async () => {
  const preview = await runRosterImport(await messyWorkbook(), EXISTING, TODAY)
  const v = preview.validation
  const problemsOf = (row: number) => v.badRows.find((b) => b.row === row)?.problems ?? []

  it('finds the header under the title and blank row, ignoring extra columns', () => {
    expect(preview.sheetName).toBe('2024年')
    expect(preview.headerRow).toBe(3)
    expect(preview.ignoredColumns.map((c) => c.header)).toEqual(['序号', '民族'])
  })

  it('reports every bad row with its Excel row number, column letter and a Chinese reason', () => {
    expect(v.badRows.map((b) => b.row)).toEqual([6, 8, 9, 10, 11, 12, 13, 14, 18])
    expect(problemsOf(6)).toEqual([
      '第6行 王小明 E列（公民身份号码）：身份证号被Excel存成了数字，末尾几位已丢失，请把该列设为文本后重新填写',
    ])
    expect(problemsOf(8)[0]).toMatch(/^第8行 张强 E列（公民身份号码）：身份证号校验码不符：按前17位计算，第18位应为“.”/)
    expect(problemsOf(9)).toEqual(['第9行 张丽 B列（户号）：本户户主（第8行 张强）一行有误，改正后本户成员才能导入'])
    expect(problemsOf(10)[0]).toBe('第10行 赵四 E列（公民身份号码）：身份证号与第11行 钱五重复（同一号码在表中出现2次）')
    expect(problemsOf(11)[0]).toBe('第11行 钱五 E列（公民身份号码）：身份证号与第10行 赵四重复（同一号码在表中出现2次）')
    expect(problemsOf(12)).toEqual([
      '第12行 孙六 E列（公民身份号码）：此身份证号已登记为王某，表中姓名为孙六：姓名或号码有误，请核对后再导入',
    ])
    expect(problemsOf(13)).toEqual(['第13行 D列（姓名）：未填写姓名'])
    expect(problemsOf(14)).toEqual(['第14行 周七 B列（户号）：户号 0099 在表中没有“户主”一行，库中也没有这个户号（未知的户号）'])
    // A formula's cached result is not trusted as an ID, even when it checks out.
    expect(problemsOf(18)).toEqual(['第18行 冯十 E列（公民身份号码）：该单元格是公式，已按其上次计算结果读取，请改为直接填写'])
  })

  it('accepts full-width digits, spaced IDs, rich text, a 15-digit ID and a member of a stored household', () => {
    expect(v.goodRows.map((g) => [g.row, g.name, g.idNumber, g.relationToHead, g.phone ?? ''])).toEqual([
      [4, '王大山', ID.wangDaShan, '户主', '13800138000'],
      [5, '李秀英', ID.liXiuYing, '配偶', ''],
      [15, '吴八', convert15To18(OLD15), '户主', '0377-61234567'],
      [16, '郑九', ID.zhengJiu, '父母', ''],
      [17, '王小红', ID.wangXiaoHong, '女', '13800138000'],
    ])
    expect(v.warnings.map((w) => w.row)).toEqual([15, 17])
    expect(v.warnings[0]?.message).toMatch(/^第15行 吴八 E列（公民身份号码）：.*旧15位号码/)
    expect(v.warnings[1]?.message).toMatch(/^第17行 王小红 G列（联系电话）：填了2个电话/)
    expect(v.summary).toEqual({ rows: 14, good: 5, bad: 9, warnings: 2, skipped: 0, householdsToCreate: 2, joiningExisting: 1 })
  })

  it('plans the good rows: two new households with heads, one joiner, nothing else', () => {
    let n = 0
    const plan = planRosterImport(v, {
      today: TODAY,
      existingHouseholdIds: new Map([['0007', 'H-0007']]),
      newId: () => `N${++n}`,
      now: () => '2026-03-01T08:00:00.000Z',
    })
    expect(plan.households.map((h) => [h.householdNo, h.groupName, h.phone ?? '', h.headId])).toEqual([
      ['0001', '一组', '13800138000', plan.villagers[0]?.id],
      ['0006', '二组', '0377-61234567', plan.villagers[2]?.id],
    ])
    const householdOf = new Map(plan.households.map((h) => [h.id, h.householdNo]))
    expect(plan.villagers.map((p) => [p.name, householdOf.get(p.householdId) ?? p.householdId])).toEqual([
      ['王大山', '0001'],
      ['李秀英', '0001'],
      ['吴八', '0006'],
      ['郑九', 'H-0007'],
      ['王小红', '0001'],
    ])
    expect(plan.villagers.find((p) => p.name === '郑九')?.statusHistory).toEqual([
      { status: '在册', from: TODAY, note: 'Excel导入；备注：随子女落户' },
    ])
  })

  it('returns a preview that survives structured cloning (worker → window)', () => {
    expect(structuredClone(preview)).toEqual(preview)
  })
})

describe('importing a generated 10,000-row workbook', () => {
  it('reads and accepts every row (count only; no timing asserted)', async () => {
    const cells = sampleRosterCells(10_000, 7)
    const progress: number[] = []
    const preview = await runRosterImport(
      await rosterWorkbookFromCells(cells),
      { idNumbers: [], householdNos: [] },
      TODAY,
      undefined,
      (done) => progress.push(done),
    )
    const v = preview.validation
    expect(v.summary.rows).toBe(10_000)
    expect(v.summary.bad).toBe(0)
    expect(v.summary.good).toBe(10_000)
    expect(v.summary.householdsToCreate).toBe(new Set(cells.map((c) => c.householdNo)).size)
    expect(v.goodRows[9_999]?.idNumber).toBe(cells[9_999]?.idNumber)
    expect(progress.at(-1)).toBe(10_000)
    expect(progress.length).toBeGreaterThanOrEqual(20)
    const plan = planRosterImport(v, { today: TODAY, existingHouseholdIds: new Map() })
    expect(plan.villagers).toHaveLength(10_000)
    expect(new Set(plan.villagers.map((p) => p.id)).size).toBe(10_000)
  })
})
