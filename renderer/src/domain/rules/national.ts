/**
 * 全国通用规则（法定最低标准）: the national floor, with the text each number comes from.
 *
 * Statutory numbers are 'floor' (a local profile may only raise them). Numbers no national text
 * fixes are local practice ('default', labelled 地方惯例，可调整): domain-rules §2.3, §3.3, issue 14.
 * The 2018 text of the Organic Law is in force as amended on 2025-10-28 (from 2026-01-01); no source
 * shows a change to these thresholds (domain-rules §0.1), so they apply from the 2018 amendment on.
 */
import {
  ART_21_NOTICE,
  ART_22_QUORUM,
  ART_25_COMPOSITION,
  ART_26_REPRESENTATIVES,
  ART_28_GROUP,
  CEO_ART_15_NON_MEMBERS,
  CEO_ART_27_ASSEMBLY,
  CEO_ART_28_REPRESENTATIVES,
  PARTY_BRANCH_ART_11_ASSEMBLY,
  PARTY_BRANCH_ART_12_COMMITTEE,
  localPractice,
  type LegalCitation,
} from '@/domain/law/citations'
import type { Share } from '@/domain/law/counting'
import type { CountBase, CountRule, DaysRule, RuleProfile } from './profile'

/** 组织法 2018修正 took effect on 2018-12-29. */
const ORGANIC_2018 = '2018-12-29'
/** 集体经济组织法 took effect on 2025-05-01. */
const COLLECTIVE_2025 = '2025-05-01'
/** 支部工作条例（试行）was issued on 2018-10-28. */
const PARTY_2018 = '2018-10-28'

const MORE_THAN_HALF: Share = { comparator: 'moreThan', num: 1, den: 2 }
const HALF_OR_MORE: Share = { comparator: 'atLeast', num: 1, den: 2 }
const TWO_THIRDS: Share = { comparator: 'atLeast', num: 2, den: 3 }
const THREE_QUARTERS: Share = { comparator: 'atLeast', num: 3, den: 4 }

function floor(share: Share, base: CountBase, citation: LegalCitation, effectiveFrom: string): CountRule {
  return { share, base, citation, effectiveFrom, binding: 'floor' }
}

/** A count no national text fixes (local 四议两公开 practice): a default a profile may change either way. */
function practice(share: Share, base: CountBase, citation: LegalCitation, effectiveFrom: string): CountRule {
  return { share, base, citation, effectiveFrom, binding: 'default' }
}

function practiceDays(days: number, article: string, text: string): DaysRule {
  return { days, unit: '自然日', citation: localPractice(article, text), effectiveFrom: ORGANIC_2018, binding: 'default' }
}

const MAJORITY_PRACTICE = localPractice('议事规则', '会议议事实行少数服从多数，所作决定经到会人员过半数同意。')

export const NATIONAL_PROFILE: RuleProfile = {
  id: 'national',
  name: '全国通用（法定最低标准）',
  source: '《村民委员会组织法》《农村集体经济组织法》《中国共产党支部工作条例（试行）》；未规定之处采用地方惯例',
  bodies: {
    party_committee: {
      quorum: { single: floor(HALF_OR_MORE, 'entitled', PARTY_BRANCH_ART_12_COMMITTEE, PARTY_2018) },
      decision: practice(MORE_THAN_HALF, 'present', MAJORITY_PRACTICE, PARTY_2018),
      proxy: 'none',
    },
    joint_committees: {
      quorum: {
        single: practice(HALF_OR_MORE, 'entitled', localPractice('两委会议', '“两委”联席会议须有半数以上成员到会。'), ORGANIC_2018),
      },
      decision: practice(MORE_THAN_HALF, 'present', MAJORITY_PRACTICE, ORGANIC_2018),
      proxy: 'none',
    },
    party_assembly: {
      // 半数以上有表决权的党员到会；赞成人数超过应到会有表决权的党员的半数 (not of those present).
      quorum: { single: floor(HALF_OR_MORE, 'entitledVoters', PARTY_BRANCH_ART_11_ASSEMBLY, PARTY_2018) },
      decision: floor(MORE_THAN_HALF, 'entitledVoters', PARTY_BRANCH_ART_11_ASSEMBLY, PARTY_2018),
      proxy: 'none',
    },
    villagers_meeting: {
      quorum: {
        individual: floor(MORE_THAN_HALF, 'entitled', ART_22_QUORUM, ORGANIC_2018),
        household: floor(TWO_THIRDS, 'households', ART_22_QUORUM, ORGANIC_2018),
      },
      decision: floor(MORE_THAN_HALF, 'present', ART_22_QUORUM, ORGANIC_2018),
      noticeDays: { days: 10, unit: '自然日', citation: ART_21_NOTICE, effectiveFrom: ORGANIC_2018, binding: 'floor' },
      proxy: 'none',
    },
    representatives_meeting: {
      quorum: { single: floor(TWO_THIRDS, 'entitled', ART_26_REPRESENTATIVES, ORGANIC_2018) },
      decision: floor(MORE_THAN_HALF, 'present', ART_26_REPRESENTATIVES, ORGANIC_2018),
      proxy: 'none',
    },
    group_meeting: {
      quorum: {
        individual: floor(TWO_THIRDS, 'entitled', ART_28_GROUP, ORGANIC_2018),
        household: floor(TWO_THIRDS, 'households', ART_28_GROUP, ORGANIC_2018),
      },
      decision: floor(MORE_THAN_HALF, 'present', ART_28_GROUP, ORGANIC_2018),
      proxy: 'none',
    },
    collective_assembly: {
      quorum: { single: floor(TWO_THIRDS, 'entitled', CEO_ART_27_ASSEMBLY, COLLECTIVE_2025) },
      // 全体成员三分之二以上同意 — of ALL members, not of those present.
      decision: floor(TWO_THIRDS, 'entitled', CEO_ART_27_ASSEMBLY, COLLECTIVE_2025),
      noticeDays: { days: 10, unit: '自然日', citation: CEO_ART_27_ASSEMBLY, effectiveFrom: COLLECTIVE_2025, binding: 'floor' },
      proxy: 'same_household',
    },
    collective_representatives: {
      // Art. 28 sets no attendance rule of its own; a decision needs 2/3 of ALL representatives, which
      // cannot be reached with fewer present, so the same 2/3 is used as the quorum.
      quorum: { single: floor(TWO_THIRDS, 'entitled', CEO_ART_28_REPRESENTATIVES, COLLECTIVE_2025) },
      decision: floor(TWO_THIRDS, 'entitled', CEO_ART_28_REPRESENTATIVES, COLLECTIVE_2025),
      proxy: 'none',
    },
  },
  nonMemberSharing: floor(THREE_QUARTERS, 'entitled', CEO_ART_15_NON_MEMBERS, COLLECTIVE_2025),
  composition: {
    representativesShare: { comparator: 'atLeast', num: 4, den: 5 },
    womenShare: { comparator: 'atLeast', num: 1, den: 3 },
    citation: ART_25_COMPOSITION,
    effectiveFrom: ORGANIC_2018,
    binding: 'floor',
  },
  disclosureDays: {
    决议公开: practiceDays(7, '决议公开', '决议在村务公开栏公告，时间不少于7天。'),
    实施结果公开: practiceDays(7, '实施结果公开', '实施结果在村务公开栏公告，时间不少于7天。'),
    村规民约公布: practiceDays(7, '村规民约公布', '村规民约表决通过后在村务公开栏公布。'),
    违约处理公示: practiceDays(7, '违约处理公示', '违约处理决定在村务公开栏公示。'),
    一般公示: practiceDays(7, '一般公示', '公示期一般不少于7天。'),
  },
  objectionReplyDays: practiceDays(3, '异议答复', '对公开内容有疑问的，村民委员会在3日内答复。'),
  compactFilingDays: practiceDays(10, '村规民约备案', '村规民约通过后10日内报乡镇人民政府备案（多地地方性规定如此；法律未规定期限）。'),
  hearingReplyDays: practiceDays(5, '陈述申辩', '当事人自收到告知书之日起5日内提出陈述和申辩。'),
  mayMergeProposalAndConsultation: false,
}
