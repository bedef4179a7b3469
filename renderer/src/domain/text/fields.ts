/**
 * 文字字段的检查 (one field validator for hand entry and import alike).
 *
 * A probe got 178 of 872 crafted roster files past the import with bad values in text fields:
 * bidi controls and zero-width characters (a name that reads differently than it sorts and
 * prints), lone surrogates, names beginning with = + - @ or a tab (live formulas once exported),
 * and names of 1,000–100,000 characters where hand entry capped them at 30. Each field kind has
 * one rule here, and both entry.ts (by hand) and exchange/roster/validate.ts (import) apply it.
 * Messages name the problem in plain Chinese; the caller adds the field's place (row, column).
 */

export type TextFieldKind = 'name' | 'householdNo' | 'groupName' | 'note'

interface FieldRule {
  label: string
  maxLength: number
  /** Beginning with = + - @ or a tab is refused (the value would be a formula in a sheet). */
  noFormulaStart: boolean
  pattern?: { re: RegExp; message: string }
}

export const TEXT_FIELD_RULES: Record<TextFieldKind, FieldRule> = {
  name: { label: '姓名', maxLength: 30, noFormulaStart: true },
  // 户号 as the village writes it: digits and letters, with - or _ between (0012, A-017).
  householdNo: {
    label: '户号',
    maxLength: 20,
    noFormulaStart: true,
    pattern: { re: /^[0-9A-Za-z]+(?:[-_][0-9A-Za-z]+)*$/, message: '户号只能由数字、字母和“-”组成（如0012、A-017）' },
  },
  groupName: { label: '村民小组', maxLength: 30, noFormulaStart: true },
  note: { label: '备注', maxLength: 200, noFormulaStart: false },
}

/** Bidi embeddings/overrides/isolates and marks (U+202A–202E, U+2066–2069, U+200E/F, U+061C). */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/
/** Zero-width and invisible format characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen). */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/
/** C0 and C1 control characters (tabs and line breaks included: a field is one line). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const FORMULA_START = /^[=+\-@]/

/** Length in characters as a person counts them (a CJK Ext. B name character is one, not two). */
function characters(text: string): number {
  let n = 0
  for (const _ of text) n++
  return n
}

/** The first problem of a text field's value, or null when it is acceptable. Empty values are the caller's business. */
export function textFieldProblem(kind: TextFieldKind, value: string): string | null {
  const rule = TEXT_FIELD_RULES[kind]
  if (LONE_SURROGATE.test(value)) return `${rule.label}含有无法显示的残缺字符，请重新输入`
  if (BIDI.test(value)) return `${rule.label}含有改变文字方向的隐藏字符，请删除后重新输入`
  if (INVISIBLE.test(value)) return `${rule.label}含有看不见的隐藏字符（如零宽空格），请删除后重新输入`
  if (rule.noFormulaStart && (/^\t/.test(value) || FORMULA_START.test(value))) {
    return `${rule.label}不能以“${value[0] === '\t' ? '制表符' : value[0]}”开头`
  }
  if (CONTROL.test(value)) return `${rule.label}含有控制字符（如换行、制表符），请删除`
  const length = characters(value)
  if (length > rule.maxLength) return `${rule.label}过长（${length}个字，最多${rule.maxLength}个字），请核对`
  if (rule.pattern && value && !rule.pattern.re.test(value)) return rule.pattern.message
  return null
}
