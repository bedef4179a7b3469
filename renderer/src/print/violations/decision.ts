/**
 * 违约处理决定书 — buildViolationDecisionDoc(data, village): PrintDocument.
 *
 * Input: CasePaperInput (notification.ts) for a case with a decision (case.decision, .notification
 * and .assessment set). Output: an A4 GB/T 9704 letter: title, 文号, “当事人：李四（三组）”, then
 *   1. the facts as notified and the evidence;
 *   2. the finding and the conduct article quoted (the act-date version the case cites);
 *   3. due process: when and how the 告知书 was served and the period's last day;
 *   4. the villager's statement and the committee's response, or 未提出陈述申辩, or the written
 *      waiver;
 *   5. the handling article quoted, who decided (村民委员会, or the 村民代表会议 of that date), and
 *      the measures numbered, each with its start date and, if it lasts, its end condition; a
 *      measure taken despite a 风险 finding states its recorded reason;
 *   6. that the decision will be posted (when it orders a 公示) and how a suspension ends;
 *   7. the right to object: to the 村务监督委员会 or the township, and to the court;
 *   8. 落款 村民委员会 + the decision date, sealed.
 * The paper is the decision as made: a later rectification, restoration or reversal is not
 * printed on it (each has its own record and paper). Throws when there is no decision. Pure.
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import { LASTING_MEASURES, type Decision, type Hearing, type ViolationCase } from '@/domain/violations/case'
import type { VillageProfile } from '@/domain/village/profile'
import type { BodyBlock } from '../document'
import type { PrintDocument } from '../pdf-types'
import { letterDocument, scrubber } from './letter'
import { factsParagraph, type CasePaperInput } from './notification'
import { breachSentence, clause, decidedMeasureText, numberedItems, quoted, quoteArticle, sentence, townshipBody } from './wording'

const cn = formatChineseDate

function hearingParagraph(h: Hearing | undefined): string[] {
  if (!h || h.kind === 'none') return ['你在规定期限内未提出陈述、申辩。']
  if (h.kind === 'waived') return [`你于${cn(h.date)}书面声明放弃陈述、申辩的权利。`]
  const out = [`你于${cn(h.date)}提出陈述、申辩，称：${quoted(sentence(h.text))}`]
  if (h.response) out.push(`本村民委员会对你的陈述、申辩进行了复核，于${cn(h.response.date)}答复如下：${sentence(h.response.text)}`)
  return out
}

function decidedBy(d: Decision): string {
  if (d.body === '村民代表会议' && d.meeting) return `经${cn(d.meeting.date)}召开的村民代表会议讨论通过，决定对你作出如下处理：`
  if (d.body === '村民代表会议') return '经村民代表会议讨论通过，决定对你作出如下处理：'
  return '本村民委员会决定对你作出如下处理：'
}

export function buildViolationDecisionDoc(data: CasePaperInput, village: VillageProfile): PrintDocument {
  const c: ViolationCase = data.case
  const d = c.decision
  const n = c.notification
  const a = c.assessment
  if (!d || !n || !a) throw new Error(`案件${c.caseNo}尚未作出处理决定，不能打印违约处理决定书`)
  const scrub = scrubber(village)
  const measures = d.measures.map((m) => {
    const text = decidedMeasureText(m, data.benefits, 'second')
    return m.riskReason?.trim() ? `${text}。采取该项措施的理由：${clause(m.riskReason)}` : text
  })
  const untilRestored = d.measures.some((m) => LASTING_MEASURES.has(m.kind) && m.untilRestored)
  const party = data.party
  const body: BodyBlock[] = [
    scrub(factsParagraph(c, n.facts)),
    scrub(`经认定，${clause(a.finding)}。你的上述行为${breachSentence(a.conductArticle, c, village)}`),
    `本村民委员会于${cn(n.serviceDate)}以${n.serviceMethod}方式向你送达了《违约处理告知书》，告知拟作出的处理及其事实、理由和依据，以及你享有的陈述、申辩权利，陈述申辩期限至${cn(n.period.lastDay)}止。`,
    ...hearingParagraph(c.hearing).map(scrub),
    `${quoteArticle(d.handlingArticle, c, village)}据此，${decidedBy(d)}`,
    ...numberedItems(measures).map(scrub),
  ]
  if (d.publish) body.push('本决定将在本村村务公开栏公示。')
  if (untilRestored)
    body.push('你按要求整改到位后，可以向本村民委员会申请验收；经验收合格的，由本村民委员会依照村规民约的规定决定恢复，并书面通知你。')
  body.push(
    `你如对本决定有异议，可以向本村村务监督委员会提出，也可以向${townshipBody(village)}反映；认为本决定侵害你合法权益的，可以依法向人民法院申请撤销。监督电话：${village.supervisionPhone.trim()}。`,
  )
  return letterDocument(
    {
      title: '违约处理决定书',
      docNo: c.caseNo,
      addresseeLine: `当事人：${party.name.trim()}${party.group?.trim() ? `（${party.group.trim()}）` : ''}`,
      body,
      date: d.date,
      subject: `${village.villageName} 违约处理决定书 ${c.caseNo}`,
    },
    village,
  )
}
