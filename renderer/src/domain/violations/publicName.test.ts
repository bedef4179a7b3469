import { describe, expect, it } from 'vitest'
import { anonymizedName } from './publicName'

describe('anonymizedName: 李某', () => {
  it('surname + 某', () => {
    expect(anonymizedName('李四')).toBe('李某')
    expect(anonymizedName('王小明')).toBe('王某')
    expect(anonymizedName(' 张三 ')).toBe('张某')
  })
  it('keeps a compound surname (three characters or more only)', () => {
    expect(anonymizedName('欧阳明')).toBe('欧阳某')
    expect(anonymizedName('司马相如')).toBe('司马某')
    expect(anonymizedName('欧阳')).toBe('欧某')
  })
  it('minority names and rare characters', () => {
    expect(anonymizedName('阿依古丽·买买提')).toBe('阿某')
    expect(anonymizedName('𠮷祥')).toBe('𠮷某')
  })
  it('empty names never leak anything', () => {
    expect(anonymizedName('')).toBe('某')
    expect(anonymizedName('  ')).toBe('某')
  })
  it('the 掩码 style is the app-wide maskName', () => {
    expect(anonymizedName('王小明', '掩码')).toBe('王*明')
    expect(anonymizedName('李四', '掩码')).toBe('李*')
  })
})
