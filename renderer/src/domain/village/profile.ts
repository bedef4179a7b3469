/**
 * The village profile (村情): asked for on first run and editable in 设置. Everything printed on a
 * notice's 落款 and objection line comes from here, so every field is validated with a plain Chinese
 * message at the field it belongs to.
 */
import { compactHalfWidth } from '@/domain/text/normalize'
import { normalisePhone } from '../people/phone'

export interface VillageProfile {
  /** 村名, e.g. 东风村 */
  villageName: string
  /** 所属乡镇（街道） */
  townshipName: string
  /** 所属县（市、区） */
  countyName: string
  /** 省、市 names for display; optional when typed by hand */
  provinceName?: string
  cityName?: string
  /** 统计用区划代码, 12 digits: 6 county + 3 township + 3 village */
  areaCode: string
  /** true when the code was typed by hand because the village is not in the bundled list */
  areaCodeManual: boolean
  /** 村民委员会 name as it signs notices, e.g. 东风村村民委员会 */
  committeeName: string
  /** 村党组织 name, e.g. 中共东风村支部委员会 */
  partyOrgName: string
  /** public contact / supervision phone printed on notices (not personal data) */
  supervisionPhone: string
  /** 文书 name: recorded as the actor of every audit entry */
  secretaryName: string
}

export type VillageProfileField = keyof VillageProfile
export type FieldErrors = Partial<Record<VillageProfileField, string>>

// A 400/800 service line is a valid public contact for a notice, though not a villager's phone.
const SERVICE = /^(400|800)-?\d{3}-?\d{4}$/

/** Full-width digits typed with a Chinese IME become ASCII, spaces go, and dashes of any width become '-'. */
export function normaliseDigits(raw: string): string {
  return compactHalfWidth(raw).replace(/[—–]/g, '-')
}

/** The supervision phone: mobiles and landlines as domain/people/phone.ts reads them, plus 400/800 lines. */
export function validatePhone(raw: string): string | undefined {
  const phone = normaliseDigits(raw)
  if (!phone) return '请填写监督电话'
  if (SERVICE.test(phone) || normalisePhone(phone).ok) return undefined
  if (/^\d{7,8}$/.test(phone)) return '固定电话请加区号，例如 0371-12345678'
  return '电话号码格式不对：手机为11位数字，固定电话为“区号-号码”'
}

/**
 * `expectedPrefix`: the code of the township (or county) picked in the cascade; a hand-typed code
 * must lie inside it, which catches most typos in the last digits' neighbours.
 */
export function validateAreaCode(raw: string, knownProvinceCodes?: ReadonlySet<string>, expectedPrefix?: string): string | undefined {
  const code = normaliseDigits(raw)
  if (!code) return '请选择或填写12位区划代码'
  if (!/^\d+$/.test(code)) return '区划代码只能是数字'
  if (code.length !== 12) return `区划代码应为12位数字，现在是${code.length}位`
  if (knownProvinceCodes && !knownProvinceCodes.has(code.slice(0, 2))) return `区划代码前两位“${code.slice(0, 2)}”不是有效的省级代码`
  if (code.slice(6, 9) === '000') return '区划代码第7–9位是乡镇代码，不能为000'
  if (expectedPrefix && !code.startsWith(expectedPrefix)) return `区划代码应以所选地区的代码 ${expectedPrefix} 开头`
  return undefined
}

function required(value: string, message: string, max = 40): string | undefined {
  const v = value.trim()
  if (!v) return message
  if (v.length > max) return `不能超过${max}个字`
  return undefined
}

export interface ValidationResult {
  ok: boolean
  errors: FieldErrors
  /** trimmed, normalised profile (meaningful only when ok) */
  value: VillageProfile
}

export function validateVillageProfile(
  input: VillageProfile,
  knownProvinceCodes?: ReadonlySet<string>,
  expectedAreaPrefix?: string,
): ValidationResult {
  const value: VillageProfile = {
    ...input,
    villageName: input.villageName.trim(),
    townshipName: input.townshipName.trim(),
    countyName: input.countyName.trim(),
    areaCode: normaliseDigits(input.areaCode),
    committeeName: input.committeeName.trim(),
    partyOrgName: input.partyOrgName.trim(),
    supervisionPhone: normaliseDigits(input.supervisionPhone),
    secretaryName: input.secretaryName.trim(),
  }
  const errors: FieldErrors = {}
  const put = (field: VillageProfileField, message: string | undefined) => {
    if (message) errors[field] = message
  }
  put('villageName', required(value.villageName, '请填写村名'))
  put('townshipName', required(value.townshipName, '请填写所属乡镇（街道）'))
  put('countyName', required(value.countyName, '请填写所属县（市、区）'))
  put('areaCode', validateAreaCode(value.areaCode, knownProvinceCodes, expectedAreaPrefix))
  put('committeeName', required(value.committeeName, '请填写村民委员会名称', 60))
  put('partyOrgName', required(value.partyOrgName, '请填写村党组织名称', 60))
  put('supervisionPhone', validatePhone(value.supervisionPhone))
  put('secretaryName', required(value.secretaryName, '请填写文书姓名', 20))
  return { ok: Object.keys(errors).length === 0, errors, value }
}

/**
 * Names as the statistics bureau lists them ("东风村委会", "东风村村民委员会", "东风社区居委会")
 * reduced to the village's own name ("东风村"), for defaults the secretary can edit.
 */
export function villageNameFromOfficial(official: string): string {
  const name = official.trim()
  const stripped = name.replace(/(村民委员会|村委会|居民委员会|居委会|委员会)$/, '')
  if (!stripped) return name
  if (stripped.endsWith('村') || stripped.endsWith('社区')) return stripped
  return name.includes('居') ? `${stripped}社区` : `${stripped}村`
}

/**
 * The names a village's printouts carry — in titles (关于××村…), 落款 and headings: the print
 * engine is told them ahead of the first preview, so it knows which font cut they need.
 */
export function printedNames(profile: VillageProfile | undefined): string {
  if (!profile) return ''
  return [profile.villageName, profile.townshipName, profile.countyName, profile.committeeName, profile.partyOrgName].join('')
}

export function defaultCommitteeName(villageName: string): string {
  return villageName.endsWith('社区') ? `${villageName}居民委员会` : `${villageName}村民委员会`
}

export function defaultPartyOrgName(villageName: string): string {
  return villageName ? `中共${villageName}支部委员会` : ''
}
