/**
 * Which rules a vote is counted by, and why (the law applied): the body's own rules from the
 * profile, or — for 集体财产/成员权益 matters at a village body — the 集体经济组织法 rules of its
 * counterpart (组织法 Art. 24 ¶3, 集体经济组织法 Art. 64), plus Art. 15 for non-member sharing.
 * A profile that loosens a national floor is refused and the national profile used instead.
 */
import { CEO_ART_64_ACTING, citationTitle, type LegalCitation } from '@/domain/law/citations'
import type { Share } from '@/domain/law/counting'
import type { Finding } from '@/domain/law/findings'
import { NATIONAL_PROFILE } from '@/domain/rules/national'
import { BODY_LABELS, shareWords, type BodyKind, type CountRule, type MeetingMode, type RuleProfile } from '@/domain/rules/profile'
import { checkTightening } from '@/domain/rules/tightening'
import { collectiveCounterpart, decisionBaseWords, isCollectiveBody, mayActForCollective, memberNoun } from './bodies'
import { tagWords, touchesCollective, type MatterTag } from './matters'

export interface LawApplied {
  /** e.g. '村民委员会组织法', '农村集体经济组织法', '中国共产党支部工作条例（试行）'. */
  law: string
  /** e.g. “《农村集体经济组织法》第二十七条”. */
  title: string
  citation: LegalCitation
  /** Why this law, in words. */
  reason: string
  /** true when a village body's count was switched to 《农村集体经济组织法》 (Art. 24 ¶3, Art. 64). */
  collectiveSwitch: boolean
}

// ---------------------------------------------------------------------------------------------
// The profile: a loosening one is refused, the national floor applies.

const refusals = new WeakMap<RuleProfile, Finding[]>()

export function usableProfile(profile: RuleProfile | undefined, findings: Finding[]): RuleProfile {
  if (!profile || profile === NATIONAL_PROFILE) return NATIONAL_PROFILE
  let refused = refusals.get(profile)
  if (!refused) {
    try {
      refused = checkTightening(NATIONAL_PROFILE, profile)
    } catch {
      refused = [
        {
          level: 'error',
          code: 'profile_wrong_shape',
          message: '地方规则格式有误',
          citation: NATIONAL_PROFILE.bodies.villagers_meeting.decision.citation,
        },
      ]
    }
    refusals.set(profile, refused)
  }
  if (refused.length === 0) return profile
  findings.push({
    level: 'warning',
    code: 'profile_refused',
    message: `地方规则“${profile.name ?? profile.id}”低于法定最低标准，不予采用，本次按全国通用规则计算：${refused.map((f) => f.message).join('；')}`,
    citation: refused[0]?.citation ?? NATIONAL_PROFILE.bodies.villagers_meeting.decision.citation,
    field: 'profile',
  })
  return NATIONAL_PROFILE
}

// ---------------------------------------------------------------------------------------------
// Which rules apply, and why.

export interface RuleSet {
  quorum: CountRule[]
  decision: CountRule[]
  actsForCollective: boolean
  countMode: MeetingMode
  law: Omit<LawApplied, 'title'>
}

function quorumRuleOf(profile: RuleProfile, body: BodyKind, mode: MeetingMode): CountRule {
  const q = profile.bodies[body].quorum
  return q[mode] ?? q.single ?? q.individual ?? (Object.values(q)[0] as CountRule)
}

export function chooseRules(
  body: BodyKind,
  mode: MeetingMode,
  tags: MatterTag[],
  profile: RuleProfile,
  input: { meetingDate?: string; collectiveOrganisationExists?: boolean },
  findings: Finding[],
): RuleSet {
  const collectiveTags = tags.filter(touchesCollective)
  const nonMember = tags.includes('non_member_sharing')
  const own = profile.bodies[body]
  const ownQuorum = quorumRuleOf(profile, body, mode)

  if (isCollectiveBody(body)) {
    const decision = [own.decision, ...(nonMember ? [profile.nonMemberSharing] : [])]
    return {
      quorum: [ownQuorum],
      decision,
      actsForCollective: false,
      countMode: 'single',
      law: {
        law: own.decision.citation.law,
        citation: own.decision.citation,
        reason: `${BODY_LABELS[body]}是农村集体经济组织的会议，按${citationTitle(own.decision.citation)}计算${nonMember ? `；非成员享有集体收益按${citationTitle(profile.nonMemberSharing.citation)}，须全体成员四分之三以上同意` : ''}`,
        collectiveSwitch: false,
      },
    }
  }

  const counterpart = collectiveCounterpart(body)
  const collectiveFrom = profile.bodies[counterpart].decision.effectiveFrom
  const inForce = !input.meetingDate || input.meetingDate >= collectiveFrom
  if (collectiveTags.length > 0 && mayActForCollective(body) && !inForce) {
    findings.push({
      level: 'info',
      code: 'collective_law_not_in_force',
      message: `本次会议在《农村集体经济组织法》施行（2025年5月1日）前召开，按《村民委员会组织法》计算`,
      citation: CEO_ART_64_ACTING,
    })
  }
  if (collectiveTags.length > 0 && mayActForCollective(body) && inForce) {
    const c = profile.bodies[counterpart]
    const quorum =
      body === 'representatives_meeting'
        ? [ownQuorum, quorumRuleOf(profile, counterpart, 'single')]
        : [quorumRuleOf(profile, counterpart, 'single')]
    const decision = [c.decision, ...(nonMember ? [profile.nonMemberSharing] : [])]
    if (mode === 'household') {
      findings.push({
        level: 'warning',
        code: 'household_mode_not_for_collective',
        message: '集体经济组织的会议实行一人一票，不能以户代表到会代替成员到会；本次按成员人数计算（成员可书面委托同户家庭成员代为参加）',
        citation: c.decision.citation,
        field: 'mode',
      })
    }
    if (input.collectiveOrganisationExists) {
      findings.push({
        level: 'warning',
        code: 'collective_organisation_exists',
        message: '本村已设立农村集体经济组织，集体财产和成员权益事项应由集体经济组织成员大会或成员代表大会决定',
        citation: CEO_ART_64_ACTING,
        field: 'body',
      })
    }
    const who = body === 'group_meeting' ? '村民小组' : '村民委员会'
    const strictest = decision.reduce((a, b) => (shareAtLeast(b.share, a.share) ? b : a))
    const q = quorum[quorum.length - 1] ?? ownQuorum
    return {
      quorum,
      decision,
      actsForCollective: true,
      countMode: 'single',
      law: {
        law: c.decision.citation.law,
        citation: CEO_ART_64_ACTING,
        reason:
          `本事项涉及${tagWords(collectiveTags)}，属于集体财产和成员权益事项：《村民委员会组织法》第二十四条规定法律另有规定的依照其规定，` +
          `未设立农村集体经济组织的由${who}代行其职能并参照适用《农村集体经济组织法》（第六十四条），` +
          `即${memberNoun(body, true)}${shareWords(q.share)}到会，${decisionBaseWords(body, strictest.base, true)}${shareWords(strictest.share)}同意（${citationTitle(strictest.citation)}）`,
        collectiveSwitch: true,
      },
    }
  }

  const cite = own.decision.citation
  return {
    quorum: [ownQuorum],
    decision: [own.decision],
    actsForCollective: false,
    countMode: mode,
    law: {
      law: cite.law,
      citation: cite,
      reason: `${BODY_LABELS[body]}按${citationTitle(ownQuorum.citation)}${citationTitle(ownQuorum.citation) === citationTitle(cite) ? '' : `和${citationTitle(cite)}`}计算：${memberNoun(body)}${ownQuorum.base === 'households' ? '（按户）' : ''}${shareWords(ownQuorum.share)}到会，${decisionBaseWords(body, own.decision.base)}${shareWords(own.decision.share)}同意`,
      collectiveSwitch: false,
    },
  }
}

/** a ≥ b as shares (for picking the strictest rule to name). */
function shareAtLeast(a: Share, b: Share): boolean {
  const left = a.num * b.den
  const right = b.num * a.den
  return left > right || (left === right && (a.comparator === 'moreThan' || b.comparator === 'atLeast'))
}
