import { describe, expect, it } from 'vitest'
import { versionToText } from './compactText'
import { parseCompactText } from './parse'
import { sampleCompact } from './sampleCompact'

describe('versionToText', () => {
  const v3 = sampleCompact.versions[2]!

  it('writes title, chapters, articles and the 落款', () => {
    const text = versionToText(sampleCompact.title, v3, { issuer: '示例村村民会议' })
    const lines = text.split('\n')
    expect(lines[0]).toBe('示例村村规民约')
    expect(lines).toContain('第一章\u3000总则')
    expect(lines).toContain('第三十九条\u3000' + v3.articles.find((a) => a.number === 39)!.text)
    expect(lines.slice(-2)).toEqual(['示例村村民会议', '2026年4月18日'])
  })

  it('round-trips through the importer', () => {
    const parsed = parseCompactText(versionToText(sampleCompact.title, v3, { issuer: '示例村村民会议' }))
    expect(parsed.title).toBe(sampleCompact.title)
    expect(parsed.issuer).toBe('示例村村民会议')
    expect(parsed.adoptedAt).toBe('2026-04-18')
    expect(parsed.chapters).toEqual(v3.chapters)
    expect(parsed.articles.map((a) => [a.number, a.chapter, a.text])).toEqual(v3.articles.map((a) => [a.number, a.chapter, a.text]))
    // article 12 was repealed in v3: the importer reports the gap
    expect(parsed.findings.map((f) => f.message)).toEqual(['第十一条之后是第十三条，缺少第十二条'])
  })

  it('a compact without chapters or signature', () => {
    expect(versionToText('T', { id: 'v', effectiveFrom: '2024-01-01', articles: [{ number: 1, role: 'other', text: 'A' }] })).toBe(
      'T\n第一条\u3000A',
    )
  })
})
