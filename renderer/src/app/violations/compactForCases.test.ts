// testContext first: it installs fake-indexeddb before Dexie is loaded
import { useTestContexts } from '../testContext'
import { describe, expect, it } from 'vitest'
import { articlesInForceOn } from '@/domain/violations/articles'
import { caseArticles, importSampleCompact } from './compactForCases'

const context = useTestContexts('app-violations-sample-compact')

describe('the sample compact for a village trying 违约处理', () => {
  it('starts with no articles, then imports the three versions with their roles and dates', async () => {
    const ctx = context('2026-12-01T02:00:00.000Z')
    expect(await caseArticles(ctx)).toEqual([])
    const row = await importSampleCompact(ctx, '宅子村')
    expect(row.compact.versions.map((v) => v.effectiveFrom)).toEqual(['2021-03-01', '2024-01-01', '2026-05-01'])
    const refs = await caseArticles(ctx)
    // 第八条 on a day under v2 (its 2024 wording), and the day before v2 under v1
    const on = (date: string) => articlesInForceOn(refs, 'conduct', date).find((a) => a.number === '第八条')!
    expect(on('2024-01-01').text).toContain('加层、加高')
    expect(on('2023-12-31').text).not.toContain('加层')
    const handling = articlesInForceOn(refs, 'handling', '2026-10-20').find((a) => a.number === '第三十九条')!
    expect(handling.allowedMeasures).toEqual(['暂停享受福利'])
    expect(articlesInForceOn(refs, 'restoration', '2026-10-20').map((a) => a.number)).toContain('第四十一条')
    expect(articlesInForceOn(refs, 'conduct', '2021-02-28')).toEqual([])
  })

  it('refuses when the village already has a compact', async () => {
    const ctx = context('2026-12-01T02:00:00.000Z')
    await importSampleCompact(ctx, '宅子村')
    await expect(importSampleCompact(ctx, '宅子村')).rejects.toThrow('已录入村规民约')
  })
})
