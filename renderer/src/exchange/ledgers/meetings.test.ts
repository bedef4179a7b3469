import { describe, expect, it } from 'vitest'
import { cellText } from '@/exchange/spreadsheet/readLedger.node'
import { checkLedger, unmarkedFormulaText, unmaskedNumbers } from './checks.node'
import { buildMeetingLedger, MEETING_LEDGER_COLUMNS, MEETING_LEDGER_SHEET, type MeetingLedgerRow } from './meetings'

const OPTIONS = { villageName: '张庄村', exportedAt: '2026-12-31T02:00:00.000Z' }
const HEADERS = MEETING_LEDGER_COLUMNS.map((c) => c.header)
const GROUPS = MEETING_LEDGER_COLUMNS.map((c) => c.group ?? c.header)

const ASSEMBLY: MeetingLedgerRow = {
  date: '2026-03-01',
  time: '09:30',
  body: '村民代表会议',
  form: '现场会议',
  place: '村委会会议室',
  host: '张三（村委会主任）',
  recorder: '王五',
  noticeDate: '2026-02-24',
  topics: ['村道硬化工程', '2026年低保评议'],
  entitled: 45,
  present: 30,
  quorumMet: true,
  results: ['村道硬化工程：通过（赞成26，反对2，弃权2）', '2026年低保评议：通过'],
  township: ['李明（镇党委委员）', '赵亮（镇民政办主任）'],
}

const FAILED: MeetingLedgerRow = {
  date: '2026-05-10',
  body: '党员大会',
  topics: ['@村集体资产处置'],
  entitled: 30,
  present: 14,
  quorumMet: false,
  results: ['-未达到法定人数，未表决'],
  note: '会后电话通知，联系人13800138000',
}

describe('会议台账', () => {
  it('has the title, header, one row per meeting, with attendance and results', async () => {
    const ledger = await checkLedger(await buildMeetingLedger({ meetings: [ASSEMBLY, FAILED], period: '2026年度' }, OPTIONS), {
      sheetName: MEETING_LEDGER_SHEET,
      title: '张庄村2026年度会议台账',
      headers: HEADERS,
      groupHeaders: GROUPS,
      rows: 2,
    })
    expect(HEADERS).toEqual([
      '序号',
      '会议日期',
      '时间',
      '会议类型',
      '会议形式',
      '地点',
      '主持人',
      '记录人',
      '通知日期',
      '议题',
      '应到',
      '实到',
      '到会比例',
      '达到法定人数',
      '表决结果',
      '乡镇参会人员',
      '备注',
    ])
    expect(ledger.row(0)).toEqual([
      '1',
      '2026-03-01',
      '09:30',
      '村民代表会议',
      '现场会议',
      '村委会会议室',
      '张三（村委会主任）',
      '王五',
      '2026-02-24',
      '1. 村道硬化工程\n2. 2026年低保评议',
      '45',
      '30',
      String(30 / 45),
      '是',
      '1. 村道硬化工程：通过（赞成26，反对2，弃权2）\n2. 2026年低保评议：通过',
      '李明（镇党委委员）、赵亮（镇民政办主任）',
      '',
    ])
    expect(ledger.cell(0, '到会比例').numFmt).toBe('0.0%')
    expect(ledger.cell(1, '达到法定人数').value).toBe('否')
    expect(cellText(ledger.cell(1, '地点'))).toBe('')
  })

  it('leaves the ratio empty when nobody is entitled or the count is unknown', async () => {
    const ledger = await checkLedger(
      await buildMeetingLedger(
        {
          meetings: [
            { ...FAILED, entitled: 0 },
            { ...FAILED, present: undefined },
          ],
        },
        OPTIONS,
      ),
      { sheetName: MEETING_LEDGER_SHEET, title: '张庄村会议台账', headers: HEADERS, groupHeaders: GROUPS, rows: 2 },
    )
    expect(cellText(ledger.cell(0, '到会比例'))).toBe('')
    expect(cellText(ledger.cell(1, '到会比例'))).toBe('')
  })

  it('never writes a formula and masks stray numbers by default', async () => {
    const ledger = await checkLedger(await buildMeetingLedger({ meetings: [ASSEMBLY, FAILED] }, OPTIONS), {
      sheetName: MEETING_LEDGER_SHEET,
      title: '张庄村会议台账',
      headers: HEADERS,
      groupHeaders: GROUPS,
      rows: 2,
    })
    expect(ledger.cell(1, '议题').value).toBe("'@村集体资产处置")
    expect(ledger.cell(1, '表决结果').value).toBe("'-未达到法定人数，未表决")
    expect(ledger.cell(1, '备注').value).toBe('会后电话通知，联系人138****8000')
    expect(unmarkedFormulaText(ledger)).toEqual([])
    expect(unmaskedNumbers(ledger)).toEqual([])
  })
})
