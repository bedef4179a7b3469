/**
 * 公示中的姓名: a 违约处理公示 names the villager as “李某” (surname + 某) by default, the usual
 * form for published sanctions; the full name only with a recorded reason (个人信息保护法 Art. 5–6:
 * the least intrusive way). The other pattern, “李*明”, is the app's one masking function
 * (people/masking.ts maskName), offered for villages whose boards use it.
 */
import { maskName } from '@/domain/people/masking'

/** Common two-character surnames, so 欧阳明 becomes 欧阳某, not 欧某. */
const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(
  '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 夏侯 端木 轩辕 西门 南宫 独孤 呼延 万俟 申屠 澹台 公冶 太史 闻人 赫连 钟离 濮阳 淳于 单于'.split(
    ' ',
  ),
)

export type PublicNameStyle = '某' | '掩码'

/** 李四 → 李某; 欧阳明 → 欧阳某; 阿依古丽·买买提 → 阿某. Empty input → '某'. */
export function anonymizedName(name: string, style: PublicNameStyle = '某'): string {
  if (style === '掩码') return maskName(name) || '某'
  const chars = Array.from(name.trim())
  if (chars.length === 0) return '某'
  const two = chars.slice(0, 2).join('')
  if (chars.length >= 3 && COMPOUND_SURNAMES.has(two)) return `${two}某`
  return `${chars[0]}某`
}
