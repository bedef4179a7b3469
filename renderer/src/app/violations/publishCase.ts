/**
 * 违约处理公示: publishCase(ctx, c, { date, start?, text?, nameStyle?, fullNameReason? }) → { case, notice }.
 *
 * The villager's name comes from the registry (never typed): shown as “李某” unless a reason for the
 * full name is recorded (domain publishCase checks the text for ID and phone numbers and the full
 * name). The notice (kind 违约处理公示, the profile's days) is a notices draft written in the same
 * unit as the case, so the case never points at a notice that was not written; the secretary issues
 * and posts it in 公示公告. `text` defaults to the decision in words (caseNoticeText).
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
import type { AppContext } from '../context'
import { villageRuleProfile } from '../meetings/profile'
import { recordsAudited } from '../meetings/recordsUnit'
import { NoVillageProfileError } from '../notices/printing'

/** The decision in words for the notice, with the name as it may be shown. */
export function caseNoticeText(c: ViolationCase, shownName: string): string {
  const d = c.decision
  if (!d) throw new ViolationRefusedError('尚未作出处理决定')
  const conduct = c.assessment?.conductArticle
  return [
    `${shownName}于${formatChineseDate(c.report.actDate)}在${c.report.place}的行为，`,
    conduct ? `违反了${conduct.compactTitle ?? '村规民约'}${conduct.number}的规定。` : '违反了村规民约。',
    `经${d.body}于${formatChineseDate(d.date)}决定，依据${d.handlingArticle.number}，给予${d.measures.map((m) => m.kind).join('、')}的处理。`,
  ].join('')
}

export async function publishCase(
  ctx: AppContext,
  c: CaseRow,
  input: { date: string; start?: string; text?: string; nameStyle?: PublicNameStyle; fullNameReason?: string },
): Promise<{ case: CaseRow; notice: NoticeRow }> {
  const village = await loadVillageProfile(ctx.db)
  if (!village) throw new NoVillageProfileError()
  const rule = (await villageRuleProfile(ctx)).disclosureDays.违约处理公示
  return recordsAudited(ctx, ['cases', 'notices', 'villagers'], async (work) => {
    const current = await work.require('cases', c.id, c.updatedAt)
    const villager = await work.db.villagers.get(current.report.villagerId)
    if (!villager) throw new ViolationRefusedError('在村民名册中找不到当事人')
    const shown = input.fullNameReason?.trim() ? villager.name : anonymizedName(villager.name, input.nameStyle)
    const text = input.text ?? (current.decision ? caseNoticeText(current, shown) : '')
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
    const draft = createDraft(
      {
        kind: '违约处理公示',
        title: `违约处理公示（${current.caseNo}）`,
        body: [text, '公示期间如有异议，请向下列单位反映。'],
        period: { start: input.start ?? input.date, days: rule.days, unit: rule.unit === '工作日' ? 'working' : 'calendar' },
        objectionChannel: { phone: village.supervisionPhone, supervisionBody: '村务监督委员会' },
        issuer: village.committeeName,
        dateSigned: input.date,
        sealed: true,
      },
      { id: noticeId, now: work.now },
    )
    const notice = await work.add('notices', draft, { action: 'create', summary: `起草${current.caseNo}的违约处理公示` })
    const stored = await work.put(
      'cases',
      { ...current, ...next },
      { action: 'status', summary: `${current.caseNo}：公示（${next.publication!.shownName}）` },
    )
    return { case: stored, notice }
  })
}
