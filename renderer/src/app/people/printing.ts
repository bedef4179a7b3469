/**
 * 人员 on paper: the screens' one door to print/people. Each call builds the document from the
 * people the store holds (already in memory) and renders it in the PDF worker.
 *
 * renderPeoplePdf(kind, registry, on, village) → PDF bytes (ID numbers and phones masked)
 *   kind: 'roster_by_group' | 'roster_by_grid' | 'households' | 'party_member' | 'representative'
 *         | 'committee' | 'supervision' | 'eligible_voters' | 'grid_board'
 * PEOPLE_PRINTOUTS: the list the 打印 menu offers, with its Chinese label and file name.
 */
import type { VillageProfile } from '@/domain/village/profile'
import {
  buildEligibleVotersDoc,
  buildGridBoardDoc,
  buildHouseholdListDoc,
  buildRoleListDoc,
  buildRosterBookDoc,
  type PeopleRegistry,
} from '@/print/people'
import type { PrintDocument } from '@/print/pdf-types'
import { renderPdf } from '@/print/render'
import { NoVillageProfileError } from '../notices/printing'

export type PeoplePrintout =
  | 'roster_by_group'
  | 'roster_by_grid'
  | 'households'
  | 'party_member'
  | 'representative'
  | 'committee'
  | 'supervision'
  | 'eligible_voters'
  | 'grid_board'

export const PEOPLE_PRINTOUTS: readonly { kind: PeoplePrintout; label: string; dateLabel: string }[] = [
  { kind: 'roster_by_group', label: '村民花名册（按村民小组）', dateLabel: '截至日期' },
  { kind: 'roster_by_grid', label: '村民花名册（按网格）', dateLabel: '截至日期' },
  { kind: 'households', label: '户籍登记表（户）', dateLabel: '截至日期' },
  { kind: 'party_member', label: '中共党员名册', dateLabel: '截至日期' },
  { kind: 'representative', label: '村民代表名册', dateLabel: '截至日期' },
  { kind: 'committee', label: '村“两委”成员名册', dateLabel: '截至日期' },
  { kind: 'supervision', label: '村务监督委员会成员名册', dateLabel: '截至日期' },
  { kind: 'eligible_voters', label: '有资格参加村民会议的村民名单', dateLabel: '会议日期' },
  { kind: 'grid_board', label: '网格员公示牌', dateLabel: '公示日期' },
]

export function buildPeopleDoc(kind: PeoplePrintout, reg: PeopleRegistry, on: string, village: VillageProfile): PrintDocument {
  switch (kind) {
    case 'roster_by_group':
      return buildRosterBookDoc(reg, { on, by: 'group' }, village)
    case 'roster_by_grid':
      return buildRosterBookDoc(reg, { on, by: 'grid' }, village)
    case 'households':
      return buildHouseholdListDoc(reg, { on }, village)
    case 'eligible_voters':
      return buildEligibleVotersDoc(reg, { on }, village)
    case 'grid_board':
      return buildGridBoardDoc(reg, { on }, village)
    default:
      return buildRoleListDoc(reg, { on, kind }, village)
  }
}

export function renderPeoplePdf(
  kind: PeoplePrintout,
  reg: PeopleRegistry,
  on: string,
  village: VillageProfile | undefined,
  onProgress?: (p: number) => void,
): Promise<Uint8Array> {
  if (!village) return Promise.reject(new NoVillageProfileError())
  return renderPdf(() => buildPeopleDoc(kind, reg, on, village), onProgress ? { onProgress } : {})
}
