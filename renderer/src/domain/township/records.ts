/**
 * 报送包里的记录，乡镇读到的样子 (what the township reads from a village's data/*.json).
 *
 * A bundle's data files are JSON arrays written by the village app (exchange/bundle, FORMAT.md). The
 * township must read bundles from every release of 乡约, so these readers are tolerant on purpose:
 * a field that is missing reads as null and never makes a verified bundle unreadable. Each reader
 * accepts the flat record (the 台账 shape, exchange/ledgers) and, where it differs, the village's own
 * domain record (decisions/model.ts Matter, compact/model.ts CompactVersion, violations/case.ts).
 *
 * Input → output (all pure):
 *   readMatters(value)          data/matters.json         → MatterFact[]
 *     { id, title, decidedOn, result '通过'|'未通过'|'通过（…）' | passed: boolean | decisionResult,
 *       resolutionPublishedOn | disclosures[0].start, state, pdfs: ['<name>.pdf'] }
 *     or a domain Matter { steps: [{ step: 4, date, meetingId, outcome: { passed, quorumMet } }],
 *       disclosures: [{ start, noticeId }], implementation: { noticeId } } — its steps then decide
 *   readMeetings(value)         data/meetings.json        → MeetingFact[]
 *     { id, date | heldOn, body, quorumMet | outcome.quorumMet }
 *   readCompactVersions(value)  data/compactVersions.json → CompactVersionFact[]
 *     { id, version | note, effectiveFrom, adoptedOn | adoptedAt, filedOn | filing.date }
 *   readCompactFilings(value)   data/compact.json         → CompactFiling[] (备案 on the procedures)
 *   readCases(value)            data/violations.json      → CaseFact[]
 *     { id, state (code or Chinese label) | closedOn }
 */

export interface MatterFact {
  /** null when the record has no id: it is then only taken from the newest bundle (summary.ts). */
  id: string | null
  title: string
  /** 'YYYY-MM-DD' of the ④ 村民会议/村民代表会议 that decided it */
  decidedOn: string | null
  /** ④'s result: true 通过, false 未通过, null not decided (yet) */
  passed: boolean | null
  /** 'YYYY-MM-DD' the 决议公开 began */
  resolutionPublishedOn: string | null
  /** the village's 办理状态, as written (code or label) */
  state: string | null
  /** ①–④ meetings of the matter that did not reach quorum (from a domain Matter's steps) */
  quorumFailures: QuorumFailure[]
  /** ids of the notices that carried its 决议公开 / 实施结果公开 (a domain Matter's disclosures) */
  noticeIds: string[]
  /** names of the matter's PDFs in the bundle (pdf/<name>), when the record lists them */
  pdfs: string[]
}

export interface QuorumFailure {
  meetingId: string | null
  date: string | null
}

export interface MeetingFact {
  id: string | null
  date: string | null
  body: string | null
  /** false: 未达到法定到会人数 */
  quorumMet: boolean | null
}

export interface CompactVersionFact {
  id: string | null
  /** e.g. 2024年修订; the 施行日期 when the record names no version */
  version: string
  effectiveFrom: string | null
  adoptedOn: string | null
  /** 报乡镇备案 date */
  filedOn: string | null
}

export interface CaseFact {
  id: string | null
  state: string | null
  open: boolean
}

type Rec = Record<string, unknown>

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

function recordsOf(value: unknown): Rec[] {
  return Array.isArray(value) ? value.filter((r): r is Rec => r !== null && typeof r === 'object' && !Array.isArray(r)) : []
}

function text(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value.trim()
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return null
}

/** A 'YYYY-MM-DD' date, or the date part of an ISO instant; anything else is null. */
function date(value: unknown): string | null {
  const t = text(value)
  if (t === null) return null
  const head = t.slice(0, 10)
  return ISO_DATE.test(head) ? head : null
}

function bool(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null
}

function obj(value: unknown): Rec | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Rec) : null
}

/**
 * '通过' / '未通过' / '不通过' / '否决' in a result sentence (e.g. the bundle's “通过（决议公开中）”).
 * 未通过 is checked first: it contains 通过. 会议无效 / 尚未决议: nothing was decided.
 */
function passedFromText(value: unknown): boolean | null {
  const t = text(value)
  if (t === null) return null
  if (/会议无效|尚未决议|不足法定人数|未达到法定/.test(t)) return null
  if (/未通过|不通过|未获通过|否决/.test(t)) return false
  if (/通过/.test(t)) return true
  return null
}

/** The village's states that mean ④ did not pass (decisions/model.ts: rejected = 未通过). */
const REJECTED_STATES = new Set(['rejected', '未通过'])

export function readMatters(value: unknown): MatterFact[] {
  return recordsOf(value).map((r) => {
    const steps = recordsOf(r.steps)
    const lastDecision = steps.filter((s) => s.step === 4).at(-1)
    const outcome = obj(lastDecision?.outcome)
    const disclosures = recordsOf(r.disclosures)
    const state = text(r.state)
    // A domain Matter's own ④ outcome decides; a ④ without quorum decided nothing (会议无效).
    const fromSteps = outcome !== null && typeof outcome.passed === 'boolean'
    const decided = fromSteps ? outcome.quorumMet !== false : true
    let passed = fromSteps
      ? decided
        ? (outcome.passed as boolean)
        : null
      : (bool(r.passed) ?? passedFromText(r.result) ?? passedFromText(r.decisionResult))
    if (passed === null && decided && state !== null && REJECTED_STATES.has(state)) passed = false
    const implementation = obj(r.implementation)
    return {
      id: text(r.id),
      title: text(r.title) ?? text(r.name) ?? '（无标题）',
      decidedOn: fromSteps ? (decided ? date(lastDecision?.date) : null) : date(r.decidedOn),
      passed,
      resolutionPublishedOn: date(r.resolutionPublishedOn) ?? date(disclosures[0]?.start),
      state,
      quorumFailures: steps
        .filter((s) => obj(s.outcome)?.quorumMet === false)
        .map((s) => ({ meetingId: text(s.meetingId), date: date(s.date) })),
      noticeIds: [...disclosures.map((d) => text(d.noticeId)), text(implementation?.noticeId)].filter((id): id is string => id !== null),
      pdfs: (Array.isArray(r.pdfs) ? r.pdfs : []).flatMap((name) => text(name) ?? []).map((name) => name.replace(/^pdf\//, '')),
    }
  })
}

export function readMeetings(value: unknown): MeetingFact[] {
  return recordsOf(value).map((r) => ({
    id: text(r.id),
    date: date(r.date) ?? date(r.heldOn),
    body: text(r.body),
    quorumMet: bool(r.quorumMet) ?? bool(obj(r.outcome)?.quorumMet) ?? bool(obj(r.evaluation)?.quorumMet),
  }))
}

export function readCompactVersions(value: unknown): CompactVersionFact[] {
  return recordsOf(value).map((r) => {
    const effectiveFrom = date(r.effectiveFrom)
    return {
      id: text(r.id),
      version: text(r.version) ?? text(r.note) ?? (effectiveFrom ? `${effectiveFrom}施行` : '（未注明版本）'),
      effectiveFrom,
      adoptedOn: date(r.adoptedOn) ?? date(r.adoptedAt),
      filedOn: date(r.filedOn) ?? date(obj(r.filing)?.date),
    }
  })
}

export interface CompactFiling {
  effectiveFrom: string | null
  adoptedOn: string | null
  filedOn: string
}

/**
 * data/compact.json: [{ id, title, procedures: [{ effectiveFrom, adoptedAt, filing: { date } }] }]
 * (compact/procedure.ts): a version's 备案 is recorded on the procedure that adopted it.
 */
export function readCompactFilings(value: unknown): CompactFiling[] {
  return recordsOf(value).flatMap((c) =>
    recordsOf(c.procedures).flatMap((p) => {
      const filedOn = date(obj(p.filing)?.date)
      return filedOn === null ? [] : [{ effectiveFrom: date(p.effectiveFrom), adoptedOn: date(p.adoptedAt), filedOn }]
    }),
  )
}

/** violations/case.ts: 'closed' (已结案) is the only end state; a case with a 结案 date is closed too. */
const CLOSED_STATES = new Set(['closed', '已结案'])

export function readCases(value: unknown): CaseFact[] {
  return recordsOf(value).map((r) => {
    const state = text(r.state) ?? text(r.status)
    const closed = (state !== null && CLOSED_STATES.has(state)) || date(r.closedOn) !== null || r.closed === true
    return { id: text(r.id), state, open: !closed }
  })
}
