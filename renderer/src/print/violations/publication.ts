/**
 * 违约处理公示 — through the notices content model, so the notices module stores, issues, posts and
 * archives it like any 公示, and buildNoticeDoc does the GB/T 9704 layout and the number sweep.
 *
 * violationPublicationContent(data, village): NoticeContent — the notice's content:
 *   kind '违约处理公示'; title “关于李某违反村规民约处理情况的公示”; body:
 *   1. the facts: the recorded publication text (case.publication.text, checked by publishCase) when
 *      the case has been published, else the facts as notified with the full name replaced;
 *   2. the conduct article quoted (the act-date version the case cites);
 *   3. the handling article quoted, the decision date and body, and the measures with start dates
 *      and end conditions (third person: “暂停其户享受……”; no reasons, which are for the letter);
 *   4. “现予公示。”
 *   then buildNoticeDoc adds the 公示期 line and the objection channel (村务监督委员会 with the
 *   village's supervision phone, and the township).
 * buildViolationPublicationDoc(data, village): PrintDocument = buildNoticeDoc(content, village).
 *
 * The name: “李某” by default (domain publicName.ts anonymizedName); the full name only when the
 * case's publication records a reason (fullNameReason), or `fullNameReason` is passed for a
 * draft. Every occurrence of the full name in generated text becomes the shown name; other
 * people's names typed into the facts are the writer's responsibility (publishCase checks only the
 * party's). ID numbers never appear: the paper has no ID field, and buildNoticeDoc masks any full
 * ID or mobile number typed into the text.
 *
 * Period: `period` if given (from the village's rule profile), else the national default for
 * 违约处理公示 (7 自然日, 地方惯例) starting on the publication date (or `date`).
 * Throws when the case has no decision, when the decision was reversed, or when it does not
 * order a 公示. Pure.
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import type { NoticeContent } from '@/domain/notices/model'
import type { NoticePeriod } from '@/domain/notices/period'
import { NATIONAL_PROFILE } from '@/domain/rules/national'
import { anonymizedName, type PublicNameStyle } from '@/domain/violations/publicName'
import type { VillageProfile } from '@/domain/village/profile'
import { buildNoticeDoc } from '../notices'
import type { PrintDocument } from '../pdf-types'
import type { CasePaperInput } from './notification'
import { breachSentence, decidedMeasureText, numberedItems, quoteArticle, replaceName, sentence, townshipBody } from './wording'

const cn = formatChineseDate

export interface PublicationPaperInput extends CasePaperInput {
  /** The 公示期; default: NATIONAL_PROFILE.disclosureDays.违约处理公示 from the publication date. */
  period?: NoticePeriod
  /** 成文日期 when the case has no publication record yet (a draft); default the decision date. */
  date?: string
  /** Draft only: show the full name with this reason (a recorded publication decides by itself). */
  fullNameReason?: string
  nameStyle?: PublicNameStyle
}

/** The name as the 公示 shows it. */
export function shownNameFor(data: PublicationPaperInput): string {
  const pub = data.case.publication
  if (pub) return pub.shownName
  return data.fullNameReason?.trim() ? data.party.name.trim() : anonymizedName(data.party.name, data.nameStyle)
}

function defaultPeriod(start: string): NoticePeriod {
  const rule = NATIONAL_PROFILE.disclosureDays.违约处理公示
  return { start, days: rule.days, unit: rule.unit === '工作日' ? 'working' : 'calendar' }
}

export function violationPublicationContent(data: PublicationPaperInput, village: VillageProfile): NoticeContent {
  const c = data.case
  const d = c.decision
  const a = c.assessment
  if (!d || !a) throw new Error(`案件${c.caseNo}尚未作出处理决定，不能公示`)
  if (d.reversal) throw new Error(`案件${c.caseNo}的处理决定已被撤销，不能公示`)
  if (!d.publish) throw new Error(`案件${c.caseNo}的处理决定没有要求公示`)
  const shown = shownNameFor(data)
  const name = (t: string) => replaceName(t, data.party.name, shown)
  const facts = c.publication?.text ?? `经调查核实：${cn(c.report.actDate)}，${sentence(c.notification?.facts ?? c.report.facts)}`
  const date = c.publication?.date ?? data.date ?? d.date
  const decider = d.body === '村民代表会议' ? `${d.meeting ? cn(d.meeting.date) : ''}村民代表会议讨论通过` : `本村民委员会${cn(d.date)}决定`
  const measures = d.measures.map((m) => decidedMeasureText(m, data.benefits, 'third'))
  return {
    kind: '违约处理公示',
    title: `关于${shown}违反村规民约处理情况的公示`,
    body: [
      name(facts),
      name(`${shown}的上述行为${breachSentence(a.conductArticle, c, village)}`),
      `${quoteArticle(d.handlingArticle, c, village)}据此，经${decider}，对${shown}作出如下处理：`,
      ...numberedItems(measures),
      '现予公示。',
    ],
    period: data.period ?? defaultPeriod(date),
    objectionChannel: {
      phone: village.supervisionPhone,
      supervisionBody: '村务监督委员会',
      townshipContact: townshipBody(village),
    },
    issuer: village.committeeName,
    dateSigned: date,
    sealed: true,
  }
}

export function buildViolationPublicationDoc(data: PublicationPaperInput, village: VillageProfile): PrintDocument {
  return buildNoticeDoc(violationPublicationContent(data, village), village)
}
