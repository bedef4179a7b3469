/**
 * 议题标签 (matter tags): what a motion is about, as far as the law cares.
 *
 * - 'art24_1' … 'art24_9': the nine items of 组织法 Art. 24 that “经村民会议讨论决定方可办理”
 *   (or by a 村民代表会议 holding the 村民会议's written authorisation, Art. 24 ¶2).
 * - 'collective_property', 'member_rights', '收益分配', '成员身份': 集体财产/成员权益 matters. With
 *   Art. 24 items 2, 4, 6, 7, 8 they switch the count to 《农村集体经济组织法》 (Art. 24 ¶3 defers to
 *   it; Art. 64 applies it where the village acts for a collective that does not exist).
 * - 'non_member_sharing': 非成员享有集体收益 (集体经济组织法 Art. 15): 3/4 of ALL members.
 * - 'village_compact': 村规民约/村民自治章程 (Art. 27 names the 村民会议 alone).
 *
 * Outside callers pass plain strings: `normalizeMatterTag` also reads 'art24-2', 'art24.2',
 * '第二十四条第二项' and the Chinese names, so a tag is never silently lost; an unknown one becomes
 * a warning.
 */

export const ART_24_ITEMS = ['art24_1', 'art24_2', 'art24_3', 'art24_4', 'art24_5', 'art24_6', 'art24_7', 'art24_8', 'art24_9'] as const
export type Art24Item = (typeof ART_24_ITEMS)[number]

export type MatterTag =
  Art24Item | 'collective_property' | 'member_rights' | '收益分配' | '成员身份' | 'non_member_sharing' | 'village_compact'

export const MATTER_TAG_LABELS: Record<MatterTag, string> = {
  art24_1: '本村享受误工补贴的人员及补贴标准',
  art24_2: '从村集体经济所得收益的使用',
  art24_3: '本村公益事业的兴办和筹资筹劳方案及建设承包方案',
  art24_4: '土地承包经营方案',
  art24_5: '村集体经济项目的立项、承包方案',
  art24_6: '宅基地的使用方案',
  art24_7: '征地补偿费的使用、分配方案',
  art24_8: '以借贷、租赁或者其他方式处分村集体财产',
  art24_9: '村民会议认为应当由村民会议讨论决定的涉及村民利益的其他事项',
  collective_property: '集体财产',
  member_rights: '成员权益',
  收益分配: '收益分配',
  成员身份: '成员身份确认',
  non_member_sharing: '非集体经济组织成员享有集体收益、服务和福利',
  village_compact: '村规民约、村民自治章程',
}

const CHINESE_ITEM_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九']

const ALIASES: Record<string, MatterTag> = {
  集体财产: 'collective_property',
  成员权益: 'member_rights',
  income_distribution: '收益分配',
  membership: '成员身份',
  成员身份确认: '成员身份',
  非成员分享: 'non_member_sharing',
  非成员享有集体收益: 'non_member_sharing',
  村规民约: 'village_compact',
  村民自治章程: 'village_compact',
  自治章程: 'village_compact',
}

const ALL_TAGS = new Set<string>(Object.keys(MATTER_TAG_LABELS))

/** A tag from a plain string, or null when it is not one the law knows. */
export function normalizeMatterTag(raw: string): MatterTag | null {
  const text = String(raw).trim()
  if (ALL_TAGS.has(text)) return text as MatterTag
  const lower = text.toLowerCase()
  if (ALL_TAGS.has(lower)) return lower as MatterTag
  if (ALIASES[text]) return ALIASES[text]
  if (ALIASES[lower]) return ALIASES[lower]
  const latin = /^art(?:icle)?[\s_.:-]*24[\s_.:-]*(?:item[\s_.:-]*)?\(?([1-9])\)?$/i.exec(text)
  if (latin) return `art24_${latin[1]}` as Art24Item
  const chinese = /^(?:组织法)?第二十四条第([一二三四五六七八九])项$/.exec(text)
  if (chinese) return `art24_${CHINESE_ITEM_NUMBERS.indexOf(chinese[1] ?? '') + 1}` as Art24Item
  return null
}

export function isArt24Item(tag: MatterTag): tag is Art24Item {
  return tag.startsWith('art24_')
}

/** The item number of an Art. 24 tag (1–9). */
export function art24Number(tag: Art24Item): number {
  return Number(tag.slice('art24_'.length))
}

/** “第二十四条第（二）项” — how an item is named in a message. */
export function art24Words(tag: Art24Item): string {
  return `第二十四条第（${CHINESE_ITEM_NUMBERS[art24Number(tag) - 1]}）项`
}

/**
 * Tags that touch 集体财产 or 成员权益 and so are counted by the 集体经济组织法 (domain-rules §0.2, §1.9 ⚠):
 * Art. 24 items 2 (收益的使用), 4 (土地承包), 6 (宅基地), 7 (征地补偿费), 8 (处分集体财产).
 */
const COLLECTIVE_TAGS = new Set<MatterTag>([
  'art24_2',
  'art24_4',
  'art24_6',
  'art24_7',
  'art24_8',
  'collective_property',
  'member_rights',
  '收益分配',
  '成员身份',
  'non_member_sharing',
])

export function touchesCollective(tag: MatterTag): boolean {
  return COLLECTIVE_TAGS.has(tag)
}

/**
 * Powers a 成员代表大会 may not exercise (集体经济组织法 Art. 28 ¶4, excluding Art. 26 items 3, 8,
 * 10): 确认成员, 土地承包/宅基地使用方案, 土地补偿费分配. Art. 15 names the 成员大会 for non-member sharing.
 */
const ASSEMBLY_ONLY = new Set<MatterTag>(['成员身份', 'art24_4', 'art24_6', 'art24_7', 'non_member_sharing'])

export function reservedToFullAssembly(tag: MatterTag): boolean {
  return ASSEMBLY_ONLY.has(tag)
}

/** Village self-government matters that a collective body cannot decide (not property or membership). */
const VILLAGE_ONLY = new Set<MatterTag>(['art24_1', 'art24_3', 'art24_9', 'village_compact'])

export function villageSelfGovernmentOnly(tag: MatterTag): boolean {
  return VILLAGE_ONLY.has(tag)
}

/** “从村集体经济所得收益的使用、宅基地的使用方案” — the tags named in a sentence. */
export function tagWords(tags: readonly MatterTag[]): string {
  return tags.map((t) => MATTER_TAG_LABELS[t]).join('、')
}
