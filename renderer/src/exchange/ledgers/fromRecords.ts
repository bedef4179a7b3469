/**
 * From the app's records to the 台账 rows (the mapping each ledger's header describes), so the
 * ledgers are built from the real data, not from fixtures. Pure: records in, rows out.
 *
 *   matterLedgerRows(matters)                          → MatterLedgerRow[]        (四议两公开台账)
 *   meetingLedgerRow(record, evaluation)               → MeetingLedgerRow         (会议台账)
 *   compactVersionLedgerRows(compact, procedures)      → CompactVersionLedgerRow[] (村规民约版本台账)
 *   ledgerParties(villagers, households)               → Map<villagerId, LedgerParty> (违约处理台账)
 *
 * A matter's step ①–④ is its LAST attempt with that number (a failed ③ sent back to ② leaves two
 * ② attempts; the ledger shows where the matter stands), the result in words from evaluateVote's
 * outcome (never typed by hand). ⑤ is the last disclosure, ⑥ the implementation record.
 */
import type { Compact } from '@/domain/compact/model'
import type { CompactProcedure, ProcedureKind, TownshipReview } from '@/domain/compact/procedure'
import { changesOf, effectiveUntil } from '@/domain/compact/versions'
import { formatOrdinal } from '@/domain/compact/numerals'
import { MATTER_STATE_LABELS, type Matter, type MeetingStep } from '@/domain/decisions/model'
import type { MeetingEvaluation, MeetingRecord } from '@/domain/meetings/meeting'
import type { Household, Villager } from '@/domain/people/model'
import { BODY_LABELS } from '@/domain/rules/profile'
import type { CompactVersionLedgerRow } from './compactVersions'
import type { MatterLedgerRow } from './matters'
import type { MeetingLedgerRow } from './meetings'
import type { LedgerParty } from './violations'

function outcomeWord(step: MeetingStep): string {
  const o = step.outcome
  const counts = `应到${o.entitled}人，实到${o.present}人`
  if (!o.quorumMet) return `会议无效（未达到法定人数；${counts}）`
  return `${o.passed ? '通过' : '未通过'}（${counts}）`
}

function lastStep(m: Matter, n: 1 | 2 | 3 | 4): MeetingStep | undefined {
  return m.steps.filter((s) => s.step === n || (n === 2 && s.mergedWith === 2)).at(-1)
}

export function matterLedgerRows(matters: readonly Matter[]): MatterLedgerRow[] {
  return matters.map((m) => {
    const [s1, s2, s3, s4] = ([1, 2, 3, 4] as const).map((n) => lastStep(m, n))
    const merged = s2 !== undefined && s2.step === 1
    const disclosure = m.disclosures.at(-1)
    const impl = m.implementation
    const unresolved = disclosure?.unresolved.filter((u) => u.unresolved).length ?? 0
    const row: MatterLedgerRow = {
      title: m.title,
      tags: m.tags,
      motionSource: m.motionSource,
      state: MATTER_STATE_LABELS[m.state],
      ...(s1 ? { proposedOn: s1.date, proposalResult: outcomeWord(s1) } : {}),
      ...(s2 ? { consultedOn: s2.date, consultationResult: merged ? '与提议合并召开' : outcomeWord(s2) } : {}),
      ...(s3 ? { reviewedOn: s3.date, reviewResult: outcomeWord(s3) } : {}),
      ...(s4 ? { decidedOn: s4.date, decisionBody: BODY_LABELS[s4.body], decisionResult: outcomeWord(s4) } : {}),
      ...(disclosure
        ? {
            resolutionPublishedOn: disclosure.start,
            resolutionPublishedUntil: disclosure.end,
            resolutionPublicationResult: !disclosure.endedOn
              ? '公示中'
              : disclosure.outcome === 'returned_to_review'
                ? '异议未解决，退回重新审议'
                : unresolved > 0
                  ? `有${unresolved}条异议未解决，经研究继续实施`
                  : '公示期满，无未解决异议',
          }
        : {}),
      ...(impl?.start ? { resultPublishedOn: impl.start } : {}),
      ...(impl?.end ? { resultPublishedUntil: impl.end } : {}),
      ...(impl ? { resultPublicationResult: impl.acceptance ? `验收：${impl.acceptance.result}` : impl.progress } : {}),
      ...(impl?.cost !== undefined ? { cost: impl.cost } : {}),
      ...(m.droppedReason ? { note: `撤销原因：${m.droppedReason}` } : {}),
    }
    return row
  })
}

export function meetingLedgerRow(record: MeetingRecord, evaluation: MeetingEvaluation): MeetingLedgerRow {
  const results = record.motions.map((motion, i) => {
    const v = evaluation.votes[i]
    const t = motion.vote.totals
    const word = v ? (v.passed ? '通过' : v.quorum.met ? '未通过' : '会议无效') : '未评定'
    return `${motion.vote.motion}：${word}（同意${t.yes}，反对${t.no}，弃权${t.abstain}）`
  })
  const entitled = evaluation.votes[0]?.counts.entitled ?? record.roster.counts.entitled
  const present = evaluation.attendance.present
  const quorumMet = evaluation.votes.length > 0 ? evaluation.votes.every((v) => v.quorum.met) : undefined
  return {
    date: record.date,
    ...(record.time ? { time: record.time } : {}),
    body: BODY_LABELS[record.body],
    form: record.form,
    place: record.place,
    host: record.host.post ? `${record.host.name}（${record.host.post}）` : record.host.name,
    recorder: record.recorder,
    ...(record.noticeDate ? { noticeDate: record.noticeDate } : {}),
    topics: record.topics,
    entitled,
    present,
    ...(quorumMet === undefined ? {} : { quorumMet }),
    results,
  }
}

const PROCEDURE_WORDS: Record<ProcedureKind, string> = { adopt: '制定', amend: '修订', repeal: '废止' }
const REVIEW_WORDS: Record<TownshipReview['outcome'], string> = {
  approved: '审核通过',
  approved_with_changes: '修改后通过',
  returned: '退回修改',
}

function articleList(numbers: readonly number[]): string {
  return numbers.map((n) => formatOrdinal(n)).join('、')
}

export function compactVersionLedgerRows(compact: Compact, procedures: readonly CompactProcedure[]): CompactVersionLedgerRow[] {
  return compact.versions.map((v, i) => {
    // the procedure that adopted this version: same adopting meeting, else the same first day in force
    const p =
      procedures.find((x) => v.meetingId !== undefined && x.votes.some((vote) => vote.meetingId === v.meetingId && vote.passed)) ??
      procedures.find((x) => x.effectiveFrom === v.effectiveFrom && x.adoptedAt !== undefined)
    const review = p?.reviews.at(-1)
    const vote = p?.votes.filter((x) => x.passed).at(-1)
    const until = effectiveUntil(compact, v.id)
    let changes = ''
    if (i > 0) {
      const d = changesOf(compact, v.id)
      changes = [
        d.amended.length ? `修改${articleList(d.amended)}` : '',
        d.added.length ? `新增${articleList(d.added)}` : '',
        d.repealed.length ? `删除${articleList(d.repealed)}` : '',
      ]
        .filter(Boolean)
        .join('，')
    }
    const row: CompactVersionLedgerRow = {
      compactTitle: compact.title,
      version: v.note ?? `${v.effectiveFrom.slice(0, 4)}年${i === 0 ? '制定' : '修订'}`,
      procedure: p ? PROCEDURE_WORDS[p.kind] : i === 0 ? '制定' : '修订',
      effectiveFrom: v.effectiveFrom,
      ...(until ? { effectiveTo: until } : {}),
      articleCount: v.articles.length,
      ...(changes ? { changes } : {}),
      ...(p?.solicitation?.closedOn ? { solicitedUntil: p.solicitation.closedOn } : {}),
      ...(review ? { reviewedOn: review.date, reviewResult: REVIEW_WORDS[review.outcome] } : {}),
      ...((v.adoptedAt ?? p?.adoptedAt) ? { adoptedOn: (v.adoptedAt ?? p?.adoptedAt)! } : {}),
      ...(vote
        ? {
            adoptingBody: BODY_LABELS[vote.body],
            voteResult: vote.present !== undefined ? `实到${vote.present}人，表决通过` : '表决通过',
          }
        : {}),
      ...(p?.publication ? { publishedOn: p.publication.date } : {}),
      ...(p?.filing ? { filedOn: p.filing.date, filingReceipt: p.filing.receiptNumber } : {}),
    }
    return row
  })
}

export function ledgerParties(villagers: readonly Villager[], households: readonly Household[]): Map<string, LedgerParty> {
  const groups = new Map(households.map((h) => [h.id, h.groupName]))
  return new Map(
    villagers.map((v) => [
      v.id,
      {
        name: v.name,
        idNumber: v.idNumber,
        ...(v.phone ? { phone: v.phone } : {}),
        ...(groups.get(v.householdId) ? { groupName: groups.get(v.householdId)! } : {}),
      },
    ]),
  )
}
