import { describe, expect, it } from 'vitest'
import { computeCheckDigit, convert15To18, normaliseIdNumber, parseIdNumber, readIdFacts, type IdParseResult } from './idNumber'

const TODAY = '2025-06-15'

/** Builds a valid 18-digit number for a given birth date (YYYYMMDD) and sequence. */
function idFor(area: string, yyyymmdd: string, seq: string): string {
  const first17 = area + yyyymmdd + seq
  return first17 + computeCheckDigit(first17)
}

function errorCodes(r: IdParseResult): string[] {
  return r.ok ? [] : r.errors.map((e) => e.code)
}

describe('computeCheckDigit (ISO 7064 MOD 11-2)', () => {
  it('matches the test vectors of domain-rules §7', () => {
    expect(computeCheckDigit('11010519491231002')).toBe('X')
    expect(computeCheckDigit('44052418800101001')).toBe('4')
    expect(computeCheckDigit('37010119010203997')).toBe('3')
    expect(computeCheckDigit('53010219200508011')).toBe('X')
  })

  it('matches a brute-force weighted sum (weights = 2^(18-i) mod 11) for every remainder', () => {
    const seen = new Set<string>()
    for (let n = 0; n < 2000; n++) {
      const first17 = String(10000000000000000n + BigInt(n) * 7919n).padStart(17, '0')
      let sum = 0
      for (let i = 1; i <= 17; i++) sum += Number(first17[i - 1]) * (2 ** (18 - i) % 11)
      // check value c satisfies (sum + c) ≡ 1 (mod 11), with X standing for 10
      const c = (12 - (sum % 11)) % 11
      const expected = c === 10 ? 'X' : String(c)
      expect(computeCheckDigit(first17)).toBe(expected)
      seen.add(expected)
    }
    expect(seen.size).toBe(11)
  })

  it('throws on anything but 17 digits', () => {
    expect(() => computeCheckDigit('1101051949123100')).toThrow(RangeError)
    expect(() => computeCheckDigit('110105194912310021')).toThrow(RangeError)
    expect(() => computeCheckDigit('1101051949123100X')).toThrow(RangeError)
  })
})

describe('parseIdNumber — valid numbers', () => {
  it.each([
    ['11010519491231002X', '1949-12-31', '女', '110105'],
    ['440524188001010014', '1880-01-01', '男', '440524'],
    ['370101190102039973', '1901-02-03', '男', '370101'],
    ['53010219200508011X', '1920-05-08', '男', '530102'],
  ])('%s', (id, birthDate, sex, areaCode) => {
    const r = parseIdNumber(id, { today: TODAY })
    expect(r).toEqual({ ok: true, idNumber: id, birthDate, sex, areaCode, warnings: [] })
  })

  it('normalises spaces, full-width digits and lower-case x', () => {
    const r = parseIdNumber(' １１０１０５ 19491231 002x ', { today: TODAY })
    expect(r.ok && r.idNumber).toBe('11010519491231002X')
    expect(normaliseIdNumber('11010519491231002x')).toBe('11010519491231002X')
  })

  it('sex from digit 17: odd male, even female (0 and 9 at the ends)', () => {
    const male = parseIdNumber(idFor('110105', '19800101', '009'), { today: TODAY })
    const female = parseIdNumber(idFor('110105', '19800101', '010'), { today: TODAY })
    expect(male.ok && male.sex).toBe('男')
    expect(female.ok && female.sex).toBe('女')
  })
})

describe('parseIdNumber — errors in Chinese', () => {
  it('530102192005080119 has a wrong check digit and says what it should be', () => {
    const r = parseIdNumber('530102192005080119', { today: TODAY })
    expect(r.ok).toBe(false)
    expect(errorCodes(r)).toEqual(['bad_check_digit'])
    expect(!r.ok && r.errors[0]?.message).toBe('校验码不符：按前17位计算，第18位应为“X”，现为“9”，号码可能抄错')
  })

  it('empty input', () => {
    const r = parseIdNumber('   ', { today: TODAY })
    expect(errorCodes(r)).toEqual(['empty'])
  })

  it('length: 17 and 19 characters are rejected with the count', () => {
    const r17 = parseIdNumber('11010519491231002', { today: TODAY })
    expect(errorCodes(r17)).toEqual(['bad_length'])
    expect(!r17.ok && r17.errors[0]?.message).toBe('身份证号码应为18位，现为17位')
    expect(errorCodes(parseIdNumber('11010519491231002X1', { today: TODAY }))).toEqual(['bad_length', 'bad_characters'])
  })

  it('characters: X only allowed last; letters and symbols rejected', () => {
    expect(errorCodes(parseIdNumber('1101051949123100X2', { today: TODAY }))).toEqual(['bad_characters'])
    expect(errorCodes(parseIdNumber('11010519491231002Y', { today: TODAY }))).toEqual(['bad_characters'])
    expect(errorCodes(parseIdNumber('110105-19491231-002X', { today: TODAY }))).toEqual(['bad_length', 'bad_characters'])
  })

  it('Feb 29: 2000 is a leap year, 1900 is not, 2023 is not, 2024 is', () => {
    expect(parseIdNumber(idFor('110105', '20000229', '001'), { today: TODAY }).ok).toBe(true)
    expect(parseIdNumber(idFor('110105', '20240229', '001'), { today: TODAY }).ok).toBe(true)
    const r1900 = parseIdNumber(idFor('110105', '19000229', '001'), { today: TODAY })
    expect(errorCodes(r1900)).toEqual(['bad_date'])
    expect(!r1900.ok && r1900.errors[0]?.message).toContain('19000229')
    expect(errorCodes(parseIdNumber(idFor('110105', '20230229', '001'), { today: TODAY }))).toEqual(['bad_date'])
  })

  it('month and day bounds', () => {
    expect(errorCodes(parseIdNumber(idFor('110105', '19801301', '001'), { today: TODAY }))).toEqual(['bad_date'])
    expect(errorCodes(parseIdNumber(idFor('110105', '19800001', '001'), { today: TODAY }))).toEqual(['bad_date'])
    expect(errorCodes(parseIdNumber(idFor('110105', '19800431', '001'), { today: TODAY }))).toEqual(['bad_date'])
    expect(parseIdNumber(idFor('110105', '19800430', '001'), { today: TODAY }).ok).toBe(true)
  })

  it('birth date in the future: today is fine, tomorrow is not', () => {
    expect(parseIdNumber(idFor('110105', '20250615', '001'), { today: TODAY }).ok).toBe(true)
    const r = parseIdNumber(idFor('110105', '20250616', '001'), { today: TODAY })
    expect(errorCodes(r)).toEqual(['future_date'])
    expect(!r.ok && r.errors[0]?.message).toBe('出生日期2025年6月16日晚于今天（2025年6月15日），号码可能有误')
  })

  it('reports a bad date and a bad check digit together', () => {
    const first17 = '11010519000229001'
    const wrong = computeCheckDigit(first17) === '1' ? '2' : '1'
    expect(errorCodes(parseIdNumber(first17 + wrong, { today: TODAY }))).toEqual(['bad_date', 'bad_check_digit'])
  })

  it('rejects an invalid today option (programming error)', () => {
    expect(() => parseIdNumber('11010519491231002X', { today: '2025-6-15' })).toThrow(RangeError)
  })
})

describe('area codes (warning, not error)', () => {
  const known = new Set(['110105', '440524'])

  it('known code: no warning', () => {
    const r = parseIdNumber('11010519491231002X', { today: TODAY, knownAreaCodes: known })
    expect(r.ok && r.warnings).toEqual([])
  })

  it('unknown code: still ok, with a Chinese warning', () => {
    const r = parseIdNumber('370101190102039973', { today: TODAY, knownAreaCodes: known })
    expect(r.ok).toBe(true)
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(['unknown_area_code'])
    expect(r.ok && r.warnings[0]?.message).toContain('370101')
  })

  it('no list given: no area check', () => {
    const r = parseIdNumber('370101190102039973', { today: TODAY })
    expect(r.ok && r.warnings).toEqual([])
  })
})

describe('legacy 15-digit numbers', () => {
  it('convert15To18 inserts 19 and computes the check digit', () => {
    expect(convert15To18('110105491231002')).toBe('11010519491231002X')
    expect(convert15To18('５３０１０２２００５０８０１１')).toBe('53010219200508011X')
  })

  it('convert15To18 rejects anything but 15 digits', () => {
    expect(() => convert15To18('11010549123100')).toThrow(RangeError)
    expect(() => convert15To18('1101054912310021')).toThrow(RangeError)
  })

  it('parse says it is an old number and offers the conversion', () => {
    const r = parseIdNumber('110105491231002', { today: TODAY })
    expect(r.ok).toBe(false)
    expect(errorCodes(r)).toEqual(['legacy_15'])
    expect(!r.ok && r.errors[0]?.message).toBe('这是旧15位号码，可转换为18位：11010519491231002X')
    expect(!r.ok && r.legacy15).toEqual({ converted: '11010519491231002X' })
    // the converted number parses cleanly
    expect(parseIdNumber('11010519491231002X', { today: TODAY }).ok).toBe(true)
  })

  it('a 15-digit number with an impossible date is not offered for conversion', () => {
    const r = parseIdNumber('110105000229002', { today: TODAY }) // 1900-02-29
    expect(errorCodes(r)).toEqual(['bad_date'])
    expect(!r.ok && r.legacy15).toBeUndefined()
  })

  it('14 and 16 digits are length errors, not legacy numbers', () => {
    expect(errorCodes(parseIdNumber('11010549123100', { today: TODAY }))).toEqual(['bad_length'])
    expect(errorCodes(parseIdNumber('1101054912310021', { today: TODAY }))).toEqual(['bad_length'])
  })
})

describe('readIdFacts (structure only, for stored records)', () => {
  it('reads birth date and sex from 18 and 15 digits', () => {
    expect(readIdFacts('11010519491231002X')).toEqual({ birthDate: '1949-12-31', sex: '女' })
    expect(readIdFacts('110105491231001')).toEqual({ birthDate: '1949-12-31', sex: '男' })
  })

  it('ignores a wrong check digit but not an impossible date', () => {
    expect(readIdFacts('530102192005080119')).toEqual({ birthDate: '1920-05-08', sex: '男' })
    expect(readIdFacts(idFor('110105', '19000229', '001'))).toBeNull()
    expect(readIdFacts('12345')).toBeNull()
  })
})
