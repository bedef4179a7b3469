/**
 * 公民身份号码 — GB 11643-1999 (domain-rules §7).
 *
 * 18 characters: 6 位地址码 (GB/T 2260) + 8 位出生日期 YYYYMMDD + 3 位顺序码
 * (奇数男、偶数女) + 1 位校验码 (ISO 7064 MOD 11-2).
 * Legacy 15-digit numbers (GB 11643-1989): 6 地址码 + 6 出生日期 YYMMDD + 3 顺序码,
 * no check digit; the 1st-generation card stopped being valid on 2013-01-01 but the
 * numbers live on in archives, so we detect them and offer a conversion.
 *
 * The known-area-code list is injected: the domain stays pure, and unknown codes
 * are only a WARNING because old IDs keep codes that GB/T 2260 has since retired.
 */
import { compareIsoDates, formatChineseDate, formatIsoDate, isRealDate, requireIsoDate } from '@/domain/calendar/calendar'
import { compactHalfWidth } from '@/domain/text/normalize'
import { maskIdNumber } from './masking'

export type Sex = '男' | '女'

export type IdErrorCode = 'empty' | 'bad_length' | 'bad_characters' | 'bad_date' | 'future_date' | 'bad_check_digit' | 'legacy_15'
export type IdWarningCode = 'unknown_area_code'

export interface IdIssue<C extends string> {
  code: C
  /** Plain Chinese, shown at the field. */
  message: string
}

export interface ParsedIdNumber {
  ok: true
  /** Normalised: half-width, no spaces, upper-case X. Store this form. */
  idNumber: string
  birthDate: string // YYYY-MM-DD
  sex: Sex
  areaCode: string
  warnings: IdIssue<IdWarningCode>[]
}

export interface InvalidIdNumber {
  ok: false
  /** The normalised input, so a form can show what was checked. */
  normalised: string
  errors: IdIssue<IdErrorCode>[]
  /** Present when the input is a well-formed legacy 15-digit number. */
  legacy15?: { converted: string }
}

export type IdParseResult = ParsedIdNumber | InvalidIdNumber

export interface AreaCodeSet {
  has(code: string): boolean
}

export interface ParseIdOptions {
  /** 'YYYY-MM-DD', the local calendar date (a birth date after it is an error). */
  today: string
  /** 现行行政区划代码 (6 digits). Omit to skip the area-code check. */
  knownAreaCodes?: AreaCodeSet
}

/** Weights for positions 1–17: 2^(18−i) mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
/** Check character indexed by S mod 11. */
const CHECK_CHARS = '10X98765432'

/** Trim, full-width → half-width, drop inner spaces, x → X. */
export function normaliseIdNumber(raw: string): string {
  return compactHalfWidth(raw).toUpperCase()
}

/**
 * ISO 7064 MOD 11-2 check character for the first 17 digits.
 * Throws on anything but 17 ASCII digits (a programming error, not user input).
 */
export function computeCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError(`计算校验码需要17位数字，收到：${first17.length}位`)
  }
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0)
  return CHECK_CHARS[sum % 11] ?? ''
}

/**
 * 15 位旧号码 → 18 位: insert '19' before YY (1st-generation cards were only issued
 * to people born in the 1900s), then append the check character.
 */
export function convert15To18(id15: string): string {
  const s = normaliseIdNumber(id15)
  if (!/^\d{15}$/.test(s)) throw new RangeError('旧身份证号码应为15位数字')
  const first17 = `${s.slice(0, 6)}19${s.slice(6)}`
  return first17 + computeCheckDigit(first17)
}

function checkBirthDate(digits8: string, today: string): IdIssue<IdErrorCode>[] {
  const year = Number(digits8.slice(0, 4))
  const month = Number(digits8.slice(4, 6))
  const day = Number(digits8.slice(6, 8))
  if (!isRealDate(year, month, day)) {
    return [{ code: 'bad_date', message: `出生日期“${digits8}”不是真实存在的日期，请核对第7至14位` }]
  }
  const birth = formatIsoDate({ year, month, day })
  if (compareIsoDates(birth, today) > 0) {
    return [
      {
        code: 'future_date',
        message: `出生日期${formatChineseDate({ year, month, day })}晚于今天（${formatChineseDate(today)}），号码可能有误`,
      },
    ]
  }
  return []
}

function parseLegacy15(s: string, today: string): InvalidIdNumber {
  const dateErrors = checkBirthDate(`19${s.slice(6, 12)}`, today)
  if (dateErrors.length > 0) return { ok: false, normalised: s, errors: dateErrors }
  const converted = convert15To18(s)
  return {
    ok: false,
    normalised: s,
    errors: [{ code: 'legacy_15', message: `这是旧15位号码，可转换为18位：${converted}` }],
    legacy15: { converted },
  }
}

/** Parses and validates an ID number; collects every error, not just the first. */
export function parseIdNumber(raw: string, options: ParseIdOptions): IdParseResult {
  requireIsoDate(options.today)
  const s = normaliseIdNumber(raw)

  if (s.length === 0) {
    return { ok: false, normalised: s, errors: [{ code: 'empty', message: '请填写身份证号码' }] }
  }
  if (/^\d{15}$/.test(s)) return parseLegacy15(s, options.today)

  const errors: IdIssue<IdErrorCode>[] = []
  if (s.length !== 18) {
    errors.push({ code: 'bad_length', message: `身份证号码应为18位，现为${s.length}位` })
  }
  // X may only be the last character (the check character standing for 10).
  if (!/^\d*X?$/.test(s)) {
    errors.push({ code: 'bad_characters', message: '身份证号码前17位只能是数字，最后一位是数字或X' })
  }
  if (errors.length > 0) return { ok: false, normalised: s, errors }

  errors.push(...checkBirthDate(s.slice(6, 14), options.today))
  const expected = computeCheckDigit(s.slice(0, 17))
  const actual = s.slice(17)
  if (expected !== actual) {
    errors.push({
      code: 'bad_check_digit',
      message: `校验码不符：按前17位计算，第18位应为“${expected}”，现为“${actual}”，号码可能抄错`,
    })
  }
  if (errors.length > 0) return { ok: false, normalised: s, errors }

  const areaCode = s.slice(0, 6)
  const warnings: IdIssue<IdWarningCode>[] = []
  if (options.knownAreaCodes && !options.knownAreaCodes.has(areaCode)) {
    warnings.push({
      code: 'unknown_area_code',
      message: `地址码${areaCode}不在现行行政区划代码表中，可能是已撤销的旧代码，请核对`,
    })
  }
  return {
    ok: true,
    idNumber: s,
    birthDate: `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`,
    sex: Number(s[16]) % 2 === 1 ? '男' : '女',
    areaCode,
    warnings,
  }
}

/**
 * Birth date and sex read from the structure alone (18-digit, or 15-digit read as
 * 19YY), without check-digit or future-date tests. For records already stored:
 * eligibility and the women-representative count must still work for a villager
 * whose number was entered before validation existed; the UI flags the number
 * separately through parseIdNumber. null when the digits cannot give a real date.
 */
export function readIdFacts(raw: string): { birthDate: string; sex: Sex } | null {
  const s = normaliseIdNumber(raw)
  let date: string
  let seqDigit: string
  if (/^\d{17}[\dX]$/.test(s)) {
    date = s.slice(6, 14)
    seqDigit = s[16] ?? ''
  } else if (/^\d{15}$/.test(s)) {
    date = `19${s.slice(6, 12)}`
    seqDigit = s[14] ?? ''
  } else {
    return null
  }
  const year = Number(date.slice(0, 4))
  const month = Number(date.slice(4, 6))
  const day = Number(date.slice(6, 8))
  if (!isRealDate(year, month, day)) return null
  return { birthDate: formatIsoDate({ year, month, day }), sex: Number(seqDigit) % 2 === 1 ? '男' : '女' }
}

export type AcceptedIdNumber = { ok: true; idNumber: string; warnings: string[] } | { ok: false; normalised: string; errors: string[] }

/**
 * THE acceptance rule for an ID number entered by hand or imported (one rule for both): a valid
 * 18-digit number is taken as it is; a well-formed legacy 15-digit number is converted to 18 digits
 * (GB 11643-1999, domain-rules §7) and taken with a warning, after the converted number passes the
 * same checks. Messages show numbers masked (principle 5): a warning must not leak a full number.
 */
export function acceptIdNumber(raw: string, options: ParseIdOptions): AcceptedIdNumber {
  const result = parseIdNumber(raw, options)
  if (result.ok) return { ok: true, idNumber: result.idNumber, warnings: result.warnings.map((w) => w.message) }
  if (result.legacy15) {
    const again = parseIdNumber(result.legacy15.converted, options)
    if (again.ok) {
      return {
        ok: true,
        idNumber: again.idNumber,
        warnings: [
          `身份证号是旧15位号码（${maskIdNumber(result.normalised)}），已按国家标准转换为18位（${maskIdNumber(again.idNumber)}）`,
          ...again.warnings.map((w) => w.message),
        ],
      }
    }
    return { ok: false, normalised: result.normalised, errors: again.ok ? [] : again.errors.map((e) => e.message) }
  }
  return { ok: false, normalised: result.normalised, errors: result.errors.map((e) => e.message) }
}
