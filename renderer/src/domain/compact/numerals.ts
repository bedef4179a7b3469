/**
 * 中文数字 (Chinese numerals), both ways: 第三十九条 ↔ 39.
 *
 * Compacts come from Word files typed by hand, so the reader is lenient where the writing is not
 * ambiguous: 〇 and 零 alike, 两 for 二, 大写 (壹贰叁…拾佰仟), bare 十 for 10, digit strings such as
 * 二〇二六 (a year), and full-width or half-width Arabic digits (第３９条, 第39条). It refuses what
 * has no one reading (十百, 三四十) so that the parser reports the line instead of guessing.
 *
 * The writer produces the standard form (GB/T 9704 and the statute books): 十, 十一, 二十, 一百零五,
 * 一百一十, 一千零五, 一万零一十.
 */
import { toHalfWidth } from '@/domain/text/normalize'

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
}

const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 }
const MYRIAD: Record<string, number> = { 万: 10_000, 萬: 10_000, 亿: 100_000_000 }

/** Characters that may appear in a number, for building regexes elsewhere (parse.ts). */
export const NUMERAL_CHARS = '0-9０-９零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾百佰千仟万萬亿'

/**
 * Reads a number written in Chinese or Arabic digits; null when it is not one number.
 * Surrounding spaces are ignored; nothing else is.
 */
export function parseChineseNumber(input: string): number | null {
  const text = toHalfWidth(input).replace(/\s+/g, '')
  if (!text) return null
  if (/^\d+$/.test(text)) return Number(text)
  const chars = [...text]
  if (chars.some((c) => !(c in DIGITS) && !(c in UNITS) && !(c in MYRIAD))) return null
  // 二〇二六, 一〇五: digits only, read place by place.
  if (chars.every((c) => c in DIGITS)) {
    if (chars.length === 1) return DIGITS[chars[0]!]!
    return Number(chars.map((c) => DIGITS[c]).join(''))
  }
  return readPositional(chars)
}

/** 一万二千三百零五 style: sections of 千百十 grouped by 万/亿. */
function readPositional(chars: string[]): number | null {
  let total = 0
  let section = 0
  /** The digit waiting for its unit. */
  let digit: number | null = null
  /** The unit last used in this section: the next must be smaller. */
  let lastUnit = Infinity
  /** The last myriad used: the next must be smaller (一亿三万, not 一万三亿). */
  let lastMyriad = Infinity
  let sawZero = false
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!
    if (c in DIGITS) {
      const d = DIGITS[c]!
      if (digit !== null) return null // 三四十: two digits in a row
      if (d === 0) {
        sawZero = true
        continue
      }
      digit = d
      continue
    }
    if (c in UNITS) {
      const u = UNITS[c]!
      if (u >= lastUnit) return null // 十百, 百百
      if (digit === null) {
        // A bare 十 starting a section (十, 十五, 三万十五), after 零 (一千零十) or straight after 百
        // (一百十, spoken) means 一十; 百 and 千 always need their digit.
        if (u !== 10 || (section !== 0 && !sawZero && lastUnit !== 100)) return null
        digit = 1
      }
      section += digit * u
      digit = null
      lastUnit = u
      sawZero = false
      continue
    }
    const m = MYRIAD[c]!
    if (m >= lastMyriad) return null
    const value = section + (digit ?? 0)
    if (value === 0) return null // 万 with nothing before it
    total += value * m
    section = 0
    digit = null
    lastUnit = Infinity
    lastMyriad = m
    sawZero = false
  }
  if (digit !== null) {
    // 一百五 / 两千三 / 一万五 (spoken shorthand for 150 / 2300 / 15000): a last digit straight after
    // 百, 千 or 万, with no 零, counts in the next unit down. After 十 or a 零 it is the ones digit.
    const before = chars[chars.length - 2] ?? ''
    const unitBefore = UNITS[before] ?? MYRIAD[before]
    if (!sawZero && unitBefore !== undefined && unitBefore >= 100) {
      section += digit * (unitBefore / 10)
    } else {
      section += digit
    }
  }
  return total + section
}

const WRITE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const

/** Writes 0 ≤ n < 10^12 in standard Chinese (39 → 三十九, 105 → 一百零五, 10 → 十). */
export function toChineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e12) throw new RangeError(`只能写0到一万亿以内的整数：${n}`)
  if (n === 0) return '零'
  const parts: string[] = []
  const groups: [number, string][] = [
    [Math.floor(n / 1e8), '亿'],
    [Math.floor(n / 1e4) % 1e4, '万'],
    [n % 1e4, ''],
  ]
  let started = false
  let pendingZero = false
  for (const [value, myriad] of groups) {
    if (value === 0) {
      if (started) pendingZero = true
      continue
    }
    if (started && (pendingZero || value < 1000)) parts.push('零')
    parts.push(writeSection(value, !started) + myriad)
    started = true
    pendingZero = false
  }
  return parts.join('')
}

/** 1–9999; `leading` drops the 一 of 一十 (十五, not 一十五) only at the very start. */
function writeSection(value: number, leading: boolean): string {
  const places: [number, string][] = [
    [Math.floor(value / 1000), '千'],
    [Math.floor(value / 100) % 10, '百'],
    [Math.floor(value / 10) % 10, '十'],
    [value % 10, ''],
  ]
  let out = ''
  let zero = false
  let started = false
  for (const [d, unit] of places) {
    if (d === 0) {
      if (started) zero = true
      continue
    }
    if (zero) out += '零'
    zero = false
    if (!(d === 1 && unit === '十' && !started && leading)) out += WRITE_DIGITS[d]!
    out += unit
    started = true
  }
  return out
}

/** What an ordinal counts: 条 (article), 章 (chapter), 款, 项, 节. */
export type OrdinalUnit = '条' | '章' | '节' | '款' | '项'

const ORDINAL = new RegExp(`^第\\s*([${NUMERAL_CHARS}]+)\\s*(条|章|节|款|项)$`)

/** 第三十九条 → { number: 39, unit: '条' }; null when it is not one ordinal. */
export function parseOrdinal(input: string): { number: number; unit: OrdinalUnit } | null {
  const m = ORDINAL.exec(toHalfWidth(input).trim())
  if (!m) return null
  const number = parseChineseNumber(m[1]!)
  if (number === null || number < 1) return null
  return { number, unit: m[2] as OrdinalUnit }
}

/** 39 → 第三十九条. */
export function formatOrdinal(n: number, unit: OrdinalUnit = '条'): string {
  return `第${toChineseNumber(n)}${unit}`
}

/** 3 → （三）: how a 项 (item) is numbered in a compact. */
export function formatItemNumber(n: number): string {
  return `（${toChineseNumber(n)}）`
}

/**
 * An article number as a caller may give it: 39, '39', '３９', '三十九', '第三十九条'.
 * null when it is none of these or not a positive integer.
 */
export function readArticleNumber(input: number | string): number | null {
  if (typeof input === 'number') return Number.isInteger(input) && input > 0 ? input : null
  const ordinal = parseOrdinal(input)
  if (ordinal) return ordinal.unit === '条' ? ordinal.number : null
  const n = parseChineseNumber(input)
  return n !== null && n > 0 ? n : null
}
