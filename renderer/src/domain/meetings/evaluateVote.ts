/**
 * evaluateVote — THE stable entry point: was the meeting quorate, did the motion pass, under which
 * law, and what is wrong with the numbers. Pure; outside checkers call it with plain objects.
 *
 * INPUT (`VoteInput`; only `body` and the counts 应到/实到/同意 are essential):
 *   body        BodyKind ('party_committee' | 'joint_committees' | 'party_assembly' | 'villagers_meeting'
 *               | 'representatives_meeting' | 'group_meeting' | 'collective_assembly'
 *               | 'collective_representatives'), or its Chinese name (“村民代表会议”).
 *   mode        'individual' (default) | 'household' — 村民会议 and 村民小组会议 only (Art. 22, 28).
 *   tags        MatterTag[] (matters.ts), default []: 'art24_1'…'art24_9', 'collective_property',
 *               'member_rights', '收益分配', '成员身份', 'non_member_sharing', 'village_compact'.
 *               'art24-2', '第二十四条第二项', '集体财产' are read too. `art24Items: [2, 7]` also works.
 *   counts      { entitled, present, yes, no?, abstain?, invalid?, cast?, entitledVoters?,
 *               entitledHouseholds?, presentHouseholds?, probationaryPresent?, observers?, proxies? }
 *               (counts.ts), nested under `counts` or given at the top level. `entitled` and
 *               `present` are those WITH A VOTE: for 党员大会 the 正式党员 (预备党员 attend without a
 *               vote: give them as probationaryPresent, never counted); 列席 never counted (observers).
 *               Household mode: entitledHouseholds and presentHouseholds; present defaults to the latter
 *               (given persons only, they are read as households, warning 'households_assumed').
 *               proxies: of `present`, those by written proxy — not counted where the profile allows none.
 *   profile     RuleProfile, default NATIONAL_PROFILE. A profile that loosens a national floor is
 *               refused (warning 'profile_refused') and the national floor is applied instead.
 *   authorisation  村民会议's written authorisation of a 村民代表会议: { date, meeting, matters?, documentRef? }
 *               (`true` = exists, details not recorded → accepted with a warning). Aliases `authorization`,
 *               and the flags `authorised` / `authorized`.
 *   role        'decide' (default, step ④) | 'deliberate' (steps ①–③: 提议/商议/审议 — a Party body may
 *               deliberate an Art. 24 matter, never decide it).
 *   meetingDate 'YYYY-MM-DD', optional: dates the collective-law switch (in force 2025-05-01) and the
 *               authorisation check.
 *   method, note, tallySheetPhoto  表决方式; a paper count that does not add up is accepted only with
 *               both a note and a tally-sheet photo reference.
 *   collectiveOrganisationExists  default false (the village acts for the collective, Art. 64).
 *
 * OUTPUT (`VoteEvaluation`):
 *   quorum    { required, met, base, baseCount, actual, unit, rule ('三分之二以上'), share, citation, explanation }
 *   decision  { required, passed, countReached, base, baseCount, yes, rule, share, citation, explanation }
 *             passed = the quorum is met AND the required 同意 is reached AND no error finding
 *             (wrong body, missing authorisation, counts that do not reconcile).
 *   lawApplied { law, title, citation, reason, collectiveSwitch } — which law and why.
 *   findings  Finding[] (law/findings.ts), each with a stable code, a Chinese message, its citation
 *             and the input field it concerns ('present', 'yes', 'cast', 'authorisation', 'body'…).
 *   sentence  e.g. “应到30人，实到20人，达到三分之二以上（至少20人），会议有效；同意11票，超过到会人员
 *             半数（至少11票），通过 —《村民委员会组织法》第二十六条”.
 *   passed, body, bodyLabel, mode, tags, counts (as resolved), profileId.
 *
 * An unknown body throws RangeError('未知的会议类型：…'); everything else is reported as findings.
 * Main finding codes: quorum_met / quorum_not_met, decision_passed / decision_not_passed,
 * votes_exceed_present, tally_mismatch (tally_mismatch_accepted), cast_exceeds_present,
 * present_exceeds_entitled, invalid_count, count_missing, no_entitled, body_not_competent,
 * delegation_missing (delegation_ok, authorisation_incomplete, authorisation_after_meeting,
 * authorisation_scope), needs_full_assembly, village_matter, group_scope, compact_at_representatives,
 * probationary_not_counted, observers_not_counted, proxy_not_allowed, household_mode_not_for_collective,
 * collective_law_not_in_force, profile_refused, unknown_tag.
 *
 * Counting is 民法典第1259条 through law/counting.requiredCount: 以上 includes the number, 超过/过半数
 * excludes it. Several rules may apply at once (a local tightening, the collective switch, Art. 15):
 * the one requiring most wins, and is the one shown.
 */
import { ART_22_OBSERVERS, CEO_ART_64_ACTING, PARTY_BRANCH_ART_11_ASSEMBLY, type LegalCitation } from '@/domain/law/citations'
import { requiredCount, type Share } from '@/domain/law/counting'
import { hasErrors, type Finding } from '@/domain/law/findings'
import {
  BODY_LABELS,
  shareWords,
  type BodyKind,
  type CountBase,
  type CountRule,
  type MeetingMode,
  type RuleProfile,
} from '@/domain/rules/profile'
import { chooseRules, usableProfile, type LawApplied } from './applicableRules'
import { decisionBaseWords, memberNoun, normalizeBody, proxyRule, resolveMode } from './bodies'
import { AMENDMENT_2025_SUPERVISION_ATTENDS } from './citations'
import { checkCompetence, type Authorisation, type VoteRole } from './competence'
import {
  checkAttendanceCounts,
  isPaperMethod,
  reconcileTotals,
  resolveCounts,
  type ResolvedCounts,
  type TallyAcceptance,
  type VoteCounts,
  type VoteMethod,
} from './counts'
import { normalizeMatterTag, type MatterTag } from './matters'
import { citationsWords, reachWords } from './wording'

export type { Authorisation, LawApplied, MatterTag, VoteCounts, VoteMethod, VoteRole }

export interface VoteInput extends Partial<VoteCounts>, TallyAcceptance {
  body: BodyKind | string
  mode?: 'individual' | 'household' | 'single'
  tags?: readonly (MatterTag | string)[]
  /** Art. 24 item numbers (1–9), another way to give 'art24_n' tags. */
  art24Items?: readonly number[]
  counts?: Partial<VoteCounts>
  profile?: RuleProfile
  authorisation?: Authorisation | boolean
  authorization?: Authorisation | boolean
  /** Flag aliases of `authorisation: true`. */
  authorised?: boolean
  authorized?: boolean
  role?: VoteRole
  meetingDate?: string
  method?: VoteMethod
  collectiveOrganisationExists?: boolean
}

export interface QuorumResult {
  required: number
  met: boolean
  base: CountBase
  /** The number the share is taken of (应到). */
  baseCount: number
  /** Those counted as present (实到; households in the household form). */
  actual: number
  unit: '人' | '户'
  /** The law's words: '过半数', '三分之二以上', '半数以上'. */
  rule: string
  share: Share
  citation: LegalCitation
  explanation: string
}

export interface DecisionResult {
  required: number
  passed: boolean
  /** Whether 同意 reached the number, whatever else is wrong. */
  countReached: boolean
  base: CountBase
  baseCount: number
  yes: number
  rule: string
  share: Share
  citation: LegalCitation
  explanation: string
}

export interface VoteEvaluation {
  body: BodyKind
  bodyLabel: string
  mode: MeetingMode
  tags: MatterTag[]
  counts: ResolvedCounts
  quorum: QuorumResult
  decision: DecisionResult
  lawApplied: LawApplied
  findings: Finding[]
  sentence: string
  passed: boolean
  profileId: string
}

// ---------------------------------------------------------------------------------------------
// Counting.

function baseCountOf(base: CountBase, c: ResolvedCounts, present: number): number {
  switch (base) {
    case 'entitled':
      return c.entitled
    case 'entitledVoters':
      return c.entitledVoters
    case 'households':
      return c.entitledHouseholds
    case 'present':
      return present
  }
}

/** The rule requiring most, with its numbers. */
function binding(rules: CountRule[], c: ResolvedCounts, present: number): { rule: CountRule; required: number; baseCount: number } {
  let best: { rule: CountRule; required: number; baseCount: number } | null = null
  for (const rule of rules) {
    const baseCount = baseCountOf(rule.base, c, present)
    const required = requiredCount(rule.share, baseCount)
    if (!best || required > best.required) best = { rule, required, baseCount }
  }
  return best!
}

// ---------------------------------------------------------------------------------------------

function readTags(input: VoteInput, findings: Finding[], citation: LegalCitation): MatterTag[] {
  const out: MatterTag[] = []
  const add = (t: MatterTag) => {
    if (!out.includes(t)) out.push(t)
  }
  // A single tag given as a string is one tag, not its characters.
  const given: readonly unknown[] = typeof input.tags === 'string' ? [input.tags] : Array.isArray(input.tags) ? input.tags : []
  for (const raw of given) {
    const tag = normalizeMatterTag(String(raw))
    if (tag) add(tag)
    else
      findings.push({
        level: 'warning',
        code: 'unknown_tag',
        message: `未识别的事项类别“${String(raw)}”，未参与判断`,
        citation,
        field: 'tags',
      })
  }
  for (const n of input.art24Items ?? []) {
    const tag = normalizeMatterTag(`art24_${n}`)
    if (tag) add(tag)
    else
      findings.push({
        level: 'warning',
        code: 'unknown_tag',
        message: `《村民委员会组织法》第二十四条没有第${n}项`,
        citation,
        field: 'tags',
      })
  }
  return out
}

export function evaluateVote(input: VoteInput): VoteEvaluation {
  const body = normalizeBody(String(input.body))
  if (!body) throw new RangeError(`未知的会议类型：${String(input.body)}`)
  const findings: Finding[] = []
  const profile = usableProfile(input.profile, findings)
  const requestedMode = resolveMode(body, input.mode)
  const ownCitation = profile.bodies[body].decision.citation
  const tags = readTags(input, findings, ownCitation)
  const rules = chooseRules(body, requestedMode, tags, profile, input, findings)
  const householdCount = rules.countMode === 'household'

  const raw = { ...pickCounts(input), ...(input.counts ?? {}) }
  const { counts, findings: countFindings } = resolveCounts(raw, householdCount, ownCitation)
  findings.push(...countFindings)
  findings.push(...checkAttendanceCounts(counts, householdCount, ownCitation))

  // 委托 where the profile does not allow it: not counted (the meeting is judged without them).
  let present = counts.present
  if (counts.proxies > 0 && proxyRule(profile, body, rules.actsForCollective) === 'none') {
    present = Math.max(0, counts.present - counts.proxies)
    findings.push({
      level: 'warning',
      code: 'proxy_not_allowed',
      message: `${BODY_LABELS[body]}不允许委托他人参加，委托参加的${counts.proxies}人不计入到会人数（按${present}人计算）`,
      citation: ownCitation,
      field: 'proxies',
    })
  }
  if (counts.probationaryPresent > 0) {
    findings.push({
      level: 'info',
      code: 'probationary_not_counted',
      message: `预备党员${counts.probationaryPresent}人到会，没有表决权，不计入到会人数和表决票数`,
      citation: PARTY_BRANCH_ART_11_ASSEMBLY,
    })
  }
  if (counts.observers > 0) {
    findings.push({
      level: 'info',
      code: 'observers_not_counted',
      message: `列席${counts.observers}人，不计入到会人数，不参加表决`,
      citation: body === 'representatives_meeting' ? AMENDMENT_2025_SUPERVISION_ATTENDS : ART_22_OBSERVERS,
    })
  }

  const paper = input.method === undefined || isPaperMethod(input.method)
  findings.push(
    ...reconcileTotals({ ...counts, present }, paper, { note: input.note, tallySheetPhoto: input.tallySheetPhoto }, ownCitation),
  )

  findings.push(
    ...checkCompetence({
      body,
      tags,
      role: input.role ?? 'decide',
      authorisation: input.authorisation ?? input.authorization ?? input.authorised ?? input.authorized,
      meetingDate: input.meetingDate,
      actsForCollective: rules.actsForCollective,
    }),
  )

  // Quorum.
  const q = binding(rules.quorum, counts, present)
  const unit = q.rule.base === 'households' ? '户' : '人'
  const actual = q.rule.base === 'households' ? counts.presentHouseholds : present
  const quorumMet = q.baseCount > 0 && actual >= q.required
  const noun = memberNoun(body, rules.actsForCollective)
  if (q.baseCount === 0) {
    findings.push({
      level: 'error',
      code: 'no_entitled',
      message: `应到${unit === '户' ? '户数' : '人数'}为0，无法召开会议`,
      citation: q.rule.citation,
      field: unit === '户' ? 'entitledHouseholds' : 'entitled',
    })
  }
  const quorumExplanation = `${noun}${unit === '户' ? `共${q.baseCount}户` : `${q.baseCount}人`}，须${shareWords(q.rule.share)}即至少${q.required}${unit}到会；实到${actual}${unit}，${quorumMet ? '达到法定人数，会议有效' : '不足法定人数，会议不能召开'}`
  findings.push(
    quorumMet
      ? { level: 'ok', code: 'quorum_met', message: quorumExplanation, citation: q.rule.citation }
      : {
          level: 'error',
          code: 'quorum_not_met',
          message: quorumExplanation,
          citation: q.rule.citation,
          field: unit === '户' ? 'presentHouseholds' : 'present',
        },
  )

  // Decision.
  const d = binding(rules.decision, counts, present)
  const countReached = counts.yes >= d.required
  const baseWords = decisionBaseWords(body, d.rule.base, rules.actsForCollective)
  const decisionExplanation = `${baseWords}${d.baseCount}人，须${shareWords(d.rule.share)}即至少${d.required}票同意；同意${counts.yes}票，${countReached ? '达到要求' : `不足${d.required}票`}`
  const blocking = findings.filter((f) => f.level === 'error' && f.code !== 'quorum_not_met')
  const passed = quorumMet && countReached && !hasErrors(blocking)
  findings.push(
    passed
      ? { level: 'ok', code: 'decision_passed', message: `${decisionExplanation}，通过`, citation: d.rule.citation }
      : { level: 'info', code: 'decision_not_passed', message: `${decisionExplanation}，未通过`, citation: d.rule.citation, field: 'yes' },
  )

  // The sentence.
  const extras = [
    counts.probationaryPresent > 0 ? `另有预备党员${counts.probationaryPresent}人到会，无表决权` : '',
    counts.observers > 0 ? `列席${counts.observers}人不计入` : '',
    present !== counts.present ? `委托${counts.proxies}人不予计算` : '',
  ].filter(Boolean)
  const quorumClause =
    `应到${q.baseCount}${unit}，实到${actual}${unit}${extras.length ? `（${extras.join('，')}）` : ''}，` +
    `${reachWords(q.rule.share, quorumMet)}（至少${q.required}${unit}），${quorumMet ? '会议有效' : '不足法定人数，会议不能召开'}`
  let decisionClause: string
  if (!quorumMet) {
    decisionClause = '所作表决无效'
  } else {
    const verdict = passed ? '通过' : countReached ? `但${blocking[0]?.message ?? '存在错误'}，不能认定通过` : '未通过'
    decisionClause = `同意${counts.yes}票，${reachWords(d.rule.share, countReached, baseWords)}（至少${d.required}票），${verdict}`
  }
  const cited = [q.rule.citation, d.rule.citation, ...(rules.actsForCollective ? [CEO_ART_64_ACTING] : [])]
  const sentence = `${quorumClause}；${decisionClause} —${citationsWords(cited)}`

  return {
    body,
    bodyLabel: BODY_LABELS[body],
    mode: requestedMode,
    tags,
    counts: { ...counts },
    quorum: {
      required: q.required,
      met: quorumMet,
      base: q.rule.base,
      baseCount: q.baseCount,
      actual,
      unit,
      rule: shareWords(q.rule.share),
      share: q.rule.share,
      citation: q.rule.citation,
      explanation: quorumExplanation,
    },
    decision: {
      required: d.required,
      passed,
      countReached,
      base: d.rule.base,
      baseCount: d.baseCount,
      yes: counts.yes,
      rule: shareWords(d.rule.share),
      share: d.rule.share,
      citation: d.rule.citation,
      explanation: `${decisionExplanation}，${passed ? '通过' : '未通过'}`,
    },
    lawApplied: {
      ...rules.law,
      title: citationsWords(rules.actsForCollective ? [d.rule.citation, CEO_ART_64_ACTING] : [rules.law.citation]),
    },
    findings,
    sentence,
    passed,
    profileId: profile.id,
  }
}

const COUNT_KEYS: (keyof VoteCounts)[] = [
  'entitled',
  'present',
  'yes',
  'no',
  'abstain',
  'invalid',
  'cast',
  'entitledVoters',
  'entitledHouseholds',
  'presentHouseholds',
  'probationaryPresent',
  'observers',
  'proxies',
]

function pickCounts(input: VoteInput): Partial<VoteCounts> {
  const out: Partial<VoteCounts> = {}
  for (const k of COUNT_KEYS) if (input[k] !== undefined) out[k] = input[k]
  return out
}
