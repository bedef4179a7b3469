/** Fixtures shared by print tests. */
import type { VillageProfile } from '@/domain/village/profile'

export const village: VillageProfile = {
  villageName: '东风村',
  townshipName: '城关镇',
  countyName: '某某县',
  areaCode: '410102001001',
  areaCodeManual: false,
  committeeName: '东风村村民委员会',
  partyOrgName: '中共东风村支部委员会',
  supervisionPhone: '0371-12345678',
  secretaryName: '王昇',
}
