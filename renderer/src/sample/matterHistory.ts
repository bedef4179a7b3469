/**
 * 示例四议两公开历史: a deterministic (seeded) history of the sample village's major matters over
 * 10 years — about 500 matters and 2,000 meetings for the large village, fewer for the small — for
 * training, demos and the bench (matters_list_ms, register_form_pdf_ms).
 *
 *   sampleMatterHistory({ villagers, households, today, village, count?, years?, seed? })
 *     → Promise<{ villagers, matters, meetings, notices }> (villagers: with their earlier terms)
 *   withEarlierTerms(villagers, terms) → the villagers with the two terms before the current one
 *
 * Every meeting is what the app records (domain/meetings/buildMeeting.ts): the roster built from the
 * registry ON ITS DATE and frozen, attendance marks, the vote reconciled and judged by the law
 * (evaluateVote) — so failures come from the law, not from a flag: a 党员大会 without its quorum,
 * a ③ sent back to ② and held again, a ④ that missed 三分之二 of all members on a collective matter
 * (未通过), matters dropped. Each step is taken by the real lifecycle (domain/decisions/lifecycle.ts)
 * and each ⑤/⑥ notice by the notices lifecycle (draft → issued → posted → 公示中 → objections
 * answered → ended → archived); a refusal is a bug in this generator and throws. Sample notices
 * have no stored PDF: their pdfSha256 is the hash of their text, marked as the sample's.
 *
 * Nothing is dated after `today`: a matter whose next step would fall later stays where it is
 * (the last months hold matters at every step).
 *
 * The sample registry knows only the current term of the 两委 and the 村民代表 (from 2026-03-20).
 * withEarlierTerms gives the same people the two five-year terms before it — re-election is the
 * rule in a village — where they were adults and on the register at the term's start, so a meeting
 * of 2018 has its committee. Pure and deterministic: the only randomness is sample/random.ts.
 */
import { monotonicFactory } from 'ulid'
import type { HouseholdRow, MatterRow, MeetingRow, NoticeRow, VillagerRow } from '@/db/rows'
import { buildMeeting } from '@/domain/meetings/buildMeeting'
import { addDays, dayNumber, fromDayNumber, formatIsoDate, requireIsoDate } from '@/domain/calendar/calendar'
import {
  closeMatter,
  createMatter,
  dropMatter,
  endDisclosure,
  recordConsultation,
  recordImplementation,
  recordProposal,
  recordResolution,
  recordReview,
  startDisclosure,
  startResultsDisclosure,
} from '@/domain/decisions/lifecycle'
import type { Matter, MotionSource } from '@/domain/decisions/model'
import { resolutionNoticeContent, resultsNoticeContent } from '@/domain/decisions/notices'
import { sha256OfText } from '@/domain/evidence/hash'
import type { AttendanceMark } from '@/domain/meetings/attendance'
import { buildRoster, type FrozenRoster } from '@/domain/meetings/roster'
import type { VoteMethod } from '@/domain/meetings/counts'
import type { MatterTag } from '@/domain/meetings/matters'
import { isArt24Item } from '@/domain/meetings/matters'
import {
  archiveNotice,
  createDraft,
  endPublicizing,
  issueNotice,
  postNotice,
  recordObjection,
  replyObjection,
  startPublicizing,
} from '@/domain/notices/lifecycle'
import type { Notice } from '@/domain/notices/model'
import { periodEnd } from '@/domain/notices/period'
import { dateReachingAge, isAtLeastAge } from '@/domain/calendar/age'
import { readIdFacts } from '@/domain/people/idNumber'
import type { RoleAssignment } from '@/domain/people/model'
import { NATIONAL_PROFILE } from '@/domain/rules/national'
import type { BodyKind } from '@/domain/rules/profile'
import { seededRandom, type Random } from './random'

export interface MatterHistoryInput {
  villagers: readonly VillagerRow[]
  households: readonly HouseholdRow[]
  /** The sample's “today”: nothing is dated after it. */
  today: string
  village: { committeeName: string; supervisionPhone: string }
  /** Matters over the whole history (default: 500 for 3,000+ households, else 60). */
  count?: number
  years?: number
  seed?: number
}

export interface MatterHistory {
  /** The registry the history was held against: the input's villagers with their earlier terms. */
  villagers: VillagerRow[]
  matters: MatterRow[]
  meetings: MeetingRow[]
  notices: NoticeRow[]
}

/** What a village decides, with the Art. 24 items or collective tags it touches. */
const SUBJECTS: readonly (readonly [string, readonly MatterTag[], MotionSource])[] = [
  ['硬化村内道路', ['art24_3'], '党员群众建议'],
  ['修建村文化广场', ['art24_3'], '村干部提议'],
  ['安装村内路灯', ['art24_3'], '党员群众建议'],
  ['整修村小学围墙', ['art24_3'], '党员群众建议'],
  ['改造村内排水沟渠', ['art24_3'], '上级党委政府安排'],
  ['人居环境整治（垃圾清运）', ['art24_3'], '上级党委政府安排'],
  ['建设村卫生室', ['art24_3'], '上级党委政府安排'],
  ['发包村集体鱼塘', ['art24_5', 'collective_property'], '村干部提议'],
  ['建设村集体光伏电站', ['art24_5'], '上级党委政府安排'],
  ['出租村集体闲置厂房', ['art24_8', 'collective_property'], '村干部提议'],
  ['村集体经济收益分配', ['art24_2', '收益分配'], '党员群众建议'],
  ['征地补偿款分配方案', ['art24_7'], '上级党委政府安排'],
  ['宅基地使用方案', ['art24_6'], '党员群众建议'],
  ['调整村干部误工补贴标准', ['art24_1'], '上级党委政府安排'],
  ['新增机动地承包方案', ['art24_4'], '村干部提议'],
  ['困难群众临时救助', [], '党员群众建议'],
  ['修订村规民约', ['village_compact'], '村干部提议'],
  ['农田水利设施维修', ['art24_3'], '党员群众建议'],
]

const PLACE = '村委会会议室'
const STEP_BODY: Record<1 | 2 | 3, BodyKind> = { 1: 'party_committee', 2: 'joint_committees', 3: 'party_assembly' }
const CONTENT: Record<1 | 2 | 3 | 4, string> = {
  1: '村党组织研究提出',
  2: '村“两委”联席会议商议，形成初步方案',
  3: '党员大会审议初步方案',
  4: '表决通过实施方案',
}

/**
 * The terms before the current one: two of five years (the 2018 amendment made terms five years),
 * and a three-year one before them, so ten years of history are covered whatever today is in 2026.
 */
export const EARLIER_TERMS: readonly { start: string; end: string }[] = [
  { start: '2013-03-20', end: '2016-03-19' },
  { start: '2016-03-20', end: '2021-03-19' },
  { start: '2021-03-20', end: '2026-03-19' },
]

/** The current term's 两委, 监委会 and 村民代表 also held the terms before, where they could. */
export function withEarlierTerms(villagers: readonly VillagerRow[], terms = EARLIER_TERMS): VillagerRow[] {
  return villagers.map((v) => {
    const current = v.roles.filter(
      (r): r is Extract<RoleAssignment, { termStart: string }> =>
        (r.kind === 'committee' || r.kind === 'representative' || r.kind === 'supervision') && r.termStart >= '2026-01-01',
    )
    if (current.length === 0) return v
    const earlier: RoleAssignment[] = []
    for (const t of terms) {
      const birth = readIdFacts(v.idNumber)?.birthDate
      const adult = birth !== undefined && isAtLeastAge(birth, t.start, 18)
      const registered = v.statusHistory.some((s) => s.status === '在册' && s.from <= t.start)
      if (!adult || !registered) continue
      for (const r of current) earlier.push({ ...r, termStart: t.start, termEnd: t.end } as RoleAssignment)
    }
    return earlier.length ? { ...v, roles: [...earlier, ...v.roles] } : v
  })
}

interface Context {
  random: Random
  id: () => string
  /** Those holding any role. */
  office: readonly VillagerRow[]
  /**
   * Those a body's roster can hold or exclude: the Party bodies' are in the Party or the 两委, the
   * 村民代表会议's on the 村民委员会, the representatives or the 监委会 (列席). A roster built
   * from them is the one built from the whole register, ten times faster.
   */
  officeFor: (body: BodyKind) => readonly VillagerRow[]
  rosters: ReturnType<typeof rosterCache>
  villagers: readonly VillagerRow[]
  households: readonly HouseholdRow[]
  today: string
  village: MatterHistoryInput['village']
  out: MatterHistory
}

const stamp = (date: string, hour = 9) => `${date}T${String(hour - 8 + 100).slice(1)}:00:00.000Z`

/** One meeting of a step, recorded as the app records it; returns the evaluation's vote. */
function holdMeeting(ctx: Context, matter: Matter, step: 1 | 2 | 3 | 4, body: BodyKind, date: string, plan: 'pass' | 'fail') {
  const { random } = ctx
  const villagersMeeting = body === 'villagers_meeting'
  const registry = { villagers: villagersMeeting ? ctx.villagers : ctx.officeFor(body), households: ctx.households }
  const id = ctx.id()
  const attendance: Record<string, AttendanceMark> = {}
  const householdsPresent: Record<string, string> = {}
  // attendance: nearly all of a small body; 70–95% of an assembly; households by their first adult
  const rate = body === 'party_committee' || body === 'joint_committees' ? 0.95 : plan === 'fail' && random.chance(0.4) ? 0.4 : 0.85
  const draft = buildMeetingRoster(ctx, body, date, registry)
  if (draft.mode === 'household') {
    for (const h of draft.households) if (random.chance(rate)) householdsPresent[h.householdId] = h.memberIds[0]!
  } else {
    for (const m of draft.members) if (random.chance(rate)) attendance[m.villagerId] = { status: random.chance(0.05) ? '请假' : '到会' }
  }
  const present =
    draft.mode === 'household' ? Object.keys(householdsPresent).length : Object.values(attendance).filter((a) => a.status === '到会').length
  const entitled = draft.mode === 'household' ? draft.households.length : draft.members.length
  // for: most of those present; a planned failure falls short of a majority of all
  const yes =
    plan === 'pass' ? present - random.int(0, Math.floor(present / 10)) : Math.min(present, Math.floor(entitled / 2) - random.int(0, 2))
  const against = Math.max(0, Math.min(present - Math.max(yes, 0), random.int(0, 3)))
  const method: VoteMethod =
    step === 4
      ? random.weighted<VoteMethod>([
          ['show_of_hands', 6],
          ['paper_totals', 2],
          ['secret_ballot', 1],
        ])
      : 'show_of_hands'
  const paper = method !== 'show_of_hands'
  const votes = { yes: Math.max(0, yes), no: against, abstain: Math.max(0, present - Math.max(0, yes) - against) }
  const art24AtReps = step === 4 && body === 'representatives_meeting' && matter.tags.some((t) => isArt24Item(t))
  const year = Number(date.slice(0, 4))
  const authYear = date.slice(5) >= '01-10' ? year : year - 1
  const { record, evaluation } = buildMeeting(
    {
      body,
      ...(villagersMeeting ? { mode: draft.mode === 'household' ? 'household' : 'individual' } : {}),
      date,
      time: '09:00',
      place: PLACE,
      form: '现场会议',
      host: { name: draft.host, post: '村党组织书记' },
      recorder: draft.recorder,
      ...(villagersMeeting ? { noticeDate: addDays(date, -12) } : {}),
      attendance,
      ...(draft.mode === 'household' ? { householdsPresent } : {}),
      vote: {
        motion: `关于${matter.title}的议题`,
        method,
        totals: paper ? { ...votes, invalid: 0, cast: votes.yes + votes.no + votes.abstain } : votes,
        ...(method === 'secret_ballot' ? { scrutineers: { monitors: [draft.recorder], counters: [draft.host] } } : {}),
      },
      ...(art24AtReps ? { authorisation: { date: `${authYear}-01-10`, meeting: `${authYear}年1月10日村民会议` } } : {}),
    },
    registry,
    {
      id,
      who: '李秀英',
      now: stamp(date, 17),
      tags: matter.tags,
      role: step === 4 ? 'decide' : 'deliberate',
      profile: NATIONAL_PROFILE,
      roster: draft.roster,
    },
  )
  const row: MeetingRow = { ...record, matterId: matter.id, step, createdAt: stamp(date, 17), updatedAt: stamp(date, 17) }
  ctx.out.meetings.push(row)
  return {
    meetingId: id,
    date,
    form: record.form,
    place: PLACE,
    content: `${CONTENT[step]}${matter.title}`,
    township: step === 4 && random.chance(0.3) ? [{ name: '镇包村干部', post: '镇党委委员' }] : [],
    evaluation: evaluation.votes[0]!,
  }
}

/** The roster the meeting freezes, built once (buildMeeting takes it), and who chairs and minutes it. */
function buildMeetingRoster(
  ctx: Context,
  body: BodyKind,
  date: string,
  registry: { villagers: readonly VillagerRow[]; households: readonly HouseholdRow[] },
) {
  const household = body === 'villagers_meeting'
  const build = () =>
    buildRoster({
      body,
      meetingDate: date,
      villagers: registry.villagers,
      households: registry.households,
      ...(household ? { mode: 'household' as const } : {}),
    })
  // the 村民会议 counts ages, which change every day for someone: built afresh
  const roster = household ? build() : ctx.rosters.get(body, date, build)
  const secretary = ctx.office.find((v) =>
    v.roles.some(
      (r) =>
        r.kind === 'committee' && r.body === '村党组织' && r.post === '书记' && r.termStart <= date && (!r.termEnd || r.termEnd >= date),
    ),
  )
  return {
    roster,
    mode: roster.mode,
    members: roster.members,
    households: roster.households,
    host: secretary?.name ?? '村党组织书记',
    recorder: '李秀英',
  }
}

/**
 * A body's roster only changes on a day when someone's standing changes: a term, a Party stage or
 * a status begins or ends, or someone turns 18. Between two such days it is the same roster (but
 * for its date), so it is built once per stretch. rosterCache(villagers) → { get(body, date, build) }.
 * matterHistory.test.ts checks the cached roster against a fresh build on many dates.
 */
export function rosterCache(villagers: readonly VillagerRow[]) {
  const days = new Set<string>()
  const add = (d: unknown) => {
    if (typeof d !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(d)) return
    days.add(d)
    days.add(addDays(d, 1))
  }
  for (const v of villagers) {
    for (const r of v.roles) for (const value of Object.values(r)) add(value)
    for (const e of v.statusHistory) add(e.from)
    const birth = readIdFacts(v.idNumber)?.birthDate
    if (birth) add(dateReachingAge(birth, 18))
  }
  const bounds = [...days].sort()
  /** Index of the last boundary on or before the date (-1 before the first). */
  const stretch = (date: string) => {
    let lo = 0
    let hi = bounds.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (bounds[mid]! <= date) lo = mid + 1
      else hi = mid
    }
    return lo - 1
  }
  const cache = new Map<string, FrozenRoster>()
  return {
    get(body: BodyKind, date: string, build: () => FrozenRoster): FrozenRoster {
      const key = `${body}|${stretch(date)}`
      const hit = cache.get(key)
      if (hit) return { ...hit, meetingDate: date }
      const built = build()
      cache.set(key, built)
      return built
    },
  }
}

const large = (ctx: Context) => ctx.households.length >= 1000

async function notice(ctx: Context, kind: 'resolution' | 'result', matter: Matter, start: string): Promise<Notice> {
  const { random } = ctx
  const opts = {
    issuer: ctx.village.committeeName,
    dateSigned: start,
    start,
    objectionChannel: { phone: ctx.village.supervisionPhone, supervisionBody: '村务监督委员会' },
    profile: NATIONAL_PROFILE,
  }
  const id = ctx.id()
  const content = kind === 'resolution' ? resolutionNoticeContent(matter, opts) : resultsNoticeContent(matter, opts)
  let n = createDraft(content, { id, now: stamp(start, 8) })
  // sample: no PDF is stored; the hash is of the notice's own text, so it is never mistaken for a real file's
  n = await issueNotice(n, { now: stamp(start, 9), pdfSha256: sha256OfText(`示例数据：${n.title}：${n.body}`) })
  n = await postNotice(n, { date: start, place: '村务公开栏' }, stamp(start, 10))
  n = await startPublicizing(n, start, stamp(start, 10))
  const end = periodEnd(n.period)
  if (kind === 'resolution' && random.chance(0.15) && addDays(start, 1) <= ctx.today) {
    const on = addDays(start, 1) // inside the 公示期
    n = recordObjection(n, { id: `${id}-o1`, date: on, who: '村民', content: '请公开预算明细' }, stamp(on, 10))
    n = replyObjection(n, `${id}-o1`, { date: on, text: '预算明细已在公开栏张贴', by: '李秀英' }, stamp(on, 15))
  }
  const after = addDays(end, 1)
  if (after <= ctx.today) {
    n = endPublicizing(n, { today: after, result: n.objections.length ? '异议已答复' : '公示期内无异议', now: stamp(after, 9) })
    n = archiveNotice(n, stamp(after, 10))
  }
  ctx.out.notices.push(n)
  return n
}

/** One matter from ① as far as `today` allows. */
async function runMatter(ctx: Context, first: string): Promise<void> {
  const { random } = ctx
  const [title, tags, source] = random.pick(SUBJECTS)
  const year = first.slice(0, 4)
  let m: Matter = createMatter({ id: ctx.id(), title: `${year}年${title}`, motionSource: source, tags }, stamp(first, 8))
  const profile = NATIONAL_PROFILE
  let date = first
  const next = (min: number, max: number): void => {
    date = addDays(date, random.int(min, max))
  }
  const due = () => date <= ctx.today
  const save = (): void => {
    ctx.out.matters.push(m)
  }

  m = recordProposal(m, holdMeeting(ctx, m, 1, STEP_BODY[1], date, 'pass'), { now: stamp(date, 17), profile })
  for (let round = 0; m.state === 'consulting' || m.state === 'reviewing'; round++) {
    next(2, 6)
    if (!due()) return save()
    if (m.state === 'consulting') {
      m = recordConsultation(m, holdMeeting(ctx, m, 2, STEP_BODY[2], date, 'pass'), { now: stamp(date, 17) })
      continue
    }
    const fail = round < 3 && random.chance(0.08)
    const onFailure = random.chance(0.7) ? 'revise' : 'drop'
    m = recordReview(m, holdMeeting(ctx, m, 3, STEP_BODY[3], date, fail ? 'fail' : 'pass'), { now: stamp(date, 17), onFailure })
    if (m.state === 'consulting' && round >= 3) m = dropMatter(m, '多次审议未通过，撤销该事项', { now: stamp(date, 18) })
  }
  if (m.state === 'dropped') return save()
  if (m.state !== 'resolving') return save()
  next(3, 10)
  if (!due()) return save()
  // ④: most matters at the 村民代表会议; a few at a 村民会议 of the households (one a year in the large village)
  const body: BodyKind = random.chance(large(ctx) ? 0.01 : 0.1) ? 'villagers_meeting' : 'representatives_meeting'
  m = recordResolution(m, holdMeeting(ctx, m, 4, body, date, random.chance(0.08) ? 'fail' : 'pass'), { now: stamp(date, 17) })
  if (m.state !== 'disclosing') return save()

  // ⑤ 决议公开, 7 days from the profile
  next(1, 3)
  if (!due()) return save()
  const resolution = await notice(ctx, 'resolution', m, date)
  m = startDisclosure(m, { noticeId: resolution.id, start: date }, { now: stamp(date, 10), profile })
  const over = addDays(m.disclosures.at(-1)!.end, 1)
  if (over > ctx.today) return save()
  date = over
  m = endDisclosure(m, { notice: resolution, today: date }, { now: stamp(date, 9) })

  // ⑥ 实施 and 实施结果公开
  next(20, 150)
  if (!due()) return save()
  const cost = random.int(2, 80) * 5000
  m = recordImplementation(
    m,
    { cost, progress: '已完工', acceptance: { date, by: '村务监督委员会', result: '验收合格' } },
    { now: stamp(date, 16) },
  )
  next(1, 5)
  if (!due()) return save()
  const result = await notice(ctx, 'result', m, date)
  m = startResultsDisclosure(m, { noticeId: result.id, start: date }, { now: stamp(date, 10), profile })
  const closed = addDays(m.implementation!.end!, 1)
  if (closed <= ctx.today) m = closeMatter(m, { today: closed }, { now: stamp(closed, 9) })
  save()
}

export async function sampleMatterHistory(input: MatterHistoryInput): Promise<MatterHistory> {
  const random = seededRandom(input.seed ?? 20261201)
  const large = input.households.length >= 1000
  const count = input.count ?? (large ? 500 : 60)
  const years = input.years ?? 10
  const today = input.today
  const last = dayNumber(requireIsoDate(today)) - 3
  const firstDay = last - years * 365
  const ulid = monotonicFactory(() => random.next())
  const base = dayNumber(requireIsoDate('2016-01-01'))
  const villagers = withEarlierTerms(input.villagers)
  const office = villagers.filter((v) => v.roles.length > 0)
  const party = office.filter((v) => v.roles.some((r) => r.kind === 'party_member' || r.kind === 'committee'))
  const civic = office.filter((v) => v.roles.some((r) => r.kind === 'representative' || r.kind === 'committee' || r.kind === 'supervision'))
  const ctx: Context = {
    random,
    id: () => ulid(base * 86_400_000),
    office,
    officeFor: (body) => (body === 'representatives_meeting' ? civic : party),
    rosters: rosterCache(office),
    villagers,
    households: input.households,
    today,
    village: input.village,
    out: { villagers, matters: [], meetings: [], notices: [] },
  }
  // the last months carry more matters on their way (a matter takes weeks to months)
  const starts = Array.from({ length: count }, () => formatIsoDate(fromDayNumber(random.int(firstDay, last)))).sort()
  for (const start of starts) await runMatter(ctx, start)
  return ctx.out
}
