import { describe, expect, it } from 'vitest'
import {
  defaultCommitteeName,
  defaultPartyOrgName,
  normaliseDigits,
  printedNames,
  validateAreaCode,
  validatePhone,
  validateVillageProfile,
  villageNameFromOfficial,
  type VillageProfile,
} from './profile'

const good: VillageProfile = {
  villageName: '东风村',
  townshipName: '城关镇',
  countyName: '邓州市',
  areaCode: '411381100201',
  areaCodeManual: false,
  committeeName: '东风村村民委员会',
  partyOrgName: '中共东风村支部委员会',
  supervisionPhone: '0377-62123456',
  secretaryName: '李秀英',
}

describe('validateVillageProfile', () => {
  it('accepts a complete profile', () => {
    const r = validateVillageProfile(good, new Set(['41']))
    expect(r.ok).toBe(true)
    expect(r.errors).toEqual({})
  })

  it('names every empty required field in Chinese', () => {
    const r = validateVillageProfile({ ...good, villageName: '  ', secretaryName: '', supervisionPhone: '' })
    expect(r.ok).toBe(false)
    expect(r.errors.villageName).toBe('请填写村名')
    expect(r.errors.secretaryName).toBe('请填写文书姓名')
    expect(r.errors.supervisionPhone).toBe('请填写监督电话')
    expect(r.errors.areaCode).toBeUndefined()
  })

  it('normalises full-width digits and spaces typed with a Chinese IME', () => {
    const r = validateVillageProfile({ ...good, areaCode: '４１１３８１ １００２０１', supervisionPhone: '１３８ ００１３ ８０００' })
    expect(r.ok).toBe(true)
    expect(r.value.areaCode).toBe('411381100201')
    expect(r.value.supervisionPhone).toBe('13800138000')
  })
})

describe('validateAreaCode', () => {
  it.each([
    ['41138110020', '区划代码应为12位数字，现在是11位'],
    ['4113811002011', '区划代码应为12位数字，现在是13位'],
    ['41138110020a', '区划代码只能是数字'],
    ['', '请选择或填写12位区划代码'],
    ['411381000201', '区划代码第7–9位是乡镇代码，不能为000'],
  ])('%s → %s', (code, message) => {
    expect(validateAreaCode(code)).toBe(message)
  })

  it('keeps a hand-typed code inside the picked township', () => {
    expect(validateAreaCode('411381002299', undefined, '411381001')).toBe('区划代码应以所选地区的代码 411381001 开头')
    expect(validateAreaCode('411381001299', undefined, '411381001')).toBeUndefined()
  })

  it('rejects an unknown province prefix when the list is known', () => {
    expect(validateAreaCode('991381100201', new Set(['41']))).toContain('不是有效的省级代码')
    expect(validateAreaCode('411381100201', new Set(['41']))).toBeUndefined()
  })
})

describe('validatePhone', () => {
  it.each(['13800138000', '19912345678', '0377-62123456', '037762123456', '010-12345678', '400-123-4567'])('accepts %s', (p) => {
    expect(validatePhone(p)).toBeUndefined()
  })
  it('asks for the area code on a bare local number', () => {
    expect(validatePhone('62123456')).toContain('区号')
  })
  it.each(['1380013800', '12800138000', 'abc', '138001380001'])('rejects %s', (p) => {
    expect(validatePhone(p)).toContain('格式不对')
  })
})

describe('names', () => {
  it.each([
    ['东风村委会', '东风村'],
    ['东风村村民委员会', '东风村'],
    ['银闸社区居委会', '银闸社区'],
    ['东风居委会', '东风社区'],
    ['王庄村', '王庄村'],
  ])('%s → %s', (official, name) => {
    expect(villageNameFromOfficial(official)).toBe(name)
  })
  it('builds default organisation names', () => {
    expect(defaultCommitteeName('东风村')).toBe('东风村村民委员会')
    expect(defaultCommitteeName('银闸社区')).toBe('银闸社区居民委员会')
    expect(defaultPartyOrgName('东风村')).toBe('中共东风村支部委员会')
    expect(normaliseDigits('０３７７－６２１２３４５６')).toBe('0377-62123456')
  })
  it('lists the names its printouts carry, for the print engine to prepare', () => {
    const names = printedNames(good)
    for (const name of [good.villageName, good.townshipName, good.countyName, good.committeeName, good.partyOrgName]) {
      expect(names).toContain(name)
    }
    expect(names).not.toContain(good.supervisionPhone)
    expect(names).not.toContain(good.secretaryName)
    expect(printedNames(undefined)).toBe('') // no village set up yet
  })
})
