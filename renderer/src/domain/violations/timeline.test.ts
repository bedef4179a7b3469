import { describe, expect, it } from 'vitest'
import { closeCase } from './lifecycle'
import { unwrap } from './outcome'
import { ledgerRows, timeline } from './timeline'
import { TODAY, reported, restored } from './testFixtures'

describe('timeline', () => {
  it('lists every step in date order with its documents', () => {
    const c = unwrap(closeCase(restored(), { date: '2026-12-02' }, TODAY))
    const t = timeline(c)
    expect(t.map((e) => e.step)).toEqual(['登记', '认定', '告知', '陈述申辩', '决定', '公示', '责令整改', '整改验收', '恢复', '结案'])
    expect(t.find((e) => e.step === '告知')?.text).toContain('陈述申辩期至2026年11月2日')
    expect(t.find((e) => e.step === '恢复')?.documents).toEqual([{ kind: '恢复通知书' }])
    expect(t.find((e) => e.step === '公示')?.text).toContain('李某')
    expect(t[0]?.documents).toEqual([{ kind: '证据', ref: 'att-1' }])
  })
})

describe('ledgerRows', () => {
  it('one row per case registered in the year, in order', () => {
    const a = restored()
    const b = reported('c0')
    const rows = ledgerRows([a, b], 2026)
    expect(rows.map((r) => r.caseNo)).toEqual(['张庄违约〔2026〕c0号', '张庄违约〔2026〕c1号'])
    expect(rows[1]).toMatchObject({
      conductArticle: '第十二条',
      measures: '批评教育、暂停享受福利',
      rectification: '2026-11-25验收合格',
      restorationDate: '2026-12-01',
      status: '已恢复',
    })
    expect(ledgerRows([a], 2025)).toEqual([])
  })
})
