/**
 * 联系电话的识别与规范写法（导入与手工录入共用）。Masking lives in domain/people/masking.ts; this only decides
 * whether a cell holds a usable number and how to store it.
 *
 * Stored forms: mobile '13800138000' (11 digits, +86 dropped); landline '0377-61234567' (区号-号码,
 * an extension kept as a third part). A landline without 区号 is refused: the village's 区号 is not
 * known here, and a 7–8 digit number alone cannot be dialled from a mobile.
 */
import { compactHalfWidth } from '@/domain/text/normalize'

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string }

/**
 * THE phone grammar (masking and normalising both read numbers through it, so they never disagree):
 * - mobile: 11 digits 1[3-9]…, optional +86/86;
 * - landline: 区号 (0 + 2–3 digits) and a 7–8 digit number, with '-' or brackets (also full-width)
 *   or written together, an extension after a second '-';
 * - local: 7–8 digits without 区号 (masked, but not stored: it cannot be dialled from a mobile).
 */
export type PhoneNumber =
  | { kind: 'mobile'; number: string }
  | { kind: 'landline'; area: string; local: string; extension?: string }
  | { kind: 'local'; local: string }

/** 3-digit 区号: 010 (北京) and 020–029; all others have 4 digits. */
function areaCodeLength(digits: string): number {
  return digits.startsWith('010') || digits.startsWith('02') ? 3 : 4
}

/** Reads a phone number in any of the forms above; null when it is none of them. */
export function readPhone(raw: string): PhoneNumber | null {
  const s = compactHalfWidth(raw).replace(/（/g, '(').replace(/）/g, ')')
  if (!s) return null
  const digits = s.replace(/[-()]/g, '')

  const mobile = /^(?:\+?86)?(1[3-9]\d{9})$/.exec(digits)
  if (mobile?.[1]) return { kind: 'mobile', number: mobile[1] }

  // With an explicit separator: 0371-12345678[-801], (0371)12345678
  const withSep = /^\(?(0\d{2,3})\)?-?(\d{7,8})(?:-(\d{1,6}))?$/.exec(s)
  if (withSep?.[1] && withSep[2] && /[-()]/.test(s)) {
    return { kind: 'landline', area: withSep[1], local: withSep[2], ...(withSep[3] ? { extension: withSep[3] } : {}) }
  }

  // Typed without separator: split the area code by the 010/02x rule.
  if (/^0\d{9,11}$/.test(digits)) {
    const n = areaCodeLength(digits)
    const local = digits.slice(n)
    if (local.length >= 7 && local.length <= 8) return { kind: 'landline', area: digits.slice(0, n), local }
  }

  if (/^[2-9]\d{6,7}$/.test(digits)) return { kind: 'local', local: digits }
  return null
}

/**
 * The refused number, as the message may show it: a short typo as typed, but anything that could be
 * someone's real number only by its last four digits (the import preview must not leak numbers).
 */
function quoted(raw: string): string {
  const s = compactHalfWidth(raw)
  const digits = s.replace(/\D/g, '')
  return digits.length < 7 ? `“${s}”` : `（尾号${digits.slice(-4)}）`
}

export function normalisePhone(raw: string): Parsed<string> {
  const phone = readPhone(raw)
  if (phone?.kind === 'mobile') return { ok: true, value: phone.number }
  if (phone?.kind === 'landline') return { ok: true, value: [phone.area, phone.local, phone.extension].filter(Boolean).join('-') }
  return { ok: false, message: `联系电话${quoted(raw)}不是有效号码：手机应为1开头的11位数字，固定电话请带区号（如0377-61234567）` }
}

/**
 * A cell may hold several numbers ('13800138000/13900139000', '…，…'). The first is imported;
 * the caller warns about the rest so nothing disappears silently.
 */
export function splitPhones(raw: string): string[] {
  const out: string[] = []
  for (const piece of raw.split(/[,，、;；/／\n]+/)) {
    const compact = compactHalfWidth(piece)
    if (!compact) continue
    // '138 0013 8000' is one number written in groups; '13800138000 13900139000' is two.
    const words = piece.trim().split(/\s+/)
    if (!normalisePhone(compact).ok && words.length > 1 && words.every((w) => normalisePhone(w).ok)) out.push(...words)
    else out.push(compact)
  }
  return out
}
