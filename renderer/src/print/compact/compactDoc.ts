/**
 * 村规民约全文 as a printable GB/T 9704 document — `buildCompactDoc(data, village): PrintDocument`.
 *
 * Input
 *   data.compact    the Compact (domain/compact/model.ts): title + versions of chapters and articles.
 *   data.versionId  the version to print; default the newest.
 *   data.sealed     true: the 落款 carries a seal mark (村委会 seal over the 村民会议 落款); default false.
 *   data.issuer     落款; default “××村村民会议” (domain-rules §3.3 [S8d]).
 *   data.date       the 落款 date 'YYYY-MM-DD'; default the version's adoptedAt (the 村民会议 that adopted
 *                   it). Without either the builder throws: a compact is signed with its adoption date.
 *   data.history    print “（2021年2月26日村民会议通过，2023年12月16日村民会议修订）” under the title;
 *                   default: when the printed version amends an earlier one.
 *   village         the VillageProfile: the village name for the default title and 落款.
 *
 * Output: a serialisable pdfmake definition (PrintDocument) — title “××村村规民约” (2号, centred),
 * chapters as centred 黑体 headings, articles beginning “第X条” in 黑体, 款 and 项 as paragraphs, the
 * 落款 with the date, page numbers “— n —” (§7.5).
 *
 * Pagination. A chapter heading never ends a page: it goes in an unbreakable stack with the first
 * paragraph of its first article, so pdfmake moves both to the next page together. (The stack's
 * margin cannot carry the blank line above the heading: a block moved by a page break starts at
 * the top, but a heading moved by frame.ts keepSignatureWithText would carry its blank line along,
 * so the blank line is the bottom margin of the block before it, which a page end swallows.) The
 * 落款 is kept with the text before it by frame.ts: the last paragraph is marked as the lead; when
 * the last chapter is one single paragraph, the chapter heading is the lead, so that heading,
 * article and 落款 move together.
 */
import type { Compact, CompactVersion } from '@/domain/compact/model'
import { chapterOf } from '@/domain/compact/model'
import { formatChineseDate } from '@/domain/calendar/calendar'
import type { VillageProfile } from '@/domain/village/profile'
import { gbPage, SIGNATURE_LEAD_MARK, signatureBlock, titleBlock } from '../document'
import { BODY_GLYPH_SIZE, estimateTextWidth, LINE_PITCH, TEXT_BLOCK_WIDTH } from '../layout'
import { kinsokuText } from '../linebreak'
import type { Content, ContentStack, ContentText, Margins, PrintDocument } from '../pdf-types'
import { articleParagraphs, chapterHeading, estimatedLines } from './articles'
import { compactTitle, requireDate, pickVersion, sortedVersions, villagersMeetingName } from './wording'

export interface CompactPrintInput {
  compact: Compact
  versionId?: string
  sealed?: boolean
  issuer?: string
  date?: string
  history?: boolean
}

/**
 * A first paragraph longer than this is not glued to its chapter heading: an unbreakable block must
 * fit on one page (pdfmake has no multi-page unbreakable blocks). 15 of the page's 22 lines.
 */
export const KEEP_WITH_HEADING_MAX_LINES = 15

/**
 * “（2021年2月26日村民会议通过，2023年12月16日村民会议修订）” as printed lines: events are packed
 * into lines of the 版心's width, a line never broken inside an event; null for a first version.
 */
export function historyNote(compact: Compact, version: CompactVersion): string[] | null {
  const upTo = sortedVersions(compact).filter((v) => v.effectiveFrom <= version.effectiveFrom && v.adoptedAt)
  if (upTo.length < 2) return null
  const events = upTo.map((v, i) => `${formatChineseDate(v.adoptedAt!)}村民会议${i === 0 ? '通过' : '修订'}`)
  const parts = events.map((e, i) => `${i === 0 ? '（' : ''}${e}${i === events.length - 1 ? '）' : '，'}`)
  const lines: string[] = []
  for (const part of parts) {
    const last = lines.at(-1)
    if (last !== undefined && estimateTextWidth(last + part, BODY_GLYPH_SIZE) <= TEXT_BLOCK_WIDTH) lines[lines.length - 1] = last + part
    else lines.push(part)
  }
  return lines
}

function withBottomMargin(block: Content, bottom: number): Content {
  if (typeof block === 'string') return { text: block, margin: [0, 0, 0, bottom] }
  if (Array.isArray(block)) return { stack: block, margin: [0, 0, 0, bottom] }
  return { ...block, margin: [0, 0, 0, bottom] as Margins }
}

/** The body: chapters and articles, a chapter heading glued to the first paragraph after it. */
export function compactBody(version: CompactVersion): Content[] {
  const blocks: Content[] = []
  let chapter: number | undefined
  for (const article of version.articles) {
    const paragraphs = articleParagraphs(article)
    if (article.chapter === undefined || article.chapter === chapter) {
      blocks.push(...paragraphs)
      continue
    }
    chapter = article.chapter
    const heading = chapterHeading(chapterOf(version, article) ?? { number: article.chapter, title: '' })
    // one blank line between chapters, as the bottom margin of what comes before
    const previous = blocks.at(-1)
    if (previous !== undefined) blocks[blocks.length - 1] = withBottomMargin(previous, LINE_PITCH)
    const [first, ...rest] = paragraphs as [ContentText, ...ContentText[]]
    const group: ContentStack = { stack: [heading, first] }
    if (estimatedLines(first) <= KEEP_WITH_HEADING_MAX_LINES) group.unbreakable = true
    blocks.push(group, ...rest)
  }
  return blocks
}

/** Marks the block the 落款 is kept with (frame.ts keepSignatureWithText). */
function markLead(blocks: Content[]): void {
  const last = blocks.at(-1)
  if (last === undefined || typeof last === 'string' || Array.isArray(last)) return
  if ('stack' in last && last.unbreakable) {
    // the last chapter is one paragraph: lay heading and paragraph out free and lead with the heading,
    // so a page break before the 落款 takes the heading along (nodes inside an unbreakable block
    // report stale page numbers to pageBreakBefore callbacks)
    const [heading, paragraph] = last.stack as [ContentText, ContentText]
    blocks.splice(-1, 1, { ...heading, headlineLevel: SIGNATURE_LEAD_MARK }, paragraph)
    return
  }
  if ('text' in last) blocks[blocks.length - 1] = { ...last, headlineLevel: SIGNATURE_LEAD_MARK }
}

export function buildCompactDoc(data: CompactPrintInput, village: VillageProfile): PrintDocument {
  const version = pickVersion(data.compact, data.versionId)
  if (version.articles.length === 0) throw new Error('该版本没有条文，无法打印')
  const title = compactTitle(data.compact, village)
  const issuer = (data.issuer ?? villagersMeetingName(village)).trim()
  if (!issuer) throw new Error('落款不能为空')
  const date = requireDate(data.date ?? version.adoptedAt, '村民会议通过村规民约的日期')
  const note = data.history === false ? null : historyNote(data.compact, version)
  const content: Content[] = []
  if (note) {
    content.push({ ...titleBlock(title), margin: [0, 0, 0, 0] })
    content.push({
      text: kinsokuText(note.join('\n')),
      alignment: 'center',
      margin: [0, 0, 0, LINE_PITCH],
    })
  } else {
    content.push(titleBlock(title))
  }
  const body = compactBody(version)
  markLead(body)
  content.push(...body, signatureBlock(issuer, date, data.sealed ?? false))
  return gbPage(content, { title, subject: `${village.villageName} 村规民约（${formatChineseDate(version.effectiveFrom)}起施行）` })
}
