/**
 * 会议通知 (notice before a meeting): 召集村民会议，应当提前十天通知村民 (组织法 Art. 21); the 成员大会
 * ten days too (集体经济组织法 Art. 27). The days come from the profile (`noticeDays`), so a province
 * that asks more (or sets days for the 村民代表会议, e.g. Hainan's 3) applies here unchanged.
 *
 * “提前十天”: the meeting is held on the tenth day after the notice at the earliest — notified on
 * 3月1日, the meeting may be held from 3月11日 (the day of notice is not counted, 民法典 Art. 201).
 * 工作日 count only working days (notices/period.ts holds the holiday table).
 */
import { addDays, formatChineseDate, parseIsoDate } from '@/domain/calendar/calendar'
import type { Finding } from '@/domain/law/findings'
import { noticePeriodEnd } from '@/domain/notices/period'
import { NATIONAL_PROFILE } from '@/domain/rules/national'
import { BODY_LABELS, type BodyKind, type DaysRule, type RuleProfile } from '@/domain/rules/profile'
import { collectiveCounterpart, mayActForCollective } from './bodies'

export interface NoticeInput {
  body: BodyKind
  /** 'YYYY-MM-DD': when the villagers were notified. */
  noticeDate?: string
  meetingDate: string
  profile?: RuleProfile
  /** A village meeting deciding a collective matter also keeps the 成员大会's notice (Art. 64). */
  actsForCollective?: boolean
}

export interface NoticeCheck {
  findings: Finding[]
  /** The earliest lawful meeting date for this notice date, when a rule applies. */
  earliestMeetingDate?: string
  rule?: DaysRule
}

function noticeRule(profile: RuleProfile, body: BodyKind, actsForCollective: boolean): DaysRule | undefined {
  const own = profile.bodies[body].noticeDays
  const other = actsForCollective && mayActForCollective(body) ? profile.bodies[collectiveCounterpart(body)].noticeDays : undefined
  if (!own) return other
  if (!other) return own
  return other.days > own.days || (other.days === own.days && other.unit === '工作日') ? other : own
}

/** The first day a meeting may be held after notice on `noticeDate` under `rule`. */
export function earliestMeetingDate(noticeDate: string, rule: Pick<DaysRule, 'days' | 'unit'>): string {
  if (rule.days <= 0) return noticeDate
  return noticePeriodEnd(addDays(noticeDate, 1), rule.days, rule.unit === '工作日' ? 'working' : 'calendar')
}

export function checkNotice(input: NoticeInput): NoticeCheck {
  const profile = input.profile ?? NATIONAL_PROFILE
  const rule = noticeRule(profile, input.body, input.actsForCollective ?? false)
  const name = BODY_LABELS[input.body]
  if (!rule) return { findings: [] }
  const citation = rule.citation
  if (!parseIsoDate(input.meetingDate)) {
    return {
      rule,
      findings: [
        { level: 'error', code: 'meeting_date_invalid', message: `会议日期无效：${input.meetingDate}`, citation, field: 'meetingDate' },
      ],
    }
  }
  if (!input.noticeDate) {
    return {
      rule,
      findings: [
        {
          level: 'warning',
          code: 'notice_date_missing',
          message: `请填写通知日期：召开${name}应当提前${rule.days}${rule.unit === '工作日' ? '个工作日' : '天'}通知`,
          citation,
          field: 'noticeDate',
        },
      ],
    }
  }
  if (!parseIsoDate(input.noticeDate)) {
    return {
      rule,
      findings: [
        { level: 'error', code: 'notice_date_invalid', message: `通知日期无效：${input.noticeDate}`, citation, field: 'noticeDate' },
      ],
    }
  }
  if (input.noticeDate > input.meetingDate) {
    return {
      rule,
      findings: [{ level: 'error', code: 'notice_after_meeting', message: '通知日期晚于会议日期', citation, field: 'noticeDate' }],
    }
  }
  let earliest: string
  try {
    earliest = earliestMeetingDate(input.noticeDate, rule)
  } catch (e) {
    const why = e instanceof Error ? e.message : '无法计算工作日'
    return {
      rule,
      findings: [{ level: 'warning', code: 'notice_unchecked', message: `无法核对通知期：${why}`, citation, field: 'noticeDate' }],
    }
  }
  const span = `${rule.days}${rule.unit === '工作日' ? '个工作日' : '天'}`
  const notified = formatChineseDate(input.noticeDate)
  if (input.meetingDate < earliest) {
    return {
      rule,
      earliestMeetingDate: earliest,
      findings: [
        {
          level: 'error',
          code: 'notice_too_short',
          message: `召开${name}应当提前${span}通知：${notified}通知的，最早可于${formatChineseDate(earliest)}召开，本次定于${formatChineseDate(input.meetingDate)}，通知时间不足`,
          citation,
          field: 'noticeDate',
        },
      ],
    }
  }
  return {
    rule,
    earliestMeetingDate: earliest,
    findings: [{ level: 'ok', code: 'notice_ok', message: `${notified}通知，已提前${span}以上`, citation, field: 'noticeDate' }],
  }
}
