import { describe, expect, it } from 'vitest'
import { chainFindings, type ChainLink } from './chain'

const FP_A = 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA'
const FP_B = 'BBBB-BBBB-BBBB-BBBB-BBBB-BBBB-BBBB-BBBB'

function link(sha: string, createdAt: string, previous: string | null, fingerprint = FP_A, rotatedFrom: string | null = null): ChainLink {
  return {
    sha256: sha.repeat(64),
    createdAt,
    previousBundleSha256: previous?.repeat(64) ?? null,
    period: { from: '2026-01-01', to: '2026-06-30' },
    fingerprint,
    rotatedFrom,
  }
}

describe('chainFindings', () => {
  it('an unbroken chain, in any order, has nothing to say', () => {
    expect(
      chainFindings('东风村', [
        link('c', '2027-01-01T00:00:00Z', 'b'),
        link('a', '2026-01-01T00:00:00Z', null),
        link('b', '2026-07-01T00:00:00Z', 'a'),
      ]),
    ).toEqual([])
  })

  it('a missing middle bundle is a gap, named by the hash the next bundle points to', () => {
    const f = chainFindings('东风村', [link('a', '2026-01-01T00:00:00Z', null), link('c', '2027-01-01T00:00:00Z', 'b')])
    expect(f).toHaveLength(1)
    expect(f[0]).toMatchObject({ level: 'warning', code: 'chain.gap' })
    expect(f[0]!.message).toContain('bbbb bbbb')
    expect(f[0]!.message).toContain('2027年1月1日生成的报送包')
    expect(f[0]!.citation.article).toBe('previousBundleSha256')
  })

  it('the first bundle the township sees may point to one it never got: still a gap', () => {
    expect(chainFindings('东风村', [link('c', '2027-01-01T00:00:00Z', 'b')]).map((x) => x.code)).toEqual(['chain.gap'])
  })

  it('two bundles after the same one are a fork', () => {
    const f = chainFindings('东风村', [
      link('a', '2026-01-01T00:00:00Z', null),
      link('b', '2026-07-01T00:00:00Z', 'a'),
      link('c', '2026-07-02T00:00:00Z', 'a'),
    ])
    expect(f.map((x) => x.code)).toEqual(['chain.fork'])
    expect(f[0]!.message).toContain('有 2 个报送包')
  })

  it('a new key without a 换钥声明 is a warning; with one from the previous key, information', () => {
    const plain = chainFindings('东风村', [link('a', '2026-01-01T00:00:00Z', null), link('b', '2026-07-01T00:00:00Z', 'a', FP_B)])
    expect(plain.map((x) => [x.level, x.code])).toEqual([['warning', 'key.changed']])
    expect(plain[0]!.message).toContain(FP_B)
    const rotated = chainFindings('东风村', [link('a', '2026-01-01T00:00:00Z', null), link('b', '2026-07-01T00:00:00Z', 'a', FP_B, FP_A)])
    expect(rotated.map((x) => [x.level, x.code])).toEqual([['info', 'key.rotated']])
    const wrongOld = chainFindings('东风村', [link('a', '2026-01-01T00:00:00Z', null), link('b', '2026-07-01T00:00:00Z', 'a', FP_B, FP_B)])
    expect(wrongOld.map((x) => x.code)).toEqual(['key.changed'])
  })
})
