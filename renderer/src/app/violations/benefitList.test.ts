// testContext first: it installs fake-indexeddb before Dexie is loaded
import { snapshotOf, useTestContexts } from '../testContext'
import { describe, expect, it } from 'vitest'
import { StaleRecordError } from '@/db/unitOfWork'
import type { Benefit } from '@/domain/violations/benefits'
import { verifyAuditLog } from '../audit/auditLog'
import { BENEFITS_KEY, BenefitListError, loadVillageBenefits, saveVillageBenefits } from './benefitList'
import { VILLAGE_BENEFITS } from './villageBenefits'

const context = useTestContexts('app-violations-benefits')

const gift: Benefit = { id: 'gift', name: '村集体福利-年终慰问品', kind: '自主福利', unit: '户' }
const bonus: Benefit = { id: 'bonus', name: '村级奖励金', kind: '自主福利', unit: '人' }
const share: Benefit = { id: 'share', name: '集体收益分配', kind: '法定成员权益', unit: '人' }

describe('the village benefit list (settings row, audited)', () => {
  it('starts from the fixed list until the village saves its own, then reads back what was saved', async () => {
    const ctx = context()
    const start = await loadVillageBenefits(ctx)
    expect(start.version).toBeUndefined()
    expect(start.benefits).toEqual(VILLAGE_BENEFITS)
    const saved = await saveVillageBenefits(ctx, [gift, bonus, share], undefined)
    expect(saved.version).toBeTruthy()
    expect(await loadVillageBenefits(ctx)).toEqual({ benefits: [gift, bonus, share], version: saved.version })
    expect((await ctx.db.settings.get(BENEFITS_KEY))?.value).toEqual([gift, bonus, share])
    const log = await ctx.db.auditLog.toArray()
    expect(log.at(-1)?.summary).toContain('村级奖励金：自主福利')
    expect((await verifyAuditLog(ctx)).ok).toBe(true)
  })

  it('trims names and notes and gives a new benefit an id', async () => {
    const ctx = context()
    const saved = await saveVillageBenefits(
      ctx,
      [
        { ...gift, name: '  年终慰问品 ', note: ' ' },
        { ...bonus, id: '' },
      ],
      undefined,
    )
    expect(saved.benefits[0]).toEqual({ ...gift, name: '年终慰问品' })
    expect(saved.benefits[1]!.id).toMatch(/^[0-9A-Z]{26}$/)
  })

  it('refuses an empty name, a repeated name or id, an empty list, and a stale version: nothing written', async () => {
    const ctx = context()
    const first = await saveVillageBenefits(ctx, [gift], undefined)
    const before = await snapshotOf(ctx)
    await expect(saveVillageBenefits(ctx, [{ ...gift, name: ' ' }], first.version)).rejects.toThrow('没有名称')
    await expect(saveVillageBenefits(ctx, [gift, { ...bonus, name: gift.name }], first.version)).rejects.toThrow('福利名称重复')
    await expect(saveVillageBenefits(ctx, [gift, { ...bonus, id: 'gift' }], first.version)).rejects.toThrow('福利编号重复')
    await expect(saveVillageBenefits(ctx, [], first.version)).rejects.toBeInstanceOf(BenefitListError)
    await expect(saveVillageBenefits(ctx, [gift, bonus], undefined)).rejects.toBeInstanceOf(StaleRecordError)
    expect(await snapshotOf(ctx)).toEqual(before)
  })

  it('refuses to remove a benefit a case suspends, but lets it be marked 法定成员权益', async () => {
    const ctx = context()
    const first = await saveVillageBenefits(ctx, [gift, bonus], undefined)
    await ctx.db.cases.add({
      id: 'c1',
      caseNo: '1号',
      state: 'decided',
      objections: [],
      report: {
        reporterKind: '村民',
        reporterName: '甲',
        reportDate: '2026-01-02',
        actDate: '2026-01-01',
        place: '一组',
        facts: '事实',
        evidence: [],
        villagerId: 'v',
        householdId: 'h',
      },
      decision: {
        date: '2026-02-01',
        body: '村民委员会',
        publish: false,
        handlingArticle: { compactId: 'k', versionId: 'v1', number: '第三条', text: '', role: 'handling', effectiveFrom: '2024-01-01' },
        measures: [{ kind: '暂停享受福利', benefitId: 'gift', startDate: '2026-02-01', untilRestored: true }],
      },
      createdAt: '2026-01-02T00:00:00.000Z',
      updatedAt: '2026-01-02T00:00:00.000Z',
    })
    await expect(saveVillageBenefits(ctx, [bonus], first.version)).rejects.toThrow('年终慰问品”已有违约案件告知或决定暂停，不能删除')
    const marked = await saveVillageBenefits(ctx, [{ ...gift, kind: '法定成员权益' }, bonus], first.version)
    expect(marked.benefits[0]!.kind).toBe('法定成员权益')
    // removing one no case uses is fine
    expect((await saveVillageBenefits(ctx, [{ ...gift, kind: '法定成员权益' }], marked.version)).benefits).toHaveLength(1)
  })
})
