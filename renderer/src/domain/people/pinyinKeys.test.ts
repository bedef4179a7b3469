import { describe, expect, it } from 'vitest'
import { nameKeys } from './pinyinKeys'

describe('nameKeys', () => {
  it('full pinyin and initials without tones', () => {
    const k = nameKeys('王炎明')
    expect(k.primaryFull).toBe('wangyanming')
    expect(k.primaryInitials).toBe('wym')
  })

  it('reads polyphonic surnames as surnames', () => {
    expect(nameKeys('单田芳').primaryFull).toBe('shantianfang')
    expect(nameKeys('曾国藩').primaryFull).toBe('zengguofan')
    expect(nameKeys('解晓东').primaryFull).toBe('xiexiaodong')
    expect(nameKeys('仇大山').primaryFull).toBe('qiudashan')
    expect(nameKeys('欧阳修').primaryInitials).toBe('oyx')
  })

  it('keeps the other readings of polyphonic characters as alternatives', () => {
    expect(nameKeys('单田芳').alternatives).toContain('dantianfang')
    const yue = nameKeys('张乐')
    expect([yue.primaryFull, ...yue.alternatives]).toEqual(expect.arrayContaining(['zhangle', 'zhangyue']))
  })

  it('handles rare given-name characters', () => {
    expect(nameKeys('李堃').primaryFull).toBe('likun')
    expect(nameKeys('张喆').primaryFull).toBe('zhangzhe')
    expect(nameKeys('刘昇').primaryFull).toBe('liusheng')
    expect(nameKeys('陈淼').primaryFull).toBe('chenmiao')
    expect(nameKeys('林琇').primaryFull).toBe('linxiu')
    expect(nameKeys('赵犇').primaryFull).toBe('zhaoben')
  })

  it('ü is typed as v (primary) or u (alternative)', () => {
    const k = nameKeys('吕布')
    expect(k.primaryFull).toBe('lvbu')
    expect(k.alternatives).toContain('lubu')
    expect(k.primaryInitials).toBe('lb')
  })

  it('skips characters without pinyin and keeps Latin letters', () => {
    expect(nameKeys('阿依古丽·买买提').primaryFull).toBe('ayiguli' + 'maimaiti')
    expect(nameKeys('𠀀明').primaryFull).toBe('ming')
    expect(nameKeys('Anna王').primaryFull).toBe('annawang')
  })

  it('bounds the number of alternatives for long polyphonic names', () => {
    expect(nameKeys('乐乐乐乐乐乐').alternatives.length).toBeLessThanOrEqual(8 * 3)
  })

  it('empty name gives empty keys', () => {
    expect(nameKeys('')).toEqual({ primaryFull: '', primaryInitials: '', alternatives: [] })
  })
})
