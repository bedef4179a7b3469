/**
 * 报送链 (a village's bundles as a chain): each bundle names the SHA-256 of the village's previous
 * bundle file (FORMAT.md previousBundleSha256), so the township sees when one is missing.
 *
 * chainFindings(villageName, links) → Finding[]:
 *   - chain.gap (warning): a bundle names a previous bundle the township has not imported — a 报送
 *     was skipped or lost; one finding per such bundle.
 *   - chain.fork (warning): two bundles follow the same previous bundle (or two both say they are
 *     the first) — exported from two PCs, or one was made again; the township should ask which stands.
 *   - key.changed (warning): a bundle is signed by another key than the one before it, without a
 *     换钥声明 signed by that earlier key. Its signature is valid, but whose key it is must be checked
 *     against the fingerprint on paper (报送函).
 *   - key.rotated (info): the key changed with a valid 换钥声明 from the previous key.
 * Links may come in any order; they are read oldest first (createdAt).
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import { beijingDate } from '@/domain/calendar/clock'
import type { Finding } from '@/domain/law/findings'
import { BUNDLE_CHAIN, BUNDLE_KEY } from './citations'

export interface ChainLink {
  /** SHA-256 of the bundle file */
  sha256: string
  /** ISO UTC instant the village made it */
  createdAt: string
  previousBundleSha256: string | null
  period: { from: string; to: string }
  /** of the key that signed it */
  fingerprint: string
  /** the old key's fingerprint when the bundle carries a 换钥声明 that verified, else null */
  rotatedFrom: string | null
}

/** The first 8 hex digits, grouped like the verifier shows them: “ab12 cd34”. */
export function shortHash(sha256: string): string {
  return `${sha256.slice(0, 4)} ${sha256.slice(4, 8)}`
}

function describe(link: ChainLink): string {
  return `${formatChineseDate(beijingDate(new Date(link.createdAt)))}生成的报送包（报送期间${formatChineseDate(link.period.from)}至${formatChineseDate(link.period.to)}）`
}

export function byCreation(a: { createdAt: string }, b: { createdAt: string }): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0
}

export function chainFindings(villageName: string, links: readonly ChainLink[]): Finding[] {
  const ordered = [...links].sort(byCreation)
  const known = new Set(ordered.map((l) => l.sha256))
  const findings: Finding[] = []

  for (const link of ordered) {
    if (link.previousBundleSha256 !== null && !known.has(link.previousBundleSha256))
      findings.push({
        level: 'warning',
        code: 'chain.gap',
        message: `${villageName}${describe(link)}所接的上一个报送包（防篡改校验码 ${shortHash(link.previousBundleSha256)}…）没有导入：报送链不连续，可能漏报了一期，请向该村索要。`,
        citation: BUNDLE_CHAIN,
      })
  }

  const followers = new Map<string, ChainLink[]>()
  for (const link of ordered) {
    const key = link.previousBundleSha256 ?? 'first'
    followers.set(key, [...(followers.get(key) ?? []), link])
  }
  for (const [previous, after] of followers) {
    if (after.length < 2) continue
    const what = previous === 'first' ? `都标为本村第一个报送包` : `接在同一个上一报送包（${shortHash(previous)}…）之后`
    findings.push({
      level: 'warning',
      code: 'chain.fork',
      message: `${villageName}有 ${after.length} 个报送包${what}：可能是在两台电脑上分别导出，或重新导出过，请向该村核实以哪一个为准。`,
      citation: BUNDLE_CHAIN,
    })
  }

  for (let i = 1; i < ordered.length; i++) {
    const before = ordered[i - 1]!
    const link = ordered[i]!
    if (link.fingerprint === before.fingerprint) continue
    if (link.rotatedFrom === before.fingerprint)
      findings.push({
        level: 'info',
        code: 'key.rotated',
        message: `${villageName}自${describe(link)}起更换了村密钥，附有旧密钥签署的换钥声明。新指纹 ${link.fingerprint}。`,
        citation: BUNDLE_KEY,
      })
    else
      findings.push({
        level: 'warning',
        code: 'key.changed',
        message: `${villageName}${describe(link)}换了签名密钥（新指纹 ${link.fingerprint}，原指纹 ${before.fingerprint}），但没有原密钥签署的换钥声明：请与该村报送函上的指纹核对。`,
        citation: BUNDLE_KEY,
      })
  }
  return findings
}
