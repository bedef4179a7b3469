/**
 * Shared test data: a compact with two versions of its conduct article, a handling article, a
 * restoration article, a benefit list, and a builder that walks a case through the real
 * transitions (so every fixture is a case the lifecycle would accept).
 *
 * The story (issue 14's e2e scenario): 网格员 reports on 2026-10-21 that 李四 raised his roof on
 * 2026-10-20, taking the neighbour's light. Notice served 2026-10-28 (Wed): 5 days → last day
 * 2026-11-02 (Mon), a decision is possible from 2026-11-03.
 */
import { NATIONAL_PROFILE } from '@/domain/rules/national'
import type { Benefit } from './benefits'
import type { ArticleRef, Measure, Report, ViolationCase } from './case'
import {
  assessCase,
  decideCase,
  notifyCase,
  publishCase,
  recordNoStatement,
  reportCase,
  requireRectification,
  restoreCase,
  verifyRectification,
} from './lifecycle'
import { unwrap } from './outcome'

export const COMPACT = 'compact-zz'

export const CONDUCT_V1: ArticleRef = {
  compactId: COMPACT,
  versionId: 'v2020',
  number: '第十二条',
  text: '建房应当按照批准的位置和高度施工。',
  role: 'conduct',
  effectiveFrom: '2020-01-01',
  effectiveTo: '2024-04-30',
  compactTitle: '张庄村村规民约（2020年）',
}

export const CONDUCT_V2: ArticleRef = {
  ...CONDUCT_V1,
  versionId: 'v2024',
  text: '建房应当按照批准的位置和高度施工，不得妨碍相邻住户的通风和采光。',
  effectiveFrom: '2024-05-01',
  effectiveTo: undefined,
  compactTitle: '张庄村村规民约（2024年修订）',
}

/** A conduct article that first appears in the 2024 version. */
export const LITTER_V2: ArticleRef = {
  compactId: COMPACT,
  versionId: 'v2024',
  number: '第十五条',
  text: '不得向河道倾倒垃圾。',
  role: 'conduct',
  effectiveFrom: '2024-05-01',
}

export const HANDLING: ArticleRef = {
  compactId: COMPACT,
  versionId: 'v2020',
  number: '第二十条',
  text: '违反本村规民约的，由村民委员会视情节给予批评教育、责令书面检讨、公开通报、责令恢复原状，或暂停享受年终慰问品，直至整改到位。',
  role: 'handling',
  effectiveFrom: '2020-01-01',
  allowedMeasures: ['批评教育', '书面检讨', '公开通报', '恢复原状', '暂停享受福利'],
  suspendableBenefitIds: ['gift', 'land-comp'],
  decidingBody: '村民委员会',
}

export const HANDLING_BY_ASSEMBLY: ArticleRef = { ...HANDLING, number: '第二十一条', decidingBody: '村民代表会议' }

export const RESTORATION: ArticleRef = {
  compactId: COMPACT,
  versionId: 'v2020',
  number: '第二十二条',
  text: '违约人整改到位、经验收合格的，自村民委员会决定之日起恢复其享受相关福利。',
  role: 'restoration',
  effectiveFrom: '2020-01-01',
}

export const ARTICLES: ArticleRef[] = [CONDUCT_V1, CONDUCT_V2, LITTER_V2, HANDLING, HANDLING_BY_ASSEMBLY, RESTORATION]

export const BENEFITS: Benefit[] = [
  { id: 'gift', name: '村集体福利-年终慰问品', kind: '自主福利', unit: '户' },
  { id: 'award', name: '村级奖励金', kind: '自主福利', unit: '人' },
  { id: 'dividend', name: '集体收益分配', kind: '法定成员权益', unit: '人' },
  { id: 'land-comp', name: '土地补偿费', kind: '法定成员权益', unit: '户' },
]

export const REPLY_RULE = NATIONAL_PROFILE.hearingReplyDays

export function sampleReport(patch: Partial<Report> = {}): Report {
  return {
    reporterKind: '网格员',
    reporterName: '王网格',
    reportDate: '2026-10-21',
    actDate: '2026-10-20',
    place: '三组李四家',
    facts: '李四未经批准将房屋加高一层，遮挡东邻张三家采光。',
    evidence: [{ kind: '照片', ref: 'att-1' }],
    villagerId: 'v-lisi',
    householdId: 'h-lisi',
    ...patch,
  }
}

export const SUSPEND_GIFT: Measure = {
  kind: '暂停享受福利',
  benefitId: 'gift',
  startDate: '2026-11-05',
  untilRestored: true,
  riskReason: '当事人拒不整改，经两委研究暂停其户年终慰问品以促整改',
}

export const EDUCATE: Measure = { kind: '批评教育', startDate: '2026-11-05' }

export const TODAY = '2026-12-31'

/** Cases at each step of the story. */
export function reported(id = 'c1', report = sampleReport()): ViolationCase {
  return unwrap(reportCase({ id, caseNo: `张庄违约〔2026〕${id}号`, report }, TODAY))
}

export function assessed(c = reported()): ViolationCase {
  return unwrap(
    assessCase(c, { articles: ARTICLES, compactId: COMPACT, number: '第十二条', date: '2026-10-22', finding: '加高房屋遮挡采光' }, TODAY),
  )
}

export function notified(c = assessed(), serviceDate = '2026-10-28'): ViolationCase {
  return unwrap(
    notifyCase(
      c,
      {
        articles: ARTICLES,
        compactId: COMPACT,
        number: '第二十条',
        date: serviceDate,
        serviceDate,
        serviceMethod: '直接送达',
        intendedMeasures: [{ kind: '批评教育' }, { kind: '公开通报' }, { kind: '恢复原状' }, { kind: '暂停享受福利', benefitId: 'gift' }],
        replyRule: REPLY_RULE,
      },
      TODAY,
      BENEFITS,
    ),
  )
}

export function heard(c = notified()): ViolationCase {
  return unwrap(recordNoStatement(c, '2026-11-03'))
}

export function decided(c = heard(), measures: Measure[] = [EDUCATE, SUSPEND_GIFT], date = '2026-11-04'): ViolationCase {
  return unwrap(decideCase(c, { date, body: '村民委员会', measures, publish: true }, TODAY, BENEFITS))
}

export function published(c = decided()): ViolationCase {
  return unwrap(
    publishCase(
      c,
      { date: '2026-11-06', villagerName: '李四', text: '李某未经批准加高房屋，遮挡邻居采光，依据第二十条给予批评教育。' },
      TODAY,
    ),
  )
}

export function rectifying(c = published()): ViolationCase {
  return unwrap(requireRectification(c, { date: '2026-11-06', requirement: '拆除加高部分', deadline: '2026-11-30' }, TODAY))
}

export function rectified(c = rectifying(), date = '2026-11-25'): ViolationCase {
  return unwrap(verifyRectification(c, { date, checkedBy: '王网格', photoRef: 'att-2', passed: true }, TODAY))
}

export function restored(c = rectified(), date = '2026-12-01'): ViolationCase {
  return unwrap(restoreCase(c, { articles: ARTICLES, compactId: COMPACT, number: '第二十二条', date, noticeDate: date }, TODAY))
}
