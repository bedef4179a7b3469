/**
 * 示例违约案件: a deterministic (seeded) history of ~1,000 cases over 10 years, in every state,
 * for the sample village and the bench (suspensions_on_ms, cases_list_ms).
 *
 *   sampleViolations({ villagers, today, count?, years?, seed? }) →
 *     { articles, benefits, cases }
 *
 * villagers: { id, householdId, name? }[] from the sample registry (any size ≥ 1). Every case is
 * made by the real transitions (lifecycle.ts) with `unwrap`, so each one is a case the app would
 * accept; a refusal here is a bug in the generator or the lifecycle, and throws. Same input, same
 * output: the only randomness is the sample village's seeded PRNG (sample/random.ts).
 */
import { seededRandom } from './random'
import { addDays, dayNumber, fromDayNumber, formatIsoDate, requireIsoDate } from '@/domain/calendar/calendar'
import { NATIONAL_PROFILE } from '@/domain/rules/national'
import { articlesInForceOn } from '@/domain/violations/articles'
import type { Benefit } from '@/domain/violations/benefits'
import type { ArticleRef, CaseState, Measure, MeasurePlan, ReporterKind, ViolationCase } from '@/domain/violations/case'
import { firstDecisionDay } from '@/domain/violations/hearing'
import {
  assessCase,
  closeCase,
  decideCase,
  dismissCase,
  notifyCase,
  publishCase,
  recordNoStatement,
  recordObjection,
  recordStatement,
  recordWaiver,
  reportCase,
  requireRectification,
  resolveObjection,
  respondToStatement,
  restoreCase,
  verifyRectification,
} from '@/domain/violations/lifecycle'
import { unwrap } from '@/domain/violations/outcome'
import { anonymizedName } from '@/domain/violations/publicName'

export interface SampleVillager {
  id: string
  householdId: string
  name?: string
}

export interface SampleInput {
  villagers: readonly SampleVillager[]
  /** The sample's “today”: no step is dated after it. */
  today: string
  count?: number
  years?: number
  seed?: number
  /** Prefix for case ids and numbers. */
  prefix?: string
}

export interface SampleViolations {
  articles: ArticleRef[]
  benefits: Benefit[]
  cases: ViolationCase[]
}

const COMPACT = 'sample-compact'

/** The sample compact: a 2016 version and a 2021 revision that amends one article and adds one. */
export function sampleArticles(startYear: number): ArticleRef[] {
  const v1From = `${startYear}-01-01`
  const v2From = `${startYear + 5}-07-01`
  const v1To = addDays(v2From, -1)
  const v1 = { compactId: COMPACT, versionId: `v${startYear}`, compactTitle: `示例村村规民约（${startYear}年）`, effectiveFrom: v1From }
  const v2 = {
    compactId: COMPACT,
    versionId: `v${startYear + 5}`,
    compactTitle: `示例村村规民约（${startYear + 5}年修订）`,
    effectiveFrom: v2From,
  }
  const allowed: MeasurePlan['kind'][] = [
    '批评教育',
    '书面检讨',
    '赔礼道歉',
    '公开通报',
    '取消评先评优资格',
    '暂停享受福利',
    '恢复原状',
    '赔偿损失',
  ]
  return [
    { ...v1, number: '第十二条', role: 'conduct', effectiveTo: v1To, text: '建房应当按照批准的位置和高度施工。' },
    { ...v2, number: '第十二条', role: 'conduct', text: '建房应当按照批准的位置和高度施工，不得妨碍相邻住户的通风和采光。' },
    { ...v1, number: '第十四条', role: 'conduct', text: '不得乱堆乱放柴草杂物，保持房前屋后整洁。' },
    { ...v2, number: '第十五条', role: 'conduct', text: '不得向河道、沟渠倾倒垃圾和污水。' },
    { ...v1, number: '第十八条', role: 'conduct', text: '文明养犬，犬只外出应当拴绳。' },
    {
      ...v1,
      number: '第二十条',
      role: 'handling',
      text: '违反本村规民约的，由村民委员会视情节给予批评教育、责令书面检讨或赔礼道歉、公开通报、责令恢复原状或赔偿损失、取消当年评先评优资格，或暂停享受村集体年终慰问品和村级奖励金，直至整改到位。',
      allowedMeasures: allowed,
      suspendableBenefitIds: ['gift', 'award'],
      decidingBody: '村民委员会',
    },
    {
      ...v1,
      number: '第二十二条',
      role: 'restoration',
      text: '违约人整改到位、经验收合格的，自村民委员会决定之日起恢复其享受相关福利，并书面通知本人。',
    },
  ]
}

export const SAMPLE_BENEFITS: Benefit[] = [
  { id: 'gift', name: '村集体福利-年终慰问品', kind: '自主福利', unit: '户' },
  { id: 'award', name: '村级奖励金', kind: '自主福利', unit: '人' },
  { id: 'dividend', name: '集体收益分配', kind: '法定成员权益', unit: '人' },
  { id: 'land-comp', name: '土地补偿费', kind: '法定成员权益', unit: '户' },
]

/** Target states and their weights (closed includes 不予处理 and 决定被撤销). */
const TARGETS: [CaseState, number][] = [
  ['reported', 3],
  ['assessed', 3],
  ['notified', 4],
  ['heard', 3],
  ['decided', 7],
  ['published', 6],
  ['rectifying', 9],
  ['rectified', 6],
  ['restored', 9],
  ['closed', 50],
]
const ORDER: CaseState[] = TARGETS.map(([s]) => s)
const REPORTERS: ReporterKind[] = ['网格员', '网格员', '村民', '村干部', '上级转办']
const FACTS: Record<string, string> = {
  第十二条: '未经批准加高房屋，遮挡相邻住户采光。',
  第十四条: '在村道旁长期堆放柴草杂物。',
  第十五条: '向村东沟渠倾倒生活垃圾。',
  第十八条: '犬只未拴绳外出，咬伤邻居家鸡。',
}

type Plan = 'educate' | 'restore' | 'suspendUntilRestored' | 'suspendFixed' | 'honours'

const PLAN_MEASURES: Record<Plan, MeasurePlan[]> = {
  educate: [{ kind: '批评教育' }],
  restore: [{ kind: '批评教育' }, { kind: '恢复原状' }],
  suspendUntilRestored: [{ kind: '书面检讨' }, { kind: '恢复原状' }, { kind: '暂停享受福利', benefitId: 'gift' }],
  suspendFixed: [{ kind: '公开通报' }, { kind: '暂停享受福利', benefitId: 'award' }],
  honours: [{ kind: '赔礼道歉' }, { kind: '取消评先评优资格' }],
}

function plansFor(target: CaseState): Plan[] {
  if (target === 'restored') return ['suspendUntilRestored']
  if (target === 'rectifying' || target === 'rectified') return ['restore', 'suspendUntilRestored', 'suspendUntilRestored']
  return ['educate', 'educate', 'restore', 'suspendUntilRestored', 'suspendUntilRestored', 'suspendFixed', 'honours']
}

export function sampleViolations(input: SampleInput): SampleViolations {
  const { villagers, today } = input
  if (villagers.length === 0) throw new RangeError('示例案件需要至少一名村民')
  const count = input.count ?? 1000
  const years = input.years ?? 10
  const random = seededRandom(input.seed ?? 20261201)
  const rand = () => random.next()
  const prefix = input.prefix ?? 'vc'
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1))
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!
  const later = (date: string, lo: number, hi: number) => addDays(date, int(lo, hi))
  const todayN = dayNumber(requireIsoDate(today))
  const startYear = requireIsoDate(today).year - years + 1
  const articles = sampleArticles(startYear)
  const benefits = SAMPLE_BENEFITS
  const firstN = dayNumber(requireIsoDate(`${startYear}-01-01`))
  const totalWeight = TARGETS.reduce((s, [, w]) => s + w, 0)
  const rule = NATIONAL_PROFILE.hearingReplyDays
  const choice = (number: string) => ({ articles, compactId: COMPACT, number })

  function targetState(): CaseState {
    let r = rand() * totalWeight
    for (const [s, w] of TARGETS) if ((r -= w) < 0) return s
    return 'closed'
  }

  function build(no: number): ViolationCase {
    const target = targetState()
    const goal = ORDER.indexOf(target)
    // open cases are recent (today's work); closed ones spread over the whole history
    const span = goal <= ORDER.indexOf('heard') ? 25 : goal < ORDER.indexOf('closed') ? 150 : todayN - firstN - 120
    const actN = int(Math.max(firstN, todayN - 30 - span), todayN - 30)
    const actDate = formatIsoDate(fromDayNumber(actN))
    const who = pick(villagers)
    const name = who.name ?? '示例村民'
    const conduct = pick(articlesInForceOn(articles, 'conduct', actDate))
    const reached = (c: ViolationCase) => c.state === target
    const fits = (date: string) => date <= today

    let c = unwrap(
      reportCase(
        {
          id: `${prefix}-${String(no).padStart(4, '0')}`,
          caseNo: `示例违约〔${actDate.slice(0, 4)}〕${no}号`,
          report: {
            reporterKind: pick(REPORTERS),
            reporterName: '王网格',
            reportDate: minDate(later(actDate, 0, 3), today),
            actDate,
            place: '本村',
            facts: `${anonymizedName(name)}${FACTS[conduct.number] ?? '违反村规民约。'}`,
            evidence: [{ kind: '照片', ref: `sample-photo-${no}` }],
            villagerId: who.id,
            householdId: who.householdId,
          },
        },
        today,
      ),
    )
    if (reached(c)) return c

    const assessDate = later(c.report.reportDate, 0, 5)
    if (!fits(assessDate)) return c
    if (target === 'closed' && rand() < 0.08)
      return unwrap(dismissCase(c, { date: assessDate, reason: '经核实，行为已取得审批，不构成违约' }, today))
    c = unwrap(assessCase(c, { ...choice(conduct.number), date: assessDate, finding: `违反${conduct.number}` }, today))
    if (reached(c)) return c

    const plan = pick(plansFor(target))
    const noticeDate = later(assessDate, 1, 5)
    const serviceDate = later(noticeDate, 0, 1)
    if (!fits(serviceDate)) return c
    c = unwrap(
      notifyCase(
        c,
        {
          ...choice('第二十条'),
          date: noticeDate,
          serviceDate,
          serviceMethod: rand() < 0.85 ? '直接送达' : '委托送达',
          intendedMeasures: PLAN_MEASURES[plan],
          replyRule: rule,
        },
        today,
        benefits,
      ),
    )
    const period = c.notification!.period
    const h = rand()
    let heardOn: string
    if (h < 0.1) {
      heardOn = later(serviceDate, 0, 1)
      if (target === 'notified' || !fits(heardOn)) return c
      c = unwrap(recordWaiver(c, { date: heardOn, writtenRef: `sample-waiver-${no}` }, today))
    } else if (h < 0.35) {
      const said = minDate(later(serviceDate, 1, 4), period.lastDay)
      if (!fits(said)) return c
      c = unwrap(recordStatement(c, { date: said, text: '对事实无异议，请求从轻处理。' }, today))
      heardOn = later(said, 0, 2)
      if (target === 'notified' || !fits(heardOn)) return c
      c = unwrap(respondToStatement(c, { date: heardOn, text: '经研究，当事人认错态度较好，予以从轻处理。' }, today))
    } else {
      heardOn = later(firstDecisionDay(period), 0, 2)
      if (target === 'notified' || !fits(heardOn)) return c
      c = unwrap(recordNoStatement(c, heardOn))
    }
    if (reached(c)) return c

    const earliest = c.hearing?.kind === 'waived' ? heardOn : maxDate(heardOn, firstDecisionDay(period))
    const decisionDate = later(earliest, 0, 6)
    if (!fits(decisionDate)) return c
    const start = later(decisionDate, 0, 2)
    const measures: Measure[] = PLAN_MEASURES[plan].map((m) => {
      const base: Measure = { ...m, startDate: start }
      if (m.kind === '暂停享受福利') {
        return plan === 'suspendFixed'
          ? { ...base, lastDay: addDays(start, 364), riskReason: '当事人多次违约，暂停村级奖励金一年以示警示' }
          : { ...base, untilRestored: true, riskReason: '当事人拒不整改，暂停年终慰问品以促整改' }
      }
      if (m.kind === '取消评先评优资格') return { ...base, lastDay: `${start.slice(0, 4)}-12-31` }
      return base
    })
    const publish = plan === 'suspendFixed' || target === 'published' || (target !== 'decided' && rand() < 0.3)
    c = unwrap(decideCase(c, { date: decisionDate, body: '村民委员会', measures, publish }, today, benefits))
    if (reached(c)) return c

    if (rand() < 0.06) {
      const objDate = later(decisionDate, 1, 10)
      if (fits(objDate)) {
        c = unwrap(
          recordObjection(
            c,
            {
              id: `${c.id}-o1`,
              date: objDate,
              by: name,
              to: rand() < 0.5 ? '村务监督委员会' : '乡镇人民政府',
              content: '对处理决定有异议',
            },
            today,
          ),
        )
        const outDate = later(objDate, 3, 15)
        if (fits(outDate)) {
          const overturn = target === 'closed' && rand() < 0.4
          c = unwrap(
            resolveObjection(
              c,
              `${c.id}-o1`,
              {
                date: outDate,
                result: overturn ? '撤销' : '维持',
                reason: overturn ? '认定事实不清' : '事实清楚，处理适当',
                by: '村务监督委员会',
              },
              today,
            ),
          )
          if (overturn) return c
        }
      }
    }

    let lastStep = decisionDate
    if (publish) {
      const pubDate = later(decisionDate, 1, 3)
      if (!fits(pubDate)) return c
      c = unwrap(
        publishCase(
          c,
          { date: pubDate, villagerName: name, text: `${anonymizedName(name)}违反${conduct.number}，经村民委员会决定予以处理。` },
          today,
        ),
      )
      lastStep = pubDate
      if (reached(c)) return c
    }

    if (plan === 'restore' || plan === 'suspendUntilRestored') {
      const setOn = later(lastStep, 0, 2)
      if (!fits(setOn)) return c
      c = unwrap(requireRectification(c, { date: setOn, requirement: '限期整改到位', deadline: later(setOn, 10, 60) }, today))
      if (rand() < 0.2) {
        const failed = later(c.rectification!.deadline, 0, 5)
        if (!fits(failed)) return c
        c = unwrap(verifyRectification(c, { date: failed, checkedBy: '王网格', passed: false, note: '未整改到位' }, today))
        c = unwrap(requireRectification(c, { date: failed, requirement: '再次限期整改', deadline: later(failed, 10, 30) }, today))
      }
      if (reached(c)) return c
      const r = c.rectification!
      const passedOn = maxDate(r.setOn, addDays(r.deadline, -int(0, 10)))
      if (!fits(passedOn)) return c
      c = unwrap(verifyRectification(c, { date: passedOn, checkedBy: '王网格', photoRef: `sample-photo-${no}-after`, passed: true }, today))
      lastStep = passedOn
      if (reached(c)) return c
    }

    if (plan === 'suspendUntilRestored') {
      const restoreOn = later(lastStep, 1, 10)
      if (!fits(restoreOn)) return c
      c = unwrap(restoreCase(c, { ...choice('第二十二条'), date: restoreOn, noticeDate: restoreOn }, today))
      lastStep = restoreOn
      if (reached(c)) return c
    }

    const fixedEnd = measures.reduce((d, m) => (m.lastDay && m.lastDay >= d ? addDays(m.lastDay, 1) : d), lastStep)
    const closeOn = later(fixedEnd, 0, 10)
    if (!fits(closeOn)) return c
    return unwrap(closeCase(c, { date: closeOn }, today))
  }

  const cases: ViolationCase[] = []
  for (let i = 1; i <= count; i++) cases.push(build(i))
  return { articles, benefits, cases }
}

function minDate(a: string, b: string): string {
  return a < b ? a : b
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b
}
