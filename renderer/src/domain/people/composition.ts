/**
 * 村民代表会议组成 (组织法 Art. 25).
 *
 * M = 村民委员会成员 + 村民代表 (组成人员).
 *   村民代表 ≥ ceil(4M/5)           “村民代表应当占…组成人员的五分之四以上”
 *   妇女村民代表 ≥ ceil(M/3)        “妇女村民代表应当占…组成人员的三分之一以上” —
 *                                  a third of the whole body M, not of the representatives.
 *   每五户至十五户推选一人           only a WARNING, and only for representatives chosen by
 *                                  households: the other lawful method (由各村民小组推选若干人)
 *                                  has no ratio.
 * Sex is read from the ID number (digit 17).
 * The 村务监督委员会 check (Art. 32) lives in supervision.ts and is re-exported here.
 */
import { ART_25_COMPOSITION, ART_25_REPRESENTATIVE_RATIO } from '@/domain/law/citations'
import { requiredCount } from '@/domain/law/counting'
import { NATIONAL_PROFILE } from '@/domain/rules/national'
import { shareWords, type RuleProfile } from '@/domain/rules/profile'
import type { Finding } from '@/domain/law/findings'
import { readIdFacts } from './idNumber'
import { activeRolesOfKind, isVillageCommitteeMemberOn, type Villager } from './model'

export { checkSupervisionCommittee } from './supervision'

export const HOUSEHOLDS_PER_REPRESENTATIVE = { min: 5, max: 15 } as const

export interface AssemblyCounts {
  committeeMembers: number
  representatives: number
  womenRepresentatives: number
}

/** The two Art. 25 ratios on bare numbers (for what-if planning and for the villager-based check). */
export function checkAssemblyCounts(counts: AssemblyCounts, profile: RuleProfile = NATIONAL_PROFILE): Finding[] {
  const { representativesShare, womenShare, citation } = profile.composition
  const m = counts.committeeMembers + counts.representatives
  if (m === 0) {
    return [
      {
        level: 'error',
        code: 'no_members',
        message: '村民代表会议尚无组成人员：请先登记村民委员会成员和村民代表',
        citation: ART_25_COMPOSITION,
      },
    ]
  }
  const repsNeeded = requiredCount(representativesShare, m)
  const womenNeeded = requiredCount(womenShare, m)
  const repsOk = counts.representatives >= repsNeeded
  const womenOk = counts.womenRepresentatives >= womenNeeded
  return [
    {
      level: repsOk ? 'ok' : 'error',
      code: 'representative_share',
      message: `村民代表${repsOk ? '' : '应'}占组成人员${shareWords(representativesShare)}：组成人员${m}人，至少需${repsNeeded}名村民代表，现有${counts.representatives}名`,
      citation,
    },
    {
      level: womenOk ? 'ok' : 'error',
      code: 'women_share',
      message: `妇女村民代表${womenOk ? '' : '应'}占组成人员${shareWords(womenShare)}：组成人员${m}人，至少需${womenNeeded}名妇女村民代表，现有${counts.womenRepresentatives}名`,
      citation,
    },
  ]
}

export interface AssemblyCheck {
  committeeMembers: Villager[]
  representatives: Villager[]
  findings: Finding[]
}

function householdRatioFindings(representatives: readonly Villager[], on: string): Finding[] {
  const findings: Finding[] = []
  let checked = 0
  for (const v of representatives) {
    for (const role of activeRolesOfKind(v, 'representative', on)) {
      if (role.represents.kind !== 'households') continue
      checked += 1
      const n = new Set(role.represents.householdIds).size
      const { min, max } = HOUSEHOLDS_PER_REPRESENTATIVE
      if (n < min || n > max) {
        findings.push({
          level: 'warning',
          code: 'households_per_representative',
          message: `村民代表${v.name}由${n}户推选，按户推选的应为每五户至十五户推选一人`,
          citation: ART_25_REPRESENTATIVE_RATIO,
        })
      }
    }
  }
  if (checked > 0 && findings.length === 0) {
    findings.push({
      level: 'ok',
      code: 'households_per_representative',
      message: `按户推选的${checked}名村民代表均为每五户至十五户推选一人`,
      citation: ART_25_REPRESENTATIVE_RATIO,
    })
  }
  return findings
}

/**
 * Checks the 村民代表会议 as it stands on date `on`, from villagers' roles.
 * A person who is both a 村民委员会 member and a representative is counted once,
 * as a committee member (the stricter reading of the 4/5 rule), with a warning.
 */
export function checkRepresentativeAssembly(
  villagers: readonly Villager[],
  on: string,
  profile: RuleProfile = NATIONAL_PROFILE,
): AssemblyCheck {
  const committeeMembers: Villager[] = []
  const representatives: Villager[] = []
  const findings: Finding[] = []
  let women = 0
  let sexUnknown = 0

  for (const v of villagers) {
    const isCommittee = isVillageCommitteeMemberOn(v, on)
    const isRep = activeRolesOfKind(v, 'representative', on).length > 0
    if (isCommittee) {
      committeeMembers.push(v)
      if (isRep) {
        findings.push({
          level: 'warning',
          code: 'dual_role',
          message: `${v.name}既是村民委员会成员又登记为村民代表，组成人员中按村民委员会成员计算，不计入村民代表`,
          citation: ART_25_COMPOSITION,
        })
      }
      continue
    }
    if (!isRep) continue
    representatives.push(v)
    const sex = readIdFacts(v.idNumber)?.sex
    if (sex === '女') women += 1
    else if (sex === undefined) sexUnknown += 1
  }

  if (sexUnknown > 0) {
    findings.push({
      level: 'warning',
      code: 'sex_unknown',
      message: `${sexUnknown}名村民代表的身份证号码有误，无法确定性别，未计入妇女村民代表`,
      citation: ART_25_COMPOSITION,
    })
  }

  findings.unshift(
    ...checkAssemblyCounts(
      {
        committeeMembers: committeeMembers.length,
        representatives: representatives.length,
        womenRepresentatives: women,
      },
      profile,
    ),
  )
  findings.push(...householdRatioFindings(representatives, on))
  return { committeeMembers, representatives, findings }
}
