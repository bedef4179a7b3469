/**
 * The Latin-text check: a screen for a village secretary shows no English, no developer names
 * (IndexedDB, SHA-256, notices) and no code. Used by the unit test over the help texts and by the
 * e2e spec that reads every area's rendered text (tests/e2e/plain.spec.ts).
 *
 * latinWordsIn(text) → the Latin words found, in order, without the allowed ones: the file kinds she
 * knows by name (PDF, Excel, A4 …), units, the letter X of an ID number's tail, and masked digits.
 */

/** Words a secretary knows as they are (file kinds, paper size, the keys she presses). */
export const ALLOWED_LATIN: ReadonlySet<string> = new Set(['PDF', 'Excel', 'A4', 'X', 'x', 'MB', 'KB', 'GB', 'Word', 'WPS', 'U', 'Enter'])

/** Runs of Latin letters (with digits, dots, dashes or underscores inside a word). */
const LATIN_WORD = /[A-Za-z][A-Za-z0-9_.-]*[A-Za-z0-9]|[A-Za-z]/g

export function latinWordsIn(text: string): string[] {
  const found: string[] = []
  for (const match of text.matchAll(LATIN_WORD)) {
    const word = match[0]
    // an ID number's check letter after digits or stars: 110105********002X
    const before = text[(match.index ?? 0) - 1] ?? ''
    if (/^[Xx]$/.test(word) && /[0-9*]/.test(before)) continue
    if (ALLOWED_LATIN.has(word)) continue
    // file names she picked or saved (宅子村花名册.xlsx): the extension is part of a name she chose
    if (/^(xlsx|xls|pdf|docx|doc|jpg|jpeg|png|json|zip)$/i.test(word) && before === '.') continue
    found.push(word)
  }
  return found
}
