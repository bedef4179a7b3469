/**
 * 自由文本中的个人号码遮蔽: a full 18-digit ID or 11-digit mobile that slipped into free text (a
 * notice's paragraph, a speech, an objection) is masked where it stands.
 *
 *   scrubPersonalNumbers(text, allowedDigits?) → the text with every such number masked.
 *
 * Numbers are found as typed: half- or full-width, with spaces or '-' between digit groups
 * (findUnmaskedPersonalNumbers). `allowedDigits` (the village's public supervision phone, digits
 * only) is left as is: it exists to be called. Used by every printout, ledger and bundle.
 */
import { findUnmaskedPersonalNumbers, maskIdNumber, maskPhone } from './masking'

const FULL_WIDTH_DIGIT = (d: string) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export function scrubPersonalNumbers(text: string, allowedDigits?: string): string {
  let out = text
  for (const n of findUnmaskedPersonalNumbers(text)) {
    if (allowedDigits && n === allowedDigits) continue
    const masked = n.length === 18 ? maskIdNumber(n) : maskPhone(n)
    const pattern = Array.from(n)
      .map((c) => (/[0-9]/.test(c) ? `[${c}${FULL_WIDTH_DIGIT(c)}]` : `[${escapeRe(c)}${escapeRe(c.toLowerCase())}${FULL_WIDTH_DIGIT(c)}]`))
      .join('[\\s\\-－]?')
    out = out.replace(new RegExp(pattern, 'g'), masked)
  }
  return out
}
