/**
 * 版本 (versions): each adopted amendment is a new version holding the compact's full text.
 *
 * A version is in force from its `effectiveFrom` (inclusive) until the day before the next version's
 * `effectiveFrom`; the last one has no end. `readCompact` takes plain objects in any order (versions,
 * articles), with numbers as 39 / '39' / '第三十九条' and roles as codes or Chinese names, and returns
 * the checked, sorted compact, or throws CompactShapeError naming the problem in Chinese.
 *
 * `diffVersions(a, b)` is the 条文对照表 (old | new | change); `changesOf` lists what a version added,
 * amended and repealed against the one before it.
 */
import { addDays, compareIsoDates, parseIsoDate } from '@/domain/calendar/calendar'
import { formatOrdinal, readArticleNumber } from './numerals'
import { readRole, type Article, type ArticleRole, type Chapter, type Compact, type CompactVersion } from './model'

export class CompactShapeError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CompactShapeError'
  }
}

/** Plain input: what a checker or the importer writes by hand. */
export interface ArticleInput {
  number: number | string
  chapter?: number | string
  role?: ArticleRole | string
  text: string
  links?: readonly (number | string)[]
  formerNumber?: number | string
}

export interface VersionInput {
  id: string
  effectiveFrom: string
  adoptedAt?: string
  meetingId?: string
  note?: string
  chapters?: readonly { number: number | string; title: string }[]
  articles: readonly ArticleInput[]
}

export interface CompactInput {
  title: string
  versions: readonly VersionInput[]
}

function fail(message: string): never {
  throw new CompactShapeError(message)
}

function number(input: number | string, what: string): number {
  const n = readArticleNumber(input)
  if (n === null) fail(`${what}的序号无法识别：${String(input)}`)
  return n
}

function readArticle(input: ArticleInput, versionId: string): Article {
  const n = number(input.number, `版本 ${versionId} 中的条文`)
  const where = `版本 ${versionId} 的${formatOrdinal(n)}`
  const role = readRole(input.role)
  if (role === null) fail(`${where}的作用“${String(input.role)}”无法识别（应为行为规范、违约处理、恢复、总则、附则或其他）`)
  if (typeof input.text !== 'string') fail(`${where}没有条文内容`)
  const article: Article = { number: n, role, text: input.text }
  if (input.chapter !== undefined) article.chapter = number(input.chapter, `${where}所属的章`)
  if (input.links && input.links.length > 0) article.links = input.links.map((l) => number(l, `${where}关联的条文`))
  if (input.formerNumber !== undefined) article.formerNumber = number(input.formerNumber, `${where}的原序号`)
  return article
}

function readVersion(input: VersionInput): CompactVersion {
  if (!input.id) fail('每个版本都需要 id')
  if (!parseIsoDate(input.effectiveFrom)) fail(`版本 ${input.id} 的施行日期无效：${input.effectiveFrom}（应为 YYYY-MM-DD）`)
  if (input.adoptedAt !== undefined && !parseIsoDate(input.adoptedAt)) fail(`版本 ${input.id} 的通过日期无效：${input.adoptedAt}`)
  if (input.adoptedAt !== undefined && input.adoptedAt > input.effectiveFrom) {
    fail(`版本 ${input.id} 的施行日期（${input.effectiveFrom}）早于通过日期（${input.adoptedAt}）`)
  }
  const articles = input.articles.map((a) => readArticle(a, input.id)).sort((x, y) => x.number - y.number)
  for (let i = 1; i < articles.length; i++) {
    if (articles[i]!.number === articles[i - 1]!.number) fail(`版本 ${input.id} 中${formatOrdinal(articles[i]!.number)}出现了不止一次`)
  }
  const version: CompactVersion = { id: input.id, effectiveFrom: input.effectiveFrom, articles }
  if (input.adoptedAt !== undefined) version.adoptedAt = input.adoptedAt
  if (input.meetingId !== undefined) version.meetingId = input.meetingId
  if (input.note !== undefined) version.note = input.note
  if (input.chapters) {
    version.chapters = input.chapters
      .map((c): Chapter => ({ number: number(c.number, `版本 ${input.id} 的章`), title: c.title }))
      .sort((x, y) => x.number - y.number)
  }
  return version
}

/**
 * Checks and sorts a compact given as plain objects. Not cached: a store may edit its objects in
 * place, and reading three versions of 45 articles costs well under a millisecond.
 */
export function readCompact(input: CompactInput | Compact): Compact {
  if (!input || !Array.isArray(input.versions)) fail('村规民约需要 versions（版本列表）')
  const versions = input.versions.map(readVersion).sort((x, y) => compareIsoDates(x.effectiveFrom, y.effectiveFrom))
  const ids = new Set<string>()
  for (let i = 0; i < versions.length; i++) {
    const v = versions[i]!
    if (ids.has(v.id)) fail(`版本 id 重复：${v.id}`)
    ids.add(v.id)
    const prev = versions[i - 1]
    if (prev && prev.effectiveFrom === v.effectiveFrom)
      fail(`版本 ${prev.id} 和 ${v.id} 的施行日期相同（${v.effectiveFrom}），同一天只能有一个版本施行`)
  }
  return { title: input.title ?? '', versions }
}

/** The version in force on `date`, or null before the first one took effect. */
export function versionInForceOn(compact: Compact, date: string): CompactVersion | null {
  let found: CompactVersion | null = null
  for (const v of compact.versions) {
    if (v.effectiveFrom <= date) found = v
    else break
  }
  return found
}

/** The last day a version is in force (inclusive), or null for the newest one. */
export function effectiveUntil(compact: Compact, versionId: string): string | null {
  const i = compact.versions.findIndex((v) => v.id === versionId)
  if (i < 0) fail(`没有版本 ${versionId}`)
  const next = compact.versions[i + 1]
  return next ? addDays(next.effectiveFrom, -1) : null
}

/** 条文对照表的一行. */
export type ChangeKind = 'added' | 'amended' | 'repealed' | 'unchanged'

export const CHANGE_LABELS: Record<ChangeKind, string> = { added: '新增', amended: '修改', repealed: '删除', unchanged: '未改' }

export interface DiffRow {
  /** The article's number in the new version, or in the old one when it was repealed. */
  number: number
  old?: Article
  new?: Article
  change: ChangeKind
  /** Besides the text: the role, the chapter or the links changed (shown, not counted as 修改). */
  metaChanged: boolean
  /** When an amendment renumbered the article: its old number. */
  renumberedFrom?: number
}

export interface VersionDiff {
  rows: DiffRow[]
  added: number[]
  amended: number[]
  repealed: number[]
}

/** Text compared without the spaces and line-break differences Word adds on the way. */
function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, '') === b.replace(/\s+/g, '')
}

function sameMeta(a: Article, b: Article): boolean {
  return a.role === b.role && a.chapter === b.chapter && JSON.stringify(a.links ?? []) === JSON.stringify(b.links ?? [])
}

/**
 * 条文对照表 from version `a` (old) to `b` (new), in the new numbering, repealed articles after the
 * article they followed. Articles pair by number, or by `formerNumber` when the new one names it.
 */
export function diffVersions(a: CompactVersion, b: CompactVersion): VersionDiff {
  const oldByNumber = new Map(a.articles.map((x) => [x.number, x]))
  const claimed = new Set(b.articles.filter((x) => x.formerNumber !== undefined).map((x) => x.formerNumber!))
  const used = new Set<number>()
  const rows: DiffRow[] = []
  for (const n of b.articles) {
    const oldNumber = n.formerNumber ?? (claimed.has(n.number) ? undefined : n.number)
    const o = oldNumber === undefined ? undefined : oldByNumber.get(oldNumber)
    if (!o) {
      rows.push({ number: n.number, new: n, change: 'added', metaChanged: false })
      continue
    }
    used.add(o.number)
    const row: DiffRow = {
      number: n.number,
      old: o,
      new: n,
      change: sameText(o.text, n.text) ? 'unchanged' : 'amended',
      metaChanged: !sameMeta(o, n),
    }
    if (o.number !== n.number) row.renumberedFrom = o.number
    rows.push(row)
  }
  for (const o of a.articles) {
    if (used.has(o.number)) continue
    // place a repealed article after the last row whose old number precedes it
    let at = rows.length
    for (let i = rows.length - 1; i >= 0; i--) {
      const prev = rows[i]!.old?.number
      if (prev !== undefined && prev < o.number) {
        at = i + 1
        break
      }
      if (i === 0) at = 0
    }
    rows.splice(at, 0, { number: o.number, old: o, change: 'repealed', metaChanged: false })
  }
  const pick = (k: ChangeKind) => rows.filter((r) => r.change === k).map((r) => r.number)
  return { rows, added: pick('added'), amended: pick('amended'), repealed: pick('repealed') }
}

/** What a version added, amended and repealed against the version before it (the first adds all). */
export function changesOf(compact: Compact, versionId: string): VersionDiff {
  const i = compact.versions.findIndex((v) => v.id === versionId)
  if (i < 0) fail(`没有版本 ${versionId}`)
  const prev = compact.versions[i - 1] ?? { id: '', effectiveFrom: '', articles: [] }
  return diffVersions(prev, compact.versions[i]!)
}
