/**
 * 违约处理告知书 — buildViolationNotificationDoc(data, village): PrintDocument.
 *
 * Input: { case: a ViolationCase that has been notified (case.notification and case.assessment set),
 *          party: the villager from the registry (full name: the letter is addressed to them),
 *          benefits: the village benefit list (names of suspended benefits),
 *          contact?: where and how to reply (default: the committee's office, the village's public
 *          phone) }.
 * Output: an A4 GB/T 9704 letter (letter.ts): title, 文号 = case number, “李四：”, then
 *   1. the facts as notified (place, act date) and the evidence held;
 *   2. the finding and the conduct article quoted — the case's snapshot, i.e. the version in force
 *      on the act date, with that version's dates;
 *   3. the handling article quoted and the intended measures, numbered (“拟提请村民代表会议” when
 *      the article names that body);
 *   4. the right to 陈述、申辩: the period (days, counted from the day after service) and its last
 *      day from the case record (period.lastDay, already moved past a holiday), that nothing is
 *      decided before it ends, and that silence is taken as a waiver;
 *   5. how to reply; “特此告知。”; 落款 村民委员会 + the notice date, sealed.
 * Throws (plain Chinese) when the case has not been notified. Pure.
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import type { Benefit } from '@/domain/violations/benefits'
import type { ViolationCase } from '@/domain/violations/case'
import type { VillageProfile } from '@/domain/village/profile'
import type { BodyBlock } from '../document'
import type { PrintDocument } from '../pdf-types'
import { letterDocument, scrubber } from './letter'
import { breachSentence, clause, evidenceSentence, measurePhrase, numberedItems, quoteArticle, sentence, type Party } from './wording'

const cn = formatChineseDate

export interface ReplyContact {
  /** where to hand in a statement, e.g. '村民委员会办公室（村部二楼）' */
  place?: string
  phone?: string
  /** who receives it, e.g. '村委会委员王昇' */
  person?: string
}

export interface CasePaperInput {
  case: ViolationCase
  party: Party
  benefits: readonly Benefit[]
  contact?: ReplyContact
}

/** “经调查核实：2026年10月20日，在三组李四家，……。以上事实有照片1张等证据证实。” */
export function factsParagraph(c: ViolationCase, facts: string): string {
  return `经调查核实：${cn(c.report.actDate)}，在${clause(c.report.place)}，${sentence(facts)}${evidenceSentence(c.report.evidence)}`
}

export function buildViolationNotificationDoc(data: CasePaperInput, village: VillageProfile): PrintDocument {
  const c = data.case
  const n = c.notification
  const a = c.assessment
  if (!n || !a) throw new Error(`案件${c.caseNo}尚未告知，不能打印违约处理告知书`)
  const scrub = scrubber(village)
  const p = n.period
  const unit = p.unit === '工作日' ? '个工作日' : '日'
  const contact = data.contact ?? {}
  const place = contact.place?.trim() || `${village.committeeName}办公室`
  const phone = contact.phone?.trim() || village.supervisionPhone.trim()
  const person = contact.person?.trim() ? `，联系人：${contact.person.trim()}` : ''
  const body: BodyBlock[] = [
    scrub(factsParagraph(c, n.facts)),
    scrub(`经认定，${clause(a.finding)}。你的上述行为${breachSentence(a.conductArticle, c, village)}`),
    `${quoteArticle(n.handlingArticle, c, village)}据此，${n.handlingArticle.decidingBody === '村民代表会议' ? '本村民委员会拟提请村民代表会议' : '本村民委员会拟'}对你作出如下处理：`,
    ...numberedItems(n.intendedMeasures.map((m) => measurePhrase(m, data.benefits, 'second'))),
    `你对上述事实、理由和拟作出的处理，有权进行陈述和申辩。陈述申辩期限为${p.days}${unit}，自本告知书送达之日的次日起计算，至${cn(p.lastDay)}止（含当日）。期限届满前，本村民委员会不作出处理决定。`,
    `如需陈述、申辩，请于${cn(p.lastDay)}前（含当日）以书面或者口头形式向本村民委员会提出：书面材料请交${place}；口头提出的，由本村民委员会如实记录，经你核对无误后签字。联系电话：${phone}${person}。逾期未提出的，视为放弃陈述、申辩的权利。`,
    '特此告知。',
  ]
  return letterDocument(
    {
      title: '违约处理告知书',
      docNo: c.caseNo,
      addressee: data.party.name,
      body,
      date: n.date,
      subject: `${village.villageName} 违约处理告知书 ${c.caseNo}`,
    },
    village,
  )
}
