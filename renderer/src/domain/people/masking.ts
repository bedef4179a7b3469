/**
 * 个人信息去标识化（掩码）——全软件唯一的掩码模块。
 *
 * Every list, notice (公示) and printout masks through these functions, so the
 * pattern is the same everywhere and one test suite guards it. Source: domain-rules
 * §4.3 (个人信息保护法 Art. 51/73 去标识化; 钱塘区检察院 2023 precedent). No binding
 * national pattern exists; the defaults below follow the rule sheet's suggestions.
 *
 * Rule for every function here: never echo an unrecognised input. If we cannot tell
 * what the string is, it is masked completely — a garbled notice is better than a
 * leaked number.
 */
import { compactHalfWidth, toHalfWidth } from '@/domain/text/normalize'
import { readPhone } from './phone'

type Maybe = string | null | undefined

/** Longest fully-masked placeholder; keeps table columns sane for junk input. */
const MAX_FULL_MASK = 18

function fullMask(length: number): string {
  return '*'.repeat(Math.min(Math.max(length, 0), MAX_FULL_MASK))
}

/**
 * 身份证号码掩码.
 * - 18 位: 前 6 位（地址码）+ 8 个 * （出生日期）+ 后 4 位（顺序码+校验码）:
 *   11010519491231002X → 110105********002X.
 * - 15 位旧号（6 地址 + 6 出生日期 YYMMDD + 3 顺序码）: same idea — hide exactly the
 *   birth-date digits: 前 6 + 6 个 * + 后 3, e.g. 110105491231002 → 110105******002.
 *   The birth date is what makes a number identifying within a village; the address
 *   code is shared by the whole county and the sequence alone identifies nobody.
 * - anything else (typo, wrong length): all '*', same length (max 18).
 * Format only — an 18-digit number with a wrong check digit is still masked the
 * 18-digit way, because masking must not depend on validity.
 */
export function maskIdNumber(id: Maybe): string {
  if (!id) return ''
  const s = compactHalfWidth(id).toUpperCase()
  if (/^\d{17}[\dX]$/.test(s)) return `${s.slice(0, 6)}********${s.slice(14)}`
  if (/^\d{15}$/.test(s)) return `${s.slice(0, 6)}******${s.slice(12)}`
  return fullMask(s.length)
}

function maskLocalNumber(local: string): string {
  return '*'.repeat(local.length - 4) + local.slice(-4)
}

/**
 * 电话号码掩码 (numbers are read by the one phone grammar, phone.ts readPhone).
 * - 手机: 13800131234 → 138****1234 (号段 + last 4; country code dropped).
 * - 固话 with 区号: 0371-12345678 → 0371-****5678; 03711234567 → 0371-***4567. 区号 is public
 *   knowledge (the whole county shares it), the local number is masked to its last 4.
 *   An extension (分机) is dropped.
 * - 固话 without 区号 (7–8 digits): 12345678 → ****5678.
 * - anything else: fully masked.
 */
export function maskPhone(phone: Maybe): string {
  if (!phone) return ''
  const read = readPhone(phone)
  if (!read) return fullMask(compactHalfWidth(phone).length)
  switch (read.kind) {
    case 'mobile':
      return `${read.number.slice(0, 3)}****${read.number.slice(7)}`
    case 'landline':
      return `${read.area}-${maskLocalNumber(read.local)}`
    case 'local':
      return maskLocalNumber(read.local)
  }
}

/**
 * 银行账号掩码: '尾号1234'.
 * Chosen over '**** **** 1234' because it is how banks and village notices say it
 * in Chinese, and it does not pretend to know the account's length. Needs at least
 * 8 digits (real accounts have 10–25); shorter or non-numeric input is a typo, and
 * its last 4 might be most of it, so it becomes '****'.
 */
export function maskBankAccount(account: Maybe): string {
  if (!account) return ''
  const digits = compactHalfWidth(account).replace(/-/g, '')
  if (/^\d{8,}$/.test(digits)) return `尾号${digits.slice(-4)}`
  return '****'
}

/** Numbered group: 三组 / 3组 / 第三村民小组 / 五社 (川渝称社) / 二队 (原生产队). */
const NUMBERED_GROUP = /^.*?(?:第?[0-9一二三四五六七八九十百零〇两]+(?:村民小组|小组|组|社|队))/
/** Anything that signals a house-level detail (门牌号、楼栋、单元、室). */
const BELOW_GROUP = /[0-9一二三四五六七八九十]+(?:号|栋|幢|单元|室|楼)|门牌/

/**
 * 住址掩码：只显示到村民小组一级（§4.3: never print addresses below 村民小组）.
 *
 * 1. If the address contains the household's group name, cut right after it:
 *    '某某镇张庄村三组45号' + '三组' → '某某镇张庄村三组'.
 * 2. Else, cut after the first numbered group marker ('…村5组…', '…二社…').
 * 3. Else, cut after the first '村' (village level) and append the group name —
 *    unless that prefix already contains a house-level detail.
 * 4. Else return the group name alone (or '' when unknown). Never the raw address.
 */
export function maskAddressToGroup(address: Maybe, groupName?: Maybe): string {
  const group = groupName ? toHalfWidth(groupName).trim() : ''
  const addr = address ? toHalfWidth(address).trim() : ''
  if (!addr) return group

  if (group) {
    const at = addr.indexOf(group)
    if (at >= 0) {
      const cut = addr.slice(0, at + group.length)
      if (!BELOW_GROUP.test(cut)) return cut
    }
  }

  const numbered = NUMBERED_GROUP.exec(addr)
  if (numbered && !BELOW_GROUP.test(numbered[0])) return numbered[0]

  const village = addr.indexOf('村')
  if (village >= 0) {
    const prefix = addr.slice(0, village + 1)
    if (!BELOW_GROUP.test(prefix)) return prefix + group
  }

  return group
}

/**
 * 姓名掩码（需要时用，如涉及未成年人或敏感救助的公示）:
 * 2 字 → 王*；3 字 → 王*明；4 字及以上 → 首尾保留，中间每字一个 *（欧**明）。
 * A '·' in minority names (阿依古丽·买买提) is kept so the shape stays readable.
 * Counts code points, not UTF-16 units, so rare CJK Ext-B characters are one char.
 */
export function maskName(name: Maybe): string {
  if (!name) return ''
  const chars = Array.from(name.trim())
  if (chars.length === 0) return ''
  if (chars.length === 1) return '*'
  if (chars.length === 2) return `${chars[0]}*`
  const middle = chars.slice(1, -1).map((c) => (c === '·' || c === '•' ? c : '*'))
  return `${chars[0]}${middle.join('')}${chars[chars.length - 1]}`
}

/**
 * 18 位身份证号：6+8+3+1, optionally written in 6-8-4 groups with spaces or '-'.
 * 11 位手机号：1[3-9] + 9 digits, optionally written 3-4-4.
 * Boundaries: not glued to another letter/digit, so a 19-digit bank account or a
 * hex hash does not count as an ID, and the phone regex cannot fire inside an ID.
 */
const PERSONAL_NUMBER = /(?<![0-9A-Za-z])(?:(\d{6}[ -]?\d{8}[ -]?\d{3}[\dXx])|(1[3-9]\d[ -]?\d{4}[ -]?\d{4}))(?![0-9A-Za-z])/g

/**
 * 查找文本中未掩码的完整身份证号（18 位）或大陆手机号（11 位）.
 * Used by the print engine's privacy tests: any hit means a notice would leak.
 * Full-width digits are found too. Returns the numbers normalised (half-width, no
 * separators, upper-case X), unique, in order of first appearance.
 * Deliberately format-only (no check-digit or date test): for a privacy check a
 * false alarm is cheap and a miss is not.
 */
export function findUnmaskedPersonalNumbers(text: string): string[] {
  const half = toHalfWidth(text)
  const found: string[] = []
  const seen = new Set<string>()
  for (const m of half.matchAll(PERSONAL_NUMBER)) {
    const value = m[0].replace(/[ -]/g, '').toUpperCase()
    if (!seen.has(value)) {
      seen.add(value)
      found.push(value)
    }
  }
  return found
}
