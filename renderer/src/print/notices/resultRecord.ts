/**
 * 公示结果记录 (the record of how a notice ended): what was posted, when and where, every objection
 * with its reply, and the result — the paper that goes to the 村务档案 with the notice (组织法第三十四条:
 * 村务档案 must be 真实、准确、完整).
 *
 * buildResultRecordDoc(notice, village) → PrintDocument. Kept in the archive, not posted: the
 * objector's name is printed (the archive must say whose objection was answered), every free text is
 * swept for a full ID or mobile number, which is masked (design principle 5). The 防篡改校验码 of the
 * sheet as issued ties this record to that sheet.
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import { beijingDate } from '@/domain/calendar/clock'
import type { Notice } from '@/domain/notices/model'
import type { VillageProfile } from '@/domain/village/profile'
import { groupCheckCode } from '@/help/checkCode'
import { officialDocument, type BodyBlock } from '../document'
import { periodLine, scrubPersonalNumbers } from '../notices'
import type { PrintDocument } from '../pdf-types'

export function resultRecordBlocks(notice: Notice, village: Pick<VillageProfile, 'supervisionPhone'>): BodyBlock[] {
  const clean = (text: string) => scrubPersonalNumbers(text, village.supervisionPhone)
  const issued = notice.issuedAt ? formatChineseDate(beijingDate(new Date(notice.issuedAt))) : '（未记录）'
  const blocks: BodyBlock[] = [
    { kind: 'heading', level: 1, text: '一、公示情况' },
    `公示标题：${clean(notice.title)}。`,
    `签发日期：${issued}。${periodLine(notice.period)}`,
    notice.posting
      ? `张贴：${formatChineseDate(notice.posting.date)}张贴于${clean(notice.posting.place)}${notice.posting.photoId ? '，现场照片已存档' : ''}。`
      : '张贴：未登记。',
  ]
  if (notice.pdfSha256) blocks.push(`签发打印件的防篡改校验码：${groupCheckCode(notice.pdfSha256)}。`)
  blocks.push({ kind: 'heading', level: 1, text: '二、异议与答复' })
  if (notice.objections.length === 0) blocks.push('公示期内未收到异议。')
  else {
    blocks.push(`公示期内共收到异议${notice.objections.length}件，${notice.objections.filter((o) => o.reply).length}件已答复。`)
    blocks.push({
      kind: 'table',
      fontSize: 10.5,
      columns: [
        { header: '序号', key: 'no', width: 28, align: 'center' },
        { header: '日期', key: 'date', width: 'auto', noWrap: true },
        { header: '异议人', key: 'who', width: 'auto' },
        { header: '异议内容', key: 'content', width: '*' },
        { header: '答复', key: 'reply', width: '*' },
      ],
      rows: notice.objections.map((o, i) => ({
        no: String(i + 1),
        date: o.date,
        who: clean(o.who),
        content: clean(o.content),
        reply: o.reply ? `${o.reply.date}，${clean(o.reply.by)}：${clean(o.reply.text)}` : '未答复',
      })),
    })
  }
  blocks.push({ kind: 'heading', level: 1, text: '三、公示结果' })
  blocks.push(notice.result ? `${clean(notice.result).replace(/[。.]?$/u, '。')}` : '公示尚未结束，结果未登记。')
  blocks.push('本记录随公示存入村务档案备查，不张贴。')
  return blocks
}

export function buildResultRecordDoc(notice: Notice, village: VillageProfile): PrintDocument {
  return officialDocument({
    title: '公示结果记录',
    bodyBlocks: resultRecordBlocks(notice, village),
    signature: { issuer: notice.issuer?.trim() || village.committeeName, date: beijingDate(new Date(notice.endedAt ?? notice.updatedAt)) },
    sealMark: false,
    subject: `公示结果记录：${notice.title}`,
  })
}
