/**
 * 村规民约 (the village compact): title → 章 chapters → 条 articles → 款 paragraphs → 项 items.
 *
 * The shape is plain data so that anyone can build a compact from literals (a checker, the importer,
 * the sample village):
 *
 *   {
 *     title: '青石村村规民约',
 *     versions: [                                   // any order; sorted by effectiveFrom when read
 *       {
 *         id: 'v1',
 *         effectiveFrom: '2024-03-01',              // in force from this day (inclusive) until the day
 *                                                   // before the next version's effectiveFrom
 *         adoptedAt: '2024-02-20',                  // the 村民会议 that adopted it (optional)
 *         meetingId: 'm-2024-01',                   // optional
 *         chapters: [{ number: 1, title: '总则' }],   // optional
 *         articles: [                               // the FULL article set of this version
 *           { number: 8, chapter: 2, role: 'conduct', text: '建房应当……' },
 *           { number: 39, chapter: 5, role: 'handling', text: '违反第八条……', links: [8] },
 *           { number: 41, chapter: 5, role: 'restoration', text: '……恢复', links: [39] },
 *         ],
 *       },
 *     ],
 *   }
 *
 * Each version holds its whole text; what a version added, amended and repealed is derived
 * (versions.ts `changesOf`, `diffVersions`), so it can never disagree with the text.
 *
 * Article numbers run through the whole compact (not per chapter) and are unique within a version.
 * An amendment may renumber; `formerNumber` then names the article's number in the previous
 * version so that the 条文对照表 pairs the right texts.
 *
 * 款 and 项 live in the text: one 款 per line, a line starting with （一）/ 1. is a 项 of the 款 above
 * it (`structureOf`). Keeping them in the text means the printed article is exactly what was adopted.
 */
import { parseChineseNumber } from './numerals'

/** 条文的作用. */
export type ArticleRole = 'conduct' | 'handling' | 'restoration' | 'general' | 'supplementary' | 'other'

export const ROLE_LABELS: Record<ArticleRole, string> = {
  conduct: '行为规范', // 应当 / 严禁
  handling: '违约处理',
  restoration: '恢复',
  general: '总则',
  supplementary: '附则',
  other: '其他',
}

export const ARTICLE_ROLES = Object.keys(ROLE_LABELS) as ArticleRole[]

export interface Article {
  number: number
  /** The chapter's number, when the compact has chapters. */
  chapter?: number
  role: ArticleRole
  /** The article's words without “第X条”; 款 separated by line breaks. */
  text: string
  /**
   * handling: the conduct articles it covers; restoration: the handling article(s) it ends.
   * Other roles have no links.
   */
  links?: number[]
  /** The number this article had in the previous version, when an amendment renumbered it. */
  formerNumber?: number
}

export interface Chapter {
  number: number
  title: string
}

export interface CompactVersion {
  id: string
  /** 'YYYY-MM-DD', inclusive. */
  effectiveFrom: string
  /** 'YYYY-MM-DD' of the adopting 村民会议. */
  adoptedAt?: string
  meetingId?: string
  /** e.g. “2025年修订：第八条、第三十九条”. */
  note?: string
  chapters?: Chapter[]
  articles: Article[]
}

export interface Compact {
  title: string
  versions: CompactVersion[]
}

/** A role as a caller may give it: the code or its Chinese name (行为规范, 违约处理, 恢复 …). */
export function readRole(input: string | undefined): ArticleRole | null {
  if (input === undefined || input === '') return 'other'
  if ((ARTICLE_ROLES as string[]).includes(input)) return input as ArticleRole
  const byLabel = ARTICLE_ROLES.find((r) => ROLE_LABELS[r] === input.trim())
  if (byLabel) return byLabel
  const aliases: Record<string, ArticleRole> = {
    行为: 'conduct',
    处理: 'handling',
    违约: 'handling',
    奖惩: 'handling',
    恢复权益: 'restoration',
  }
  return aliases[input.trim()] ?? null
}

/** 款 (paragraph) with its 项 (items). */
export interface Paragraph {
  text: string
  items: Item[]
}

export interface Item {
  /** 1 for （一） or 1. */
  number: number
  /** The marker as written: （一）, 1. */
  marker: string
  text: string
}

const ITEM_MARKER = /^\s*([（(]\s*([零〇一二两三四五六七八九十0-9０-９]+)\s*[)）]|([0-9０-９]+)\s*[.．、]|([①-⑳]))\s*/

/** Reads an item marker at the start of a line: （一）, (1), 1., 1、, ①. */
export function readItemMarker(line: string): { number: number; marker: string; rest: string } | null {
  const m = ITEM_MARKER.exec(line)
  if (!m) return null
  const digits = m[2] ?? m[3]
  const number = digits !== undefined ? parseChineseNumber(digits) : m[4]!.charCodeAt(0) - 0x2460 + 1
  if (number === null || number < 1) return null
  return { number, marker: m[1]!.trim(), rest: line.slice(m[0].length) }
}

/** 款 and 项 of an article's text. */
export function structureOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = []
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (!line) continue
    const item = readItemMarker(line)
    const last = paragraphs[paragraphs.length - 1]
    if (item && last) {
      last.items.push({ number: item.number, marker: item.marker, text: item.rest.trim() })
    } else {
      paragraphs.push({ text: line, items: [] })
    }
  }
  return paragraphs
}

export function articleOf(version: CompactVersion, number: number): Article | undefined {
  return version.articles.find((a) => a.number === number)
}

export function chapterOf(version: CompactVersion, article: Article): Chapter | undefined {
  return article.chapter === undefined ? undefined : version.chapters?.find((c) => c.number === article.chapter)
}
