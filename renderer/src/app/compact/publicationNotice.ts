/**
 * Glue (the domain has no notice content for it yet): the 村规民约公布 notice as NoticeContent, so it
 * runs through the notices lifecycle like every other notice. The printed sheet with the full text is
 * print/compact/publicationNotice.ts; this is the notice record that carries it (公示期, objections).
 *
 * publicationNoticeContent(compact, procedure, { date, issuer, village, profile }) → NoticeContent.
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import type { Compact } from '@/domain/compact/model'
import { CompactProcedureError, type CompactProcedure } from '@/domain/compact/procedure'
import type { NoticeContent } from '@/domain/notices/model'
import type { RuleProfile } from '@/domain/rules/profile'
import type { VillageProfile } from '@/domain/village/profile'

export function publicationNoticeContent(
  compact: Compact,
  p: CompactProcedure,
  opts: { date: string; issuer: string; village: VillageProfile; profile: RuleProfile },
): NoticeContent {
  if (!p.adoptedAt || !p.effectiveFrom) throw new CompactProcedureError('村规民约尚未表决通过，不能公布')
  const title = compact.title || `${opts.village.villageName}村规民约`
  const amended = p.kind === 'amend' ? '修订' : p.kind === 'repeal' ? '废止' : ''
  const vote = p.votes.at(-1)
  const body = [
    `《${title}》${amended ? `（${amended}）` : ''}经${formatChineseDate(p.adoptedAt)}${vote?.body === 'representatives_meeting' ? '村民代表会议' : '村民会议'}表决通过，自${formatChineseDate(p.effectiveFrom)}起施行，现予公布。`,
    '全体村民应当共同遵守。对村规民约有意见和建议的，请向下列单位反映。',
  ]
  const rule = opts.profile.disclosureDays.村规民约公布
  return {
    kind: '村规民约公布',
    title: `关于公布《${title}》的公告`,
    body,
    period: { start: opts.date, days: rule.days, unit: rule.unit === '工作日' ? 'working' : 'calendar' },
    objectionChannel: { phone: opts.village.supervisionPhone, supervisionBody: '村务监督委员会' },
    issuer: opts.issuer,
    dateSigned: opts.date,
    sealed: false,
  }
}
