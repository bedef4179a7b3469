import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { HouseholdRow, VillagerRow } from '@/db/rows'
import { computeCheckDigit } from '@/domain/people/idNumber'
import { findUnmaskedPersonalNumbers } from '@/domain/people/masking'
import type { RelationToHead, VillagerStatus } from '@/domain/people/model'
import { buildRosterWorkbook, MASKED_NOTE, REVEALED_NOTE } from './export'
import { cellText, parseRosterWorkbook } from './parse'
import { validateRoster } from './validate'

const STAMP = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }
const id = (first17: string) => first17 + computeCheckDigit(first17)

function hh(idv: string, householdNo: string, groupName: string, headId: string): HouseholdRow {
  return { id: idv, householdNo, groupName, address: groupName, status: '在册', headId, ...STAMP }
}
function person(
  idv: string,
  householdId: string,
  name: string,
  idNumber: string,
  relationToHead: RelationToHead,
  phone?: string,
  status: VillagerStatus = '在册',
): VillagerRow {
  const v: VillagerRow = {
    id: idv,
    householdId,
    name,
    idNumber,
    relationToHead,
    statusHistory: [{ status, from: '2020-01-01' }],
    roles: [],
    status,
    ...STAMP,
  }
  if (phone) v.phone = phone
  return v
}

const households = [hh('H10', '0010', '二组', 'V4'), hh('H2', '0002', '一组', 'V1')]
const villagers = [
  person('V2', 'H2', '李秀英', id('41138119820202002'), '配偶', '0377-61234567'),
  person('V3', 'H2', '王小明', id('41138120050505003'), '子'),
  person('V1', 'H2', '王大山', id('41138119800101001'), '户主', '13800138000'),
  person('V4', 'H10', '赵四', id('41138119700707004'), '户主', '13900139000'),
  person('V5', 'H10', '赵老汉', id('41138119400404005'), '父母', undefined, '死亡'),
]
const OPTIONS = { villageName: '张庄村', exportedAt: '2026-03-01T09:30:00.000Z' }

async function allCellTexts(bytes: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer)
  const out: string[] = []
  for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((cell) => out.push(cellText(cell.value).text)))
  return out
}

describe('buildRosterWorkbook', () => {
  it('revealed: re-imports to the same people, households and heads', async () => {
    const bytes = await buildRosterWorkbook(households, villagers, { ...OPTIONS, reveal: true })
    const parsed = await parseRosterWorkbook(bytes)
    expect(parsed.headerRow).toBe(3)
    const v = validateRoster(parsed, { idNumbers: new Map(), householdNos: new Set() }, '2026-03-01')
    expect(v.badRows).toEqual([])
    expect(v.warnings).toEqual([])
    const people = (list: { name: string; idNumber: string; relationToHead: string; phone?: string; status: string }[]) =>
      list.map((p) => [p.name, p.idNumber, p.relationToHead, p.phone ?? '', p.status]).sort()
    expect(people(v.goodRows)).toEqual(people(villagers))
    expect(v.householdsToCreate.map((h) => [h.householdNo, h.groupName, h.headIdNumber])).toEqual([
      ['0002', '一组', villagers[2]!.idNumber],
      ['0010', '二组', villagers[3]!.idNumber],
    ])
    expect(v.goodRows.map((g) => [g.householdNo, g.groupName])).toEqual([
      ['0002', '一组'],
      ['0002', '一组'],
      ['0002', '一组'],
      ['0010', '二组'],
      ['0010', '二组'],
    ])
  })

  it('orders by 户号 numerically, 户主 first, then relation', async () => {
    const parsed = await parseRosterWorkbook(await buildRosterWorkbook(households, villagers, { ...OPTIONS, reveal: true }))
    expect(parsed.rows.map((r) => r.name)).toEqual(['王大山', '李秀英', '王小明', '赵四', '赵老汉'])
  })

  it('masked by default: no full ID or mobile anywhere, and the sheet says so', async () => {
    const bytes = await buildRosterWorkbook(households, villagers, { ...OPTIONS, reveal: false })
    const texts = await allCellTexts(bytes)
    expect(texts.flatMap((t) => findUnmaskedPersonalNumbers(t))).toEqual([])
    expect(texts).toContain(`411381********${villagers[2]!.idNumber.slice(14)}`)
    expect(texts).toContain('138****8000')
    expect(texts).toContain('0377-****4567')
    expect(texts.some((t) => t.includes(MASKED_NOTE))).toBe(true)
    expect(texts.some((t) => t.includes(REVEALED_NOTE))).toBe(false)
  })

  it('a masked export cannot be imported by mistake', async () => {
    const parsed = await parseRosterWorkbook(await buildRosterWorkbook(households, villagers, { ...OPTIONS, reveal: false }))
    const v = validateRoster(parsed, { idNumbers: new Map(), householdNos: new Set() }, '2026-03-01')
    expect(v.goodRows).toEqual([])
    expect(v.badRows[0]?.problems[0]).toContain('身份证号已被遮蔽')
  })

  it('revealed copy says it holds full numbers', async () => {
    const texts = await allCellTexts(await buildRosterWorkbook(households, villagers, { ...OPTIONS, reveal: true }))
    expect(texts.some((t) => t.includes(REVEALED_NOTE))).toBe(true)
    expect(texts.some((t) => t.includes('2026年3月1日 17:30') && t.includes('共2户5人'))).toBe(true)
    expect(texts).toContain(villagers[0]!.idNumber)
  })

  it('has the title, a frozen header, an autofilter and text-formatted ID cells', async () => {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await buildRosterWorkbook(households, villagers, { ...OPTIONS, reveal: true })) as unknown as ExcelJS.Buffer)
    const ws = wb.getWorksheet('花名册')!
    expect(ws.getCell('A1').value).toBe('张庄村村民花名册')
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 })
    expect(ws.autoFilter).toBe('A3:H8')
    expect(ws.getCell('D4').numFmt).toBe('@')
    expect(typeof ws.getCell('D4').value).toBe('string')
  })

  it('never drops a person whose household is missing, and derives status when not stored', async () => {
    const orphan = person('V9', 'H-GONE', '孤儿', id('41138120100101009'), '子')
    const { status: _omit, ...withoutStatus } = person('V8', 'H2', '王奶奶', id('41138119300303008'), '祖父母', undefined, '迁出')
    const parsed = await parseRosterWorkbook(
      await buildRosterWorkbook(households, [...villagers, orphan, withoutStatus], { ...OPTIONS, reveal: true }),
    )
    expect(parsed.rows.at(-1)).toMatchObject({ name: '孤儿', householdNo: '' })
    expect(parsed.rows.find((r) => r.name === '王奶奶')?.status).toBe('迁出')
  })

  it('writes the export time in Beijing time, not UTC (16:26 UTC is 00:26 the next day)', async () => {
    const bytes = await buildRosterWorkbook(households, villagers, { ...OPTIONS, exportedAt: '2026-03-01T16:26:00.000Z', reveal: false })
    const texts = await allCellTexts(bytes)
    expect(texts.some((t) => t.includes('导出时间：2026年3月2日 00:26（北京时间）'))).toBe(true)
  })

  it('writes no live formula: a value beginning with = + - @ is marked as text', async () => {
    const evil = [
      ...villagers.slice(0, 4),
      person('V9', 'H10', '=HYPERLINK("http://x","点我")', id('41138119900101009'), '子', '+8613800138000'),
    ]
    const bytes = await buildRosterWorkbook(households, evil, { ...OPTIONS, reveal: true })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer)
    const values: unknown[] = []
    wb.worksheets[0]!.eachRow((row) => row.eachCell((cell) => values.push(cell.value)))
    expect(values.some((v) => typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v))).toBe(false)
    expect(values).toContain('\'=HYPERLINK("http://x","点我")')
    expect(values).toContain("'+8613800138000")
    // and our own import reads the text back as it was
    const parsed = await parseRosterWorkbook(bytes)
    expect(parsed.rows.map((r) => r.name)).toContain('=HYPERLINK("http://x","点我")')
  })

  it('reports progress', async () => {
    const calls: number[][] = []
    await buildRosterWorkbook(households, villagers, { ...OPTIONS, reveal: false }, (d, t) => calls.push([d, t]))
    expect(calls.at(-1)).toEqual([5, 5])
  })
})
