/**
 * 谁有权决定 (which body may decide a matter).
 *
 * - Art. 24 items and 集体财产/成员权益 matters are decided by the 村民会议, or by a 村民代表会议 that
 *   holds the 村民会议's written authorisation (Art. 24 ¶2), recorded with its date and meeting. A
 *   Party body or the 两委 may 提议/商议/审议 them, never decide (四议两公开 steps ①–③).
 * - A 村民小组会议 decides the group's own collective property and public affairs (Art. 28 ¶3):
 *   an Art. 24 item there is a warning (is it the group's, or the whole village's?).
 * - 村规民约 is made by the 村民会议 (Art. 27): at a 村民代表会议 it is a hard warning (domain-rules §1.7).
 * - A 成员代表大会 may not confirm membership, decide contracting/homestead plans or compensation
 *   (集体经济组织法 Art. 28 ¶4), and non-member sharing needs the 成员大会 (Art. 15). Where a 村民代表会议
 *   acts for a collective (Art. 64 “参照适用”) the same limits are a warning.
 */
import { formatChineseDate, parseIsoDate } from '@/domain/calendar/calendar'
import {
  ART_24_MATTERS,
  ART_27_COMPACT,
  CEO_ART_15_NON_MEMBERS,
  CEO_ART_26_POWERS,
  CEO_ART_28_REPRESENTATIVES,
} from '@/domain/law/citations'
import type { Finding } from '@/domain/law/findings'
import { BODY_LABELS, type BodyKind } from '@/domain/rules/profile'
import { isCollectiveBody, isPartyOrCommitteeBody } from './bodies'
import { ART_28_GROUP_PROPERTY } from './citations'
import {
  isArt24Item,
  normalizeMatterTag,
  reservedToFullAssembly,
  tagWords,
  touchesCollective,
  villageSelfGovernmentOnly,
  type MatterTag,
} from './matters'

/** 村民会议's written authorisation of the 村民代表会议 (Art. 24 ¶2). */
export interface Authorisation {
  /** 'YYYY-MM-DD': when the 村民会议 gave it. */
  date?: string
  /** Which meeting gave it, e.g. “2026年1月5日村民会议”. */
  meeting?: string
  /** The matters it covers; absent or empty = all Art. 24 matters. */
  matters?: readonly string[]
  /** A reference to the filed document (档案号, scan). */
  documentRef?: string
}

/** 'decide' = this vote makes the decision (step ④); 'deliberate' = 提议/商议/审议 (steps ①–③). */
export type VoteRole = 'decide' | 'deliberate'

export interface CompetenceInput {
  body: BodyKind
  tags: readonly MatterTag[]
  role: VoteRole
  /** true = a written authorisation without its details (accepted, with a warning to record them). */
  authorisation?: Authorisation | boolean
  meetingDate?: string
  /** Whether the collective switch applies (the village acts for a collective, Art. 64). */
  actsForCollective: boolean
}

function err(code: string, message: string, citation: Finding['citation'], field?: string): Finding {
  return field ? { level: 'error', code, message, citation, field } : { level: 'error', code, message, citation }
}

function needsMeetingOfVillagers(tags: readonly MatterTag[]): MatterTag[] {
  return tags.filter((t) => isArt24Item(t) || touchesCollective(t) || t === 'village_compact')
}

function checkAuthorisation(input: CompetenceInput, delegated: MatterTag[]): Finding[] {
  const a = input.authorisation
  const what = tagWords(delegated)
  if (a === undefined || a === false || a === null) {
    return [
      err(
        'delegation_missing',
        `本事项（${what}）须经村民会议讨论决定；村民代表会议决定须有村民会议的书面授权（记明授权日期和会议），未见授权，不能作出决定`,
        ART_24_MATTERS,
        'authorisation',
      ),
    ]
  }
  if (a === true) {
    return [
      {
        level: 'warning',
        code: 'authorisation_unrecorded',
        message: '已注明有村民会议授权，但未记录授权的日期和会议，请补录并将书面授权存档',
        citation: ART_24_MATTERS,
        field: 'authorisation',
      },
    ]
  }
  const out: Finding[] = []
  const date = a.date?.trim()
  const meeting = a.meeting?.trim()
  if (!date || !meeting) {
    out.push(err('authorisation_incomplete', '村民会议的书面授权须记明授权日期和作出授权的会议', ART_24_MATTERS, 'authorisation'))
    return out
  }
  if (!parseIsoDate(date)) {
    out.push(err('authorisation_bad_date', `授权日期无效：${date}`, ART_24_MATTERS, 'authorisation'))
    return out
  }
  if (input.meetingDate && date > input.meetingDate) {
    out.push(
      err('authorisation_after_meeting', `授权日期${formatChineseDate(date)}晚于本次会议，会议时尚无授权`, ART_24_MATTERS, 'authorisation'),
    )
  }
  const covered = (a.matters ?? []).map(normalizeMatterTag).filter((t): t is MatterTag => t !== null)
  if (covered.length > 0) {
    const missing = delegated.filter((t) => !covered.includes(t))
    if (missing.length > 0) {
      out.push(err('authorisation_scope', `村民会议的授权不包括本事项中的“${tagWords(missing)}”`, ART_24_MATTERS, 'authorisation'))
    }
  }
  if (out.length === 0) {
    out.push({
      level: 'ok',
      code: 'delegation_ok',
      message: `已有村民会议书面授权（${formatChineseDate(date)}，${meeting}）`,
      citation: ART_24_MATTERS,
      field: 'authorisation',
    })
  }
  return out
}

/** Findings on whether `body` may decide (or deliberate on) a matter with these tags. */
export function checkCompetence(input: CompetenceInput): Finding[] {
  const { body, tags, role } = input
  const reserved = needsMeetingOfVillagers(tags)
  if (reserved.length === 0) return []
  const what = tagWords(reserved)
  const name = BODY_LABELS[body]
  const out: Finding[] = []

  if (isPartyOrCommitteeBody(body)) {
    if (role === 'deliberate') {
      out.push({
        level: 'info',
        code: 'deliberation_only',
        message: `${name}对本事项（${what}）提议、商议或审议；事项须由村民会议或经授权的村民代表会议决定`,
        citation: ART_24_MATTERS,
      })
    } else {
      out.push(
        err(
          'body_not_competent',
          `本事项（${what}）须经村民会议或经授权的村民代表会议讨论决定，${name}只能提议、商议或审议，不能作出决定`,
          ART_24_MATTERS,
          'body',
        ),
      )
    }
    return out
  }

  const compact = tags.includes('village_compact')
  const nonMember = tags.includes('non_member_sharing')

  if (body === 'representatives_meeting') {
    if (compact) {
      out.push({
        level: 'warning',
        code: 'compact_at_representatives',
        message: '村规民约、村民自治章程由村民会议制定和修改；法律未授权村民代表会议，部分省份明确禁止，请提交村民会议表决',
        citation: ART_27_COMPACT,
        field: 'body',
      })
    }
    if (nonMember) {
      out.push(
        err(
          'needs_full_assembly',
          '非集体经济组织成员享有集体收益，须经成员大会全体成员四分之三以上同意，村民代表会议不能决定',
          CEO_ART_15_NON_MEMBERS,
          'body',
        ),
      )
    }
    const excluded = input.actsForCollective ? tags.filter((t) => reservedToFullAssembly(t) && t !== 'non_member_sharing') : []
    if (excluded.length > 0) {
      out.push({
        level: 'warning',
        code: 'collective_power_of_assembly',
        message: `“${tagWords(excluded)}”按《农村集体经济组织法》第二十八条不由成员代表大会决定；村民代表会议代行时宜提交村民会议决定，请核实`,
        citation: CEO_ART_28_REPRESENTATIVES,
        field: 'body',
      })
    }
    const delegated = reserved.filter((t) => t !== 'village_compact')
    if (delegated.length > 0) out.push(...checkAuthorisation(input, delegated))
    return out
  }

  if (body === 'group_meeting') {
    const items = tags.filter(isArt24Item)
    if (items.length > 0) {
      out.push({
        level: 'warning',
        code: 'group_scope',
        message: `村民小组会议只讨论决定属于本组集体所有的财产和本组公益事项；“${tagWords(items)}”如属全村事项，须由村民会议决定`,
        citation: ART_28_GROUP_PROPERTY,
        field: 'body',
      })
    }
    if (compact)
      out.push(
        err('compact_needs_villagers_meeting', '村规民约、村民自治章程由村民会议制定和修改，村民小组会议不能决定', ART_27_COMPACT, 'body'),
      )
    return out
  }

  if (isCollectiveBody(body)) {
    const village = tags.filter(villageSelfGovernmentOnly)
    if (village.length > 0) {
      out.push(
        err(
          'village_matter',
          `“${tagWords(village)}”属于村民自治事项，须由村民会议或经授权的村民代表会议决定，${name}不能决定`,
          ART_24_MATTERS,
          'body',
        ),
      )
    }
    if (body === 'collective_representatives') {
      const excluded = tags.filter(reservedToFullAssembly)
      if (excluded.length > 0) {
        const cite = excluded.every((t) => t === 'non_member_sharing') ? CEO_ART_15_NON_MEMBERS : CEO_ART_28_REPRESENTATIVES
        out.push(err('needs_full_assembly', `“${tagWords(excluded)}”须由成员大会决定，成员代表大会不能行使此项职权`, cite, 'body'))
      }
    }
    if (out.length === 0) {
      out.push({
        level: 'ok',
        code: 'collective_body_competent',
        message: `${name}依法讨论决定本事项（${what}）`,
        citation: CEO_ART_26_POWERS,
      })
    }
    return out
  }

  // 村民会议 decides every Art. 24 matter itself.
  return out
}
