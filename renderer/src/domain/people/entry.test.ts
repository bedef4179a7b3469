import { describe, expect, it } from 'vitest'
import { checkVillagerEntry, type EntryContext } from './entry'

const ctx: EntryContext = {
  today: '2026-11-22',
  existingIds: new Map([['440524188001010014', '李秀英']]),
  existingHouseholdNos: new Set(['0001']),
  household: { kind: 'existing', id: 'h1', hasHead: true },
}
const good = { name: ' 王 炎明 ', idNumber: '11010519491231002x', relationToHead: '子' as const, phone: '１３８ ０００１ ２３４５' }

describe('checkVillagerEntry', () => {
  it('normalises a good entry: name spaces, lower-case x, full-width phone', () => {
    const r = checkVillagerEntry(good, ctx)
    expect(r).toMatchObject({ ok: true, errors: {}, villager: { name: '王炎明', idNumber: '11010519491231002X', phone: '13800012345' } })
  })
  it('puts each problem on its field, in Chinese', () => {
    const r = checkVillagerEntry({ name: '', idNumber: '110105194912310021', relationToHead: '户主', phone: '12345' }, ctx)
    expect(r.ok).toBe(false)
    expect(r.errors.name).toBe('请填写姓名')
    expect(r.errors.idNumber).toContain('校验码不符')
    expect(r.errors.phone).toContain('不是有效号码')
    expect(r.errors.relationToHead).toContain('该户已有户主')
  })
  it('refuses an ID already registered, naming its holder', () => {
    expect(checkVillagerEntry({ ...good, idNumber: '440524188001010014' }, ctx).errors.idNumber).toBe('该身份证号已登记给村民 李秀英')
  })
  it('takes a legacy 15-digit number converted to 18 digits, as the import does (one rule), with a masked warning', () => {
    const r = checkVillagerEntry({ ...good, idNumber: '110105491231002' }, ctx)
    expect(r.errors.idNumber).toBeUndefined()
    expect(r.villager.idNumber).toBe('11010519491231002X')
    expect(r.warnings).toContain('身份证号是旧15位号码（110105******002），已按国家标准转换为18位（110105********002X）')
    expect(r.warnings.join('')).not.toContain('491231')
  })
  it('refuses a 15-digit number whose date is not real', () => {
    expect(checkVillagerEntry({ ...good, idNumber: '110105491331002' }, ctx).errors.idNumber).toBeTruthy()
  })
  it('checks a new household: number free, group given, head first', () => {
    const r = checkVillagerEntry(good, { ...ctx, household: { kind: 'new', entry: { householdNo: '0001', groupName: '' } } })
    expect(r.errors).toMatchObject({
      householdNo: '户号 0001 已存在，请选择该户或换一个户号',
      groupName: '请选择或填写村民小组',
      relationToHead: '新建的户须先登记户主',
    })
    const ok = checkVillagerEntry(
      { ...good, relationToHead: '户主' },
      { ...ctx, household: { kind: 'new', entry: { householdNo: ' 0002 ', groupName: '第一村民小组' } } },
    )
    expect(ok).toMatchObject({ ok: true, household: { householdNo: '0002', groupName: '第一村民小组' } })
  })
  it('asks for a household when none is chosen; a phone may be left empty', () => {
    const r = checkVillagerEntry({ ...good, phone: '' }, { ...ctx, household: undefined })
    expect(r.errors).toEqual({ household: '请选择所在的户，或新建一户' })
  })
})
