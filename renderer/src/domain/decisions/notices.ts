/**
 * The two 公开 of 四议两公开 as notice drafts (notices/): ⑤ 决议公开 and ⑥ 实施结果公开. The app creates
 * the notice from this content through the notices lifecycle; the 公示 days come from the profile
 * (default 7 days, 地方惯例，可调整). The result is written in the law's words (evaluateVote's sentence).
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import type { NoticeContent, ObjectionChannel } from '@/domain/notices/model'
import { NATIONAL_PROFILE } from '@/domain/rules/national'
import { BODY_LABELS, type DaysRule, type RuleProfile } from '@/domain/rules/profile'
import { DecisionTransitionError, frozenDecision } from './lifecycle'
import { STEP_LABELS, type Matter } from './model'

export interface NoticeDraftOptions {
  /** 落款, e.g. “东风村村民委员会”. */
  issuer: string
  dateSigned: string
  /** First day of the 公示 (the posting day). */
  start: string
  objectionChannel: ObjectionChannel
  profile?: RuleProfile
}

function period(start: string, rule: DaysRule): NoticeContent['period'] {
  return { start, days: rule.days, unit: rule.unit === '工作日' ? 'working' : 'calendar' }
}

/** “经村党组织提议（2026年3月2日）、村“两委”会议商议（2026年3月4日）、党员大会审议（2026年3月8日）” */
function procedureWords(matter: Matter, upTo: number): string {
  const parts: string[] = []
  for (const s of matter.steps.slice(0, upTo)) {
    if (s.step === 4 || !s.outcome.passed) continue
    const label = s.mergedWith ? `${STEP_LABELS[1]}并${STEP_LABELS[2]}` : STEP_LABELS[s.step]
    parts.push(`${label}（${formatChineseDate(s.date)}）`)
  }
  return parts.join('、')
}

/** ⑤ 决议公开 — the frozen decision, how it was reached, and the vote in words. */
export function resolutionNoticeContent(matter: Matter, opts: NoticeDraftOptions): NoticeContent {
  const decision = frozenDecision(matter)
  if (!decision) throw new DecisionTransitionError('尚无通过的决议，不能制作决议公开')
  const d = decision.step
  const procedure = procedureWords(matter, decision.index)
  const body = [
    `${matter.title}事项（动议事由：${matter.motionSource}）${procedure ? `，经${procedure}，` : '，'}于${formatChineseDate(d.date)}提交${BODY_LABELS[d.body]}表决。`,
    `决议内容：${d.content}`,
    `表决结果：${d.outcome.sentence}。`,
    '现予公开，接受村民监督。公开期间如有异议，请向下列单位反映。',
  ]
  return {
    kind: '决议公开',
    title: `关于${matter.title}的决议公开`,
    body,
    period: period(opts.start, (opts.profile ?? NATIONAL_PROFILE).disclosureDays.决议公开),
    objectionChannel: opts.objectionChannel,
    issuer: opts.issuer,
    dateSigned: opts.dateSigned,
    sealed: true,
  }
}

function yuan(n: number): string {
  return `${n.toLocaleString('zh-CN', { minimumFractionDigits: 0, maximumFractionDigits: 2 })}元`
}

/** ⑥ 实施结果公开 — cost, progress and acceptance. */
export function resultsNoticeContent(matter: Matter, opts: NoticeDraftOptions): NoticeContent {
  const impl = matter.implementation
  if (!impl) throw new DecisionTransitionError('请先登记实施情况（费用、进度、验收）')
  const decision = frozenDecision(matter)
  const body = [
    `${matter.title}事项${decision ? `经${formatChineseDate(decision.step.date)}${BODY_LABELS[decision.step.body]}决议通过，` : ''}现将实施结果公开如下：`,
    `实施情况：${impl.progress}`,
  ]
  if (impl.cost !== undefined) body.push(`实际费用：${yuan(impl.cost)}`)
  if (impl.acceptance)
    body.push(`验收情况：${formatChineseDate(impl.acceptance.date)}由${impl.acceptance.by}验收，${impl.acceptance.result}。`)
  body.push('现予公开，接受村民监督。公开期间如有异议，请向下列单位反映。')
  return {
    kind: '实施结果公开',
    title: `关于${matter.title}实施结果的公开`,
    body,
    period: period(opts.start, (opts.profile ?? NATIONAL_PROFILE).disclosureDays.实施结果公开),
    objectionChannel: opts.objectionChannel,
    issuer: opts.issuer,
    dateSigned: opts.dateSigned,
    sealed: true,
  }
}
