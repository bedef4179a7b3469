import { describe, expect, it } from 'vitest'
import { linkFindings } from './links'
import { readItemMarker, readRole, structureOf, type CompactVersion } from './model'
import { sampleCompact } from './sampleCompact'

const version = (articles: CompactVersion['articles']): CompactVersion => ({ id: 'v', effectiveFrom: '2024-01-01', articles })

describe('roles', () => {
  it('reads codes and Chinese names', () => {
    expect(readRole('conduct')).toBe('conduct')
    expect(readRole('行为规范')).toBe('conduct')
    expect(readRole('违约处理')).toBe('handling')
    expect(readRole('恢复')).toBe('restoration')
    expect(readRole('总则')).toBe('general')
    expect(readRole('附则')).toBe('supplementary')
    expect(readRole('其他')).toBe('other')
    expect(readRole(undefined)).toBe('other')
    expect(readRole('奖惩')).toBe('handling')
    expect(readRole('随便')).toBeNull()
  })
})

describe('款 and 项', () => {
  it('splits paragraphs by line and items by marker', () => {
    const s = structureOf('村民应当做到：\n（一）爱护公物；\n（二）讲究卫生。\n违反前款规定的，依照第三十六条处理。')
    expect(s).toHaveLength(2)
    expect(s[0]!.items.map((i) => [i.number, i.marker, i.text])).toEqual([
      [1, '（一）', '爱护公物；'],
      [2, '（二）', '讲究卫生。'],
    ])
    expect(s[1]!.text).toBe('违反前款规定的，依照第三十六条处理。')
  })

  it('reads the usual item markers', () => {
    expect(readItemMarker('（十二）不得赌博')).toMatchObject({ number: 12, rest: '不得赌博' })
    expect(readItemMarker('(3) 讲卫生')).toMatchObject({ number: 3, rest: '讲卫生' })
    expect(readItemMarker('1. 讲卫生')).toMatchObject({ number: 1, rest: '讲卫生' })
    expect(readItemMarker('２、讲卫生')).toMatchObject({ number: 2 })
    expect(readItemMarker('③讲卫生')).toMatchObject({ number: 3 })
    expect(readItemMarker('讲卫生')).toBeNull()
  })

  it('an item line with no paragraph before it is a paragraph', () => {
    expect(structureOf('（一）爱护公物')).toEqual([{ text: '（一）爱护公物', items: [] }])
  })
})

describe('linkFindings', () => {
  it('links both ways: 8 → handled by 39 → restored by 41', () => {
    const v = sampleCompact.versions[0]!
    const idx = linkFindings(v)
    expect(idx.handlingFor(8)).toEqual([35, 38, 39])
    expect(idx.restorationFor(39)).toEqual([41])
    expect(idx.coveredBy(39)).toEqual([41])
    expect(idx.covers(39)).toEqual([8, 10])
    expect(idx.covers(41)).toEqual([39])
    expect(idx.coveredBy(8)).toEqual([35, 38, 39])
  })

  it('the sample compact has no open chains in any version', () => {
    for (const v of sampleCompact.versions) expect(linkFindings(v).findings).toEqual([])
  })

  it('warns about a conduct article with no handling and a handling article with no restoration', () => {
    const idx = linkFindings(
      version([
        { number: 1, role: 'conduct', text: '严禁乱倒垃圾。' },
        { number: 2, role: 'conduct', text: '爱护公物。' },
        { number: 3, role: 'handling', text: '违反第一条的，批评教育。', links: [1] },
        { number: 4, role: 'handling', text: '违反第二条的，责成赔偿损失。', links: [2] },
        { number: 5, role: 'restoration', text: '改正后恢复。', links: [3] },
      ]),
    )
    expect(idx.findings.map((f) => [f.code, f.field, f.level])).toEqual([['compact.handling_without_restoration', '4', 'warning']])
    expect(idx.findings[0]!.message).toContain('第四条')
    expect(idx.handlingFor(2)).toEqual([4])
    expect(idx.restorationFor(4)).toEqual([])
  })

  it('flags a conduct article nobody handles', () => {
    const idx = linkFindings(version([{ number: 7, role: 'conduct', text: '严禁赌博。' }]))
    expect(idx.findings.map((f) => f.code)).toEqual(['compact.conduct_without_handling'])
    expect(idx.findings[0]!.message).toBe('第七条（行为规范）没有对应的违约处理条文：违反了怎么办没有写明')
  })

  it('flags links that point nowhere, to itself, or to the wrong role', () => {
    const idx = linkFindings(
      version([
        { number: 1, role: 'conduct', text: '严禁赌博。' },
        { number: 2, role: 'handling', text: '……', links: [1, 9, 2] },
        { number: 3, role: 'restoration', text: '……', links: [1] },
        { number: 4, role: 'restoration', text: '……', links: [2] },
        { number: 5, role: 'handling', text: '……' },
        { number: 6, role: 'general', text: '……', links: [1] },
      ]),
    )
    const codes = idx.findings.map((f) => `${f.field}:${f.code}`)
    expect(codes).toContain('2:compact.link_missing')
    expect(codes).toContain('2:compact.link_self')
    expect(codes).toContain('3:compact.link_wrong_role')
    expect(codes).toContain('5:compact.link_none')
    expect(codes).toContain('5:compact.handling_without_restoration')
    expect(codes).toContain('6:compact.link_unused')
    expect(codes).not.toContain('1:compact.conduct_without_handling')
    // the wrong-role link is not counted as a restoration of 1
    expect(idx.covers(3)).toEqual([])
    expect(idx.restorationFor(2)).toEqual([4])
  })

  it('flags duplicate numbers', () => {
    const idx = linkFindings(
      version([
        { number: 1, role: 'general', text: 'a' },
        { number: 1, role: 'general', text: 'b' },
      ]),
    )
    expect(idx.findings.map((f) => f.code)).toEqual(['compact.duplicate_number'])
  })
})
