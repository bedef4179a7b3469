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

/** 3-digit 区号: 010 (北京) and 020–029; all others have 4 digits. */
function areaCodeLength(digits: string): number {
  return digits.startsWith('010') || digits.startsWith('02') ? 3 : 4
}

export function normalisePhone(raw: string): Parsed<string> {
  const s = compactHalfWidth(raw)
  const bad = (): Parsed<string> => ({
    ok: false,
    message: `联系电话“${s}”不是有效号码：手机应为1开头的11位数字，固定电话请带区号（如0377-61234567）`,
  })
  if (!s) return bad()
  const digits = s.replace(/[-()]/g, '')

  const mobile = /^(?:\+?86)?(1[3-9]\d{9})$/.exec(digits)
  if (mobile?.[1]) return { ok: true, value: mobile[1] }

  const withSep = /^\(?(0\d{2,3})\)?-?(\d{7,8})(?:-(\d{1,6}))?$/.exec(s)
  if (withSep?.[1] && withSep[2] && /[-()]/.test(s)) {
    return { ok: true, value: [withSep[1], withSep[2], withSep[3]].filter(Boolean).join('-') }
  }

  if (/^0\d{9,11}$/.test(digits)) {
    const n = areaCodeLength(digits)
    const local = digits.slice(n)
    if (local.length >= 7 && local.length <= 8) return { ok: true, value: `${digits.slice(0, n)}-${local}` }
  }
  return bad()
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
