import { describe, expect, it } from 'vitest'
import { computeCheckDigit } from '@/domain/people/idNumber'
import { reported, restored, sampleReport } from '@/domain/violations/testFixtures'
import { cellText } from '@/exchange/spreadsheet/readLedger.node'
import { checkLedger, unmarkedFormulaText, unmaskedNumbers } from './checks.node'
import { MASKED_NOTE, REVEALED_NOTE } from './common'
import { buildViolationLedger, UNKNOWN_PARTY, VIOLATION_LEDGER_COLUMNS, VIOLATION_LEDGER_SHEET, type LedgerParty } from './violations'

const ID = (() => {
  const f = '41138119800101001'
  return f + computeCheckDigit(f)
})()
const MOBILE = '13800138000'
const OPTIONS = { villageName: '张庄村', exportedAt: '2026-12-31T02:00:00.000Z' }

const HEADERS = VIOLATION_LEDGER_COLUMNS.map((c) => c.header)

function data() {
  const lisi = restored() // a full case: reported 2026-10-21 … restored 2026-12-01
  const wang = reported(
    'c2',
    sampleReport({ reportDate: '2026-03-05', actDate: '2026-03-04', villagerId: 'v-wang', householdId: 'h-wang' }),
  )
  const unknown = reported('c3', sampleReport({ reportDate: '2026-10-21', villagerId: 'v-gone', householdId: 'h-gone' }))
  const lastYear = reported('c4', sampleReport({ reportDate: '2025-12-31', actDate: '2025-12-30' }))
  const parties = new Map<string, LedgerParty>([
    ['v-lisi', { name: '李四', idNumber: ID, phone: MOBILE, groupName: '三组' }],
    // formula-looking values typed into the registry must arrive as text, never as formulas
    ['v-wang', { name: '=HYPERLINK("http://evil","王五")', idNumber: '-12', phone: `+86 ${MOBILE}`, groupName: '@一组' }],
  ])
  return { cases: [lisi, wang, unknown, lastYear], year: 2026, parties }
}

describe('违约处理台账', () => {
  it('has the title, headers, one row per case registered in the year, in registration order', async () => {
    const ledger = await checkLedger(await buildViolationLedger(data(), OPTIONS), {
      sheetName: VIOLATION_LEDGER_SHEET,
      title: '张庄村2026年度违约处理台账',
      headers: HEADERS,
      rows: 3,
    })
    expect(HEADERS).toEqual([
      '序号',
      '案件编号',
      '登记日期',
      '行为发生日期',
      '当事人',
      '身份证号',
      '联系电话',
      '村民小组',
      '违反条款',
      '处理措施',
      '决定日期',
      '整改情况',
      '恢复日期',
      '办理状态',
    ])
    expect(String(ledger.sheet.getCell('A2').value)).toContain('共3件')
    expect(String(ledger.sheet.getCell('A2').value)).toContain(MASKED_NOTE)
    expect(ledger.row(0).slice(0, 4)).toEqual(['1', '张庄违约〔2026〕c2号', '2026-03-05', '2026-03-04'])
    expect(ledger.row(1)[1]).toBe('张庄违约〔2026〕c1号')
    expect(ledger.row(2)[1]).toBe('张庄违约〔2026〕c3号')
    // the 2025 case is not in the 2026 ledger
    expect(ledger.allText.join('|')).not.toContain('c4号')
  })

  it('writes the full case: article, measures, decision, rectification, restoration, state', async () => {
    const ledger = await checkLedger(await buildViolationLedger(data(), OPTIONS), {
      sheetName: VIOLATION_LEDGER_SHEET,
      title: '张庄村2026年度违约处理台账',
      headers: HEADERS,
      rows: 3,
    })
    const row = ledger.row(1)
    expect(row.slice(7)).toEqual(['三组', '第十二条', '批评教育、暂停享受福利', '2026-11-04', '2026-11-25验收合格', '2026-12-01', '已恢复'])
    expect(ledger.cell(1, '决定日期').value).toBeInstanceOf(Date)
    expect(ledger.cell(1, '身份证号').numFmt).toBe('@')
    // an empty step stays empty, not a made-up date
    expect(cellText(ledger.cell(0, '决定日期'))).toBe('')
  })

  it('masks ID, phone and name by default; no full number in any cell', async () => {
    const ledger = await checkLedger(await buildViolationLedger(data(), OPTIONS), {
      sheetName: VIOLATION_LEDGER_SHEET,
      title: '张庄村2026年度违约处理台账',
      headers: HEADERS,
      rows: 3,
    })
    expect(ledger.row(1).slice(4, 7)).toEqual(['李*', `411381********${ID.slice(14)}`, '138****8000'])
    expect(unmaskedNumbers(ledger)).toEqual([])
    expect(ledger.cell(2, '当事人').value).toBe(UNKNOWN_PARTY)
  })

  it('never writes a formula, even for values that start with = + - @', async () => {
    const ledger = await checkLedger(await buildViolationLedger(data(), { ...OPTIONS, reveal: true }), {
      sheetName: VIOLATION_LEDGER_SHEET,
      title: '张庄村2026年度违约处理台账',
      headers: HEADERS,
      rows: 3,
    })
    expect(ledger.cell(0, '当事人').value).toBe('\'=HYPERLINK("http://evil","王五")')
    expect(ledger.cell(0, '身份证号').value).toBe("'-12")
    expect(ledger.cell(0, '联系电话').value).toBe(`'+86 ${MOBILE}`)
    expect(ledger.cell(0, '村民小组').value).toBe("'@一组")
    expect(unmarkedFormulaText(ledger)).toEqual([])
  })

  it('writes full data only with reveal, and says so on the sheet', async () => {
    const ledger = await checkLedger(await buildViolationLedger(data(), { ...OPTIONS, reveal: true }), {
      sheetName: VIOLATION_LEDGER_SHEET,
      title: '张庄村2026年度违约处理台账',
      headers: HEADERS,
      rows: 3,
    })
    expect(ledger.row(1).slice(4, 7)).toEqual(['李四', ID, MOBILE])
    expect(String(ledger.sheet.getCell('A2').value)).toContain(REVEALED_NOTE)
    expect(unmaskedNumbers(ledger)).toEqual(expect.arrayContaining([ID, MOBILE]))
  })

  it('is an empty ledger with its header for a year without cases', async () => {
    await checkLedger(await buildViolationLedger({ ...data(), year: 2024 }, OPTIONS), {
      sheetName: VIOLATION_LEDGER_SHEET,
      title: '张庄村2024年度违约处理台账',
      headers: HEADERS,
      rows: 0,
    })
  })
})
