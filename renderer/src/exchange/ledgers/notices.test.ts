import { describe, expect, it } from 'vitest'
import type { Notice, NoticeState } from '@/domain/notices/model'
import { sampleContent } from '@/domain/notices/testFixtures'
import { cellText } from '@/exchange/spreadsheet/readLedger.node'
import { checkLedger, unmarkedFormulaText, unmaskedNumbers } from './checks.node'
import { buildNoticeLedger, NOTICE_LEDGER_COLUMNS, NOTICE_LEDGER_SHEET, noticesInLedger } from './notices'

const OPTIONS = { villageName: '东风村', exportedAt: '2026-12-31T02:00:00.000Z' }
const HEADERS = NOTICE_LEDGER_COLUMNS.map((c) => c.header)
const GROUPS = NOTICE_LEDGER_COLUMNS.map((c) => c.group ?? c.header)

function notice(id: string, state: NoticeState, patch: Partial<Notice> = {}): Notice {
  return {
    ...sampleContent(),
    id,
    state,
    createdAt: '2026-11-01T01:00:00.000Z',
    updatedAt: '2026-11-01T01:00:00.000Z',
    objections: [],
    ...patch,
  }
}

function notices(): Notice[] {
  return [
    notice('n-low', 'archived', {
      // issued 2026-11-01 at 23:30 UTC: already 11-02 in Beijing
      issuedAt: '2026-11-01T23:30:00.000Z',
      posting: { date: '2026-11-02', place: '村委会公示栏' },
      objections: [
        {
          id: 'o1',
          date: '2026-11-04',
          who: '李喆',
          content: '有异议',
          reply: { date: '2026-11-05', text: '经复核无误', by: '村务监督委员会' },
        },
        { id: 'o2', date: '2026-11-06', who: '王芳', content: '也有异议' },
      ],
      // a phone typed into the result must not leave the village in full
      result: '公示期内收到异议2条，已答复1条，联系人电话13912345678',
    }),
    notice('n-road', 'publicizing', {
      title: '=关于村道硬化工程决议的公开',
      kind: '决议公开',
      dateSigned: '2026-03-01',
      issuedAt: '2026-03-01T02:00:00.000Z',
      period: { start: '2026-03-02', days: 5, unit: 'working' },
    }),
    notice('n-draft', 'draft', { title: '草稿不进台账', period: { start: '2026-05-01', days: 7, unit: 'calendar' } }),
    notice('n-2025', 'archived', { title: '2025年的公示', period: { start: '2025-12-30', days: 7, unit: 'calendar' } }),
    notice('n-2030', 'issued', {
      title: '-工作日数据缺失的公示',
      correctionOf: { noticeId: 'n-x', reason: '名单有误' },
      supersededBy: 'n-y',
      period: { start: '2026-12-28', days: 300, unit: 'working' },
    }),
  ]
}

describe('公示台账', () => {
  it('lists the year’s public notices (no drafts, no other year) by 公示 start', () => {
    expect(noticesInLedger(notices(), 2026).map((n) => n.id)).toEqual(['n-road', 'n-low', 'n-2030'])
    expect(noticesInLedger(notices()).map((n) => n.id)).toEqual(['n-2025', 'n-road', 'n-low', 'n-2030'])
  })

  it('has the title, the two-row header and a row per notice', async () => {
    const ledger = await checkLedger(await buildNoticeLedger({ notices: notices(), year: 2026 }, OPTIONS), {
      sheetName: NOTICE_LEDGER_SHEET,
      title: '东风村2026年度公示台账',
      headers: HEADERS,
      groupHeaders: GROUPS,
      rows: 3,
    })
    expect(HEADERS).toEqual([
      '序号',
      '公示标题',
      '公示类别',
      '发布单位',
      '成文日期',
      '签发日期',
      '公示开始',
      '公示截止',
      '期限',
      '张贴地点',
      '状态',
      '件数',
      '已答复',
      '公示结果',
      '备注',
    ])
    expect(GROUPS.slice(6, 9)).toEqual(['公示期', '公示期', '公示期'])
    expect(String(ledger.sheet.getCell('A2').value)).toContain('共3条')
  })

  it('writes dates, period, state, objection counts and result', async () => {
    const ledger = await checkLedger(await buildNoticeLedger({ notices: notices(), year: 2026 }, OPTIONS), {
      sheetName: NOTICE_LEDGER_SHEET,
      title: '东风村2026年度公示台账',
      headers: HEADERS,
      groupHeaders: GROUPS,
      rows: 3,
    })
    const low = ledger.row(1)
    expect(low.slice(2, 13)).toEqual([
      '名单公示',
      '东风村村民委员会',
      '2026-11-02',
      '2026-11-02',
      '2026-11-02',
      '2026-11-08',
      '7天',
      '村委会公示栏',
      '已归档',
      '2',
      '1',
    ])
    expect(ledger.cell(1, '公示截止').value).toBeInstanceOf(Date)
    // 5 working days from Mon 2026-03-02: 03-02 … 03-06
    expect(ledger.row(0).slice(6, 9)).toEqual(['2026-03-02', '2026-03-06', '5个工作日'])
    expect(ledger.row(0)[10]).toBe('公示中')
    // objectors' names are never in the ledger
    expect(ledger.allText.join('|')).not.toMatch(/李喆|王芳/)
  })

  it('leaves an uncomputable last day empty and says why; notes corrections', async () => {
    const ledger = await checkLedger(await buildNoticeLedger({ notices: notices(), year: 2026 }, OPTIONS), {
      sheetName: NOTICE_LEDGER_SHEET,
      title: '东风村2026年度公示台账',
      headers: HEADERS,
      groupHeaders: GROUPS,
      rows: 3,
    })
    expect(cellText(ledger.cell(2, '公示截止'))).toBe('')
    const note = String(ledger.cell(2, '备注').value)
    expect(note).toContain('更正公示，原因：名单有误')
    expect(note).toContain('已被更正')
    expect(note).toContain('公示截止日未能计算：节假日数据只到')
  })

  it('masks a full number in free text by default, keeps it only with reveal', async () => {
    const masked = await checkLedger(await buildNoticeLedger({ notices: notices(), year: 2026 }, OPTIONS), {
      sheetName: NOTICE_LEDGER_SHEET,
      title: '东风村2026年度公示台账',
      headers: HEADERS,
      groupHeaders: GROUPS,
      rows: 3,
    })
    expect(masked.cell(1, '公示结果').value).toBe('公示期内收到异议2条，已答复1条，联系人电话139****5678')
    expect(unmaskedNumbers(masked)).toEqual([])
    const revealed = await checkLedger(await buildNoticeLedger({ notices: notices(), year: 2026 }, { ...OPTIONS, reveal: true }), {
      sheetName: NOTICE_LEDGER_SHEET,
      title: '东风村2026年度公示台账',
      headers: HEADERS,
      groupHeaders: GROUPS,
      rows: 3,
    })
    expect(unmaskedNumbers(revealed)).toEqual(['13912345678'])
  })

  it('never writes a formula, even for titles that start with = or -', async () => {
    const ledger = await checkLedger(await buildNoticeLedger({ notices: notices() }, OPTIONS), {
      sheetName: NOTICE_LEDGER_SHEET,
      title: '东风村公示台账',
      headers: HEADERS,
      groupHeaders: GROUPS,
      rows: 4,
    })
    expect(ledger.cell(1, '公示标题').value).toBe("'=关于村道硬化工程决议的公开")
    expect(ledger.cell(3, '公示标题').value).toBe("'-工作日数据缺失的公示")
    expect(unmarkedFormulaText(ledger)).toEqual([])
  })
})
