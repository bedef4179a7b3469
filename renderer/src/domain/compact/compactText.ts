/**
 * 村规民约全文 as plain text: title, 章, 第X条, the 落款 and date — the shape the importer reads
 * (parse.ts), so copy-out and paste-in round-trip. The printed document (GB/T 9704) is built in
 * print/ from the same data; this is for the clipboard, .txt export and tests.
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import { chapterOf, type CompactVersion } from './model'
import { formatOrdinal } from './numerals'

const IDEOGRAPHIC_SPACE = '\u3000'

export function versionToText(title: string, version: CompactVersion, signature: { issuer?: string; adoptedAt?: string } = {}): string {
  const out: string[] = [title]
  const adoptedAt = signature.adoptedAt ?? version.adoptedAt
  let chapter: number | undefined
  for (const a of version.articles) {
    if (a.chapter !== undefined && a.chapter !== chapter) {
      chapter = a.chapter
      const c = chapterOf(version, a)
      out.push('', `${formatOrdinal(a.chapter, '章')}${IDEOGRAPHIC_SPACE}${c?.title ?? ''}`.trimEnd())
    }
    out.push(`${formatOrdinal(a.number)}${IDEOGRAPHIC_SPACE}${a.text}`)
  }
  if (signature.issuer || adoptedAt) out.push('')
  if (signature.issuer) out.push(signature.issuer)
  if (adoptedAt) out.push(formatChineseDate(adoptedAt))
  return out.join('\n')
}
