/**
 * 村级福利清单 to start from: shown and used until the village saves its own list (benefitList.ts,
 * a `settings` row), which it can then edit on the 福利清单 tab.
 *
 * VILLAGE_BENEFITS: the benefits the sample compact's article 39 names (节日慰问品, 旅游体检), both
 * 自主福利, and the two 法定成员权益 every village has, which a compact can never suspend
 * (集体经济组织法 Art. 13: domain/violations/benefits.ts). The case screens offer the first for
 * suspension and show the second with the reason it cannot be.
 */
import type { Benefit } from '@/domain/violations/benefits'

export const VILLAGE_BENEFITS: readonly Benefit[] = [
  { id: 'festival-gift', name: '村集体节日慰问品', kind: '自主福利', unit: '户' },
  { id: 'trip-checkup', name: '村集体组织的旅游体检', kind: '自主福利', unit: '人' },
  { id: 'collective-share', name: '集体收益分配', kind: '法定成员权益', unit: '人' },
  { id: 'land-compensation', name: '土地补偿费', kind: '法定成员权益', unit: '户' },
]
