/**
 * 条文之间的链条: conduct (行为规范) → handling (违约处理) → restoration (恢复).
 *
 * A handling article links to the conduct articles it covers; a restoration article to the handling
 * article(s) it ends. The source village's case is the model: raising a roof against article 8 was
 * handled under article 39 and restored under article 41. The editor shows the links both ways and
 * warns where a chain is open: a rule with no consequence, or a consequence with no way back (the
 * guideline wants the violator 受到教育、改正错误, so a measure must end once he has put it right).
 */
import type { Finding } from '@/domain/law/findings'
import { GUIDELINE_SANCTIONS } from './citations'
import { formatOrdinal } from './numerals'
import { ROLE_LABELS, type ArticleRole, type CompactVersion } from './model'

export interface LinkIndex {
  /** Warnings about open chains and errors about links that point nowhere. */
  findings: Finding[]
  /** The handling articles that cover conduct article n. */
  handlingFor(n: number): number[]
  /** The restoration articles that end handling article n. */
  restorationFor(n: number): number[]
  /** Articles that link to n (handling for a conduct article, restoration for a handling one). */
  coveredBy(n: number): number[]
  /** What n links to (the conduct a handling article covers, the handling a restoration ends). */
  covers(n: number): number[]
}

/** Which role a link from each role must point to. */
const LINK_TARGET: Partial<Record<ArticleRole, ArticleRole>> = { handling: 'conduct', restoration: 'handling' }

export function linkFindings(version: CompactVersion): LinkIndex {
  const findings: Finding[] = []
  const roleOf = new Map<number, ArticleRole>()
  for (const a of version.articles) {
    if (roleOf.has(a.number)) {
      findings.push(
        finding(
          'error',
          'compact.duplicate_number',
          `${formatOrdinal(a.number)}出现了不止一次；条文序号在整个村规民约中应当唯一`,
          a.number,
        ),
      )
    } else {
      roleOf.set(a.number, a.role)
    }
  }
  const forward = new Map<number, number[]>()
  const backward = new Map<number, number[]>()
  for (const a of version.articles) {
    const target = LINK_TARGET[a.role]
    const links = [...new Set(a.links ?? [])]
    if (!target) {
      if (links.length > 0) {
        findings.push(
          finding(
            'info',
            'compact.link_unused',
            `${formatOrdinal(a.number)}是“${ROLE_LABELS[a.role]}”条文，它的关联条文不起作用；只有违约处理和恢复条文需要关联`,
            a.number,
          ),
        )
      }
      continue
    }
    const valid: number[] = []
    for (const n of links) {
      const role = roleOf.get(n)
      if (n === a.number) {
        findings.push(finding('error', 'compact.link_self', `${formatOrdinal(a.number)}关联了它自己`, a.number))
      } else if (role === undefined) {
        findings.push(finding('error', 'compact.link_missing', `${formatOrdinal(a.number)}关联的${formatOrdinal(n)}不存在`, a.number))
      } else if (role !== target) {
        findings.push(
          finding(
            'warning',
            'compact.link_wrong_role',
            `${formatOrdinal(a.number)}（${ROLE_LABELS[a.role]}）应关联“${ROLE_LABELS[target]}”条文，${formatOrdinal(n)}是“${ROLE_LABELS[role]}”`,
            a.number,
          ),
        )
      } else {
        valid.push(n)
      }
    }
    forward.set(a.number, valid)
    for (const n of valid) backward.set(n, [...(backward.get(n) ?? []), a.number])
    if (links.length === 0) {
      const what = a.role === 'handling' ? '它处理的是违反哪几条行为规范' : '它结束的是哪一条违约处理'
      findings.push(finding('warning', 'compact.link_none', `${formatOrdinal(a.number)}没有关联条文：请写明${what}`, a.number))
    }
  }

  const linked = (n: number, role: ArticleRole) => (backward.get(n) ?? []).filter((m) => roleOf.get(m) === role).sort((x, y) => x - y)
  for (const [n, role] of roleOf) {
    if (role === 'conduct' && linked(n, 'handling').length === 0) {
      findings.push(
        finding(
          'warning',
          'compact.conduct_without_handling',
          `${formatOrdinal(n)}（行为规范）没有对应的违约处理条文：违反了怎么办没有写明`,
          n,
        ),
      )
    }
    if (role === 'handling' && linked(n, 'restoration').length === 0) {
      findings.push(
        finding(
          'warning',
          'compact.handling_without_restoration',
          `${formatOrdinal(n)}（违约处理）没有对应的恢复条文：当事人改正以后何时、如何恢复没有写明`,
          n,
        ),
      )
    }
  }
  findings.sort((x, y) => Number(x.field) - Number(y.field))

  return {
    findings,
    handlingFor: (n) => linked(n, 'handling'),
    restorationFor: (n) => linked(n, 'restoration'),
    coveredBy: (n) => [...(backward.get(n) ?? [])].sort((x, y) => x - y),
    covers: (n) => [...(forward.get(n) ?? [])].sort((x, y) => x - y),
  }
}

/** `field` holds the article number as text, so a screen can put the finding beside its article. */
function finding(level: Finding['level'], code: string, message: string, article: number): Finding {
  return { level, code, message, citation: GUIDELINE_SANCTIONS, field: String(article) }
}
