import { describe, expect, it } from 'vitest'
import { cellText } from '@/exchange/spreadsheet/readLedger.node'
import { checkLedger, unmarkedFormulaText, unmaskedNumbers } from './checks.node'
import {
  buildCompactVersionLedger,
  COMPACT_VERSION_LEDGER_COLUMNS,
  COMPACT_VERSION_LEDGER_SHEET,
  IN_FORCE,
  NO_LONGER_IN_FORCE,
  NOT_YET_IN_FORCE,
  statusOn,
  type CompactVersionLedgerRow,
} from './compactVersions'

const OPTIONS = { villageName: '张庄村', exportedAt: '2026-12-31T02:00:00.000Z' }
const HEADERS = COMPACT_VERSION_LEDGER_COLUMNS.map((c) => c.header)
const GROUPS = COMPACT_VERSION_LEDGER_COLUMNS.map((c) => c.group ?? c.header)

const V2020: CompactVersionLedgerRow = {
  compactTitle: '张庄村村规民约',
  version: '2020年制定',
  procedure: '制定',
  solicitedUntil: '2019-11-30',
  reviewedOn: '2019-12-10',
  reviewResult: '审核通过',
  adoptedOn: '2019-12-20',
  adoptingBody: '村民会议',
  voteResult: '应到320户，实到251户，赞成239户',
  publishedOn: '2019-12-22',
  filedOn: '2020-01-05',
  filingReceipt: '某镇备〔2020〕3号',
  effectiveFrom: '2020-01-01',
  effectiveTo: '2024-04-30',
  articleCount: 30,
}

const V2024: CompactVersionLedgerRow = {
  compactTitle: '张庄村村规民约',
  version: '2024年修订',
  procedure: '修订',
  adoptedOn: '2024-04-20',
  adoptingBody: '村民代表会议',
  effectiveFrom: '2024-05-01',
  articleCount: 32,
  changes: '=修改第十二条、新增第十五条',
  note: '起草人电话13800138000',
}

describe('村规民约版本台账', () => {
  it('lists every version oldest first with its procedure dates', async () => {
    const ledger = await checkLedger(await buildCompactVersionLedger({ versions: [V2024, V2020] }, OPTIONS), {
      sheetName: COMPACT_VERSION_LEDGER_SHEET,
      title: '张庄村村规民约版本台账',
      headers: HEADERS,
      groupHeaders: GROUPS,
      rows: 2,
    })
    expect(GROUPS.slice(5, 13)).toEqual(['乡镇审核', '乡镇审核', '表决通过', '表决通过', '表决通过', '公布日期', '乡镇备案', '乡镇备案'])
    expect(ledger.row(0)).toEqual([
      '1',
      '张庄村村规民约',
      '2020年制定',
      '制定',
      '2019-11-30',
      '2019-12-10',
      '审核通过',
      '2019-12-20',
      '村民会议',
      '应到320户，实到251户，赞成239户',
      '2019-12-22',
      '2020-01-05',
      '某镇备〔2020〕3号',
      '2020-01-01',
      '2024-04-30',
      NO_LONGER_IN_FORCE,
      '30',
      '',
      '',
    ])
    expect(ledger.row(1).slice(2, 4)).toEqual(['2024年修订', '修订'])
    // adopted but not filed: the 备案 cell is empty for the township to see
    expect(cellText(ledger.cell(1, '日期'))).toBe('')
    expect(ledger.cell(1, '施行状态').value).toBe(IN_FORCE)
  })

  it('judges 施行状态 on the export day, last day inclusive', () => {
    const v = { effectiveFrom: '2026-01-01', effectiveTo: '2026-06-30' }
    expect(statusOn(v, '2025-12-31')).toBe(NOT_YET_IN_FORCE)
    expect(statusOn(v, '2026-01-01')).toBe(IN_FORCE)
    expect(statusOn(v, '2026-06-30')).toBe(IN_FORCE)
    expect(statusOn(v, '2026-07-01')).toBe(NO_LONGER_IN_FORCE)
    expect(statusOn({ effectiveFrom: '2026-01-01' }, '2030-01-01')).toBe(IN_FORCE)
  })

  it('never writes a formula and masks stray numbers by default', async () => {
    const ledger = await checkLedger(await buildCompactVersionLedger({ versions: [V2020, V2024] }, OPTIONS), {
      sheetName: COMPACT_VERSION_LEDGER_SHEET,
      title: '张庄村村规民约版本台账',
      headers: HEADERS,
      groupHeaders: GROUPS,
      rows: 2,
    })
    expect(ledger.cell(1, '主要修改内容').value).toBe("'=修改第十二条、新增第十五条")
    expect(ledger.cell(1, '备注').value).toBe('起草人电话138****8000')
    expect(unmarkedFormulaText(ledger)).toEqual([])
    expect(unmaskedNumbers(ledger)).toEqual([])
  })
})
