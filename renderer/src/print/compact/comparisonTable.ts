/**
 * 条文对照表 for an amendment — `buildComparisonTableDoc(data, village): PrintDocument`.
 *
 * Input
 *   data.compact          the Compact.
 *   data.to               the new text: a version id, a CompactVersion not yet in the compact (the
 *                         修订草案 sent for the township's review), or default the newest version.
 *   data.from             the old text: a version id or CompactVersion; default the version in force
 *                         before `to` (the one with the latest effectiveFrom before it).
 *   data.includeUnchanged list every article, not only the changed ones (default false).
 *   village               VillageProfile: the village name for the title.
 *
 * Output: an A4 landscape register (ledger.ts: header row repeated on every page, rows kept whole,
 * page numbers “— n —”): 原条文 | 修改后条文 | 修改说明 (新增 / 修改 / 删除, with the old number when
 * the article was renumbered), one row per article from domain versions.ts `diffVersions`, each text
 * opening with its “第X条” in 黑体; 款 and 项 on lines of their own; in an amended article the words
 * deleted (old column) and inserted (new column) are bold (textDiff.ts). Throws when nothing changed.
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import { structureOf, type Article, type Compact, type CompactVersion } from '@/domain/compact/model'
import { formatOrdinal } from '@/domain/compact/numerals'
import { CHANGE_LABELS, diffVersions, type DiffRow } from '@/domain/compact/versions'
import type { VillageProfile } from '@/domain/village/profile'
import { A4, lineHeightFor, ZIHAO } from '../layout'
import { buildLedgerDoc, LEDGER_MARGIN, LEDGER_MARGIN_BOTTOM } from '../ledger'
import { kinsokuInlines } from '../linebreak'
import type { ContentTable, PrintDocument, TableCell } from '../pdf-types'
import type { TableColumn } from '../table'
import { HEITI } from './articles'
import { diffSegments, type Segment } from './textDiff'
import { compactTitle, pickVersion, sortedVersions } from './wording'

export interface ComparisonInput {
  compact: Compact
  from?: string | CompactVersion
  to?: string | CompactVersion
  includeUnchanged?: boolean
}

const FONT_SIZE = ZIHAO.小四
const LINE_HEIGHT = lineHeightFor('NotoSerifSC', FONT_SIZE, FONT_SIZE * 1.3)
const NOTE_WIDTH = 96
const COLUMNS: TableColumn[] = [
  { header: '原条文', key: 'old' },
  { header: '修改后条文', key: 'new' },
  { header: '修改说明', key: 'change', width: NOTE_WIDTH, align: 'center' },
]

function resolve(compact: Compact, v: string | CompactVersion | undefined): CompactVersion | undefined {
  if (v === undefined) return undefined
  return typeof v === 'string' ? pickVersion(compact, v) : v
}

/** The version in force before `to`: the latest other version that took effect earlier. */
function versionBefore(compact: Compact, to: CompactVersion): CompactVersion {
  const before = sortedVersions(compact).filter((v) => v.id !== to.id && v.effectiveFrom < to.effectiveFrom)
  const v = before.at(-1)
  if (!v) throw new Error('没有修改前的版本可以对照')
  return v
}

/** 款 and 项 of an article, one per line. */
function articleLines(article: Article): string {
  return structureOf(article.text)
    .flatMap((p) => [p.text, ...p.items.map((i) => `${i.marker}${i.text}`)])
    .join('\n')
}

/** “第X条” in 黑体, then the text; the changed segments (an amended article) in bold. */
function articleCell(article: Article | undefined, absent: string, segments?: readonly Segment[]): TableCell {
  if (!article) return { text: absent, alignment: 'center' }
  const numberRun = {
    text: formatOrdinal(article.number),
    font: HEITI.font,
    bold: HEITI.bold,
    lineHeight: lineHeightFor('NotoSansSC', FONT_SIZE, FONT_SIZE * 1.3),
    noWrap: true,
  }
  const parts = segments ?? [{ text: articleLines(article), changed: false }]
  const text = parts.flatMap((p) => (p.changed ? kinsokuInlines(p.text, { bold: true }) : kinsokuInlines(p.text)))
  return { text: [numberRun, { text: '\u3000' }, ...text], alignment: 'left' }
}

function rowCells(row: DiffRow): [TableCell, TableCell] {
  if (row.change === 'amended' && row.old && row.new) {
    const marks = diffSegments(articleLines(row.old), articleLines(row.new))
    return [articleCell(row.old, '', marks.old), articleCell(row.new, '', marks.new)]
  }
  return [articleCell(row.old, '（无）'), articleCell(row.new, '（删除）')]
}

/** 修改说明: 新增 / 修改 / 删除, and the old number of a renumbered article. */
export function changeNote(row: DiffRow): string {
  const renumbered = row.renumberedFrom !== undefined ? `（原${formatOrdinal(row.renumberedFrom)}）` : ''
  if (row.change === 'unchanged') return renumbered ? `序号调整${renumbered}` : CHANGE_LABELS.unchanged
  return `${CHANGE_LABELS[row.change]}${renumbered}`
}

/** “2023年12月16日村民会议通过，2024年1月1日起施行” / “修订草案”. */
function versionLabel(v: CompactVersion): string {
  if (!v.adoptedAt) return '修订草案'
  return `${formatChineseDate(v.adoptedAt)}村民会议通过，${formatChineseDate(v.effectiveFrom)}起施行`
}

/** A row taller than the page cannot be kept whole (pdfmake would cut it off): rough height in pt. */
function estimatedRowHeight(row: DiffRow, columnWidth: number): number {
  const perLine = Math.max(1, Math.floor(columnWidth / FONT_SIZE))
  const lines = (a: Article | undefined) =>
    a
      ? articleLines(a)
          .split('\n')
          .reduce((n, l) => n + Math.ceil((Array.from(l).length + 6) / perLine), 0)
      : 1
  return Math.max(lines(row.old), lines(row.new)) * FONT_SIZE * 1.3
}

export function buildComparisonTableDoc(data: ComparisonInput, village: VillageProfile): PrintDocument {
  const to = resolve(data.compact, data.to) ?? pickVersion(data.compact)
  const from = resolve(data.compact, data.from) ?? versionBefore(data.compact, to)
  const diff = diffVersions(from, to)
  const rows = diff.rows.filter((r) => data.includeUnchanged || r.change !== 'unchanged' || r.renumberedFrom !== undefined)
  if (!rows.some((r) => r.change !== 'unchanged' || r.renumberedFrom !== undefined)) {
    throw new Error('两个版本的条文相同，没有可以对照的修改')
  }
  const title = compactTitle(data.compact, village)
  const doc = buildLedgerDoc({
    title: `《${title}》修改条文对照表`,
    subtitle: `修改前：${versionLabel(from)}\u3000\u3000修改后：${versionLabel(to)}`,
    columns: COLUMNS,
    rows: rows.map((r) => ({ old: '', new: '', change: changeNote(r) })),
    orientation: 'landscape',
    pageNumbers: 'dashes',
    fontSize: FONT_SIZE,
    footerNote: `说明：${data.includeUnchanged ? '' : '本表只列出修改、新增和删除的条文，其余条文未作改动；'}加粗的文字为修改之处。`,
  })
  // the ledger lays the table out; the article cells are rich text (number in 黑体), set here
  const table = doc.content.find((c): c is ContentTable => typeof c === 'object' && !Array.isArray(c) && 'table' in c)
  if (!table) throw new Error('对照表没有生成表格')
  const [header, ...body] = table.table.body
  const textWidth = (A4.height - 2 * LEDGER_MARGIN - NOTE_WIDTH) / 2 - 10
  const tallest = Math.max(...rows.map((r) => estimatedRowHeight(r, textWidth)))
  const pageBody = A4.width - LEDGER_MARGIN - LEDGER_MARGIN_BOTTOM - 80 // title, subtitle, header row
  const rich = body.map((cells, i) => {
    const row = rows[i]!
    return [...rowCells(row), cells[2]!]
  })
  const replaced: ContentTable = {
    ...table,
    lineHeight: LINE_HEIGHT,
    table: { ...table.table, body: [header!, ...rich], dontBreakRows: tallest <= pageBody },
  }
  return { ...doc, content: doc.content.map((c) => (c === table ? replaced : c)) }
}
