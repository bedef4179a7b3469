import { describe, expect, it } from 'vitest'
import { correctHousehold, describeHouseholdCorrection, type HouseholdCorrectionContext } from './householdCorrections'
import { household } from './testFixtures'

const today = '2026-03-01'
const home = household({ id: 'h1', householdNo: '0101', groupName: '第一村民小组', address: '第一村民小组' })
const ctx = (holders: [string, string][] = [['0102', '户主 王二']]): HouseholdCorrectionContext => ({
  today,
  numberHolders: new Map(holders),
})

describe('correctHousehold: 户号', () => {
  it('corrects the number, keeps the old one with the reason and the day, and names the field', () => {
    const r = correctHousehold(home, { field: 'householdNo', value: ' 01 10 ', reason: ' 录入错字 ' }, ctx())
    if (!r.ok) throw new Error(r.reason)
    expect(r.value.household.householdNo).toBe('0110')
    expect(r.value.household.groupName).toBe('第一村民小组')
    expect(r.value.household.corrections).toEqual([{ field: 'householdNo', from: '0101', to: '0110', reason: '录入错字', on: today }])
    expect(describeHouseholdCorrection(r.value.correction)).toBe('更正户号：0101 → 0110，原因：录入错字')
    // the record given in is not changed
    expect(home.householdNo).toBe('0101')
    expect(home.corrections).toBeUndefined()
  })

  it('refuses, at the field, a 户号 another household already holds', () => {
    expect(correctHousehold(home, { field: 'householdNo', value: '0102', reason: '核对' }, ctx())).toEqual({
      ok: false,
      reason: '户号 0102 已是另一户（户主 王二）的户号，请核对后换一个',
      at: 'value',
    })
    expect(correctHousehold(home, { field: 'householdNo', value: '0102', reason: '核对' }, ctx([['0102', '']]))).toEqual({
      ok: false,
      reason: '户号 0102 已是另一户的户号，请核对后换一个',
      at: 'value',
    })
  })

  it('refuses an empty, unchanged or malformed number at the field', () => {
    expect(correctHousehold(home, { field: 'householdNo', value: '  ', reason: '核对' }, ctx())).toMatchObject({
      ok: false,
      reason: '请填写正确的户号',
      at: 'value',
    })
    expect(correctHousehold(home, { field: 'householdNo', value: '0101', reason: '核对' }, ctx())).toMatchObject({
      ok: false,
      reason: '新的户号与原来的相同，无需更正',
      at: 'value',
    })
    expect(correctHousehold(home, { field: 'householdNo', value: '=1+1', reason: '核对' }, ctx())).toMatchObject({ ok: false, at: 'value' })
    expect(correctHousehold(home, { field: 'householdNo', value: '01/01', reason: '核对' }, ctx())).toMatchObject({
      ok: false,
      reason: '户号只能由数字、字母和“-”组成（如0012、A-017）',
      at: 'value',
    })
  })

  it('asks for a reason, at the reason field, and refuses one over 200 characters (201 refused, 200 taken)', () => {
    expect(correctHousehold(home, { field: 'householdNo', value: '0110', reason: ' ' }, ctx())).toEqual({
      ok: false,
      reason: '请填写更正原因（如：录入错字、依户口簿核对）',
      at: 'reason',
    })
    const long = correctHousehold(home, { field: 'householdNo', value: '0110', reason: '错'.repeat(201) }, ctx())
    expect(long).toMatchObject({ ok: false, at: 'reason' })
    if (!long.ok) expect(long.reason).toContain('更正原因')
    expect(correctHousehold(home, { field: 'householdNo', value: '0110', reason: '错'.repeat(200) }, ctx()).ok).toBe(true)
  })
})

describe('correctHousehold: 村民小组', () => {
  it('moves the address with the group (never below 村民小组) and appends to earlier corrections', () => {
    const first = correctHousehold(home, { field: 'householdNo', value: '0110', reason: '错字' }, ctx())
    if (!first.ok) throw new Error(first.reason)
    const r = correctHousehold(first.value.household, { field: 'groupName', value: '第二村民小组', reason: '依户口簿核对' }, ctx())
    if (!r.ok) throw new Error(r.reason)
    expect(r.value.household).toMatchObject({ householdNo: '0110', groupName: '第二村民小组', address: '第二村民小组' })
    expect(r.value.household.corrections?.map((c) => `${c.field}:${c.from}→${c.to}`)).toEqual([
      'householdNo:0101→0110',
      'groupName:第一村民小组→第二村民小组',
    ])
    expect(describeHouseholdCorrection(r.value.correction)).toBe('更正村民小组：第一村民小组 → 第二村民小组，原因：依户口簿核对')
  })

  it('does not look at 户号 holders for a group, and refuses an empty or unchanged group', () => {
    // a group name that happens to equal another household's number is still just a group
    expect(correctHousehold(home, { field: 'groupName', value: '0102', reason: '核对' }, ctx()).ok).toBe(true)
    expect(correctHousehold(home, { field: 'groupName', value: '', reason: '核对' }, ctx())).toMatchObject({
      reason: '请选择或填写正确的村民小组',
      at: 'value',
    })
    expect(correctHousehold(home, { field: 'groupName', value: '第一村民小组', reason: '核对' }, ctx())).toMatchObject({
      reason: '新的村民小组与原来的相同，无需更正',
      at: 'value',
    })
  })
})
