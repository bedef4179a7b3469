/**
 * 人数与票数 (the counts of a meeting and a vote), read from plain input and checked.
 *
 * Every count is a whole number ≥ 0. They must fit together: 实到 ≤ 应到; 到会户 ≤ 应到户;
 * 同意 + 反对 + 弃权 + 废票 = 投票数 ≤ 实到 (those with a vote). A paper count that does not add up
 * may be accepted only with a note and a photo of the tally sheet (the count stands as entered,
 * with a warning); votes beyond those present are never accepted.
 */
import { CIVIL_CODE_1259, type LegalCitation } from '@/domain/law/citations'
import type { Finding } from '@/domain/law/findings'

export interface VoteCounts {
  /** 应到: those on the roster with a vote. 党员大会: 正式党员 (预备党员 have no vote). */
  entitled: number
  /** 实到: those with a vote who came, valid written proxies included. */
  present: number
  /** 同意 */
  yes: number
  /** 反对 (default 0) */
  no?: number
  /** 弃权 (default 0) */
  abstain?: number
  /** 废票 (paper ballots only; default 0) */
  invalid?: number
  /** 投票数 / 收回选票数; default yes + no + abstain + invalid. */
  cast?: number
  /** 应到会有表决权的人数, when it differs from `entitled`; default `entitled`. */
  entitledVoters?: number
  /** 应到户 (household mode). */
  entitledHouseholds?: number
  /** 到会户 (household mode); `present` defaults to it there. */
  presentHouseholds?: number
  /** 预备党员到会: attend without a vote, never counted. */
  probationaryPresent?: number
  /** 列席: never counted. */
  observers?: number
  /** Of `present`, how many stand by written proxy (委托). */
  proxies?: number
}

export type CountField = keyof VoteCounts

/** 表决方式: 举手, 纸质票计总数, 逐人唱名（小型会议）, 无记名投票（由监票人、计票人计票）. */
export type VoteMethod = 'show_of_hands' | 'paper_totals' | 'roll_call' | 'secret_ballot'

export const VOTE_METHOD_LABELS: Record<VoteMethod, string> = {
  show_of_hands: '举手表决',
  paper_totals: '纸质表决票',
  roll_call: '逐人表决',
  secret_ballot: '无记名投票',
}

/** Paper ballots may have 废票, and a count that does not add up may be accepted with a note and photo. */
export function isPaperMethod(method: VoteMethod | undefined): boolean {
  return method === 'paper_totals' || method === 'secret_ballot'
}

export const COUNT_LABELS: Record<CountField, string> = {
  entitled: '应到人数',
  present: '实到人数',
  yes: '同意票',
  no: '反对票',
  abstain: '弃权票',
  invalid: '废票',
  cast: '投票数',
  entitledVoters: '应到会有表决权的人数',
  entitledHouseholds: '应到户数',
  presentHouseholds: '到会户数',
  probationaryPresent: '到会预备党员人数',
  observers: '列席人数',
  proxies: '委托人数',
}

/** The counts after defaults, all numbers. */
export type ResolvedCounts = Required<VoteCounts>

export interface TallyAcceptance {
  /** Paper counts only: why the totals do not add up. */
  note?: string
  /** Paper counts only: a reference to the photo of the tally sheet (计票单). */
  tallySheetPhoto?: string
}

function isCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0
}

function error(code: string, message: string, citation: LegalCitation, field?: string): Finding {
  return field ? { level: 'error', code, message, citation, field } : { level: 'error', code, message, citation }
}

/**
 * Read counts from plain input. Missing essentials (应到, 实到, 同意) are errors; an optional count
 * that is absent takes its default; a count that is not a whole number ≥ 0 is an error and read as 0.
 */
export function resolveCounts(
  raw: Partial<Record<CountField, unknown>>,
  householdMode: boolean,
  citation: LegalCitation,
): { counts: ResolvedCounts; findings: Finding[] } {
  const findings: Finding[] = []
  const read = (field: CountField, essential: boolean): number | undefined => {
    const v = raw[field]
    if (v === undefined || v === null) {
      if (essential) findings.push(error('count_missing', `请填写${COUNT_LABELS[field]}`, citation, field))
      return undefined
    }
    if (!isCount(v)) {
      findings.push(error('invalid_count', `${COUNT_LABELS[field]}应为不小于0的整数，现为“${String(v)}”`, CIVIL_CODE_1259, field))
      return 0
    }
    return v
  }
  const householdsRaw = read('entitledHouseholds', false)
  const presentHouseholdsRaw = read('presentHouseholds', false)
  const presentRaw = read('present', !householdMode)
  const entitledRaw = read('entitled', !householdMode)
  // The household form counts households; given only persons, read them as households (each
  // household sends one representative), and say so.
  const households = (own: number | undefined, persons: number | undefined, field: 'entitledHouseholds' | 'presentHouseholds'): number => {
    if (own !== undefined || !householdMode) return own ?? 0
    if (persons === undefined) {
      findings.push(error('count_missing', `请填写${COUNT_LABELS[field]}`, citation, field))
      return 0
    }
    const from = field === 'entitledHouseholds' ? '应到' : '实到'
    findings.push({
      level: 'warning',
      code: 'households_assumed',
      message: `按户召开但未填写${COUNT_LABELS[field]}，按${from}${persons}人即${persons}户计算`,
      citation,
      field,
    })
    return persons
  }
  const entitledHouseholds = households(householdsRaw, entitledRaw, 'entitledHouseholds')
  const presentHouseholds = households(presentHouseholdsRaw, presentRaw, 'presentHouseholds')
  // In the household form each household sends one representative: those present are the households present.
  const present = presentRaw ?? (householdMode ? presentHouseholds : 0)
  const entitled = entitledRaw ?? (householdMode ? entitledHouseholds : 0)
  const yes = read('yes', true) ?? 0
  const no = read('no', false) ?? 0
  const abstain = read('abstain', false) ?? 0
  const invalid = read('invalid', false) ?? 0
  const cast = read('cast', false) ?? yes + no + abstain + invalid
  const counts: ResolvedCounts = {
    entitled,
    present,
    yes,
    no,
    abstain,
    invalid,
    cast,
    entitledVoters: read('entitledVoters', false) ?? entitled,
    entitledHouseholds,
    presentHouseholds,
    probationaryPresent: read('probationaryPresent', false) ?? 0,
    observers: read('observers', false) ?? 0,
    proxies: read('proxies', false) ?? 0,
  }
  return { counts, findings }
}

/** 实到 ≤ 应到, 到会户 ≤ 应到户, 委托 ≤ 实到. */
export function checkAttendanceCounts(c: ResolvedCounts, householdMode: boolean, citation: LegalCitation): Finding[] {
  const out: Finding[] = []
  if (c.present > c.entitled) {
    out.push(
      error(
        'present_exceeds_entitled',
        `实到${c.present}人，多于应到${c.entitled}人：列席人员和无表决权的人员不计入实到人数，请核对`,
        citation,
        'present',
      ),
    )
  }
  if (c.entitledVoters > c.entitled) {
    out.push(
      error('voters_exceed_entitled', `应到会有表决权的${c.entitledVoters}人，多于应到${c.entitled}人，请核对`, citation, 'entitledVoters'),
    )
  }
  if (householdMode && c.presentHouseholds > c.entitledHouseholds) {
    out.push(
      error(
        'present_households_exceed',
        `到会${c.presentHouseholds}户，多于应到${c.entitledHouseholds}户，请核对`,
        citation,
        'presentHouseholds',
      ),
    )
  }
  if (c.proxies > c.present) {
    out.push(
      error('proxies_exceed_present', `委托${c.proxies}人，多于实到${c.present}人：委托参加的人数包含在实到人数中`, citation, 'proxies'),
    )
  }
  return out
}

/**
 * Reconcile the vote: 同意 + 反对 + 弃权 + 废票 = 投票数 ≤ 实到. A mismatch of the sum against the
 * ballots cast is refused at the field, unless the count is on paper and comes with a note and a
 * photo of the tally sheet; then it stands, with a warning.
 */
export function reconcileTotals(
  c: Pick<ResolvedCounts, 'yes' | 'no' | 'abstain' | 'invalid' | 'cast' | 'present'>,
  paper: boolean,
  acceptance: TallyAcceptance,
  citation: LegalCitation,
): Finding[] {
  const out: Finding[] = []
  const sum = c.yes + c.no + c.abstain + c.invalid
  const parts = `同意${c.yes}、反对${c.no}、弃权${c.abstain}${paper ? `、废票${c.invalid}` : ''}，合计${sum}`
  if (!paper && c.invalid > 0) {
    out.push(error('invalid_without_ballots', `举手或口头表决没有废票，废票应为0，现为${c.invalid}`, citation, 'invalid'))
  }
  if (sum > c.present) {
    out.push(error('votes_exceed_present', `${parts}票，多于到会有表决权的${c.present}人`, citation, 'yes'))
  }
  if (c.cast > c.present && c.cast !== sum) {
    out.push(error('cast_exceeds_present', `投票数${c.cast}，多于到会有表决权的${c.present}人`, citation, 'cast'))
  }
  if (sum !== c.cast) {
    const note = acceptance.note?.trim()
    const photo = acceptance.tallySheetPhoto?.trim()
    if (paper && note && photo) {
      out.push({
        level: 'warning',
        code: 'tally_mismatch_accepted',
        message: `${parts}票，与投票数${c.cast}不符；已按说明接受：${note}（计票单照片：${photo}）`,
        citation,
        field: 'cast',
      })
    } else {
      const how = paper ? '；纸质计票确有差异的，须填写说明并附计票单照片方可接受' : ''
      out.push(error('tally_mismatch', `${parts}票，与投票数${c.cast}不符，请核对${how}`, citation, 'cast'))
    }
  }
  return out
}
