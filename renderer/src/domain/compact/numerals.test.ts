import { describe, expect, it } from 'vitest'
import { formatItemNumber, formatOrdinal, parseChineseNumber, parseOrdinal, readArticleNumber, toChineseNumber } from './numerals'

describe('parseChineseNumber', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['十九', 19],
    ['二十', 20],
    ['二十一', 21],
    ['三十九', 39],
    ['九十九', 99],
    ['一百', 100],
    ['一百零一', 101],
    ['一百〇五', 105],
    ['一百零五', 105],
    ['一百一十', 110],
    ['一百十', 110],
    ['一百一十一', 111],
    ['两百', 200],
    ['二百五十', 250],
    ['一千', 1000],
    ['一千零五', 1005],
    ['一千零十', 1010],
    ['一千零五十', 1050],
    ['两千零二十六', 2026],
    ['一万', 10_000],
    ['一万零一十', 10_010],
    ['十万', 100_000],
    ['三万十五', 30_015],
    ['一亿零五', 100_000_005],
    ['零', 0],
    ['〇', 0],
    ['两', 2],
    ['二〇二六', 2026],
    ['一〇五', 105],
    ['叁拾玖', 39],
    ['壹佰零伍', 105],
    ['39', 39],
    ['３９', 39],
    [' 四十五 ', 45],
    ['一百五', 150],
    ['两千三', 2300],
    ['一万五', 15_000],
  ])('%s → %d', (text, n) => {
    expect(parseChineseNumber(text)).toBe(n)
  })

  it.each(['', ' ', '十百', '百', '千五', '三四十', '一百百', '万', '一万三亿', 'abc', '三十九条', '3九', '十十'])('refuses %j', (text) => {
    expect(parseChineseNumber(text)).toBeNull()
  })
})

describe('toChineseNumber', () => {
  it.each([
    [0, '零'],
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [39, '三十九'],
    [45, '四十五'],
    [100, '一百'],
    [101, '一百零一'],
    [105, '一百零五'],
    [110, '一百一十'],
    [115, '一百一十五'],
    [1000, '一千'],
    [1005, '一千零五'],
    [1010, '一千零一十'],
    [2026, '二千零二十六'],
    [10_000, '一万'],
    [10_010, '一万零一十'],
    [100_000, '十万'],
    [100_000_005, '一亿零五'],
    [1_000_001_000, '十亿零一千'],
  ])('%d → %s', (n, text) => {
    expect(toChineseNumber(n)).toBe(text)
  })

  it('round-trips 0–12000', () => {
    for (let n = 0; n <= 12_000; n++) expect(parseChineseNumber(toChineseNumber(n))).toBe(n)
  })

  it.each([-1, 1.5, 1e12, Number.NaN])('refuses %d', (n) => {
    expect(() => toChineseNumber(n)).toThrow(RangeError)
  })
})

describe('ordinals', () => {
  it.each([
    ['第三十九条', 39, '条'],
    ['第39条', 39, '条'],
    ['第３９条', 39, '条'],
    ['第 三十九 条', 39, '条'],
    ['第十条', 10, '条'],
    ['第一百零五条', 105, '条'],
    ['第一章', 1, '章'],
    ['第六章', 6, '章'],
    ['第二款', 2, '款'],
    ['第三项', 3, '项'],
  ])('%s → %d%s', (text, number, unit) => {
    expect(parseOrdinal(text)).toEqual({ number, unit })
  })

  it.each(['三十九条', '第条', '第零条', '第三十九', '第三十九条之一', '第十百条'])('refuses %j', (text) => {
    expect(parseOrdinal(text)).toBeNull()
  })

  it('writes ordinals and item numbers', () => {
    expect(formatOrdinal(39)).toBe('第三十九条')
    expect(formatOrdinal(8)).toBe('第八条')
    expect(formatOrdinal(6, '章')).toBe('第六章')
    expect(formatOrdinal(120)).toBe('第一百二十条')
    expect(formatItemNumber(3)).toBe('（三）')
    expect(formatItemNumber(12)).toBe('（十二）')
  })

  it('reads an article number in any way a caller gives it', () => {
    expect(readArticleNumber(39)).toBe(39)
    expect(readArticleNumber('39')).toBe(39)
    expect(readArticleNumber('３９')).toBe(39)
    expect(readArticleNumber('三十九')).toBe(39)
    expect(readArticleNumber('第三十九条')).toBe(39)
    expect(readArticleNumber('第３９条')).toBe(39)
    expect(readArticleNumber('第三章')).toBeNull()
    expect(readArticleNumber(0)).toBeNull()
    expect(readArticleNumber(-3)).toBeNull()
    expect(readArticleNumber(2.5)).toBeNull()
    expect(readArticleNumber('零')).toBeNull()
    expect(readArticleNumber('x')).toBeNull()
  })
})
