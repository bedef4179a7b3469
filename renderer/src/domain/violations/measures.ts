/**
 * 处理措施的检查: a measure may be chosen only if the handling article allows it, a suspended
 * benefit must be a 自主福利 the article names, a lasting measure needs a condition for ending, and
 * a measure with a 风险 finding needs a recorded reason (design principle: nothing beyond what the
 * compact allowed; domain-rules R3.5, §8 item 9).
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import { checkSuspendable, type Benefit, type SuspendContext } from './benefits'
import { SUSPENSION_RISK } from './citations'
import { LASTING_MEASURES, type ArticleRef, type Measure, type MeasureKind, type MeasurePlan } from './case'
import { deny, ensure, ensureDate } from './outcome'

/** The 风险 finding on a measure under this article, if any. 暂停享受福利 always carries one (R3.5). */
export function measureRisk(article: ArticleRef, kind: MeasureKind): string | undefined {
  const fromReview = article.measureRisks?.[kind]
  if (fromReview) return fromReview
  if (kind === '暂停享受福利') return SUSPENSION_RISK.text
  return undefined
}

function measureName(m: MeasurePlan, benefits: readonly Benefit[]): string {
  if (m.kind !== '暂停享受福利') return m.kind
  const b = benefits.find((x) => x.id === m.benefitId)
  return `暂停享受“${b?.name ?? m.benefitId ?? '（未指明福利）'}”`
}

/** Throws a refusal (inside `attempt`) unless every planned measure is one the article allows. */
export function ensurePlansAllowed(
  article: ArticleRef,
  plans: readonly MeasurePlan[],
  benefits: readonly Benefit[],
  context: SuspendContext = {},
): void {
  ensure(plans.length > 0, '请至少选择一项处理措施')
  const allowed = article.allowedMeasures ?? []
  const seen = new Set<string>()
  for (const m of plans) {
    ensure(
      allowed.includes(m.kind),
      `${article.number}没有规定“${m.kind}”，不能选择；该条允许的措施：${allowed.length ? allowed.join('、') : '（无）'}`,
    )
    const key = `${m.kind}\u0000${m.benefitId ?? ''}`
    ensure(!seen.has(key), `“${measureName(m, benefits)}”重复选择`)
    seen.add(key)
    if (m.kind !== '暂停享受福利') continue
    ensure(m.benefitId, '暂停享受福利须指明暂停哪一项福利')
    const benefit = benefits.find((b) => b.id === m.benefitId)
    ensure(benefit, `福利清单中没有编号为 ${m.benefitId} 的福利`)
    const suspendable = checkSuspendable(benefit, context)
    if (!suspendable.ok) deny(suspendable.reason, suspendable.citation)
    ensure(
      !article.suspendableBenefitIds || article.suspendableBenefitIds.includes(benefit.id),
      `${article.number}没有规定可以暂停“${benefit.name}”，不能选择`,
    )
  }
}

/** Decided measures: allowed, dated from the decision on, lasting ones with an end, risks reasoned. */
export function ensureMeasuresAllowed(
  article: ArticleRef,
  measures: readonly Measure[],
  decisionDate: string,
  benefits: readonly Benefit[],
  context: SuspendContext = {},
): void {
  ensurePlansAllowed(article, measures, benefits, context)
  for (const m of measures) {
    const name = measureName(m, benefits)
    ensureDate(m.startDate, `“${name}”的开始日期`)
    ensure(
      m.startDate >= decisionDate,
      `“${name}”的开始日期${formatChineseDate(m.startDate)}早于决定日期${formatChineseDate(decisionDate)}，措施不能在决定之前执行`,
    )
    if (LASTING_MEASURES.has(m.kind)) {
      ensure(m.untilRestored || m.lastDay, `“${name}”是持续性措施，须写明何时结束：整改合格经恢复后结束，或写明截止日期`)
      if (m.lastDay) {
        ensureDate(m.lastDay, `“${name}”的截止日期`)
        ensure(m.lastDay >= m.startDate, `“${name}”的截止日期早于开始日期`)
      }
    } else {
      ensure(!m.lastDay && !m.untilRestored, `“${name}”是一次性措施，不设持续期限`)
    }
    const risk = measureRisk(article, m.kind)
    if (risk) ensure(m.riskReason?.trim(), `“${name}”有法律风险提示（${risk}），须记录采取该措施的理由`)
  }
}

/** Decided measures may not go beyond what the 告知书 told the villager (they were heard on that). */
export function ensureWithinNotice(plans: readonly MeasurePlan[], measures: readonly Measure[], benefits: readonly Benefit[]): void {
  for (const m of measures) {
    const told = plans.some((p) => p.kind === m.kind && (p.kind !== '暂停享受福利' || p.benefitId === m.benefitId))
    ensure(told, `告知书没有告知拟采取“${measureName(m, benefits)}”，当事人未就此陈述申辩；如需增加，请重新告知`)
  }
}
