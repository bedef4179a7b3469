import { describe, expect, it } from 'vitest'
import { CASE_STATE_LABELS, type CaseState } from '@/domain/violations/case'
import { citesArticleInForce } from '@/domain/violations/lifecycle'
import { remindersFor } from '@/domain/violations/reminders'
import { sampleViolations, type SampleVillager } from './violationCases'
import { suspensionsOn } from '@/domain/violations/suspensionsOn'

const villagers: SampleVillager[] = Array.from({ length: 3000 }, (_, i) => ({
  id: `v${i}`,
  householdId: `h${Math.floor(i / 4)}`,
  name: ['李四', '王小明', '欧阳明', '张三'][i % 4]!,
}))
const TODAY = '2026-12-01'
const sample = sampleViolations({ villagers, today: TODAY })

describe('sampleViolations', () => {
  it('is deterministic for a seed and differs for another', () => {
    expect(JSON.stringify(sampleViolations({ villagers, today: TODAY }).cases)).toBe(JSON.stringify(sample.cases))
    expect(JSON.stringify(sampleViolations({ villagers, today: TODAY, seed: 7 }).cases)).not.toBe(JSON.stringify(sample.cases))
  })
  it('makes ~1,000 cases over 10 years, in every state and every closing outcome', () => {
    expect(sample.cases).toHaveLength(1000)
    const states = new Set(sample.cases.map((c) => c.state))
    for (const s of Object.keys(CASE_STATE_LABELS) as CaseState[]) expect(states, s).toContain(s)
    const outcomes = new Set(sample.cases.map((c) => c.closed?.outcome).filter(Boolean))
    expect([...outcomes].sort()).toEqual(['不予处理', '决定被撤销', '处理完毕'].sort())
    const years = new Set(sample.cases.map((c) => c.report.actDate.slice(0, 4)))
    expect(years.size).toBe(10)
    expect([...years].sort()[0]).toBe('2017')
  })
  it('every case cites the article version in force on its act date, both versions used', () => {
    expect(sample.cases.every(citesArticleInForce)).toBe(true)
    const versions = new Set(sample.cases.map((c) => c.assessment?.conductArticle.versionId).filter(Boolean))
    expect(versions).toEqual(new Set(['v2017', 'v2022']))
  })
  it('no step is dated after today, and hearing gates hold', () => {
    for (const c of sample.cases) {
      expect(c.report.reportDate <= TODAY).toBe(true)
      if (c.decision && c.hearing?.kind !== 'waived') expect(c.decision.date > c.notification!.period.lastDay).toBe(true)
    }
    expect(sample.cases.some((c) => c.hearing?.kind === 'waived' && c.decision && c.decision.date <= c.notification!.period.lastDay)).toBe(
      true,
    )
  })
  it('the register and reminders run over the whole history', () => {
    const now = suspensionsOn(sample.cases, TODAY, sample.benefits)
    expect(now.length).toBeGreaterThan(0)
    for (const s of now) {
      const c = sample.cases.find((x) => x.id === s.caseId)!
      expect(c.restoration === undefined || c.restoration.date > TODAY).toBe(true)
      expect(c.decision?.reversal).toBeUndefined()
    }
    const pastSuspensions = sample.cases.filter((c) => c.restoration).length
    expect(pastSuspensions).toBeGreaterThan(50)
    const kinds = new Set(remindersFor(sample.cases, TODAY).map((r) => r.kind))
    expect(kinds).toContain('整改逾期')
  })
})
