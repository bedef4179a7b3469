import { describe, expect, it } from 'vitest'
import { NATIONAL_PROFILE } from '@/domain/rules/national'
import { checkNotice, earliestMeetingDate } from './notice'

describe('村民会议 notice: 提前十天 (Art. 21)', () => {
  it('notified 3月1日: 3月10日 is one day short, 3月11日 exactly ten days, 3月12日 fine', () => {
    const at = (meetingDate: string) => checkNotice({ body: 'villagers_meeting', noticeDate: '2026-03-01', meetingDate })
    const short = at('2026-03-10')
    expect(short.earliestMeetingDate).toBe('2026-03-11')
    expect(short.findings).toEqual([
      {
        level: 'error',
        code: 'notice_too_short',
        message: '召开村民会议应当提前10天通知：2026年3月1日通知的，最早可于2026年3月11日召开，本次定于2026年3月10日，通知时间不足',
        citation: NATIONAL_PROFILE.bodies.villagers_meeting.noticeDays!.citation,
        field: 'noticeDate',
      },
    ])
    expect(short.findings[0]?.citation.article).toBe('第二十一条')
    expect(at('2026-03-11').findings.map((f) => f.code)).toEqual(['notice_ok'])
    expect(at('2026-03-12').findings.map((f) => f.code)).toEqual(['notice_ok'])
  })

  it('uses the profile’s days: a province asking 15 days moves the earliest date', () => {
    const p = structuredClone(NATIONAL_PROFILE)
    p.bodies.villagers_meeting.noticeDays!.days = 15
    const r = checkNotice({ body: 'villagers_meeting', noticeDate: '2026-03-01', meetingDate: '2026-03-11', profile: p })
    expect(r.earliestMeetingDate).toBe('2026-03-16')
    expect(r.findings[0]?.code).toBe('notice_too_short')
  })

  it('working days skip weekends and holidays', () => {
    // 2026-09-30 (Wed) + 3 working days: Oct 1–7 are 国庆 holidays → Oct 8, 9 (Fri) and the next working day
    const d = earliestMeetingDate('2026-09-30', { days: 3, unit: '工作日' })
    expect(d > '2026-10-08').toBe(true)
    expect(earliestMeetingDate('2026-03-02', { days: 3, unit: '工作日' })).toBe('2026-03-05')
  })

  it('crosses a month and a year end', () => {
    expect(earliestMeetingDate('2026-12-25', { days: 10, unit: '自然日' })).toBe('2027-01-04')
  })

  it('a missing notice date is flagged at the field; a notice after the meeting is an error', () => {
    expect(checkNotice({ body: 'villagers_meeting', meetingDate: '2026-03-11' }).findings[0]).toMatchObject({
      code: 'notice_date_missing',
      field: 'noticeDate',
    })
    expect(checkNotice({ body: 'villagers_meeting', noticeDate: '2026-03-12', meetingDate: '2026-03-11' }).findings[0]?.code).toBe(
      'notice_after_meeting',
    )
  })

  it('the 村民代表会议 has no national notice period; the 成员大会 has ten days (集体经济组织法 Art. 27)', () => {
    expect(checkNotice({ body: 'representatives_meeting', noticeDate: '2026-03-10', meetingDate: '2026-03-11' }).findings).toEqual([])
    const c = checkNotice({ body: 'collective_assembly', noticeDate: '2026-03-05', meetingDate: '2026-03-11' })
    expect(c.findings[0]?.code).toBe('notice_too_short')
    expect(c.findings[0]?.citation.law).toBe('农村集体经济组织法')
    // Art. 28 sets no notice for the 成员代表大会, so a 村民代表会议 acting for the collective has none either;
    // a 村民会议 acting for it keeps ten days
    expect(
      checkNotice({ body: 'representatives_meeting', actsForCollective: true, noticeDate: '2026-03-10', meetingDate: '2026-03-11' })
        .findings,
    ).toEqual([])
    expect(
      checkNotice({ body: 'villagers_meeting', actsForCollective: true, noticeDate: '2026-03-05', meetingDate: '2026-03-11' }).findings[0]
        ?.code,
    ).toBe('notice_too_short')
  })
})
