import { describe, expect, it } from 'vitest'
import { TEXT_FIELD_RULES, textFieldProblem } from './fields'

describe('one text-field rule for hand entry and import', () => {
  it('accepts ordinary names, also rare and Ext. B characters and a 少数民族 name with a dot', () => {
    for (const n of ['王大山', '张堃', '𠮷田', '阿依古丽·买买提', '欧阳秀兰']) expect(textFieldProblem('name', n)).toBeNull()
  })

  it('refuses bidi controls, zero-width characters and lone surrogates', () => {
    expect(textFieldProblem('name', '王\u202e山')).toContain('改变文字方向')
    expect(textFieldProblem('name', '王\u2066山')).toContain('改变文字方向')
    expect(textFieldProblem('name', '王\u200b山')).toContain('看不见的隐藏字符')
    expect(textFieldProblem('name', '王\ufeff山')).toContain('看不见的隐藏字符')
    expect(textFieldProblem('name', '王\ud800山')).toContain('残缺字符')
    expect(textFieldProblem('name', '王\udc00')).toContain('残缺字符')
  })

  it('refuses a name beginning with = + - @ or a tab, but not one containing them later', () => {
    for (const n of ['=1+1', '+王', '-王', '@王']) expect(textFieldProblem('name', n)).toBe(`姓名不能以“${n[0]}”开头`)
    expect(textFieldProblem('name', '\t王')).toBe('姓名不能以“制表符”开头')
    expect(textFieldProblem('note', '-已迁回')).toBeNull()
  })

  it('refuses control characters such as a line break inside a field', () => {
    expect(textFieldProblem('name', '王\n山')).toContain('控制字符')
    expect(textFieldProblem('note', '一\u0007二')).toContain('控制字符')
  })

  it('caps length at the limit, counting characters as a person does', () => {
    const max = TEXT_FIELD_RULES.name.maxLength
    expect(textFieldProblem('name', '王'.repeat(max))).toBeNull()
    expect(textFieldProblem('name', '王'.repeat(max + 1))).toBe(`姓名过长（${max + 1}个字，最多${max}个字），请核对`)
    expect(textFieldProblem('name', '𠮷'.repeat(max))).toBeNull() // 30 characters, 60 UTF-16 units
    expect(textFieldProblem('name', '王'.repeat(100_000))).toContain('过长')
  })

  it('checks the 户号 pattern', () => {
    for (const no of ['0012', 'A-017', '3_12']) expect(textFieldProblem('householdNo', no)).toBeNull()
    for (const no of ['00 12', '一组12', '12-', '=12']) expect(textFieldProblem('householdNo', no)).not.toBeNull()
    expect(textFieldProblem('householdNo', '1'.repeat(21))).toContain('过长')
  })
})
