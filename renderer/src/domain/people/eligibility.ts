/**
 * 村民会议：谁有资格参加 (组织法 Art. 21) 与法定人数 (Art. 22).
 *
 * Eligible on the meeting date = 在册 on that date AND 年满十八周岁 on that date
 * (birthday counts, see age.ts). The birth date comes from the ID number.
 * Excluded people are listed with a reason, never silently dropped: the secretary
 * has to be able to answer “为什么名单上没有我”.
 */
import { dateReachingAge, isAtLeastAge } from '@/domain/calendar/age'
import { formatChineseDate } from '@/domain/calendar/calendar'
import { ART_21_MEMBERS, type LegalCitation } from '@/domain/law/citations'
import { requiredCount } from '@/domain/law/counting'
import { NATIONAL_PROFILE } from '@/domain/rules/national'
import { shareWords, type CountRule, type RuleProfile } from '@/domain/rules/profile'
import { readIdFacts } from './idNumber'
import { currentStatus, type Household, type Villager } from './model'

export const MEETING_MIN_AGE = 18

export type ExclusionReason = 'under_18' | 'moved_out' | 'deceased' | 'not_registered' | 'birth_date_unknown'

export const EXCLUSION_LABELS: Record<ExclusionReason, string> = {
  under_18: '未满18周岁',
  moved_out: '已迁出',
  deceased: '已死亡',
  not_registered: '会议当日尚未登记在册',
  birth_date_unknown: '身份证号码有误，无法确定年龄',
}

export interface Exclusion {
  villager: Villager
  reason: ExclusionReason
  /** Plain Chinese, e.g. “王小明：未满18周岁（2008年3月1日满18周岁）”. */
  message: string
}

export interface MeetingEligibility {
  meetingDate: string
  eligible: Villager[]
  excluded: Exclusion[]
  citation: LegalCitation
}

function exclusionFor(v: Villager, meetingDate: string): Exclusion | null {
  const status = currentStatus(v, meetingDate)
  // Status first: a deceased 17-year-old is excluded because of death, not age.
  if (status === '死亡') return { villager: v, reason: 'deceased', message: `${v.name}：已死亡` }
  if (status === '迁出') return { villager: v, reason: 'moved_out', message: `${v.name}：已迁出` }
  if (status === null) {
    return { villager: v, reason: 'not_registered', message: `${v.name}：${EXCLUSION_LABELS.not_registered}` }
  }

  const facts = readIdFacts(v.idNumber)
  if (!facts || facts.birthDate > meetingDate) {
    return { villager: v, reason: 'birth_date_unknown', message: `${v.name}：${EXCLUSION_LABELS.birth_date_unknown}` }
  }
  if (!isAtLeastAge(facts.birthDate, meetingDate, MEETING_MIN_AGE)) {
    const turns18 = formatChineseDate(dateReachingAge(facts.birthDate, MEETING_MIN_AGE))
    return { villager: v, reason: 'under_18', message: `${v.name}：未满18周岁（${turns18}满18周岁）` }
  }
  return null
}

/** Who may attend a 村民会议 held on `meetingDate` ('YYYY-MM-DD'). Input order is kept. */
export function villagersMeetingEligibility(villagers: readonly Villager[], meetingDate: string): MeetingEligibility {
  const eligible: Villager[] = []
  const excluded: Exclusion[] = []
  for (const v of villagers) {
    const ex = exclusionFor(v, meetingDate)
    if (ex) excluded.push(ex)
    else eligible.push(v)
  }
  return { meetingDate, eligible, excluded, citation: ART_21_MEMBERS }
}

/**
 * 本村户数 on the meeting date, the base of Art. 22's 户代表 quorum: households 在册 with at least
 * one member eligible on that date (a household can only send a representative who may attend).
 * `eligible` is villagersMeetingEligibility(…, meetingDate).eligible, so the count follows the
 * meeting date, not today's statuses. domain/meetings/roster.ts builds the household roster so.
 */
export function householdsWithEligibleMember(
  households: readonly Pick<Household, 'id' | 'status'>[],
  eligible: readonly Villager[],
): number {
  const withMember = new Set(eligible.map((v) => v.householdId))
  return households.filter((h) => h.status === '在册' && withMember.has(h.id)).length
}

/** One legal threshold, explained: base, required number, the words of the law. */
export interface Threshold {
  /** What is counted, in Chinese (e.g. “本村十八周岁以上村民”). */
  basis: string
  base: number
  required: number
  /** The law's wording of the share, from the rule profile: 过半数 / 三分之二以上 / … */
  rule: string
  /** e.g. “本村十八周岁以上村民100人，过半数即至少51人到会”. */
  explanation: string
  citation: LegalCitation
}

export interface VillagersMeetingQuorum {
  /** 个人到会: more than half of villagers aged 18+ (national floor). */
  individual: Threshold
  /** 户代表到会: representatives of at least 2/3 of households (national floor). */
  household: Threshold
}

/** A 村民会议 rule of the profile; the national profile always has both forms. */
function villagersRule(profile: RuleProfile, form: 'individual' | 'household'): CountRule {
  return profile.bodies.villagers_meeting.quorum[form] ?? NATIONAL_PROFILE.bodies.villagers_meeting.quorum[form]!
}

/**
 * Art. 22 quorum, both forms (either suffices, not both), from the village's rule profile (the
 * national floor by default: individual > 1/2 of eligible villagers, household ≥ 2/3 of
 * households). “法律另有规定的，依照其规定” — collective-property matters use stricter rules:
 * domain/meetings evaluateVote switches to the 集体经济组织法.
 */
export function villagersMeetingQuorum(
  eligibleCount: number,
  householdCount: number,
  profile: RuleProfile = NATIONAL_PROFILE,
): VillagersMeetingQuorum {
  const individualRule = villagersRule(profile, 'individual')
  const householdRule = villagersRule(profile, 'household')
  const individual = requiredCount(individualRule.share, eligibleCount)
  const household = requiredCount(householdRule.share, householdCount)
  const individualWords = shareWords(individualRule.share)
  const householdWords = shareWords(householdRule.share)
  return {
    individual: {
      basis: '本村十八周岁以上村民',
      base: eligibleCount,
      required: individual,
      rule: individualWords,
      explanation: `本村十八周岁以上村民${eligibleCount}人，${individualWords}即至少${individual}人到会`,
      citation: individualRule.citation,
    },
    household: {
      basis: '本村户数',
      base: householdCount,
      required: household,
      rule: householdWords,
      explanation: `本村共${householdCount}户，${householdWords}即至少${household}户的代表到会`,
      citation: householdRule.citation,
    },
  }
}

/** Art. 22: a decision needs more than half of the persons present (到会人员), not of the electorate. */
export function villagersMeetingDecision(presentCount: number, profile: RuleProfile = NATIONAL_PROFILE): Threshold {
  const rule = profile.bodies.villagers_meeting.decision
  const required = requiredCount(rule.share, presentCount)
  const words = shareWords(rule.share)
  return {
    basis: '到会人员',
    base: presentCount,
    required,
    rule: words,
    explanation: `到会${presentCount}人，须经${words}即至少${required}人同意方为通过`,
    citation: rule.citation,
  }
}
