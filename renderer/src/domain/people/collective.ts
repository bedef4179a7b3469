/**
 * 集体经济组织成员: a flag per villager with its dates (the periods of membership), as the
 * 农村集体经济组织法 (2024) needs them for the 成员大会 roster (domain/meetings/roster.ts).
 *
 * Membership is its own record, not the 在册 status: a member who moves away to study, serve or
 * work keeps it (Art. 18), and one who joins another collective loses it. So it is entered and
 * ended by hand, with the date and how it began or ended.
 *
 *   addCollectivePeriod(villager, period) → Change<Villager>   (refuses overlaps and bad dates)
 *   endCollectivePeriod(villager, index, to, note?) → Change<Villager>
 *   isCollectiveMemberOn(villager, on) → boolean
 *   collectiveMembershipsOf(villagers) → CollectiveMembership[]   exactly the shape the meeting
 *     roster takes as `collectiveMembers`: one entry per period, { villagerId, from, to? }.
 */
import { parseIsoDate } from '@/domain/calendar/calendar'
import type { CollectiveMembership } from '@/domain/meetings/roster'
import type { Change } from './changes'
import type { CollectivePeriod, Villager } from './model'

const refuse = (reason: string): Change<Villager> => ({ ok: false, reason })

const overlaps = (a: CollectivePeriod, b: CollectivePeriod) => a.from <= (b.to ?? '9999-12-31') && b.from <= (a.to ?? '9999-12-31')

export function collectivePeriodsOf(villager: Pick<Villager, 'collectiveMembership'>): readonly CollectivePeriod[] {
  return villager.collectiveMembership ?? []
}

/** Records a period of membership. Both ends inclusive; it may not overlap one already recorded. */
export function addCollectivePeriod(villager: Villager, period: CollectivePeriod): Change<Villager> {
  if (!parseIsoDate(period.from)) return refuse('请填写正确的成员身份取得日期')
  if (period.to !== undefined && (!parseIsoDate(period.to) || period.to < period.from)) return refuse('丧失成员身份的日期不能早于取得日期')
  const clash = collectivePeriodsOf(villager).find((p) => overlaps(p, period))
  if (clash) return refuse(`与已登记的成员期间（${clash.from} 至 ${clash.to ?? '今'}）重叠`)
  const note = period.note?.trim()
  const entry: CollectivePeriod = { from: period.from, ...(period.to ? { to: period.to } : {}), ...(note ? { note } : {}) }
  const periods = [...collectivePeriodsOf(villager), entry].sort((a, b) => a.from.localeCompare(b.from))
  return { ok: true, value: { ...villager, collectiveMembership: periods } }
}

/** Ends the open period at `index` on `to` (the last day a member). */
export function endCollectivePeriod(villager: Villager, index: number, to: string, note?: string): Change<Villager> {
  const periods = collectivePeriodsOf(villager)
  const period = periods[index]
  if (!period) return refuse('找不到该成员期间')
  if (period.to !== undefined) return refuse(`该成员期间已于 ${period.to} 结束`)
  if (!parseIsoDate(to)) return refuse('请填写正确的丧失成员身份日期')
  if (to < period.from) return refuse(`丧失成员身份的日期不能早于取得日期（${period.from}）`)
  const reason = note?.trim()
  const ended: CollectivePeriod = { ...period, to, ...(reason ? { note: period.note ? `${period.note}；${reason}` : reason } : {}) }
  return { ok: true, value: { ...villager, collectiveMembership: periods.map((p, i) => (i === index ? ended : p)) } }
}

export function isCollectiveMemberOn(villager: Pick<Villager, 'collectiveMembership'>, on: string): boolean {
  return collectivePeriodsOf(villager).some((p) => p.from <= on && (p.to === undefined || on <= p.to))
}

/** Every recorded period of every villager, for a meeting roster (domain/meetings/roster.ts). */
export function collectiveMembershipsOf(villagers: readonly Villager[]): CollectiveMembership[] {
  const out: CollectiveMembership[] = []
  for (const v of villagers) {
    for (const p of collectivePeriodsOf(v))
      out.push(p.to ? { villagerId: v.id, from: p.from, to: p.to } : { villagerId: v.id, from: p.from })
  }
  return out
}

/** '2020-03-01 至 今（出生）': one period as the drawer lists it. */
export function describeCollectivePeriod(p: CollectivePeriod): string {
  return `${p.from} 至 ${p.to ?? '今'}${p.note ? `（${p.note}）` : ''}`
}
