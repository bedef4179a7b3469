import { describe, expect, it } from 'vitest'
import { findUnmaskedPersonalNumbers, maskAddressToGroup, maskBankAccount, maskIdNumber, maskName, maskPhone } from './masking'

describe('maskIdNumber', () => {
  it('18 digits: first 6 + 8 stars + last 4 (domain-rules §4.3 example)', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X')
    expect(maskIdNumber('440524188001010014')).toBe('440524********0014')
  })

  it('normalises lower-case x, full-width digits and spaces before masking', () => {
    expect(maskIdNumber('11010519491231002x')).toBe('110105********002X')
    expect(maskIdNumber('１１０１０５１９４９１２３１００２Ｘ')).toBe('110105********002X')
    expect(maskIdNumber(' 110105 19491231 002X ')).toBe('110105********002X')
  })

  it('masks an 18-digit number with a wrong check digit the same way (format only)', () => {
    expect(maskIdNumber('530102192005080119')).toBe('530102********0119')
  })

  it('15-digit legacy: hides exactly the 6 birth digits', () => {
    expect(maskIdNumber('110105491231002')).toBe('110105******002')
  })

  it('never echoes anything that is not a recognised ID', () => {
    // 17 and 19 digits: one below / one above the 18-digit format
    expect(maskIdNumber('11010519491231002')).toBe('*'.repeat(17))
    expect(maskIdNumber('110105194912310021X')).toBe('*'.repeat(18))
    // 14 and 16 digits around the legacy 15
    expect(maskIdNumber('11010549123100')).toBe('*'.repeat(14))
    expect(maskIdNumber('1101054912310021')).toBe('*'.repeat(16))
    expect(maskIdNumber('1101051949123100X2')).toBe('*'.repeat(18))
    expect(maskIdNumber('abc')).toBe('***')
    expect(maskIdNumber('1'.repeat(40))).toBe('*'.repeat(18))
  })

  it('returns empty for empty input', () => {
    expect(maskIdNumber('')).toBe('')
    expect(maskIdNumber(null)).toBe('')
    expect(maskIdNumber(undefined)).toBe('')
  })

  it('masked output never contains the 8 birth digits', () => {
    const id = '37010119010203997' + '3'
    expect(maskIdNumber(id)).not.toContain('19010203')
    expect(findUnmaskedPersonalNumbers(maskIdNumber(id))).toEqual([])
  })
})

describe('maskPhone', () => {
  it('mobile: 138****1234', () => {
    expect(maskPhone('13800131234')).toBe('138****1234')
    expect(maskPhone('138 0013 1234')).toBe('138****1234')
    expect(maskPhone('138-0013-1234')).toBe('138****1234')
    expect(maskPhone('+86 138 0013 1234')).toBe('138****1234')
    expect(maskPhone('１３８００１３１２３４')).toBe('138****1234')
  })

  it('mobile prefix bounds: 13x and 19x are mobiles, 12x is not', () => {
    expect(maskPhone('19912345678')).toBe('199****5678')
    expect(maskPhone('12912345678')).toBe('*'.repeat(11))
  })

  it('mobile length bounds: 10 and 12 digits are not mobiles', () => {
    expect(maskPhone('1380013123')).toBe('*'.repeat(10))
    expect(maskPhone('138001312345')).toBe('*'.repeat(12))
  })

  it('landline with area code keeps 区号 and last 4', () => {
    expect(maskPhone('0371-12345678')).toBe('0371-****5678')
    expect(maskPhone('0371-1234567')).toBe('0371-***4567')
    expect(maskPhone('010-87654321')).toBe('010-****4321')
    expect(maskPhone('(0371)12345678')).toBe('0371-****5678')
    expect(maskPhone('０３７１－１２３４５６７８')).toBe('0371-****5678')
  })

  it('landline with extension drops the extension', () => {
    expect(maskPhone('0371-12345678-801')).toBe('0371-****5678')
  })

  it('landline without separator splits 区号 by the 010/02x rule', () => {
    expect(maskPhone('037112345678')).toBe('0371-****5678')
    expect(maskPhone('01087654321')).toBe('010-****4321')
    expect(maskPhone('02112345678')).toBe('021-****5678')
  })

  it('local number without area code: 7 or 8 digits', () => {
    expect(maskPhone('82345678')).toBe('****5678')
    expect(maskPhone('2345678')).toBe('***5678')
    // 6 digits: too short to be a phone
    expect(maskPhone('234567')).toBe('******')
  })

  it('never echoes junk', () => {
    // whitespace is dropped before masking: 'callme' → 6 stars
    expect(maskPhone('call me')).toBe('******')
    expect(maskPhone('')).toBe('')
    expect(maskPhone(null)).toBe('')
  })
})

describe('maskBankAccount', () => {
  it('shows only 尾号 + last 4', () => {
    expect(maskBankAccount('6222021234567891234')).toBe('尾号1234')
    expect(maskBankAccount('6222 0212 3456 7891 234')).toBe('尾号1234')
    expect(maskBankAccount('６２２２０２１２３４５６７８９１２３４')).toBe('尾号1234')
  })

  it('8 digits is the shortest accepted; 7 is fully masked', () => {
    expect(maskBankAccount('12345678')).toBe('尾号5678')
    expect(maskBankAccount('1234567')).toBe('****')
  })

  it('non-numeric and empty', () => {
    expect(maskBankAccount('ABCD12345678')).toBe('****')
    expect(maskBankAccount('')).toBe('')
  })
})

describe('maskAddressToGroup', () => {
  it('cuts right after the known group name', () => {
    expect(maskAddressToGroup('河南省中牟县官渡镇张庄村三组45号', '三组')).toBe('河南省中牟县官渡镇张庄村三组')
    expect(maskAddressToGroup('张庄村第二村民小组东头第三户', '第二村民小组')).toBe('张庄村第二村民小组')
  })

  it('without a matching group name, cuts after a numbered group marker', () => {
    expect(maskAddressToGroup('张庄村5组12号', undefined)).toBe('张庄村5组')
    expect(maskAddressToGroup('石桥村二社15号', '')).toBe('石桥村二社')
  })

  it('falls back to village level + group name', () => {
    expect(maskAddressToGroup('张庄村东头老槐树下', '王庄组')).toBe('张庄村王庄组')
  })

  it('never shows house-level details', () => {
    expect(maskAddressToGroup('幸福路12号村口小卖部', '一组')).toBe('一组')
    expect(maskAddressToGroup('幸福路12号', '一组')).toBe('一组')
    expect(maskAddressToGroup('幸福路12号', undefined)).toBe('')
    // group name present but only after a house number: do not cut there
    expect(maskAddressToGroup('8号院一组', '一组')).toBe('一组')
  })

  it('empty address gives the group name', () => {
    expect(maskAddressToGroup('', '三组')).toBe('三组')
    expect(maskAddressToGroup(null, null)).toBe('')
  })
})

describe('maskName', () => {
  it('masks the middle, keeps first and last', () => {
    expect(maskName('王炎明')).toBe('王*明')
    expect(maskName('王明')).toBe('王*')
    expect(maskName('欧阳修明')).toBe('欧**明')
    expect(maskName('王')).toBe('*')
    expect(maskName('')).toBe('')
  })

  it('keeps the middle dot of minority names', () => {
    expect(maskName('阿依古丽·买买提')).toBe('阿***·**提')
  })

  it('treats a rare character outside the BMP as one character', () => {
    expect(maskName('王𠀀')).toBe('王*')
    expect(maskName('𠀀明华')).toBe('𠀀*华')
  })
})

describe('findUnmaskedPersonalNumbers', () => {
  it('finds 18-digit IDs and 11-digit mobiles in Chinese text', () => {
    const text = '王炎明，身份证号11010519491231002X，电话13800131234，住三组。'
    expect(findUnmaskedPersonalNumbers(text)).toEqual(['11010519491231002X', '13800131234'])
  })

  it('finds lower-case x and full-width digits, normalised', () => {
    expect(findUnmaskedPersonalNumbers('号码：１１０１０５１９４９１２３１００２ｘ')).toEqual(['11010519491231002X'])
    expect(findUnmaskedPersonalNumbers('电话１３８００１３１２３４')).toEqual(['13800131234'])
  })

  it('finds numbers written with group separators', () => {
    expect(findUnmaskedPersonalNumbers('138 0013 1234 或 138-0013-1234')).toEqual(['13800131234'])
    expect(findUnmaskedPersonalNumbers('110105 19491231 002X')).toEqual(['11010519491231002X'])
  })

  it('ignores masked numbers', () => {
    expect(findUnmaskedPersonalNumbers('110105********002X 138****1234 尾号1234')).toEqual([])
  })

  it('length bounds: 17/19-digit runs are not IDs, 10/12-digit runs are not mobiles', () => {
    expect(findUnmaskedPersonalNumbers('11010519491231002')).toEqual([])
    expect(findUnmaskedPersonalNumbers('6222021234567891234')).toEqual([])
    expect(findUnmaskedPersonalNumbers('1380013123')).toEqual([])
    expect(findUnmaskedPersonalNumbers('138001312345')).toEqual([])
  })

  it('mobile prefix bounds: 12x is not a mobile, 19x is', () => {
    expect(findUnmaskedPersonalNumbers('12912345678')).toEqual([])
    expect(findUnmaskedPersonalNumbers('19912345678')).toEqual(['19912345678'])
  })

  it('does not report a mobile hidden inside an ID or glued to letters', () => {
    expect(findUnmaskedPersonalNumbers('11013800131234002X')).toEqual(['11013800131234002X'])
    expect(findUnmaskedPersonalNumbers('abc13800131234')).toEqual([])
  })

  it('returns each number once', () => {
    expect(findUnmaskedPersonalNumbers('13800131234；再次：13800131234')).toEqual(['13800131234'])
  })

  it('every masker output passes the privacy scan', () => {
    const out = [
      maskIdNumber('11010519491231002X'),
      maskPhone('13800131234'),
      maskBankAccount('6222021234567891234'),
      maskIdNumber('13800131234'),
    ].join(' ')
    expect(findUnmaskedPersonalNumbers(out)).toEqual([])
  })
})
