import { describe, expect, it } from 'vitest'
import { latinWordsIn } from './latin'

describe('latinWordsIn', () => {
  it('finds developer names and English words', () => {
    expect(latinWordsIn('本浏览器的本地数据库（IndexedDB）')).toEqual(['IndexedDB'])
    expect(latinWordsIn('打印件 SHA-256 值')).toEqual(['SHA-256'])
    expect(latinWordsIn('对象：notices')).toEqual(['notices'])
    expect(latinWordsIn('undefined 户')).toEqual(['undefined'])
  })
  it('allows file kinds, units and an ID number’s X', () => {
    expect(latinWordsIn('保存PDF、导出 Excel 台账，A4 纸')).toEqual([])
    expect(latinWordsIn('身份证号 110105********002X，已用 3.2 MB')).toEqual([])
    expect(latinWordsIn('宅子村花名册.xlsx')).toEqual([])
  })
  it('allows X (an ID tail, a masked name) but not another lone letter', () => {
    expect(latinWordsIn('选 X 项')).toEqual([])
    expect(latinWordsIn('张X')).toEqual([])
    expect(latinWordsIn('第 Y 项')).toEqual(['Y'])
  })
  it('says nothing about Chinese text and numbers', () => {
    expect(latinWordsIn('共 1,234 户、10000 人；2026年3月1日')).toEqual([])
  })
})
