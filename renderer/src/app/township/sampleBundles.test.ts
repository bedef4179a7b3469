import { describe, expect, it } from 'vitest'
import { verifyBundle } from '@/exchange/bundle/verify'
import { samplePdf, townshipSampleBundles } from './sampleBundles'

describe('townshipSampleBundles', () => {
  it('makes signed bundles that verify, one per village, the same bytes every time', async () => {
    const a = await townshipSampleBundles({ villages: 3, year: 2026 })
    const b = await townshipSampleBundles({ villages: 3, year: 2026 })
    expect(a.map((x) => x.villageName)).toEqual(['宅子村', '东风村', '西岭村'])
    expect(a.map((x) => x.sha256)).toEqual(b.map((x) => x.sha256))
    for (const bundle of a) {
      const result = await verifyBundle(bundle.bytes)
      expect(result.problems).toEqual([])
      expect(result.valid).toBe(true)
      expect(result.village?.code).toBe(bundle.villageCode)
      expect(result.previousBundleSha256).toBeNull()
    }
  })

  it('chains two bundles per village, and leaves out the earlier one where a gap is asked for', async () => {
    const bundles = await townshipSampleBundles({ villages: 2, year: 2026, bundlesPerVillage: 2, gapAt: [1] })
    expect(bundles).toHaveLength(3)
    const [earlier, latest0, latest1] = await Promise.all(bundles.map((b) => verifyBundle(b.bytes)))
    expect(earlier!.period).toEqual({ from: '2025-01-01', to: '2025-12-31' })
    expect(latest0!.previousBundleSha256).toBe(bundles[0]!.sha256)
    expect(latest1!.previousBundleSha256).toMatch(/^[0-9a-f]{64}$/)
    expect(bundles.map((b) => b.sha256)).not.toContain(latest1!.previousBundleSha256)
  })

  it('30 villages, each with its own key', async () => {
    const bundles = await townshipSampleBundles({ year: 2026 })
    expect(bundles).toHaveLength(30)
    const fingerprints = await Promise.all(bundles.map(async (b) => (await verifyBundle(b.bytes)).fingerprint))
    expect(new Set(fingerprints).size).toBe(30)
  })

  it('writes a PDF with a correct cross-reference table', () => {
    const text = new TextDecoder().decode(samplePdf('Resolution notice'))
    const start = Number(/startxref\n(\d+)/.exec(text)![1])
    expect(text.slice(start, start + 4)).toBe('xref')
    const offsets = [...text.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]))
    offsets.forEach((o, i) => expect(text.slice(o).startsWith(`${i + 1} 0 obj`)).toBe(true))
  })
})
