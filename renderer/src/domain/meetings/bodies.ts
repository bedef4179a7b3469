/**
 * 会议机构 (the bodies that meet): who sits in each, who votes, in which forms it may meet, and how
 * its counts are named in a sentence. The thresholds themselves live in the rule profile
 * (domain/rules); this file only knows the bodies.
 *
 *   村党组织委员会（支委会）   村党组织 committee members on the date; all vote.
 *   两委联席会议              村党组织 + 村民委员会 members on the date, each person once.
 *   党员大会                  党员 of the branch on the date: 正式党员 vote; 预备党员 attend without a vote
 *                            (支部工作条例 Art. 11 counts “有表决权的党员”).
 *   村民会议                  villagers aged 18+ and 在册 on the date (Art. 21), or household representatives.
 *   村民代表会议              村民委员会成员 + 村民代表 in office on the date (Art. 25); 村务监督委员会 members
 *                            列席 (2025 amendment), never counted.
 *   村民小组会议              the group's villagers aged 18+, or its households (Art. 28).
 *   集体经济组织成员大会       members with full civil capacity (集体经济组织法 Art. 26, 27).
 *   集体经济组织成员代表大会   the 成员代表 in office (Art. 28).
 */
import { BODY_LABELS, type BodyKind, type CountBase, type MeetingMode, type RuleProfile } from '@/domain/rules/profile'

export const BODY_KINDS = Object.keys(BODY_LABELS) as BodyKind[]

/** Which forms a body may meet in: 村民会议 and 村民小组会议 by person or by household (Art. 22, 28). */
export function modesOf(body: BodyKind): MeetingMode[] {
  return body === 'villagers_meeting' || body === 'group_meeting' ? ['individual', 'household'] : ['single']
}

/** The mode a meeting is counted in: 'individual' by default where there are two, else 'single'. */
export function resolveMode(body: BodyKind, mode?: string): MeetingMode {
  const modes = modesOf(body)
  if (modes.length === 1) return 'single'
  return mode === 'household' ? 'household' : 'individual'
}

const BODY_ALIASES: Record<string, BodyKind> = {
  支委会: 'party_committee',
  村党组织委员会: 'party_committee',
  村党支部委员会: 'party_committee',
  两委会议: 'joint_committees',
  两委联席会议: 'joint_committees',
  '“两委”联席会议': 'joint_committees',
  村民大会: 'villagers_meeting',
  成员大会: 'collective_assembly',
  成员代表大会: 'collective_representatives',
}

/** A BodyKind from a plain string: the kind itself, its Chinese label, or a common short name. */
export function normalizeBody(raw: string): BodyKind | null {
  const text = String(raw).trim()
  if ((BODY_KINDS as string[]).includes(text)) return text as BodyKind
  const byLabel = BODY_KINDS.find((k) => BODY_LABELS[k] === text)
  if (byLabel) return byLabel
  return BODY_ALIASES[text] ?? BODY_ALIASES[text.replace(/^村/, '')] ?? null
}

/** Bodies of the Party: they 提议/商议/审议 a village matter but never decide it. */
export function isPartyOrCommitteeBody(body: BodyKind): boolean {
  return body === 'party_committee' || body === 'joint_committees' || body === 'party_assembly'
}

export function isCollectiveBody(body: BodyKind): boolean {
  return body === 'collective_assembly' || body === 'collective_representatives'
}

/** Village bodies that may act for a collective that does not exist (集体经济组织法 Art. 64). */
export function mayActForCollective(body: BodyKind): boolean {
  return body === 'villagers_meeting' || body === 'representatives_meeting' || body === 'group_meeting'
}

/**
 * The counterpart body whose rules apply when a village body acts for a collective (Art. 64
 * “参照适用”): the meeting of all acts as the 成员大会, the 村民代表会议 as the 成员代表大会.
 */
export function collectiveCounterpart(body: BodyKind): BodyKind {
  return body === 'representatives_meeting' ? 'collective_representatives' : 'collective_assembly'
}

/** Whether a written proxy (委托) may stand for an absent member at this meeting. */
export function proxyRule(profile: RuleProfile, body: BodyKind, actsForCollective: boolean): 'none' | 'same_household' {
  const own = profile.bodies[body].proxy
  if (own !== 'none' || !actsForCollective) return own
  return profile.bodies[collectiveCounterpart(body)].proxy
}

/** What the people on the roster are called, for counts: “组成人员”, “有表决权的党员”… */
export function memberNoun(body: BodyKind, actsForCollective = false): string {
  if (actsForCollective) return body === 'representatives_meeting' ? '组成人员' : '集体经济组织成员'
  switch (body) {
    case 'party_committee':
      return '委员'
    case 'joint_committees':
      return '“两委”成员'
    case 'party_assembly':
      return '有表决权的党员'
    case 'villagers_meeting':
      return '本村十八周岁以上村民'
    case 'representatives_meeting':
      return '组成人员'
    case 'group_meeting':
      return '本组十八周岁以上村民'
    case 'collective_assembly':
      return '具有完全民事行为能力的成员'
    case 'collective_representatives':
      return '成员代表'
  }
}

/**
 * The base of a decision in words, as the law says it: “到会人员”, “应到会有表决权的党员”,
 * “全体成员”, “全体成员代表”, “全体组成人员”.
 */
export function decisionBaseWords(body: BodyKind, base: CountBase, actsForCollective = false): string {
  if (base === 'present') return '到会人员'
  if (base === 'households') return '户'
  if (body === 'party_assembly') return '应到会有表决权的党员'
  if (body === 'collective_assembly' || (actsForCollective && body !== 'representatives_meeting')) return '全体成员'
  if (body === 'collective_representatives') return '全体成员代表'
  if (body === 'representatives_meeting') return '全体组成人员'
  if (body === 'villagers_meeting' || body === 'group_meeting') return '应到会村民'
  return base === 'entitledVoters' ? '应到会有表决权的人员' : '应到会人员'
}
