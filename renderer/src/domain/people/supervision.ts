/**
 * 村务监督委员会 (组织法 Art. 32; 2017 中办国办指导意见).
 *
 * - Must exist (error if nobody holds the role on the date).
 * - “村民委员会成员及其近亲属不得担任村务监督机构成员”:
 *     a 村民委员会 member on the board → error (certain);
 *     a board member who, judged from the same 户口簿, may be a committee member's
 *     近亲属 → warning “可能为近亲属” (an inference, see kinship.ts). Relatives in other
 *     households cannot be detected; the ok line says so.
 * - 3–5 members (guideline, not statute) → warning only.
 * - Chair not normally the 村党组织书记 (guideline) → warning.
 */
import { ART_32_SUPERVISION, SUPERVISION_GUIDELINE_2017 } from '@/domain/law/citations'
import type { Finding } from '@/domain/law/findings'
import { possibleCloseRelative } from './kinship'
import { activeRolesOfKind, isVillageCommitteeMemberOn, type Villager } from './model'

export const SUPERVISION_SIZE = { min: 3, max: 5 } as const

export function checkSupervisionCommittee(villagers: readonly Villager[], on: string): Finding[] {
  const members = villagers.filter((v) => activeRolesOfKind(v, 'supervision', on).length > 0)
  if (members.length === 0) {
    return [
      {
        level: 'error',
        code: 'no_supervision_committee',
        message: '尚无村务监督委员会成员：村应当建立村务监督委员会或者其他形式的村务监督机构',
        citation: ART_32_SUPERVISION,
      },
    ]
  }

  const findings: Finding[] = []
  const { min, max } = SUPERVISION_SIZE
  const sizeOk = members.length >= min && members.length <= max
  findings.push({
    level: sizeOk ? 'ok' : 'warning',
    code: 'supervision_size',
    message: `村务监督委员会一般由3至5人组成，现有${members.length}人`,
    citation: SUPERVISION_GUIDELINE_2017,
  })

  const committee = villagers.filter((v) => isVillageCommitteeMemberOn(v, on))
  let conflicts = 0
  for (const m of members) {
    if (committee.some((c) => c.id === m.id)) {
      conflicts += 1
      findings.push({
        level: 'error',
        code: 'committee_member_on_board',
        message: `${m.name}是村民委员会成员，不得担任村务监督委员会成员`,
        citation: ART_32_SUPERVISION,
      })
      continue
    }
    for (const c of committee) {
      const kin = possibleCloseRelative(m, c)
      if (!kin) continue
      conflicts += 1
      findings.push({
        level: 'warning',
        code: 'possible_close_relative',
        message: `${m.name}（${m.relationToHead}）与村民委员会成员${c.name}（${c.relationToHead}）同户，可能为近亲属（${kin}），近亲属不得担任村务监督委员会成员，请核实`,
        citation: ART_32_SUPERVISION,
      })
    }
  }
  if (conflicts === 0) {
    findings.push({
      level: 'ok',
      code: 'no_committee_conflict',
      message: '未发现村民委员会成员或其同户近亲属担任村务监督委员会成员（不同户的近亲属无法自动识别，请人工核实）',
      citation: ART_32_SUPERVISION,
    })
  }

  for (const m of members) {
    const isChair = activeRolesOfKind(m, 'supervision', on).some((r) => r.post === '主任')
    const isPartySecretary = activeRolesOfKind(m, 'committee', on).some((r) => r.body === '村党组织' && r.post === '书记')
    if (isChair && isPartySecretary) {
      findings.push({
        level: 'warning',
        code: 'chair_is_party_secretary',
        message: `村务监督委员会主任${m.name}为村党组织书记，按指导意见一般不由村党组织书记兼任`,
        citation: SUPERVISION_GUIDELINE_2017,
      })
    }
  }
  return findings
}
