/**
 * 导入 (import): a compact pasted as text, or read from .docx/.txt, into chapters and articles.
 *
 * Recognised: the title (first line, 村规民约/公约/章程), “第X章 标题”, “第X条 正文”, item lines （一）/(1)/1./①
 * kept in the article's text, the adoption note “（2024年3月1日村民会议通过）”, and the 落款 “××村村民会议”
 * with its date. Numerals are read with numerals.ts (第三十九条, 第３９条). A compact written with “一、”
 * articles and no 第X条 at all is read with those as articles.
 *
 * Nothing is dropped silently: lines before the first article, and headings whose number cannot be
 * read, come back in `unplaced`; gaps, duplicates and restarts in the numbering come back as findings.
 * Roles and links are guesses from the wording (违反第八条… → 违约处理 linked to 8) for the preview,
 * which the secretary confirms before saving.
 */
import type { Finding } from '@/domain/law/findings'
import { formatIsoDate, isRealDate } from '@/domain/calendar/calendar'
import { toHalfWidth } from '@/domain/text/normalize'
import { GUIDELINE_PROCEDURE } from './citations'
import { readItemMarker, type Article, type ArticleRole, type Chapter } from './model'
import { formatOrdinal, NUMERAL_CHARS, parseChineseNumber } from './numerals'
import type { VersionInput } from './versions'

export interface ParsedArticle extends Article {
  /** 1-based line of its heading in the pasted text. */
  line: number
  /** Role and links were guessed from the wording, not read. */
  guessed: boolean
}

export interface UnplacedLine {
  line: number
  text: string
  reason: string
}

export interface ParsedCompact {
  title: string
  chapters: Chapter[]
  articles: ParsedArticle[]
  /** Lines before the first article (a 序言), also listed in unplaced. */
  preamble: string[]
  /** 'YYYY-MM-DD' from “（…村民会议通过）” or the 落款 date. */
  adoptedAt?: string
  /** The 落款, e.g. “青石村村民会议”. */
  issuer?: string
  unplaced: UnplacedLine[]
  findings: Finding[]
  /** 'articles': 第X条; 'list': “一、” lines read as articles (no 第X条 in the text). */
  numbering: 'articles' | 'list'
}

const N = `[${NUMERAL_CHARS}]+`
const CHAPTER = new RegExp(`^第\\s*(${N})\\s*章[\\s:：、.]*(.*)$`)
const SECTION = new RegExp(`^第\\s*(${N})\\s*节`)
const ARTICLE = new RegExp(`^第\\s*(${N})\\s*条[\\s:：、.]*(.*)$`)
/** An article-like heading whose number could not be read: 第X条, 第__条. */
const ARTICLE_LIKE = /^第\s*\S{1,6}?\s*条/
const LIST_ARTICLE = /^([零〇一二两三四五六七八九十百]+)\s*[、.．]\s*(.*)$/
const LIST_ARTICLE_DIGITS = /^(\d+)\s*[、.．]\s*(.*)$/
const TITLE_WORDS = /村规民约|居民公约|公约|章程|规约|民约/
const ISSUER = /^(.{0,20}(村民会议|村民代表会议|村民委员会|居民会议))$/
const DATE_CN = new RegExp(`^[(（]?\\s*(${N}|\\d{4})\\s*年\\s*(${N}|\\d{1,2})\\s*月\\s*(${N}|\\d{1,2})\\s*日`)
const ADOPTION_NOTE = /^[(（].*通过.*[)）]$/
const SENTENCE_FINAL = /[。；;：:！!？?”’）)]$/

interface Line {
  /** 1-based line number in the pasted text. */
  n: number
  /** The line as written, trimmed: what is kept. */
  raw: string
  /** Half-width, same length as raw: what headings are recognised in. */
  text: string
}

/** The original words after a heading matched in the half-width copy (the two have equal length). */
function restOf(l: Line, rest: string): string {
  return l.raw.slice(l.raw.length - rest.length).trim()
}

function readDate(line: string): string | undefined {
  const m = DATE_CN.exec(line.replace(/\s+/g, ''))
  if (!m) return undefined
  const year = parseChineseNumber(m[1]!)
  const month = parseChineseNumber(m[2]!)
  const day = parseChineseNumber(m[3]!)
  if (year === null || month === null || day === null || !isRealDate(year, month, day)) return undefined
  return formatIsoDate({ year, month, day })
}

function finding(level: Finding['level'], code: string, message: string, line?: number): Finding {
  const f: Finding = { level, code, message, citation: GUIDELINE_PROCEDURE }
  if (line !== undefined) f.field = String(line)
  return f
}

interface Draft {
  number: number
  chapter?: number
  line: number
  lines: string[]
}

export function parseCompactText(input: string): ParsedCompact {
  const raw = input.replace(/\r\n?/g, '\n').split('\n')
  const lines: Line[] = raw
    .map((line, i) => {
      const trimmed = line.replace(/^\s+|\s+$/g, '')
      return { n: i + 1, raw: trimmed, text: toHalfWidth(trimmed) }
    })
    .filter((l) => l.text !== '')
  const hasArticleHeadings = lines.some((l) => ARTICLE.test(l.text))
  const numbering: ParsedCompact['numbering'] = hasArticleHeadings ? 'articles' : 'list'
  // without 第X条, “一、” lines are the articles; failing those, “1.” lines
  const listHeading = lines.some((l) => LIST_ARTICLE.test(l.text)) ? LIST_ARTICLE : LIST_ARTICLE_DIGITS

  const out: ParsedCompact = { title: '', chapters: [], articles: [], preamble: [], unplaced: [], findings: [], numbering }
  const drafts: Draft[] = []
  let chapter: Chapter | undefined
  let current: Draft | undefined
  let ended = false // after the 落款 nothing more belongs to an article

  lines.forEach((l, index) => {
    const t = l.text
    if (index === 0 && !ARTICLE.test(t) && !CHAPTER.test(t) && (TITLE_WORDS.test(t) || t.length <= 20)) {
      out.title = l.raw.replace(/\s+/g, '')
      return
    }
    const date = readDate(t)
    if (ADOPTION_NOTE.test(t.replace(/\s+/g, ''))) {
      if (date) out.adoptedAt = date
      return
    }
    if (current && ISSUER.test(t.replace(/\s+/g, ''))) {
      out.issuer = l.raw.replace(/\s+/g, '')
      ended = true
      return
    }
    if (current && date && /日[)）]?$/.test(t)) {
      out.adoptedAt ??= date
      ended = true
      return
    }
    const ch = CHAPTER.exec(t)
    if (ch) {
      const number = parseChineseNumber(ch[1]!)
      if (number === null) {
        out.unplaced.push({ line: l.n, text: l.raw, reason: '章的序号无法识别' })
        return
      }
      chapter = { number, title: restOf(l, ch[2]!).replace(/\s+/g, '') }
      out.chapters.push(chapter)
      current = undefined
      ended = false
      return
    }
    if (SECTION.test(t)) {
      out.unplaced.push({ line: l.n, text: l.raw, reason: '“节”不单独保存，其下条文归入所在的章' })
      return
    }
    const heading = hasArticleHeadings ? ARTICLE.exec(t) : listHeading.exec(t)
    if (heading) {
      const number = parseChineseNumber(heading[1]!)
      if (number !== null && number > 0) {
        const rest = restOf(l, heading[2]!)
        current = { number, line: l.n, lines: rest ? [rest] : [] }
        if (chapter) current.chapter = chapter.number
        drafts.push(current)
        ended = false
        return
      }
    }
    if (hasArticleHeadings && ARTICLE_LIKE.test(t) && !heading) {
      out.unplaced.push({ line: l.n, text: l.raw, reason: '像是条文标题，但序号无法识别' })
      return
    }
    if (!current || ended) {
      const reason = current ? '位于落款之后，未归入任何条文' : '位于第一条之前，未归入任何条文'
      if (!current) out.preamble.push(l.raw)
      out.unplaced.push({ line: l.n, text: l.raw, reason })
      return
    }
    // an item starts a new line; a wrapped line (Word/PDF line break mid-sentence) joins the one before
    const last = current.lines[current.lines.length - 1]
    if (last !== undefined && !readItemMarker(t) && !SENTENCE_FINAL.test(toHalfWidth(last)))
      current.lines[current.lines.length - 1] = last + l.raw
    else current.lines.push(l.raw)
  })

  if (numbering === 'list' && drafts.length > 0) {
    out.findings.push(finding('info', 'compact.parse.list_numbering', '文中没有“第X条”，已把“一、二、……”开头的各段当作条文；请核对'))
  }
  checkNumbering(drafts, out)
  checkChapters(out)
  for (const u of out.unplaced)
    out.findings.push(finding('info', 'compact.parse.unplaced', `第${u.line}行未能归入条文（${u.reason}）：${u.text}`, u.line))

  const chapterTitle = new Map(out.chapters.map((c) => [c.number, c.title]))
  const roles = drafts.map((d) => guessRole(d.lines.join('\n'), d.chapter === undefined ? '' : (chapterTitle.get(d.chapter) ?? '')))
  const conduct = drafts.filter((_, i) => roles[i] === 'conduct').map((d) => d.number)
  out.articles = drafts.map((d, i) => {
    const text = d.lines.join('\n')
    const role = roles[i]!
    const a: ParsedArticle = { number: d.number, role, text, line: d.line, guessed: true }
    if (d.chapter !== undefined) a.chapter = d.chapter
    if (role === 'handling' || role === 'restoration') {
      let links = referencedArticles(text).filter((n) => n !== d.number)
      if (links.length === 0 && role === 'handling' && /违反本(村规民约|公约|规约|民约)/.test(text)) links = conduct
      if (links.length > 0) a.links = links
    }
    if (!text.trim()) out.findings.push(finding('warning', 'compact.parse.empty_article', `${formatOrdinal(d.number)}没有内容`, d.line))
    return a
  })
  if (drafts.length === 0)
    out.findings.unshift(
      finding('error', 'compact.parse.no_articles', '没有识别出任何条文：请确认文本中有“第一条”“第二条”……或“一、二、……”'),
    )
  return out
}

function checkNumbering(drafts: Draft[], out: ParsedCompact): void {
  const seen = new Map<number, number>()
  let prev: Draft | undefined
  for (const d of drafts) {
    const first = seen.get(d.number)
    const restart = prev !== undefined && d.number === 1 && prev.number > 1 && d.chapter !== prev.chapter
    if (restart) {
      out.findings.push(
        finding(
          'warning',
          'compact.parse.restart',
          `第${d.line}行：条文序号在新的一章从第一条重新开始；村规民约的条文序号应当全文连续编排`,
          d.line,
        ),
      )
    } else if (first !== undefined) {
      out.findings.push(
        finding(
          'error',
          'compact.parse.duplicate',
          `${formatOrdinal(d.number)}出现了两次（第${first}行和第${d.line}行）；条文序号应当唯一`,
          d.line,
        ),
      )
    } else if (prev && d.number < prev.number) {
      out.findings.push(
        finding(
          'warning',
          'compact.parse.out_of_order',
          `第${d.line}行：${formatOrdinal(prev.number)}之后是${formatOrdinal(d.number)}，顺序颠倒`,
          d.line,
        ),
      )
    } else if (prev && d.number > prev.number + 1) {
      const missing = d.number - prev.number - 1
      const which = missing === 1 ? formatOrdinal(prev.number + 1) : `${formatOrdinal(prev.number + 1)}至${formatOrdinal(d.number - 1)}`
      out.findings.push(
        finding('warning', 'compact.parse.gap', `${formatOrdinal(prev.number)}之后是${formatOrdinal(d.number)}，缺少${which}`, d.line),
      )
    } else if (!prev && d.number !== 1) {
      out.findings.push(finding('warning', 'compact.parse.gap', `第一个条文是${formatOrdinal(d.number)}，前面的条文缺失`, d.line))
    }
    if (first === undefined) seen.set(d.number, d.line)
    prev = d
  }
}

function checkChapters(out: ParsedCompact): void {
  out.chapters.forEach((c, i) => {
    const expected = i + 1
    if (c.number !== expected) {
      out.findings.push(
        finding(
          'warning',
          'compact.parse.chapter_gap',
          `第${i + 1}个章标题是${formatOrdinal(c.number, '章')}，应为${formatOrdinal(expected, '章')}`,
        ),
      )
    }
  })
}

/** A guess from the wording, for the preview; the secretary confirms it. */
export function guessRole(text: string, chapterTitle = ''): ArticleRole {
  if (/总则/.test(chapterTitle)) return 'general'
  if (/附则/.test(chapterTitle)) return 'supplementary'
  const t = text.replace(/\s+/g, '')
  if (/(恢复|撤销|解除|消除)/.test(t) && /(改正|整改|纠正|履行|满一年|期满)/.test(t)) return 'restoration'
  if (/(违反|违约|违者|拒不改正)/.test(t) && (/第[^条]{1,8}条/.test(t) || /违反本(村规民约|公约|规约|民约)/.test(t))) return 'handling'
  if (/(奖惩|处理|罚则|违约)/.test(chapterTitle) && /(违反|违约|违者)/.test(t)) return 'handling'
  if (/(应当|严禁|不得|禁止|提倡|反对|抵制|倡导|自觉|必须)/.test(t)) return 'conduct'
  return 'other'
}

const RANGE = new RegExp(`第\\s*(${N})\\s*条?\\s*(?:至|到|—|－|-|~|～)\\s*第?\\s*(${N})\\s*条`, 'g')
const LIST = new RegExp(`第\\s*(${N}(?:\\s*[、,，和及与]\\s*第?\\s*${N}\\s*条?)*)\\s*条`, 'g')

/** 第五条至第十二条, 第十八条、第十九条, 第八、十条 → the article numbers, in order. */
export function referencedArticles(text: string): number[] {
  const t = toHalfWidth(text)
  const found = new Set<number>()
  const rest = t.replace(RANGE, (_, a: string, b: string) => {
    const from = parseChineseNumber(a)
    const to = parseChineseNumber(b)
    if (from !== null && to !== null && to >= from && to - from < 200) for (let n = from; n <= to; n++) found.add(n)
    return ' '
  })
  for (const m of rest.matchAll(LIST)) {
    for (const part of m[1]!.split(/[、,，和及与]/)) {
      const n = parseChineseNumber(part.replace(/[第条\s]/g, ''))
      if (n !== null && n > 0) found.add(n)
    }
  }
  return [...found].sort((x, y) => x - y)
}

/** The parsed compact as a version for readCompact (after the secretary confirmed the preview). */
export function toVersionInput(
  parsed: ParsedCompact,
  meta: { id: string; effectiveFrom: string; adoptedAt?: string; meetingId?: string },
): VersionInput {
  const v: VersionInput = {
    id: meta.id,
    effectiveFrom: meta.effectiveFrom,
    chapters: parsed.chapters,
    articles: parsed.articles.map(({ line: _line, guessed: _guessed, ...a }) => a),
  }
  const adoptedAt = meta.adoptedAt ?? parsed.adoptedAt
  if (adoptedAt !== undefined) v.adoptedAt = adoptedAt
  if (meta.meetingId !== undefined) v.meetingId = meta.meetingId
  return v
}
