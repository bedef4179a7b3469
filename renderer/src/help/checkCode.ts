/**
 * 防篡改校验码 as a person reads it: a long hexadecimal fingerprint (a SHA-256 of a printed sheet,
 * an audit entry, a bundle) cut into groups of four, upper case, so it can be read aloud and compared
 * by eye with the one on paper.
 *
 * groupCheckCode(hex, length?) → "3F2A 9C1B 77D0 E4A5" (the first `length` characters, default all).
 */
export function groupCheckCode(hex: string, length?: number): string {
  const clean = hex.replace(/[^0-9a-fA-F]/g, '').toUpperCase()
  const cut = length === undefined ? clean : clean.slice(0, length)
  return (cut.match(/.{1,4}/g) ?? []).join(' ')
}
