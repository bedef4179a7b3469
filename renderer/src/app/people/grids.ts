/**
 * 网格: create and rename grids, give each its 网格长 and 网格员 from the registry, and put
 * households in them. Every write is one audited unit.
 *
 * checkGridName(name, grids, exceptId?) → string | null   the field error, in Chinese
 * createGrid(ctx, { name, phone? }, grids) → GridRow
 * updateGrid(ctx, seen, { name, phone? }, grids) → GridRow          (rename, office phone)
 * setGridLeader(ctx, grid, villager) → { grid, villager, previous? }
 *   grid.leaderId moves to the villager, who gets a 网格长 role for this grid from today; the
 *   previous leader's 网格长 role ends (yesterday, or today if it began today). History stays.
 * addGridWorker(ctx, grid, villager) → Change<VillagerRow>          a 网格员 role from today
 * assignHouseholds(ctx, grid, households) → HouseholdRow[]          gridId set, one entry per household
 */
import { monotonicFactory } from 'ulid'
import type { GridRow, HouseholdRow, VillagerRow } from '@/db/rows'
import { audited } from '@/db/unitOfWork'
import { addDays } from '@/domain/calendar/calendar'
import { nowIso, todayIso } from '@/domain/calendar/clock'
import { addRole, endRole, type Change } from '@/domain/people/changes'
import { isRoleActiveOn, latestStatus, type GridRole } from '@/domain/people/model'
import { normalisePhone } from '@/domain/people/phone'
import { textFieldProblem } from '@/domain/text/fields'
import type { AppContext } from '../context'
import { who } from './who'

const newId = monotonicFactory()

export interface GridFields {
  name: string
  phone?: string
}

export function checkGridName(name: string, grids: readonly GridRow[], exceptId?: string): string | null {
  const n = name.trim()
  if (!n) return '请填写网格名称'
  const problem = textFieldProblem('groupName', n)
  if (problem) return problem.replace('村民小组', '网格名称')
  if (grids.some((g) => g.name === n && g.id !== exceptId)) return `已有名为“${n}”的网格`
  return null
}

/** The fields as stored, or the first field error. */
function acceptFields(
  fields: GridFields,
  grids: readonly GridRow[],
  exceptId?: string,
): { ok: true; name: string; phone?: string } | { ok: false; field: 'name' | 'phone'; message: string } {
  const nameProblem = checkGridName(fields.name, grids, exceptId)
  if (nameProblem) return { ok: false, field: 'name', message: nameProblem }
  const raw = fields.phone?.trim()
  if (!raw) return { ok: true, name: fields.name.trim() }
  const phone = normalisePhone(raw)
  if (!phone.ok) return { ok: false, field: 'phone', message: phone.message }
  return { ok: true, name: fields.name.trim(), phone: phone.value }
}

export class GridFieldError extends Error {
  constructor(
    readonly field: 'name' | 'phone',
    message: string,
  ) {
    super(message)
    this.name = 'GridFieldError'
  }
}

export async function createGrid(ctx: AppContext, fields: GridFields, grids: readonly GridRow[]): Promise<GridRow> {
  const accepted = acceptFields(fields, grids)
  if (!accepted.ok) throw new GridFieldError(accepted.field, accepted.message)
  const now = nowIso(ctx.clock)
  const row: GridRow = {
    id: newId(),
    name: accepted.name,
    ...(accepted.phone ? { phone: accepted.phone } : {}),
    createdAt: now,
    updatedAt: now,
  }
  return audited(ctx, ['grids'], async (work) => {
    if ((await work.db.grids.where('name').equals(row.name).count()) > 0) throw new GridFieldError('name', `已有名为“${row.name}”的网格`)
    return work.add('grids', row, { action: 'create', summary: `新建网格“${row.name}”` })
  })
}

export async function updateGrid(ctx: AppContext, seen: GridRow, fields: GridFields, grids: readonly GridRow[]): Promise<GridRow> {
  const accepted = acceptFields(fields, grids, seen.id)
  if (!accepted.ok) throw new GridFieldError(accepted.field, accepted.message)
  return audited(ctx, ['grids'], async (work) => {
    const current = await work.require('grids', seen.id, seen.updatedAt)
    const { phone: _p, ...rest } = current
    const changes = [
      current.name !== accepted.name ? `名称“${current.name}”改为“${accepted.name}”` : '',
      (current.phone ?? '') !== (accepted.phone ?? '') ? `办公电话改为${accepted.phone ?? '（无）'}` : '',
    ].filter(Boolean)
    return work.put(
      'grids',
      { ...rest, name: accepted.name, ...(accepted.phone ? { phone: accepted.phone } : {}) },
      {
        action: 'update',
        summary: `网格“${current.name}”：${changes.join('，') || '未改动'}`,
      },
    )
  })
}

const gridRoleIndex = (v: VillagerRow, gridId: string, post: GridRole['post'], on: string) =>
  v.roles.findIndex((r) => r.kind === 'grid' && r.gridId === gridId && r.post === post && isRoleActiveOn(r, on))

export interface LeaderChange {
  grid: GridRow
  villager: VillagerRow
  previous?: VillagerRow
}

export async function setGridLeader(ctx: AppContext, grid: GridRow, villager: VillagerRow): Promise<Change<LeaderChange>> {
  const today = todayIso(ctx.clock)
  return audited(ctx, ['grids', 'villagers'], async (work): Promise<Change<LeaderChange>> => {
    const current = await work.require('grids', grid.id, grid.updatedAt)
    if (current.leaderId === villager.id) return { ok: false, reason: `${villager.name} 已是该网格的网格长` }
    const person = await work.require('villagers', villager.id, villager.updatedAt)
    let nextPerson: VillagerRow = person
    if (gridRoleIndex(person, grid.id, '网格长', today) < 0) {
      const added = addRole(person, { kind: 'grid', post: '网格长', gridId: grid.id, from: today })
      if (!added.ok) return added
      nextPerson = { ...person, ...added.value, status: latestStatus(added.value) }
    }
    let previous: VillagerRow | undefined
    if (current.leaderId) {
      const before = await work.db.villagers.get(current.leaderId)
      const index = before ? gridRoleIndex(before, grid.id, '网格长', today) : -1
      if (before && index >= 0) {
        const role = before.roles[index]!
        const last = role.kind === 'grid' && role.from === today ? today : addDays(today, -1)
        const ended = endRole(before, index, last)
        if (ended.ok) {
          await work.read('villagers', before.id, before.updatedAt)
          previous = await work.put(
            'villagers',
            { ...before, ...ended.value },
            { action: 'update', summary: `${who(before)} 不再担任网格“${current.name}”的网格长（最后一天 ${last}）` },
          )
        }
      }
    }
    const storedPerson = await work.put('villagers', nextPerson, {
      action: 'update',
      summary: `${who(person)} 担任网格“${current.name}”的网格长，自 ${today} 起`,
    })
    const storedGrid = await work.put(
      'grids',
      { ...current, leaderId: person.id },
      { action: 'update', summary: `网格“${current.name}”的网格长改为 ${who(person)}` },
    )
    return { ok: true, value: { grid: storedGrid, villager: storedPerson, ...(previous ? { previous } : {}) } }
  })
}

export async function addGridWorker(ctx: AppContext, grid: GridRow, villager: VillagerRow): Promise<Change<VillagerRow>> {
  const today = todayIso(ctx.clock)
  return audited(ctx, ['villagers'], async (work): Promise<Change<VillagerRow>> => {
    const person = await work.require('villagers', villager.id, villager.updatedAt)
    if (gridRoleIndex(person, grid.id, '网格员', today) >= 0) return { ok: false, reason: `${person.name} 已是该网格的网格员` }
    const added = addRole(person, { kind: 'grid', post: '网格员', gridId: grid.id, from: today })
    if (!added.ok) return added
    const row: VillagerRow = { ...person, ...added.value, status: latestStatus(added.value) }
    return {
      ok: true,
      value: await work.put('villagers', row, {
        action: 'update',
        summary: `${who(person)} 担任网格“${grid.name}”的网格员，自 ${today} 起`,
      }),
    }
  })
}

/** Puts households (as the screen saw them) into the grid; those already in it are left alone. */
export async function assignHouseholds(ctx: AppContext, grid: GridRow, households: readonly HouseholdRow[]): Promise<HouseholdRow[]> {
  return audited(ctx, ['households', 'grids'], async (work) => {
    if (!(await work.db.grids.get(grid.id))) throw new Error('该网格已不存在，请刷新后重试')
    const out: HouseholdRow[] = []
    for (const seen of households) {
      if (seen.gridId === grid.id) continue
      const current = await work.require('households', seen.id, seen.updatedAt)
      out.push(
        await work.put(
          'households',
          { ...current, gridId: grid.id },
          { action: 'update', summary: `户 ${current.householdNo} 划入网格“${grid.name}”` },
        ),
      )
    }
    return out
  })
}
