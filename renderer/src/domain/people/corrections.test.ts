import { describe, expect, it } from 'vitest'
import { correctVillager, describeCorrection, type CorrectionContext } from './corrections'
import { testId, villager } from './testFixtures'

const today = '2026-03-01'
const zhang = villager({ id: 'v1', name: '张爱', birthDate: '1980-05-06', sex: '女', relationToHead: '配偶' })
const other = testId('1975-01-02', '男', 7)
const ctx = (extra: Partial<CorrectionContext> = {}): CorrectionContext => ({
  today,
  idHolders: new Map([
    [zhang.idNumber, '张爱'],
    [other, '李四'],
  ]),
  ...extra,
})

describe('correctVillager', () => {
  it('corrects a name, keeps the old value and the reason, and names the field', () => {
    const r = correctVillager(zhang, { field: 'name', value: ' 张 艾 ', reason: '录入错字' }, ctx())
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.villager.name).toBe('张艾')
    expect(r.value.villager.corrections).toEqual([{ field: 'name', from: '张爱', to: '张艾', reason: '录入错字', on: today }])
    expect(describeCorrection(r.value.correction)).toBe('更正姓名：张爱 → 张艾，原因：录入错字')
    expect(zhang.name).toBe('张爱')
  })

  it('appends to earlier corrections instead of replacing them', () => {
    const first = correctVillager(zhang, { field: 'name', value: '张艾', reason: '错字' }, ctx())
    if (!first.ok) throw new Error(first.reason)
    const second = correctVillager(first.value.villager, { field: 'relationToHead', value: '女', reason: '依户口簿核对' }, ctx())
    if (!second.ok) throw new Error(second.reason)
    expect(second.value.villager.corrections?.map((c) => c.field)).toEqual(['name', 'relationToHead'])
    expect(second.value.villager.relationToHead).toBe('女')
  })

  it('corrects an ID number; the summary shows both numbers masked', () => {
    const right = testId('1980-05-07', '女', 3)
    const r = correctVillager(zhang, { field: 'idNumber', value: right.toLowerCase(), reason: '出生日期录错' }, ctx())
    if (!r.ok) throw new Error(r.reason)
    expect(r.value.villager.idNumber).toBe(right)
    const text = describeCorrection(r.value.correction)
    expect(text).toBe(`更正身份证号：110105********${zhang.idNumber.slice(-4)} → 110105********${right.slice(-4)}，原因：出生日期录错`)
    expect(text).not.toContain(right)
  })

  it.each([
    ['name', '', '请填写正确的姓名'],
    ['name', '=HYPERLINK()', '姓名不能以“=”开头'],
    ['name', '张爱', '新的姓名与原来的相同，无需更正'],
    ['relationToHead', '表哥', '请选择与户主关系：户主、配偶、子、女、父母、祖父母、孙子女、外孙子女、兄弟姐妹、儿媳、女婿、其他'],
  ] as const)('refuses %s = %s', (field, value, reason) => {
    expect(correctVillager(zhang, { field, value, reason: '核对' }, ctx())).toEqual({ ok: false, reason })
  })

  it('refuses an ID number held by someone else, and an invalid one', () => {
    expect(correctVillager(zhang, { field: 'idNumber', value: other, reason: '核对' }, ctx())).toEqual({
      ok: false,
      reason: '该身份证号已登记给村民 李四',
    })
    const bad = correctVillager(zhang, { field: 'idNumber', value: '110105198005060001', reason: '核对' }, ctx())
    expect(bad.ok).toBe(false)
  })

  it('refuses a second 户主 in the household, and accepts 户主 when there is none', () => {
    expect(correctVillager(zhang, { field: 'relationToHead', value: '户主', reason: '核对' }, ctx({ otherHeadName: '王五' }))).toEqual({
      ok: false,
      reason: '该户已有户主 王五；请先更正原户主与户主的关系',
    })
    expect(correctVillager(zhang, { field: 'relationToHead', value: '户主', reason: '核对' }, ctx()).ok).toBe(true)
  })

  it('asks for a reason', () => {
    expect(correctVillager(zhang, { field: 'name', value: '张艾', reason: '  ' }, ctx())).toEqual({
      ok: false,
      reason: '请填写更正原因（如：录入错字、依户口簿核对）',
    })
  })
})
