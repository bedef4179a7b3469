/**
 * The editor's pure side: what a draft article may link to, the links shown both ways, the open
 * chains (links.ts), and adding or removing an article without renumbering the others (numbers stay
 * stable within a version, so an amendment's 条文对照表 pairs the right texts).
 *
 * linkTargets(articles, article) → the articles its links may point to (handling → conduct,
 *   restoration → handling), in number order.
 * linkedFrom(articles, n) → the articles that link to n (the other direction).
 * chainFindings(articles, chapters) → linkFindings of the draft read as a version.
 * addArticle(articles, chapter?) → a new article numbered after the last one, role 其他.
 * setRole(article, role) → the article with the role changed, links kept only where they still mean something.
 */
import type { Finding } from '@/domain/law/findings'
import { linkFindings } from '@/domain/compact/links'
import type { Article, ArticleRole, Chapter } from '@/domain/compact/model'

const TARGET: Partial<Record<ArticleRole, ArticleRole>> = { handling: 'conduct', restoration: 'handling' }

export function linkTargets(articles: readonly Article[], article: Pick<Article, 'role' | 'number'>): Article[] {
  const role = TARGET[article.role]
  if (!role) return []
  return articles.filter((a) => a.role === role && a.number !== article.number).sort((x, y) => x.number - y.number)
}

export function linkedFrom(articles: readonly Article[], n: number): Article[] {
  return articles.filter((a) => TARGET[a.role] !== undefined && (a.links ?? []).includes(n)).sort((x, y) => x.number - y.number)
}

export function chainFindings(articles: readonly Article[], chapters: readonly Chapter[] = []): Finding[] {
  return linkFindings({ id: 'draft', effectiveFrom: '2000-01-01', articles: [...articles], chapters: [...chapters] }).findings
}

export function addArticle(articles: readonly Article[], chapter?: number): Article {
  const number = articles.reduce((m, a) => Math.max(m, a.number), 0) + 1
  return { number, role: 'other', text: '', ...(chapter !== undefined ? { chapter } : {}) }
}

export function setRole(article: Article, role: ArticleRole): Article {
  const next: Article = { ...article, role }
  if (!TARGET[role]) delete next.links
  else if (TARGET[article.role] !== TARGET[role]) delete next.links
  return next
}
