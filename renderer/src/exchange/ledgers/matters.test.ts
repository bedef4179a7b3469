import { describe, expect, it } from 'vitest'
import { checkLedger, unmarkedFormulaText, unmaskedNumbers } from './checks.node'
import { buildMatterLedger, MATTER_LEDGER_COLUMNS, MATTER_LEDGER_SHEET, type MatterLedgerRow } from './matters'

const OPTIONS = { villageName: '张庄村', exportedAt: '2026-12-31T02:00:00.000Z' }
const HEADERS = MATTER_LEDGER_COLUMNS.map((c) => c.header)
const GROUPS = MATTER_LEDGER_COLUMNS.map((c) => c.group ?? c.header)

const ROAD: MatterLedgerRow = {
  title: '村道硬化工程',
  tags: ['art24_3', '自定义类别'],
  motionSource: '党员群众建议',
  proposedOn: '2026-02-10',
  proposalResult: '通过',
  consultedOn: '2026-02-10',
  consultationResult: '与提议合并召开',
  reviewedOn: '2026-02-20',
  reviewResult: '通过（应到45，实到32）',
  decidedOn: '2026-03-01',
  decisionBody: '村民代表会议',
  decisionResult: '通过（赞成40，反对2，弃权3）',
  resolutionPublishedOn: '2026-03-02',
  resolutionPublishedUntil: '2026-03-08',
  resolutionPublicationResult: '无异议',
  resultPublishedOn: '2026-10-10',
  resultPublishedUntil: '2026-10-16',
  resultPublicationResult: '无异议',
  cost: 182345.5,
  state: '已办结',
}

const PENDING: MatterLedgerRow = {
  title: '+1 集体林地承包方案',
  tags: [],
  proposedOn: '2026-11-01',
  proposalResult: '=1+1',
  state: '待商议',
  note: '联系人身份证110105194912310021',
}

describe('四议两公开台账', () => {
  it('has one row per matter under a two-row header of the six steps', async () => {
    const ledger = await checkLedger(await buildMatterLedger({ matters: [ROAD, PENDING], period: '2026年度' }, OPTIONS), {
      sheetName: MATTER_LEDGER_SHEET,
      title: '张庄村2026年度“四议两公开”工作台账',
      headers: HEADERS,
      groupHeaders: GROUPS,
      rows: 2,
    })
    expect(GROUPS.filter((g, i) => g !== HEADERS[i] && GROUPS.indexOf(g) === i)).toEqual([
      '①村党组织提议',
      '②村“两委”会议商议',
      '③党员大会审议',
      '④村民会议或村民代表会议决议',
      '⑤决议公开',
      '⑥实施结果公开',
    ])
    expect(ledger.sheet.getCell('F3').isMerged).toBe(true)
    expect(ledger.row(0)).toEqual([
      '1',
      '村道硬化工程',
      '本村公益事业的兴办和筹资筹劳方案及建设承包方案、自定义类别',
      '党员群众建议',
      '2026-02-10',
      '通过',
      '2026-02-10',
      '与提议合并召开',
      '2026-02-20',
      '通过（应到45，实到32）',
      '2026-03-01',
      '村民代表会议',
      '通过（赞成40，反对2，弃权3）',
      '2026-03-02',
      '2026-03-08',
      '无异议',
      '2026-10-10',
      '2026-10-16',
      '无异议',
      '182345.5',
      '已办结',
      '',
    ])
    expect(ledger.cell(0, '实际费用（元）').numFmt).toBe('#,##0.00')
    expect(ledger.cell(0, '公开日期').value).toBeInstanceOf(Date)
    // a matter waiting at ②: the later steps are empty
    expect(
      ledger
        .row(1)
        .slice(6, 19)
        .every((t) => t === ''),
    ).toBe(true)
  })

  it('never writes a formula and masks stray numbers by default', async () => {
    const ledger = await checkLedger(await buildMatterLedger({ matters: [ROAD, PENDING] }, OPTIONS), {
      sheetName: MATTER_LEDGER_SHEET,
      title: '张庄村“四议两公开”工作台账',
      headers: HEADERS,
      groupHeaders: GROUPS,
      rows: 2,
    })
    expect(ledger.cell(1, '事项名称').value).toBe("'+1 集体林地承包方案")
    expect(ledger.cell(1, '结果').value).toBe("'=1+1")
    expect(ledger.cell(1, '备注').value).toBe('联系人身份证110105********0021')
    expect(unmarkedFormulaText(ledger)).toEqual([])
    expect(unmaskedNumbers(ledger)).toEqual([])
  })

  it('is an empty sheet with its header when there are no matters', async () => {
    await checkLedger(await buildMatterLedger({ matters: [] }, OPTIONS), {
      sheetName: MATTER_LEDGER_SHEET,
      title: '张庄村“四议两公开”工作台账',
      headers: HEADERS,
      groupHeaders: GROUPS,
      rows: 0,
    })
  })
})
