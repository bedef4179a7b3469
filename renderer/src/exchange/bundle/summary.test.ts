import { describe, expect, it } from 'vitest'
import { formatReport } from './report.mjs'
import { SUMMARY_LIST_LIMIT, summariseData } from './summary.mjs'
import { sampleBundle } from './testFixtures'
import { verifyBundle } from './verify'

describe('the summary of what a bundle holds', () => {
  it('counts each area under its Chinese name, and an unknown area under its own name', () => {
    const s = summariseData(
      [
        { path: 'data/matters.json', value: [{ title: '甲' }, { title: '乙' }] },
        { path: 'data/violations.json', value: [] },
        { path: 'data/constructor.json', value: [1] },
        { path: 'data/audit.json', value: { seq: 3 } },
      ],
      [{ size: 100 }, { size: 50 }],
    )
    expect(s.areas.map((a) => [a.label, a.count])).toEqual([
      ['四议两公开事项', 2],
      ['违约处理', 0],
      ['constructor', 1],
      ['审计记录', null],
    ])
    expect([s.pdfCount, s.pdfBytes]).toEqual([2, 150])
  })

  it('lists matters with their results and notices, tolerating missing or odd fields', () => {
    const s = summariseData(
      [
        {
          path: 'data/matters.json',
          value: [
            { title: '村道', result: '通过', decidedOn: '2026-03-15' },
            { title: '土地', passed: false },
            { name: '旧称' },
            null,
            7,
            { title: { x: 1 } },
          ],
        },
        { path: 'data/notices.json', value: [{ title: '公示一', kind: '决议公开', issuedOn: '2026-03-16' }] },
      ],
      [],
    )
    expect(s.matters).toEqual([
      { title: '村道', result: '通过', date: '2026-03-15' },
      { title: '土地', result: '未通过', date: null },
      { title: '旧称', result: null, date: null },
      { title: '（无标题）', result: null, date: null },
    ])
    expect(s.notices).toEqual([{ title: '公示一', kind: '决议公开', date: '2026-03-16', result: null }])
  })

  it('keeps exact totals when the lists stop at the limit', () => {
    const many = Array.from({ length: SUMMARY_LIST_LIMIT + 1 }, (_, i) => ({ title: `事项${i}` }))
    const s = summariseData([{ path: 'data/matters.json', value: many }], [])
    expect(s.matters.length).toBe(SUMMARY_LIST_LIMIT)
    expect(s.mattersTotal).toBe(SUMMARY_LIST_LIMIT + 1)
  })
})

describe('the text report', () => {
  it('says valid or not, the village, period, fingerprint, every file and the matters', async () => {
    const built = await sampleBundle()
    const report = formatReport(await verifyBundle(built.bytes), { fileName: 'x.zip' })
    expect(report).toContain('结论：✔ 有效')
    expect(report).toContain('报送期间：2026年1月1日 至 2026年6月30日')
    expect(report).toContain(`密钥指纹：${built.fingerprint}`)
    expect(report).toContain('✔ 正常  data/matters.json')
    expect(report).toContain('2026年5月20日 集体土地承包方案 —— 未通过')
    const junk = formatReport(await verifyBundle(new Uint8Array(5)))
    expect(junk).toContain('结论：✘ 无效')
    expect(junk).toContain('文件太短')
  })
})
