/** 人员 on paper: 花名册, 户 list, role lists, eligible voters (lists.ts) and the 网格员公示牌 (board.ts). */
export { buildGridBoardDoc, gridStaffOn } from './board'
export {
  buildEligibleVotersDoc,
  buildHouseholdListDoc,
  buildRoleListDoc,
  buildRosterBookDoc,
  ROLE_LIST_TITLES,
  type PeopleRegistry,
  type RoleListKind,
} from './lists'
