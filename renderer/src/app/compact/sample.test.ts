// testContext first: it installs fake-indexeddb before Dexie is loaded
import { useTestContexts } from '../testContext'
import { describe, expect, it } from 'vitest'
import { linkFindings } from '@/domain/compact/links'
import { changesOf } from '@/domain/compact/versions'
import { importSampleCompact } from '../violations/compactForCases'
import { compactArticleInForceOn } from './loadCompact'

const context = useTestContexts('app-compact-sample')

describe('the sample compact, imported through the ordinary importer', () => {
  it('has about 45 articles in 6 chapters, two amendments, and the 8 → 39 → 41 chain', async () => {
    const ctx = context('2026-03-20T02:00:00.000Z')
    const row = await importSampleCompact(ctx, '宅子村')
    const versions = row.compact.versions
    expect(versions).toHaveLength(3)
    const newest = versions.at(-1)!
    expect(newest.chapters).toHaveLength(6)
    expect(newest.articles.length).toBeGreaterThanOrEqual(40)
    expect(newest.articles.length).toBeLessThanOrEqual(50)
    for (const v of versions.slice(1)) {
      const d = changesOf(row.compact, v.id)
      expect(d.added.length + d.amended.length + d.repealed.length).toBeGreaterThan(0)
    }
    const links = linkFindings(newest)
    expect(links.handlingFor(8)).toContain(39)
    expect(links.restorationFor(39)).toContain(41)
    expect(await compactArticleInForceOn(ctx, 8, '2026-03-20')).toMatchObject({ status: 'in_force' })
  })
})
