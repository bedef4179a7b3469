import { describe, expect, it } from 'vitest'
import { possibleCloseRelative } from './kinship'
import type { RelationToHead } from './model'

const p = (id: string, relationToHead: RelationToHead, householdId = 'H1') => ({ id, householdId, relationToHead })

describe('possibleCloseRelative', () => {
  it('head with spouse, children, parents, siblings, grandchildren', () => {
    expect(possibleCloseRelative(p('a', '户主'), p('b', '配偶'))).toBe('配偶')
    expect(possibleCloseRelative(p('a', '户主'), p('b', '子'))).toBe('父母子女')
    expect(possibleCloseRelative(p('a', '女'), p('b', '户主'))).toBe('父母子女')
    expect(possibleCloseRelative(p('a', '户主'), p('b', '父母'))).toBe('父母子女')
    expect(possibleCloseRelative(p('a', '户主'), p('b', '兄弟姐妹'))).toBe('兄弟姐妹')
    expect(possibleCloseRelative(p('a', '户主'), p('b', '孙子女'))).toBe('祖孙')
    expect(possibleCloseRelative(p('a', '户主'), p('b', '外孙子女'))).toBe('祖孙')
  })

  it('derived between non-head members', () => {
    expect(possibleCloseRelative(p('a', '子'), p('b', '女'))).toBe('兄弟姐妹')
    expect(possibleCloseRelative(p('a', '子'), p('b', '子'))).toBe('兄弟姐妹')
    expect(possibleCloseRelative(p('a', '配偶'), p('b', '子'))).toBe('父母子女')
    expect(possibleCloseRelative(p('a', '父母'), p('b', '父母'))).toBe('配偶')
    expect(possibleCloseRelative(p('a', '父母'), p('b', '兄弟姐妹'))).toBe('父母子女')
    expect(possibleCloseRelative(p('a', '子'), p('b', '儿媳'))).toBe('配偶')
    expect(possibleCloseRelative(p('a', '子'), p('b', '父母'))).toBe('祖孙')
  })

  it('in-laws are not 近亲属', () => {
    expect(possibleCloseRelative(p('a', '户主'), p('b', '儿媳'))).toBeNull()
    expect(possibleCloseRelative(p('a', '配偶'), p('b', '父母'))).toBeNull()
    expect(possibleCloseRelative(p('a', '户主'), p('b', '其他'))).toBeNull()
  })

  it('different households or the same person: nothing can be derived', () => {
    expect(possibleCloseRelative(p('a', '户主', 'H1'), p('b', '配偶', 'H2'))).toBeNull()
    expect(possibleCloseRelative(p('a', '户主'), p('a', '户主'))).toBeNull()
  })

  it('two 户主 in one household is a data error, not kinship', () => {
    expect(possibleCloseRelative(p('a', '户主'), p('b', '户主'))).toBeNull()
  })
})
