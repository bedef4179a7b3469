/**
 * The tree of a version for the screen: 章 nodes with their 条 as children (articles without a
 * chapter at the top level), filtered by a search over the words, the 条 number (“第八条”, “8”) and
 * the chapter title. A chapter whose title matches keeps all its articles.
 *
 * treeOf(version, search) → { nodes, hits }: hits is the number of articles shown.
 */
import type { Article, ArticleRole, CompactVersion } from '@/domain/compact/model'
import { formatOrdinal, readArticleNumber, toChineseNumber } from '@/domain/compact/numerals'

export interface TreeNode {
  key: string
  label: string
  article?: number
  role?: ArticleRole
  snippet?: string
  children?: TreeNode[]
}

const SNIPPET = 60

function articleNode(a: Article): TreeNode {
  const flat = a.text.replace(/\s+/g, ' ').trim()
  return {
    key: `a${a.number}`,
    label: formatOrdinal(a.number),
    article: a.number,
    role: a.role,
    snippet: flat.length > SNIPPET ? `${flat.slice(0, SNIPPET)}…` : flat,
  }
}

function matcher(search: string): (a: Article) => boolean {
  const q = search.replace(/\s+/g, '')
  if (!q) return () => true
  const n = readArticleNumber(q)
  return (a) => a.number === n || a.text.replace(/\s+/g, '').includes(q)
}

export function treeOf(version: CompactVersion, search = ''): { nodes: TreeNode[]; hits: number } {
  const q = search.replace(/\s+/g, '')
  const match = matcher(search)
  const chapters = version.chapters ?? []
  const nodes: TreeNode[] = []
  let hits = 0
  const loose = version.articles.filter((a) => a.chapter === undefined || !chapters.some((c) => c.number === a.chapter)).filter(match)
  for (const a of loose) nodes.push(articleNode(a))
  hits += loose.length
  for (const c of chapters) {
    const titleHit = q !== '' && c.title.includes(q)
    const inChapter = version.articles.filter((a) => a.chapter === c.number)
    const shown = titleHit ? inChapter : inChapter.filter(match)
    if (shown.length === 0 && q) continue
    hits += shown.length
    nodes.push({ key: `c${c.number}`, label: `第${toChineseNumber(c.number)}章 ${c.title}`, children: shown.map(articleNode) })
  }
  return { nodes, hits }
}
