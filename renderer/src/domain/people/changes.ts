/**
 * Changes to a villager's record as pure functions: each returns the new record or a Chinese reason
 * why the change is refused. History is never rewritten — a status change and the end of a role
 * are appended or dated, so the record stays evidence of who held what, when.
 */
import { parseIsoDate } from '@/domain/calendar/calendar'
import { currentStatus, roleSpan, statusEntryOn, type RoleAssignment, type StatusEntry, type Villager } from './model'

export type Change<T> = { ok: true; value: T } | { ok: false; reason: string }

const refuse = <T>(reason: string): Change<T> => ({ ok: false, reason })

export { latestStatus } from './model'

/**
 * 登记迁出 / 死亡 / 迁回（恢复在册）. Refused when the date is not a real date, is in the future,
 * or lies before the last recorded change; a death is final.
 */
export function changeStatus(villager: Villager, entry: StatusEntry, today: string): Change<Villager> {
  if (!parseIsoDate(entry.from)) return refuse('请填写正确的日期')
  if (entry.from > today) return refuse('日期不能晚于今天')
  const last = statusEntryOn(villager)
  if (last && entry.from < last.from) return refuse(`日期不能早于上一次变更（${last.from} ${last.status}）`)
  const now = last?.status ?? '在册'
  if (now === '死亡') return refuse('该村民已登记死亡，不能再变更状态')
  if (now === entry.status) return refuse(`该村民已是“${now}”状态`)
  return {
    ok: true,
    value: { ...villager, statusHistory: [...villager.statusHistory, { ...entry, note: entry.note?.trim() || undefined }] },
  }
}

/** Adds a role. The start must be a real date and the person 在册 on it. */
export function addRole(villager: Villager, role: RoleAssignment): Change<Villager> {
  const { start, end } = roleSpan(role)
  if (!parseIsoDate(start)) return refuse('请填写正确的开始日期')
  if (end !== undefined && (!parseIsoDate(end) || end < start)) return refuse('结束日期不能早于开始日期')
  if (currentStatus(villager, start) !== '在册') return refuse('开始日期当天该村民不在册，不能担任此身份')
  return { ok: true, value: { ...villager, roles: [...villager.roles, role] } }
}

/**
 * Ends the role at `index` on `end` (inclusive: the last day in office). A term with a scheduled
 * end (届满) may be ended earlier (辞职、罢免); one that has already ended by that date may not.
 */
export function endRole(villager: Villager, index: number, end: string): Change<Villager> {
  const role = villager.roles[index]
  if (!role) return refuse('找不到该身份记录')
  const span = roleSpan(role)
  if (!parseIsoDate(end)) return refuse('请填写正确的结束日期')
  if (span.end !== undefined && span.end <= end) return refuse(`该身份已于 ${span.end} 结束`)
  if (end < span.start) return refuse(`结束日期不能早于开始日期（${span.start}）`)
  const ended: RoleAssignment = (() => {
    switch (role.kind) {
      case 'party_member':
        return { ...role, leftDate: end }
      case 'representative':
      case 'committee':
      case 'supervision':
        return { ...role, termEnd: end }
      case 'grid':
      case 'mediator':
        return { ...role, to: end }
    }
  })()
  return { ok: true, value: { ...villager, roles: villager.roles.map((r, i) => (i === index ? ended : r)) } }
}

/**
 * 预备党员转正: the 预备 party membership at `index` becomes 正式 on `date` (the day the branch's
 * 转正 takes effect). Refused for a role that is not a 预备 membership, or a date before joining,
 * after leaving, or in the future.
 */
export function confirmFullMembership(villager: Villager, index: number, date: string, today: string): Change<Villager> {
  const role = villager.roles[index]
  if (!role || role.kind !== 'party_member') return refuse('找不到该党员身份记录')
  if (role.stage !== '预备' || role.fullMemberDate !== undefined) return refuse('该党员已是正式党员')
  if (!parseIsoDate(date)) return refuse('请填写正确的转正日期')
  if (date > today) return refuse('转正日期不能晚于今天')
  if (date <= role.joinDate) return refuse(`转正日期应晚于入党日期（${role.joinDate}）`)
  if (role.leftDate !== undefined && date > role.leftDate) return refuse(`该党员身份已于 ${role.leftDate} 结束`)
  // stage stays '预备': before the date the person was one (model.ts reads fullMemberDate for the day).
  const confirmed: RoleAssignment = { ...role, fullMemberDate: date }
  return { ok: true, value: { ...villager, roles: villager.roles.map((r, i) => (i === index ? confirmed : r)) } }
}

/** Plain Chinese name of a role, for lists and the audit log. */
export function describeRole(role: RoleAssignment): string {
  switch (role.kind) {
    case 'party_member':
      return role.stage === '预备' && !role.fullMemberDate ? '中共预备党员' : '中共党员'
    case 'representative':
      return '村民代表'
    case 'committee':
      return `${role.body}${role.post}`
    case 'supervision':
      return `村务监督委员会${role.post}`
    case 'grid':
      return role.post
    case 'mediator':
      return '人民调解员'
  }
}
