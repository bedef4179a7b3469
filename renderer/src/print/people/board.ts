/**
 * 网格员公示牌 — buildGridBoardDoc(reg, { on }, village): PrintDocument.
 *
 * For the notice board ("将网格员……联系方式制作为网格员公示牌，安置在小区内醒目位置"): the GB/T
 * 9704 frame (print/document.ts: title, body, 落款 with the seal mark), a short lead, and one table
 * row per grid: 网格 | 服务范围 (the 村民小组 of its households) | 网格长 | 网格员 | 办公电话, held on
 * the date. Only the grid's office phone is printed, never a person's own mobile (principle 5), and
 * no ID number. A grid without an office phone prints '—'; the village's 监督电话 closes the body.
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import { activeRolesOfKind, currentStatus, type Grid, type Villager } from '@/domain/people/model'
import type { VillageProfile } from '@/domain/village/profile'
import { officialDocument } from '../document'
import type { PrintDocument } from '../pdf-types'
import { compareSectionNames, type PeopleRegistry } from './lists'

export interface GridStaff {
  grid: Grid
  leaders: string[]
  workers: string[]
  groups: string[]
}

/** Who serves each grid on the date: 网格长 and 网格员 from the villagers' grid roles (and grid.leaderId). */
export function gridStaffOn(reg: PeopleRegistry, on: string): GridStaff[] {
  const byId = new Map(reg.villagers.map((v) => [v.id, v]))
  const staff = new Map(
    reg.grids.map((g) => [g.id, { grid: g, leaders: [] as string[], workers: [] as string[], groups: new Set<string>() }]),
  )
  for (const v of reg.villagers) {
    for (const r of activeRolesOfKind(v, 'grid', on)) {
      const s = staff.get(r.gridId)
      if (!s) continue
      const list = r.post === '网格长' ? s.leaders : s.workers
      if (!list.includes(v.name)) list.push(v.name)
    }
  }
  // a 网格长 recorded on the grid only (data from before grid roles were kept) still prints
  for (const s of staff.values()) {
    const leader: Villager | undefined = s.grid.leaderId ? byId.get(s.grid.leaderId) : undefined
    if (leader && s.leaders.length === 0 && currentStatus(leader, on) === '在册') s.leaders.push(leader.name)
  }
  for (const h of reg.households) if (h.gridId) staff.get(h.gridId)?.groups.add(h.groupName)
  return [...staff.values()]
    .map((s) => ({
      grid: s.grid,
      leaders: s.leaders,
      workers: s.workers.filter((w) => !s.leaders.includes(w)),
      groups: [...s.groups].sort(compareSectionNames),
    }))
    .sort((a, b) => compareSectionNames(a.grid.name, b.grid.name))
}

export function buildGridBoardDoc(reg: PeopleRegistry, options: { on: string }, village: VillageProfile): PrintDocument {
  const rows = gridStaffOn(reg, options.on).map((s) => ({
    grid: s.grid.name,
    groups: s.groups.join('、') || '—',
    leader: s.leaders.join('、') || '—',
    workers: s.workers.join('、') || '—',
    phone: s.grid.phone ?? '—',
  }))
  return officialDocument({
    title: `${village.villageName}网格员公示牌`,
    bodyBlocks: [
      `为方便村民反映诉求、办理事务，本村实行网格化服务管理，共划分${rows.length}个网格。现将各网格的网格长、网格员及联系电话公示如下，有事请与所在网格联系。`,
      {
        kind: 'table',
        fontSize: 14,
        columns: [
          { header: '网格', key: 'grid', width: 64, align: 'center' },
          { header: '服务范围', key: 'groups' },
          { header: '网格长', key: 'leader', width: 60, align: 'center' },
          { header: '网格员', key: 'workers', width: 80, align: 'center' },
          { header: '办公电话', key: 'phone', width: 104, align: 'center', noWrap: true },
        ],
        rows,
      },
      `村务监督电话：${village.supervisionPhone}`,
    ],
    signature: { issuer: village.committeeName, date: options.on },
    sealMark: true,
    subject: `网格员公示牌（${formatChineseDate(options.on)}）`,
  })
}
