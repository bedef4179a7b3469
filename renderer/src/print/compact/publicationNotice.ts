/**
 * 村规民约公布 notice — `buildPublicationNoticeDoc(data, village): PrintDocument`.
 *
 * The 村民会议 publishes what it adopted (指导意见 “备案公布”); the notice is signed “××村村民会议”
 * (domain-rules §3.3, §4.1 [S8d]), the same 落款 procedure.ts recordPublication requires.
 *
 * Input
 *   data.compact     the Compact; data.versionId the version published (default the newest). A
 *                    version after the first is an amendment: the notice names the articles changed.
 *   data.date        成文日期 of the notice ('YYYY-MM-DD'); not before the adoption.
 *   data.titleStyle  'announcement' (default): “关于公布《××村村规民约》的公告”;
 *                    'short': “××村村规民约公布”.
 *   data.sealed      a seal mark on the 落款 (default false: a 村民会议 has no seal of its own).
 *   data.issuer      default “××村村民会议”.
 *   data.attachments 附件说明; default the compact's full text (and, for an amendment, the 条文对照表).
 *   village          VillageProfile: the village name.
 *
 * Output: GB/T 9704 title, body (adopted on …, by the 村民会议, what changed, in force from …, who it
 * binds), 附件说明, 落款 “××村村民会议” with the date, kept with its text.
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import type { Compact } from '@/domain/compact/model'
import type { VillageProfile } from '@/domain/village/profile'
import { officialDocument } from '../document'
import type { PrintDocument } from '../pdf-types'
import { changeSummary, compactTitle, pickVersion, previousVersion, requireDate, versionChanges, villagersMeetingName } from './wording'

export interface PublicationNoticeInput {
  compact: Compact
  versionId?: string
  date: string
  titleStyle?: 'announcement' | 'short'
  sealed?: boolean
  issuer?: string
  attachments?: readonly string[]
}

export function buildPublicationNoticeDoc(data: PublicationNoticeInput, village: VillageProfile): PrintDocument {
  const version = pickVersion(data.compact, data.versionId)
  const title = compactTitle(data.compact, village)
  const issuer = (data.issuer ?? villagersMeetingName(village)).trim()
  if (!issuer) throw new Error('落款不能为空')
  const date = requireDate(data.date, '公布日期')
  const adoptedAt = requireDate(version.adoptedAt, '村民会议通过的日期')
  if (date < adoptedAt) throw new Error('公布日期不能早于村民会议通过的日期')
  const amending = previousVersion(data.compact, version) !== null
  const effective = `自${formatChineseDate(version.effectiveFrom)}起施行`
  const meeting = villagersMeetingName(village)
  const body: string[] = []
  if (amending) {
    const changes = changeSummary(versionChanges(data.compact, version))
    body.push(
      `${formatChineseDate(adoptedAt)}，${meeting}审议通过了关于修改《${title}》的决定${changes ? `，${changes}` : ''}。现将修改后的《${title}》予以公布，${effective}。`,
    )
  } else {
    body.push(`《${title}》已经${formatChineseDate(adoptedAt)}${meeting}审议通过，现予公布，${effective}。`)
  }
  body.push(
    '本村规民约对本村全体村民和居住在本村的其他人员具有约束力，请大家自觉遵守，相互监督。村规民约全文张贴于村务公开栏，村民可到村民委员会查阅。',
  )
  const attachments = data.attachments ?? [title, ...(amending ? [`${title}修改条文对照表`] : [])]
  return officialDocument({
    title: data.titleStyle === 'short' ? `${title}公布` : `关于公布《${title}》的公告`,
    bodyBlocks: body,
    attachmentsNote: attachments,
    signature: { issuer, date },
    sealMark: data.sealed ?? false,
    subject: `${village.villageName} 村规民约公布`,
  })
}
