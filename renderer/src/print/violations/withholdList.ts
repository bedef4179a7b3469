/**
 * 发放暂缓名单 (distribution withhold list) — buildWithholdListDoc(data, village): PrintDocument.
 *
 * Input: { cases, benefitId, payoutDate 'YYYY-MM-DD', benefits: the village list, parties: the
 *          registry's names by villagerId, title?: default “2026年度年终慰问品发放暂缓名单”,
 *          preparedOn?: 制表日期 (default the payout date) }.
 * Output: a landscape A4 list (print/ledger.ts) for the file, built on domain register.ts
 *   withholdList — whom not to pay on the payout date and why: 序号、暂缓对象 (the household for a
 *   户 suspension, the villager for a 人 one)、村民小组、当事人、案件编号、所依条款、暂缓起始日期、
 *   结束条件; a footer with the count of households and people and 制表人/审核人.
 *   For a 法定成员权益 the list is empty by law and the footer says why (集体经济组织法 Art. 13):
 *   nothing may be withheld.
 *
 * Privacy (design principle 5): masked, as the issue asks for this paper. Names go through the
 * app's one masking function (maskName: 李*, 李*明) — not “李某”, which would make two 李 of one
 * group the same line; with the 村民小组 and case number the secretary can still match each line
 * to the case file. No ID or phone numbers: there is no column for them. Pure.
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import { maskName } from '@/domain/people/masking'
import type { Benefit } from '@/domain/violations/benefits'
import type { ViolationCase } from '@/domain/violations/case'
import { withholdList, type WithholdList } from '@/domain/violations/register'
import type { VillageProfile } from '@/domain/village/profile'
import { buildLedgerDoc } from '../ledger'
import type { PrintDocument } from '../pdf-types'
import type { TableColumn, TableRow } from '../table'
import { householdLabel, sentence, type Party } from './wording'

/** 全角空格 between the subtitle's parts (as typed in Word). */
const GAP = '\u3000'

export interface WithholdListInput {
  cases: readonly ViolationCase[]
  benefitId: string
  payoutDate: string
  benefits: readonly Benefit[]
  parties: Readonly<Record<string, Party>>
  title?: string
  preparedOn?: string
}

export const WITHHOLD_COLUMNS: readonly TableColumn[] = [
  { header: '序号', key: 'seq', width: 'auto', align: 'center' },
  { header: '暂缓对象', key: 'target', width: 90 },
  { header: '村民小组', key: 'group', width: 56, align: 'center' },
  { header: '当事人', key: 'party', width: 56, align: 'center' },
  { header: '案件编号', key: 'caseNo', width: 110 },
  { header: '所依条款', key: 'article', width: 64, align: 'center' },
  { header: '暂缓起始日期', key: 'since', width: 'auto', noWrap: true, align: 'center' },
  { header: '结束条件', key: 'end' },
]

/** The benefit's everyday name for a title: '村集体福利-年终慰问品' → '年终慰问品'. */
export function benefitShortName(name: string): string {
  const parts = name.split(/[-－—]/u).map((p) => p.trim())
  return parts.at(-1) || name.trim()
}

export function withholdListTitle(list: WithholdList): string {
  const year = list.payoutDate.slice(0, 4)
  return `${year}年度${benefitShortName(list.benefitName ?? list.benefitId)}发放暂缓名单`
}

export function withholdRows(list: WithholdList, parties: Readonly<Record<string, Party>>): TableRow[] {
  return list.lines.map((line, i) => {
    const party = parties[line.villagerId]
    const masked: Party | undefined = party && {
      name: maskName(party.name),
      ...(party.householdHead ? { householdHead: maskName(party.householdHead) } : {}),
    }
    const target = !masked ? '（未找到村民）' : line.scope === '户' ? `${householdLabel(masked)}（全户）` : `${masked.name}（本人）`
    return {
      seq: String(i + 1),
      target,
      group: party?.group?.trim() ?? '',
      party: masked?.name ?? '',
      caseNo: line.caseNo ?? line.caseId,
      article: line.article.number,
      since: formatChineseDate(line.since),
      end: line.endCondition,
    }
  })
}

export function buildWithholdListDoc(data: WithholdListInput, village: VillageProfile): PrintDocument {
  const list = withholdList(data.cases, data.benefitId, data.payoutDate, data.benefits)
  const rows = withholdRows(list, data.parties)
  const households = list.lines.filter((l) => l.scope === '户').map((l) => l.householdId)
  const people = list.lines.filter((l) => l.scope === '人').map((l) => l.villagerId)
  const count = `全户暂缓${new Set(households).size}户，本人暂缓${new Set(people).size}人`
  const note = list.statutory
    ? `本项为法定成员权益，不得暂缓发放，本次发放无暂缓对象。${sentence(list.statutory.reason)}`
    : rows.length === 0
      ? `截至${formatChineseDate(list.payoutDate)}，无依违约处理决定暂缓发放的对象。`
      : `共${rows.length}条：${count}。以上对象依已生效的违约处理决定，在发放日（${formatChineseDate(list.payoutDate)}）暂缓发放；结束条件成就后，自恢复之日起恢复发放。`
  return buildLedgerDoc({
    title: data.title?.trim() || withholdListTitle(list),
    subtitle: `${village.committeeName}${GAP}发放项目：${list.benefitName ?? list.benefitId}${GAP}发放日期：${formatChineseDate(list.payoutDate)}${GAP}制表日期：${formatChineseDate(data.preparedOn ?? list.payoutDate)}`,
    columns: WITHHOLD_COLUMNS,
    rows,
    orientation: 'landscape',
    footerNote: `${note}\n制表人：${village.secretaryName.trim()}${GAP}${GAP}审核人：`,
  })
}
