import { describe, expect, it } from 'vitest'
import { closeCase, recordObjection, resolveObjection } from './lifecycle'
import { unwrap } from './outcome'
import { ledgerRows, timeline, versionLabel } from './timeline'
import { CONDUCT_V1, TODAY, decided, reported, restored } from './testFixtures'

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

  it('names the compact version as people do, never by its internal id', () => {
    const c = restored()
    const text = timeline(c).find((e) => e.step === '认定')!.text
    const a = c.assessment!.conductArticle
    expect(text).toContain(`（${a.compactTitle}）`)
    expect(text).not.toContain(a.versionId)
    expect(versionLabel({ effectiveFrom: '2024-01-01' })).toBe('自2024年1月1日起施行的文本')
    expect(versionLabel({ compactTitle: ' ', effectiveFrom: CONDUCT_V1.effectiveFrom })).toBe('自2020年1月1日起施行的文本')
    expect(versionLabel(CONDUCT_V1)).toBe('张庄村村规民约（2020年）')
  })

  it('shows an objection, its outcome and the reversal of the decision', () => {
    const withObjection = unwrap(
      recordObjection(decided(), { id: 'o1', date: '2026-11-06', by: '当事人', to: '村务监督委员会', content: '不是我家加高的' }, TODAY),
    )
    const c = unwrap(
      resolveObjection(
        withObjection,
        'o1',
        { date: '2026-11-10', result: '撤销', reason: '加高部分系邻户所建', by: '村务监督委员会' },
        TODAY,
      ),
    )
    const t = timeline(c)
    expect(t.map((e) => e.step).slice(-4)).toEqual(['异议', '异议处理', '撤销决定', '结案'])
    expect(t.find((e) => e.step === '异议')?.text).toBe('当事人向村务监督委员会提出异议：不是我家加高的')
    expect(t.find((e) => e.step === '异议处理')?.text).toBe('村务监督委员会：异议成立，撤销。理由：加高部分系邻户所建')
    expect(t.find((e) => e.step === '撤销决定')?.text).toBe(
      '处理决定经村务监督委员会撤销：加高部分系邻户所建；各项措施自2026年11月10日起停止执行',
    )
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
