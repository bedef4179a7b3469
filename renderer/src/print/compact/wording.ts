/**
 * Words shared by the 村规民约 papers: which version is printed, its title, the 落款 “××村村民会议”,
 * the township government it is filed with, and lists of articles (第五条至第十二条、第三十九条).
 * Pure; every message is plain Chinese.
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import type { Compact, CompactVersion } from '@/domain/compact/model'
import { formatOrdinal } from '@/domain/compact/numerals'
import { changesOf, type VersionDiff } from '@/domain/compact/versions'
import type { VillageProfile } from '@/domain/village/profile'

/** The version to print: the one named, or the newest. Throws a plain Chinese message. */
export function pickVersion(compact: Compact, versionId?: string): CompactVersion {
  if (compact.versions.length === 0) throw new Error('村规民约还没有任何版本，无法打印')
  if (versionId === undefined) return newest(compact)
  const v = compact.versions.find((x) => x.id === versionId)
  if (!v) throw new Error(`村规民约没有版本“${versionId}”`)
  return v
}

/** Versions are kept sorted by effectiveFrom (readCompact), but a caller may hand them in any order. */
function newest(compact: Compact): CompactVersion {
  return compact.versions.reduce((a, b) => (b.effectiveFrom > a.effectiveFrom ? b : a))
}

/** The versions in force order, for “the one before”. */
export function sortedVersions(compact: Compact): CompactVersion[] {
  return [...compact.versions].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0))
}

/** The version before `version` (null for the first one: an adoption, not an amendment). */
export function previousVersion(compact: Compact, version: CompactVersion): CompactVersion | null {
  const sorted = sortedVersions(compact)
  const i = sorted.findIndex((v) => v.id === version.id)
  return i > 0 ? sorted[i - 1]! : null
}

/** What this version changed against the one before it (domain versions.ts). */
export function versionChanges(compact: Compact, version: CompactVersion): VersionDiff {
  return changesOf({ title: compact.title, versions: sortedVersions(compact) }, version.id)
}

/** “××村村规民约”: the compact's own title, or built from the village name. */
export function compactTitle(compact: Compact, village: VillageProfile): string {
  return compact.title.trim() || `${village.villageName.trim()}村规民约`
}

/** domain-rules §3.3 [S8d]: 落款 “××村村民会议”. */
export function villagersMeetingName(village: VillageProfile): string {
  return `${village.villageName.trim()}村民会议`
}

/** 主送机关: the township (乡、民族乡、镇) government, or a 街道办事处. */
export function townshipGovernment(village: VillageProfile): string {
  const name = village.townshipName.trim()
  if (!name) throw new Error('村情中没有填写所属乡镇，无法写明报送的乡镇人民政府')
  if (/(人民政府|办事处)$/.test(name)) return name
  if (/街道$/.test(name)) return `${name}办事处`
  return `${name}人民政府`
}

/** The date the 落款 carries, checked. */
export function requireDate(date: string | undefined, what: string): string {
  if (!date) throw new Error(`请填写${what}`)
  formatChineseDate(date) // throws on a date that does not exist
  return date
}

/**
 * Article numbers as a reader writes them: runs of three or more become 第五条至第十二条, the rest are
 * joined with 、 — 第五条至第十二条、第三十九条、第四十一条.
 */
export function articleList(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < sorted.length;) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++
    if (j - i >= 2) parts.push(`${formatOrdinal(sorted[i]!)}至${formatOrdinal(sorted[j]!)}`)
    else for (let k = i; k <= j; k++) parts.push(formatOrdinal(sorted[k]!))
    i = j + 1
  }
  return parts.join('、')
}

/** “修改了第八条、第三十九条，新增了第四十六条，删除了第十二条” (empty when nothing changed). */
export function changeSummary(diff: VersionDiff): string {
  const parts: string[] = []
  if (diff.amended.length) parts.push(`修改了${articleList(diff.amended)}`)
  if (diff.added.length) parts.push(`新增了${articleList(diff.added)}`)
  if (diff.repealed.length) parts.push(`删除了${articleList(diff.repealed)}`)
  return parts.join('，')
}

/** “共6章45条” / “共12条”. */
export function sizeOf(version: CompactVersion): string {
  const chapters = new Set(version.articles.map((a) => a.chapter).filter((c) => c !== undefined)).size
  return chapters > 0 ? `共${chapters}章${version.articles.length}条` : `共${version.articles.length}条`
}
