/**
 * 恢复通知书 — buildRestorationNoticeDoc(data, village): PrintDocument.
 *
 * Input: CasePaperInput (notification.ts) for a restored case (case.restoration and case.decision
 * set). Output: an A4 GB/T 9704 letter: title, 文号, “李四：”, then
 *   1. the decision (date, case number) and the lasting measures it imposed, with their start dates;
 *   2. the passed rectification check (date, who checked), when the case had a rectification;
 *   3. the restoration article quoted (the snapshot the case cites) and the date FROM which each
 *      suspended benefit (or the 评先评优资格) applies again — restoration.date is the first day not
 *      suspended, exactly the date suspensionsOn stops listing the household;
 *   4. “特此通知。”; 落款 村民委员会 + the notice date, sealed.
 * The measures restored are the decision's lasting measures still running on the restoration date
 * (one whose fixed last day came earlier had ended by itself and needs no restoring).
 * Throws when the case has not been restored. Pure.
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import { LASTING_MEASURES } from '@/domain/violations/case'
import type { VillageProfile } from '@/domain/village/profile'
import type { BodyBlock } from '../document'
import type { PrintDocument } from '../pdf-types'
import { letterDocument, scrubber } from './letter'
import type { CasePaperInput } from './notification'
import { clause, measurePhrase, quoteArticle, restoredPhrase } from './wording'

const cn = formatChineseDate

export function buildRestorationNoticeDoc(data: CasePaperInput, village: VillageProfile): PrintDocument {
  const c = data.case
  const r = c.restoration
  const d = c.decision
  if (!r || !d) throw new Error(`案件${c.caseNo}尚未决定恢复，不能打印恢复通知书`)
  const scrub = scrubber(village)
  // as domain openLastingMeasures: a measure whose fixed last day fell before the restoration date had already ended
  const restored = d.measures.filter((m) => LASTING_MEASURES.has(m.kind) && !(m.lastDay && m.lastDay < r.date))
  const imposed = restored.map((m) => `自${cn(m.startDate)}起${measurePhrase(m, data.benefits, 'second')}`)
  const body: BodyBlock[] = [
    `本村民委员会于${cn(d.date)}对你作出违约处理决定（${c.caseNo}）${imposed.length ? `，${imposed.join('；')}` : ''}。`,
  ]
  const passed = c.rectification?.verifications.find((v) => v.passed)
  if (c.rectification && passed) {
    body.push(
      scrub(
        `本村民委员会责令你${clause(c.rectification.requirement)}。${cn(passed.date)}，经${passed.checkedBy}验收，你已按要求整改到位，验收合格${passed.note?.trim() ? `（${clause(passed.note)}）` : ''}。`,
      ),
    )
  }
  const what = restored.length ? restored.map((m) => restoredPhrase(m, data.benefits, 'second')).join('，') : '恢复你享受的相关福利'
  body.push(`${quoteArticle(r.article, c, village)}据此，本村民委员会决定：自${cn(r.date)}起，${what}。`)
  body.push('特此通知。')
  return letterDocument(
    {
      title: '恢复通知书',
      docNo: c.caseNo,
      addressee: data.party.name,
      body,
      date: r.noticeDate,
      subject: `${village.villageName} 恢复通知书 ${c.caseNo}`,
    },
    village,
  )
}
