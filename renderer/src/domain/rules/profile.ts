/**
 * 规则配置 (rule profiles): every threshold the app applies, as data with its citation.
 *
 * The national profile (`NATIONAL_PROFILE`, national.ts) is the floor the law sets. A provincial or
 * local profile may only tighten it: `checkTightening` (tightening.ts) refuses one that loosens
 * any floor and names the threshold and the floor it breaks. Values the law does not fix (公示
 * days, reply periods, filing reminders) are local practice: they carry `binding: 'default'` and a
 * profile may set them either way.
 *
 * Counting follows 民法典第1259条 (law/counting.ts): “以上” includes the number, “超过/过半数”
 * excludes it. A `Share` says which one, so no rule ever writes `>=` or `>` by hand.
 */
import type { LegalCitation } from '@/domain/law/citations'
import type { Share } from '@/domain/law/counting'

export type { Share }

/**
 * What a share is taken of.
 * - entitled: everyone on the frozen roster who may attend (组成人员 / 应到会人员);
 * - entitledVoters: those on the roster who have a vote (党员大会: 正式党员, 应到会有表决权的党员);
 * - households: the households of the roster (户代表);
 * - present: those who came (到会人员), voters only.
 */
export type CountBase = 'entitled' | 'entitledVoters' | 'households' | 'present'

export const COUNT_BASE_LABELS: Record<CountBase, string> = {
  entitled: '应到会人员',
  entitledVoters: '应到会有表决权的人员',
  households: '户',
  present: '到会人员',
}

/** 'floor': the law's minimum, which a profile may only raise. 'default': local practice, adjustable. */
export type Binding = 'floor' | 'default'

export interface CountRule {
  share: Share
  base: CountBase
  citation: LegalCitation
  /** 'YYYY-MM-DD': the rule applies to meetings held on or after this date. */
  effectiveFrom: string
  binding: Binding
}

export interface DaysRule {
  days: number
  /** 自然日 or 工作日 (working days exclude statutory holidays, calendar/workingDays). */
  unit: '自然日' | '工作日'
  citation: LegalCitation
  effectiveFrom: string
  binding: Binding
}

/** The bodies that meet (domain/meetings). */
export type BodyKind =
  | 'party_committee' // 村党组织委员会（支委会）
  | 'joint_committees' // 两委联席会议
  | 'party_assembly' // 党员大会
  | 'villagers_meeting' // 村民会议
  | 'representatives_meeting' // 村民代表会议
  | 'group_meeting' // 村民小组会议
  | 'collective_assembly' // 集体经济组织成员大会
  | 'collective_representatives' // 集体经济组织成员代表大会

export const BODY_LABELS: Record<BodyKind, string> = {
  party_committee: '村党组织委员会会议',
  joint_committees: '村“两委”联席会议',
  party_assembly: '党员大会',
  villagers_meeting: '村民会议',
  representatives_meeting: '村民代表会议',
  group_meeting: '村民小组会议',
  collective_assembly: '集体经济组织成员大会',
  collective_representatives: '集体经济组织成员代表大会',
}

/**
 * How a body with two lawful forms meets: 村民会议 and 村民小组会议 either by the villagers aged
 * 18+ in person ('individual') or by household representatives ('household'). Bodies with one form
 * use 'single'.
 */
export type MeetingMode = 'single' | 'individual' | 'household'

export interface BodyRules {
  /** Quorum by mode. A body with one form has only 'single'. */
  quorum: Partial<Record<MeetingMode, CountRule>>
  decision: CountRule
  /** Days of notice before the meeting, when a rule sets one. */
  noticeDays?: DaysRule
  /** Whether a written proxy (委托) may stand for an absent member, and to whom. */
  proxy: 'none' | 'same_household'
}

/** 村民代表会议 composition (组织法 Art. 25): 4/5 representatives, 1/3 women, of the whole body. */
export interface AssemblyComposition {
  representativesShare: Share
  womenShare: Share
  citation: LegalCitation
  effectiveFrom: string
  binding: Binding
}

export interface RuleProfile {
  id: string
  /** e.g. “全国通用（法定最低标准）”, “某省实施办法”. */
  name: string
  /** The profile this one tightens; the national profile has none. */
  tightens?: string
  /** Where the profile comes from, in words (a provincial regulation, a county notice…). */
  source: string
  bodies: Record<BodyKind, BodyRules>
  /** 集体经济组织法 Art. 15: sharing income with non-members needs 3/4 of all members. */
  nonMemberSharing: CountRule
  composition: AssemblyComposition
  /** 公示 days by matter kind (notices). */
  disclosureDays: Record<DisclosureMatter, DaysRule>
  /** 决议公开 objections are answered within this period (local practice: 3 days). */
  objectionReplyDays: DaysRule
  /** 村规民约 备案 reminder: filed with the township within this period of adoption. */
  compactFilingDays: DaysRule
  /** 违约处理: the villager's period to make a statement (陈述申辩) after being notified. */
  hearingReplyDays: DaysRule
  /** 一肩挑 villages may merge step ① (党组织提议) with step ② (两委商议). */
  mayMergeProposalAndConsultation: boolean
}

export type DisclosureMatter = '决议公开' | '实施结果公开' | '村规民约公布' | '违约处理公示' | '一般公示'

/** The parts of a profile that are thresholds, each with a Chinese name for messages. */
export interface NamedThreshold {
  path: string
  label: string
  rule: CountRule | DaysRule | AssemblyComposition
}

const MODE_LABELS: Record<MeetingMode, string> = { single: '', individual: '（按人）', household: '（按户）' }

/** Every threshold of a profile, named: what 设置 lists and what the tightening check walks. */
export function thresholdsOf(profile: RuleProfile): NamedThreshold[] {
  const out: NamedThreshold[] = []
  for (const [kind, body] of Object.entries(profile.bodies) as [BodyKind, BodyRules][]) {
    const name = BODY_LABELS[kind]
    for (const [mode, rule] of Object.entries(body.quorum) as [MeetingMode, CountRule][]) {
      out.push({ path: `bodies.${kind}.quorum.${mode}`, label: `${name}到会人数${MODE_LABELS[mode]}`, rule })
    }
    out.push({ path: `bodies.${kind}.decision`, label: `${name}表决通过`, rule: body.decision })
    if (body.noticeDays) out.push({ path: `bodies.${kind}.noticeDays`, label: `${name}提前通知`, rule: body.noticeDays })
  }
  out.push({ path: 'nonMemberSharing', label: '非成员享有集体收益分配', rule: profile.nonMemberSharing })
  out.push({ path: 'composition', label: '村民代表会议组成', rule: profile.composition })
  for (const [matter, rule] of Object.entries(profile.disclosureDays) as [DisclosureMatter, DaysRule][]) {
    out.push({ path: `disclosureDays.${matter}`, label: `${matter}公示期`, rule })
  }
  out.push({ path: 'objectionReplyDays', label: '异议答复期限', rule: profile.objectionReplyDays })
  out.push({ path: 'compactFilingDays', label: '村规民约备案期限', rule: profile.compactFilingDays })
  out.push({ path: 'hearingReplyDays', label: '陈述申辩期限', rule: profile.hearingReplyDays })
  return out
}

/** “三分之二以上” / “过半数” / “超过五分之一” — the law's own words for a share. */
export function shareWords(share: Share): string {
  const { comparator, num, den } = share
  if (comparator === 'moreThan' && num * 2 === den) return '过半数'
  if (comparator === 'atLeast' && num * 2 === den) return '半数以上'
  const frac = fractionWords(share)
  return comparator === 'atLeast' ? `${frac}以上` : `超过${frac}`
}

/** The bare fraction: “半数”, “三分之二”, “四分之三” (for phrases such as “超过到会人员半数”). */
export function fractionWords(share: Pick<Share, 'num' | 'den'>): string {
  const { num, den } = share
  if (num * 2 === den) return '半数'
  return `${CHINESE_DIGITS[den] ?? den}分之${CHINESE_DIGITS[num] ?? num}`
}

const CHINESE_DIGITS: Record<number, string> = { 1: '一', 2: '二', 3: '三', 4: '四', 5: '五', 6: '六', 7: '七', 8: '八', 9: '九', 10: '十' }
