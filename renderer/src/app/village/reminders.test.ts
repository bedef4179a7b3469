// testContext first: it installs fake-indexeddb before Dexie is loaded
import { useTestContexts } from '../testContext'
import { describe, expect, it } from 'vitest'
import type { CaseRow } from '@/db/rows'
import { addDays } from '@/domain/calendar/calendar'
import type { Matter } from '@/domain/decisions/model'
import type { Benefit } from '@/domain/violations/benefits'
import { importCompactText, previewCompactText } from '../compact/importCompact'
import { createMatter } from '../decisions/createMatter'
import { publishResolution } from '../decisions/disclosure'
import { recordMeeting } from '../meetings/recordMeeting'
import { recordStandaloneMeeting } from '../meetings/recordStandaloneMeeting'
import { meetingInput, seedVillage } from '../meetings/testRegistry'
import { assessCase, decideCase, notifyCase, recordNoStatement, reportCase, requireRectification } from '../violations/caseSteps'
import { mattersDue } from '@/domain/decisions/due'
import { MATTER_STATE_LABELS, type MatterState } from '@/domain/decisions/model'
import { shownOnHome } from './homeCard'
import { homeReminders, REMINDING_MATTER_STATES } from './reminders'

const context = useTestContexts('app-village-reminders')

/** Beijing 10:00 on `date` (02:00 UTC): the same calendar day in both zones. */
const at = (date: string) => `${date}T02:00:00.000Z`

const codes = (rs: Awaited<ReturnType<typeof homeReminders>>) => rs.map((r) => r.key)

describe('homeReminders: 村民代表会议 each quarter (组织法 Art. 26)', () => {
  it('reminds when none was held this quarter, and not once one is recorded in it', async () => {
    const ctx = context(at('2026-03-01'))
    await seedVillage(ctx)
    const quarterly = (await homeReminders(ctx)).find((r) => r.key === 'meeting:quarterly_representatives_meeting')
    expect(quarterly).toMatchObject({ area: '会议', level: 'warning', message: '本季度尚未召开村民代表会议', to: '/decisions' })
    expect(quarterly!.detail).toContain('2026年第1季度，至2026年3月31日止')

    await recordStandaloneMeeting(ctx, meetingInput('representatives_meeting', '2026-01-01', ['A', 'C'], 2, '年度工作安排'))
    expect(codes(await homeReminders(ctx))).not.toContain('meeting:quarterly_representatives_meeting')
  })

  it('a first start (nobody registered yet) is calm: no meeting reminders', async () => {
    const ctx = context(at('2026-03-01'))
    expect(await homeReminders(ctx)).toEqual([])
  })

  it('a meeting of the last quarter does not count for this one (the first day of a quarter)', async () => {
    const ctx = context(at('2026-03-31'))
    await seedVillage(ctx)
    await recordStandaloneMeeting(ctx, meetingInput('representatives_meeting', '2026-03-31', ['A', 'C'], 2, '一季度工作'))
    expect(codes(await homeReminders(ctx))).not.toContain('meeting:quarterly_representatives_meeting')
    ctx.clock.set(at('2026-04-01'))
    expect(codes(await homeReminders(ctx))).toContain('meeting:quarterly_representatives_meeting')
  })

  it('the yearly 村民会议 reminder carries the label the source gives it, until one is held', async () => {
    const ctx = context(at('2026-03-01'))
    await seedVillage(ctx)
    const yearly = (await homeReminders(ctx)).find((r) => r.key === 'meeting:yearly_villagers_meeting')
    expect(yearly).toMatchObject({ level: 'info', message: '本年度尚未召开村民会议', label: '2025修正草案，待核' })
    await recordStandaloneMeeting(ctx, meetingInput('villagers_meeting', '2026-02-10', ['A', 'B', 'C', 'D', 'E'], 4, '年度工作报告'))
    expect(codes(await homeReminders(ctx))).not.toContain('meeting:yearly_villagers_meeting')
  })
})

describe('homeReminders: which meetings count (read from the indexes alone)', () => {
  it('a meeting of another body in the quarter does not stand in for the 村民代表会议', async () => {
    const ctx = context(at('2026-03-01'))
    await seedVillage(ctx)
    await recordStandaloneMeeting(ctx, meetingInput('joint_committees', '2026-02-01', ['A', 'B', 'C'], 3, '两委联席'))
    await recordStandaloneMeeting(ctx, meetingInput('party_committee', '2026-02-02', ['A', 'B', 'C'], 3, '支委会'))
    expect(codes(await homeReminders(ctx))).toContain('meeting:quarterly_representatives_meeting')
    await recordStandaloneMeeting(ctx, meetingInput('representatives_meeting', '2026-02-03', ['A', 'C'], 2, '代表会议'))
    expect(codes(await homeReminders(ctx))).not.toContain('meeting:quarterly_representatives_meeting')
  })

  it('meetings of last year count neither for this quarter nor for this year (the first days of January)', async () => {
    const ctx = context(at('2025-12-31'))
    await seedVillage(ctx)
    await recordStandaloneMeeting(ctx, meetingInput('representatives_meeting', '2025-12-31', ['A', 'C'], 2, '四季度'))
    await recordStandaloneMeeting(ctx, meetingInput('villagers_meeting', '2025-12-31', ['A', 'B', 'C', 'D', 'E'], 4, '年度'))
    expect(codes(await homeReminders(ctx))).not.toContain('meeting:quarterly_representatives_meeting')
    ctx.clock.set(at('2026-01-01'))
    expect(codes(await homeReminders(ctx))).toEqual(['meeting:quarterly_representatives_meeting', 'meeting:yearly_villagers_meeting'])
  })
})

describe('REMINDING_MATTER_STATES: the matters the home screen reads', () => {
  // the kinds the home screen shows (reminders.ts MATTER_LEVEL)
  const shown = new Set(['waiting_step', 'disclosure_due', 'disclosure_ended', 'results_ended'])
  /** A matter in `state`, in each shape mattersDue tells apart: no 公开 yet, one ended, one running. */
  const shapes = (state: MatterState): Matter[] =>
    [[], [{ start: '2026-01-01', end: '2026-01-10', endedOn: '2026-01-10' }], [{ start: '2026-01-01', end: '2026-01-10' }]].map(
      (disclosures) =>
        ({ id: `M-${state}`, title: '修路', state, steps: [], disclosures, implementation: { end: '2026-02-01' } }) as unknown as Matter,
    )

  it('holds exactly the states in which mattersDue gives a kind the home screen shows', () => {
    const states = Object.keys(MATTER_STATE_LABELS) as MatterState[]
    const reminding = states.filter((state) => mattersDue(shapes(state), '2026-03-01').some((d) => shown.has(d.kind)))
    expect([...REMINDING_MATTER_STATES].sort()).toEqual(reminding.sort())
  })
})

describe('homeReminders: 四议两公开', () => {
  it('a matter waiting at ① shows; once ④ passes it waits at ⑤ 决议公开, due now, linked to the matter', async () => {
    const ctx = context(at('2026-03-20'))
    await seedVillage(ctx)
    let m: Matter = await createMatter(ctx, { title: '修建村内道路', motionSource: '党员群众建议', tags: ['art24_5'] })
    const first = await homeReminders(ctx)
    // warnings first (the quarterly meeting), then the rest in source order: matters, meetings
    expect(codes(first)).toEqual([
      'meeting:quarterly_representatives_meeting',
      `matter:${m.id}:waiting_step`,
      'meeting:yearly_villagers_meeting',
    ])
    const waiting = first.find((r) => r.key === `matter:${m.id}:waiting_step`)
    expect(waiting).toMatchObject({ area: '四议两公开', level: 'info', to: `/decisions/${m.id}` })
    expect(waiting!.message).toContain('“修建村内道路”')

    m = (await recordMeeting(ctx, m, meetingInput('party_committee', '2026-03-02', ['A', 'B', 'C'], 3))).matter
    m = (await recordMeeting(ctx, m, meetingInput('joint_committees', '2026-03-04', ['A', 'B', 'C'], 3))).matter
    m = (await recordMeeting(ctx, m, meetingInput('party_assembly', '2026-03-08', ['A', 'B', 'C'], 3))).matter
    m = (await recordMeeting(ctx, m, meetingInput('villagers_meeting', '2026-03-15', ['A', 'B', 'C', 'D'], 3))).matter
    expect(m.state).toBe('disclosing')

    const out = await homeReminders(ctx)
    expect(codes(out)).not.toContain(`matter:${m.id}:waiting_step`)
    const due = out.find((r) => r.key === `matter:${m.id}:disclosure_due`)
    expect(due).toMatchObject({ level: 'warning', message: '“修建村内道路”决议已通过，应及时公开', to: `/decisions/${m.id}` })
    // the 村民会议 of 03-15 counts for the year; no 村民代表会议 yet this quarter
    expect(codes(out)).toEqual([`matter:${m.id}:disclosure_due`, 'meeting:quarterly_representatives_meeting'])

    // once the 公开 is posted it runs its course quietly; the day after its last day it asks for the result
    m = (await publishResolution(ctx, m, { start: '2026-03-20' })).matter
    const end = m.disclosures.at(-1)!.end
    const matterKeys = async () => codes(await homeReminders(ctx)).filter((k) => k.startsWith('matter:'))
    ctx.clock.set(at(end))
    expect(await matterKeys()).toEqual([])
    ctx.clock.set(at(addDays(end, 1)))
    expect(await matterKeys()).toEqual([`matter:${m.id}:disclosure_ended`])
  })
})

const COMPACT = [
  '宅子村村规民约',
  '第一条　为加强村民自治，制定本村规民约。',
  '第二条　村民建房不得影响相邻住户的采光。',
  '第三条　违反第二条的，由村民委员会给予批评教育，责令恢复原状，并予以通报；拒不整改的，暂停享受村集体年终慰问品，直至整改到位。',
  '第四条　违约人整改到位、经验收合格的，由村民委员会决定恢复其享受相关福利。',
].join('\n')
const ROLES = { 1: 'general', 2: 'conduct', 3: 'handling', 4: 'restoration' } as const
const benefits: Benefit[] = [{ id: 'gift', name: '年终慰问品', kind: '自主福利', unit: '户' }]

/** A case decided 03-10 with 整改 to 03-31 (reported 03-02, notified 03-04, no statement). */
async function rectifying() {
  const ctx = context(at('2026-03-02'))
  await seedVillage(ctx)
  const { parsed } = previewCompactText(COMPACT)
  for (const a of parsed.articles) a.role = ROLES[a.number as 1 | 2 | 3 | 4]
  await importCompactText(ctx, parsed, { as: 'version', effectiveFrom: '2024-01-01' })
  let c: CaseRow = await reportCase(ctx, {
    report: {
      reporterKind: '网格员',
      reporterName: '丙',
      reportDate: '2026-03-02',
      actDate: '2026-03-01',
      place: '第一村民小组',
      facts: '加高房屋三层砖，挡住邻居采光',
      evidence: [],
      villagerId: 'E',
      householdId: 'H3',
    },
  })
  ctx.clock.set(at('2026-03-04'))
  c = await assessCase(ctx, c, { date: '2026-03-03', finding: '加高房屋影响邻居采光', article: '第二条' })
  c = await notifyCase(
    ctx,
    c,
    {
      date: '2026-03-04',
      serviceDate: '2026-03-04',
      serviceMethod: '直接送达',
      article: '第三条',
      intendedMeasures: [{ kind: '批评教育' }],
    },
    benefits,
  )
  ctx.clock.set(at('2026-03-10'))
  c = await recordNoStatement(ctx, c)
  c = await decideCase(
    ctx,
    c,
    { date: '2026-03-10', body: '村民委员会', measures: [{ kind: '批评教育', startDate: '2026-03-10' }] },
    benefits,
  )
  c = await requireRectification(ctx, c, { date: '2026-03-10', requirement: '拆除加高部分', deadline: '2026-03-31' })
  return { ctx, c }
}

describe('homeReminders: 违约处理', () => {
  it('a rectification deadline passed shows as overdue; on the deadline day it is due, not overdue', async () => {
    const { ctx, c } = await rectifying()
    const caseKeys = async () => codes(await homeReminders(ctx)).filter((k) => k.startsWith('case:'))

    ctx.clock.set(at('2026-03-27'))
    expect(await caseKeys()).toEqual([])
    ctx.clock.set(at('2026-03-31'))
    expect(await caseKeys()).toEqual([`case:${c.id}:整改到期`])

    ctx.clock.set(at('2026-04-01'))
    expect(await caseKeys()).toEqual([`case:${c.id}:整改逾期`])
    const list = await homeReminders(ctx)
    // the most pressing item heads the list
    expect(list[0]).toMatchObject({
      area: '违约处理',
      level: 'warning',
      message: '宅子违约〔2026〕1号：整改期限2026年3月31日已过，尚未验收合格',
      to: `/violations/${c.id}`,
    })
  })

  it('uses the Beijing date: 2026-03-31 16:30 UTC is already 04-01 in Beijing, so the deadline has passed', async () => {
    const { ctx, c } = await rectifying()
    ctx.clock.set('2026-03-31T15:59:00.000Z')
    expect(codes(await homeReminders(ctx))).toContain(`case:${c.id}:整改到期`)
    ctx.clock.set('2026-03-31T16:30:00.000Z')
    expect(codes(await homeReminders(ctx))).toContain(`case:${c.id}:整改逾期`)
  })
})

describe('shownOnHome', () => {
  it('shows six at most and counts the rest; all of them once asked', () => {
    const list = [1, 2, 3, 4, 5, 6, 7, 8]
    expect(shownOnHome(list.slice(0, 6), false)).toEqual({ shown: [1, 2, 3, 4, 5, 6], more: 0 })
    expect(shownOnHome(list.slice(0, 7), false)).toEqual({ shown: [1, 2, 3, 4, 5, 6], more: 1 })
    expect(shownOnHome(list, false)).toEqual({ shown: [1, 2, 3, 4, 5, 6], more: 2 })
    expect(shownOnHome(list, true)).toEqual({ shown: list, more: 0 })
    expect(shownOnHome([], false)).toEqual({ shown: [], more: 0 })
  })
})
