/**
 * 花名册导出 (.xlsx)：与导入模板同样的列，所以导出的表（完整号码版）可以原样再导入。
 *
 * Masked by default (design principle 5): IDs and phones go through domain/people/masking.ts.
 * Full numbers only when `reveal` is true — the caller asks the user explicitly and writes the
 * audit entry; this builder only says on the sheet which kind of copy it is.
 */
import { beijingDate, formatBeijingDateTime } from '@/domain/calendar/clock'
import ExcelJS from 'exceljs'
import type { HouseholdRow, VillagerRow } from '@/db/rows'
import { maskIdNumber, maskPhone } from '@/domain/people/masking'
import { currentStatus, type Household, type Villager, type VillagerStatus } from '@/domain/people/model'
import { RELATIONS_TO_HEAD } from '@/domain/people/model'
import { addRosterSheet, workbookBytes, type RosterCells } from './layout'
import type { ExportOptions } from './protocol'

export type { ExportOptions }

export const MASKED_NOTE = '本表身份证号、电话已按个人信息保护要求遮蔽'
export const REVEALED_NOTE = '本表含完整身份证号和电话，请妥善保管，不得外传'

type ExportHousehold = Pick<Household, 'id' | 'householdNo' | 'groupName'> & Partial<Pick<HouseholdRow, 'headId'>>
type ExportVillager = Pick<Villager, 'id' | 'householdId' | 'name' | 'idNumber' | 'relationToHead' | 'phone' | 'statusHistory'> &
  Partial<Pick<VillagerRow, 'status'>>

/** 全角空格, the usual gap in a Chinese header line. */
const GAP = '\u3000'

const RELATION_ORDER = new Map(RELATIONS_TO_HEAD.map((r, i) => [r, i]))
const collator = new Intl.Collator('zh-CN', { numeric: true })

/** Export order: by 户号 (0002 before 0010), the 户主 first, then by relation, then oldest first. */
function sortedMembers(households: readonly ExportHousehold[], villagers: readonly ExportVillager[]) {
  const byHousehold = new Map<string, ExportVillager[]>()
  for (const v of villagers) {
    const list = byHousehold.get(v.householdId)
    if (list) list.push(v)
    else byHousehold.set(v.householdId, [v])
  }
  const birthKey = (v: ExportVillager) => (v.idNumber.length === 18 ? v.idNumber.slice(6, 14) : '')
  const memberOrder = (a: ExportVillager, b: ExportVillager) =>
    (RELATION_ORDER.get(a.relationToHead) ?? 99) - (RELATION_ORDER.get(b.relationToHead) ?? 99) ||
    birthKey(a).localeCompare(birthKey(b)) ||
    collator.compare(a.name, b.name)

  const out: { household?: ExportHousehold; villager: ExportVillager }[] = []
  const ordered = [...households].sort((a, b) => collator.compare(a.householdNo, b.householdNo))
  for (const household of ordered) {
    const members = byHousehold.get(household.id) ?? []
    byHousehold.delete(household.id)
    members.sort((a, b) => (a.id === household.headId ? -1 : b.id === household.headId ? 1 : memberOrder(a, b)))
    for (const villager of members) out.push({ household, villager })
  }
  // People whose household is not in the list still appear (with an empty 户号), never dropped.
  for (const members of byHousehold.values()) for (const villager of members.sort(memberOrder)) out.push({ villager })
  return out
}

function statusOf(v: ExportVillager, on: string): VillagerStatus | '' {
  return v.status ?? currentStatus(v, on) ?? ''
}

export async function buildRosterWorkbook(
  households: readonly ExportHousehold[],
  villagers: readonly ExportVillager[],
  options: ExportOptions,
  onProgress?: (done: number, total: number) => void,
): Promise<Uint8Array> {
  const { reveal, villageName, exportedAt } = options
  // Status as of the export's day in Beijing (the instant is stored in UTC).
  const on = beijingDate(new Date(exportedAt))
  const members = sortedMembers(households, villagers)
  const id = reveal ? (s: string) => s : maskIdNumber
  const phone = reveal ? (s: string | undefined) => s ?? '' : maskPhone

  const rows: RosterCells[] = []
  members.forEach(({ household, villager }, i) => {
    if (i % 1000 === 0) onProgress?.(i, members.length)
    rows.push({
      householdNo: household?.householdNo ?? '',
      relation: villager.relationToHead,
      name: villager.name,
      idNumber: id(villager.idNumber),
      phone: phone(villager.phone),
      groupName: household?.groupName ?? '',
      status: statusOf(villager, on),
      note: '',
    })
  })
  onProgress?.(members.length, members.length)

  const householdCount = new Set(members.flatMap((m) => (m.household ? [m.household.id] : []))).size
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '乡约'
  addRosterSheet(workbook, {
    title: `${villageName}村民花名册`,
    note: [
      `导出时间：${formatBeijingDateTime(exportedAt)}（北京时间）`,
      `共${householdCount}户${members.length}人`,
      reveal ? REVEALED_NOTE : MASKED_NOTE,
    ].join(GAP),
    rows,
    freezeHeader: true,
    autoFilter: true,
  })
  return workbookBytes(workbook)
}
