/**
 * 违约处理公示: publishCase(ctx, c, { date, start?, text?, nameStyle?, fullNameReason? }) → { case, notice }.
 *
 * The villager's name comes from the registry (never typed): shown as “李某” unless a reason for the
 * full name is recorded (domain publishCase checks the text for ID and phone numbers and the full
 * name). The notice is a notices draft written in the same unit as the case, so the case never
 * points at a notice that was not written; the secretary issues, prints and posts it in 公示公告.
 * Its content is the 违约处理公示 paper (print/violations/publication.ts
 * violationPublicationContent): “关于李某违反村规民约处理情况的公示”, the facts, the conduct and
 * handling articles quoted as in force on the act date, the measures, 现予公示, the 公示期 of the
 * village's profile and the objection channel. `text` (the facts paragraph) defaults to the facts
 * as notified, the full name replaced by the shown one (caseNoticeText).
 * Refused, nothing written: ViolationRefusedError, NoVillageProfileError, StaleRecordError.
 */
import { ulid } from 'ulid'
import { loadVillageProfile } from '@/db/repositories/village'
import type { CaseRow, NoticeRow } from '@/db/rows'
import { formatChineseDate } from '@/domain/calendar/calendar'
import { todayIso } from '@/domain/calendar/clock'
import { createDraft } from '@/domain/notices/lifecycle'
import type { ViolationCase } from '@/domain/violations/case'
import { publishCase as decidePublish } from '@/domain/violations/lifecycle'
import { ViolationRefusedError, unwrap } from '@/domain/violations/outcome'
import { anonymizedName, type PublicNameStyle } from '@/domain/violations/publicName'
import { violationPublicationContent } from '@/print/violations'
import { replaceName, sentence } from '@/print/violations/wording'
import type { AppContext } from '../context'
import { villageRuleProfile } from '../meetings/profile'
import { recordsAudited } from '../meetings/recordsUnit'
import { NoVillageProfileError } from '../notices/printing'
import { loadVillageBenefits } from './benefitList'

/** The facts paragraph of the notice, with the name as it may be shown. */
export function caseNoticeText(c: ViolationCase, fullName: string, shownName: string): string {
  if (!c.decision) throw new ViolationRefusedError('尚未作出处理决定')
  const facts = c.notification?.facts ?? c.report.facts
  return replaceName(
    `经调查核实：${formatChineseDate(c.report.actDate)}，${shownName}在${c.report.place}${sentence(facts)}`,
    fullName,
    shownName,
  )
}

export async function publishCase(
  ctx: AppContext,
  c: CaseRow,
  input: { date: string; start?: string; text?: string; nameStyle?: PublicNameStyle; fullNameReason?: string },
): Promise<{ case: CaseRow; notice: NoticeRow }> {
  const village = await loadVillageProfile(ctx.db)
  if (!village) throw new NoVillageProfileError()
  const rule = (await villageRuleProfile(ctx)).disclosureDays.违约处理公示
  const { benefits } = await loadVillageBenefits(ctx)
  return recordsAudited(ctx, ['cases', 'notices', 'villagers', 'households'], async (work) => {
    const current = await work.require('cases', c.id, c.updatedAt)
    const villager = await work.db.villagers.get(current.report.villagerId)
    if (!villager) throw new ViolationRefusedError('在村民名册中找不到当事人')
    const household = await work.db.households.get(current.report.householdId)
    const shown = input.fullNameReason?.trim() ? villager.name : anonymizedName(villager.name, input.nameStyle)
    const text = input.text ?? caseNoticeText(current, villager.name, shown)
    const noticeId = ulid()
    const today = todayIso({ now: () => new Date(work.now) })
    const next = unwrap(
      decidePublish(
        current,
        {
          date: input.date,
          villagerName: villager.name,
          text,
          noticeId,
          ...(input.nameStyle ? { nameStyle: input.nameStyle } : {}),
          ...(input.fullNameReason ? { fullNameReason: input.fullNameReason } : {}),
        },
        today,
      ),
    )
    const content = violationPublicationContent(
      {
        case: next,
        party: { name: villager.name, ...(household ? { group: household.groupName } : {}) },
        benefits,
        period: { start: input.start ?? input.date, days: rule.days, unit: rule.unit === '工作日' ? 'working' : 'calendar' },
      },
      village,
    )
    const notice = await work.add('notices', createDraft(content, { id: noticeId, now: work.now }), {
      action: 'create',
      summary: `起草${current.caseNo}的违约处理公示`,
    })
    const stored = await work.put(
      'cases',
      { ...current, ...next },
      { action: 'status', summary: `${current.caseNo}：公示（${next.publication!.shownName}）` },
    )
    return { case: stored, notice }
  })
}
