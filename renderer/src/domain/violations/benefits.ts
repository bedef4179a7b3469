/**
 * 村级福利清单 (benefits): what the village hands out, each marked 自主福利 or 法定成员权益.
 *
 * A compact may suspend only a 自主福利 (discretionary: 年终慰问品, 村级奖励金, 评优奖品…), and even
 * that is flagged as a risk to be reasoned (domain-rules R3.5). A 法定成员权益 (collective income
 * shares, land compensation, member services and welfare under 集体经济组织法 Art. 13) can never be
 * suspended by a compact: the law gives it, and a compact cannot take it away (R3.3, §8 item 9).
 */
import { citationTitle, type LegalCitation } from '@/domain/law/citations'
import type { Finding } from '@/domain/law/findings'
import { CEO_ART_13_RIGHTS, CEO_ART_18_MEMBERSHIP_KEPT, SUSPENSION_RISK, WOMEN_RIGHTS_ART_55_56 } from './citations'
import { refuse, type Outcome } from './outcome'

export type BenefitKind = '自主福利' | '法定成员权益'

export interface Benefit {
  id: string
  name: string
  kind: BenefitKind
  /** Handed out per household (户) or per person (人): the default scope of a suspension. */
  unit: '户' | '人'
  note?: string
}

export interface SuspendContext {
  /** The villager concerned is a woman: adds 妇女权益保障法 Arts. 55–56 to a refusal. */
  villagerIsWoman?: boolean
}

/** Why a statutory member right cannot be suspended, for the screen and the refusal. */
export function statutoryRefusal(benefit: Benefit, context: SuspendContext = {}): { reason: string; citations: LegalCitation[] } {
  const citations: LegalCitation[] = [CEO_ART_13_RIGHTS, CEO_ART_18_MEMBERSHIP_KEPT]
  let reason =
    `“${benefit.name}”是法定成员权益，村规民约不能暂停：${citationTitle(CEO_ART_13_RIGHTS)}规定集体经济组织成员享有参与分配集体收益、` +
    `分配土地补偿费、享受集体提供的服务和福利等权利，村规民约无权取消或暂停；违约行为也不使成员丧失成员身份（${citationTitle(CEO_ART_18_MEMBERSHIP_KEPT)}）`
  if (context.villagerIsWoman) {
    citations.push(WOMEN_RIGHTS_ART_55_56)
    reason += `；当事人为妇女，${citationTitle(WOMEN_RIGHTS_ART_55_56)}另规定村规民约不得侵害妇女在农村集体经济组织中的各项权益`
  }
  return { reason, citations }
}

/** May this benefit be suspended by a compact decision? Refused for 法定成员权益, with the reason. */
export function checkSuspendable(benefit: Benefit, context: SuspendContext = {}): Outcome<Benefit> {
  if (benefit.kind === '法定成员权益') {
    const { reason, citations } = statutoryRefusal(benefit, context)
    return refuse(reason, citations[0])
  }
  return { ok: true, value: benefit }
}

/** What the benefit list screen shows beside each benefit. */
export function benefitFindings(benefit: Benefit, context: SuspendContext = {}): Finding[] {
  if (benefit.kind === '法定成员权益') {
    const { reason, citations } = statutoryRefusal(benefit, context)
    return citations
      .slice(0, 1)
      .map((citation) => ({ level: 'error', code: 'benefit.statutory', message: reason, citation, field: 'kind' }))
  }
  return [
    {
      level: 'warning',
      code: 'benefit.discretionary.risk',
      message: `“${benefit.name}”是自主福利，村规民约可以规定暂停享受，但这是有法律风险的做法：决定时须写明理由，并只用于村里自行设立、不属于成员法定权益的福利`,
      citation: SUSPENSION_RISK,
      field: 'kind',
    },
  ]
}

/** A benefit list with duplicate ids or empty names is refused as a whole (the register keys on ids). */
export function validateBenefits(benefits: readonly Benefit[]): string[] {
  const errors: string[] = []
  const seen = new Set<string>()
  for (const b of benefits) {
    if (!b.name.trim()) errors.push(`福利 ${b.id} 没有名称`)
    if (seen.has(b.id)) errors.push(`福利编号重复：${b.id}`)
    seen.add(b.id)
  }
  return errors
}
