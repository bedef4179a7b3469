import { describe, expect, it } from 'vitest'
import { NATIONAL_PROFILE } from '@/domain/rules/national'
import type { Article } from './model'
import { articleInForceOn } from './articleInForceOn'
import {
  adoptedVersion,
  checkVote,
  closeSolicitation,
  CompactProcedureError,
  filingReminder,
  recordFiling,
  recordOpinion,
  recordPublication,
  recordRiskReason,
  recordTownshipReview,
  recordVote,
  reviseDraft,
  startProcedure,
  submitForReview,
  suggestedReviewDate,
  type CompactProcedure,
  type VoteRecord,
} from './procedure'

const now = '2026-03-01T09:00:00+08:00'
const clean: Article[] = [
  { number: 1, role: 'conduct', text: '严禁乱倒垃圾。' },
  { number: 2, role: 'handling', text: '违反第一条的，批评教育，责成恢复原状。', links: [1] },
  { number: 3, role: 'restoration', text: '依照第二条处理的，改正后撤销记录。', links: [2] },
]
const withFine: Article[] = [clean[0]!, { ...clean[1]!, text: '违反第一条的，罚款100元。' }, clean[2]!]
const withRisk: Article[] = [clean[0]!, { ...clean[1]!, text: '违反第一条拒不改正的，停发一切福利待遇。' }, clean[2]!]

const review = {
  date: '2026-03-10',
  reviewer: '青石镇人民政府 王某',
  text: '经审核，同意提交村民会议表决。',
  outcome: 'approved' as const,
  attachmentIds: ['photo-1'],
}
const vote: VoteRecord = {
  meetingId: 'm-1',
  date: '2026-03-20',
  body: 'villagers_meeting',
  quorumMet: true,
  passed: true,
  present: 320,
  womenPresent: 140,
  effectiveFrom: '2026-04-01',
}

function reviewed(articles: Article[] = clean): CompactProcedure {
  let p = startProcedure({ id: 'p1', kind: 'adopt', solicit: false, now })
  p = submitForReview(p, { date: '2026-03-05', articles, now })
  return recordTownshipReview(p, review, now)
}

describe('procedure: the happy path', () => {
  it('征集民意 → 拟定草案 → 提请审核 → 审议表决 → 公布 → 备案', () => {
    let p = startProcedure({ id: 'p1', kind: 'adopt', solicit: true, noticeId: 'n-solicit', now })
    expect(p.state).toBe('soliciting')
    p = recordOpinion(p, { id: 'o1', date: '2026-03-02', from: '第三村民小组', text: '建议写明彩礼上限' }, now)
    p = closeSolicitation(p, '2026-03-04', now)
    expect(p.state).toBe('drafting')
    expect(p.solicitation).toMatchObject({ closedOn: '2026-03-04', opinions: [{ id: 'o1' }] })
    p = submitForReview(p, { date: '2026-03-05', articles: clean, now })
    expect(p.state).toBe('under_review')
    p = recordTownshipReview(p, review, now)
    expect(p.state).toBe('reviewed')
    const findings = checkVote(p, vote)
    expect(findings.map((f) => f.code)).toEqual(['compact.vote.women_present'])
    expect(findings[0]!.message).toBe('到会320人，其中妇女140人（43.8%）；指导意见要求“表决应有一定比例妇女参会”，未规定具体比例')
    p = recordVote(p, vote, now)
    expect(p).toMatchObject({ state: 'adopted', adoptedAt: '2026-03-20', effectiveFrom: '2026-04-01' })
    p = recordPublication(p, { date: '2026-03-21', noticeId: 'n-pub', issuer: '青石村村民会议' }, now)
    expect(p.state).toBe('published')
    p = recordFiling(p, { date: '2026-03-25', receiptNumber: '青石镇备〔2026〕3号', photoId: 'photo-2' }, now)
    expect(p.state).toBe('filed')
    expect(p.history.map((h) => h.state)).toEqual([
      'soliciting',
      'soliciting',
      'drafting',
      'under_review',
      'reviewed',
      'adopted',
      'published',
      'filed',
    ])
  })
})

describe('procedure: an amendment produces a version', () => {
  it('the adopted text is in force from the vote’s effective date', () => {
    const original = { id: 'v1', effectiveFrom: '2021-03-01', articles: clean }
    const amended = clean.map((a) => (a.number === 2 ? { ...a, text: '违反第一条的，批评教育，责成恢复原状，并记入信誉档案。' } : a))
    let p = startProcedure({ id: 'p2', kind: 'amend', solicit: false, now })
    expect(() => adoptedVersion(p, 'v2')).toThrow('尚未表决通过')
    p = submitForReview(p, { date: '2026-03-05', articles: amended, now })
    p = recordTownshipReview(p, review, now)
    p = recordVote(p, vote, now)
    const v2 = adoptedVersion(p, 'v2', '2026年修订：第二条')
    expect(v2).toMatchObject({
      id: 'v2',
      effectiveFrom: '2026-04-01',
      adoptedAt: '2026-03-20',
      meetingId: 'm-1',
      note: '2026年修订：第二条',
    })
    const compact = { title: 'T', versions: [original, v2] }
    const before = articleInForceOn(compact, 2, '2026-03-31')
    const after = articleInForceOn(compact, 2, '2026-04-01')
    expect(before.status === 'in_force' && before.text).toBe(clean[1]!.text)
    expect(after.status === 'in_force' && after.text).toContain('信誉档案')
  })

  it('a repeal of the whole compact may have no articles', () => {
    const p = submitForReview(startProcedure({ id: 'p3', kind: 'repeal', solicit: false, now }), { date: '2026-03-05', articles: [], now })
    expect(p.state).toBe('under_review')
  })
})

describe('procedure: gates', () => {
  it('no article with a 违法 finding goes to the vote', () => {
    let p = reviewed(withFine)
    expect(checkVote(p, vote).map((f) => f.code)).toContain('compact.vote.illegal_articles')
    expect(() => recordVote(p, vote, now)).toThrow('第二条有违法内容')
    p = reviseDraft(p, clean, now)
    expect(recordVote(p, vote, now).state).toBe('adopted')
  })

  it('a 风险 finding needs a recorded reason', () => {
    let p = reviewed(withRisk)
    expect(() => recordVote(p, vote, now)).toThrow('记录保留理由')
    expect(() => recordRiskReason(p, { article: 2, code: 'compact.review.blanket_benefit_cut', reason: ' ' }, now)).toThrow('保留理由')
    p = recordRiskReason(
      p,
      { article: 2, code: 'compact.review.blanket_benefit_cut', reason: '本村福利均为村级自主发放，不含分红和补偿' },
      now,
    )
    expect(recordVote(p, vote, now).state).toBe('adopted')
  })

  it('the vote waits for the township review', () => {
    let p = startProcedure({ id: 'p1', kind: 'amend', solicit: false, now })
    p = submitForReview(p, { date: '2026-03-05', articles: clean, now })
    expect(() => recordVote(p, vote, now)).toThrow('须经乡镇审核')
  })

  it('a 村民代表会议 is a hard warning that needs a reason', () => {
    const p = reviewed()
    const rep = { ...vote, body: 'representatives_meeting' as const }
    const w = checkVote(p, rep).find((f) => f.code === 'compact.vote.representatives_meeting')!
    expect(w.level).toBe('warning')
    expect(w.citation.article).toBe('第二十七条')
    expect(() => recordVote(p, rep, now)).toThrow('写明理由')
    expect(recordVote(p, { ...rep, representativesReason: '外出务工村民多，经村民会议授权' }, now).state).toBe('adopted')
  })

  it('women’s attendance: unknown or none is a warning, never a block', () => {
    const p = reviewed()
    const unknown = { ...vote, womenPresent: undefined }
    expect(checkVote(p, unknown).map((f) => [f.code, f.level])).toEqual([['compact.vote.women_unknown', 'warning']])
    expect(checkVote(p, { ...vote, womenPresent: 0 }).map((f) => f.code)).toEqual(['compact.vote.no_women'])
    expect(recordVote(p, { ...vote, womenPresent: 0 }, now).state).toBe('adopted')
  })

  it('a failed vote or a missed quorum goes back to drafting', () => {
    expect(recordVote(reviewed(), { ...vote, passed: false }, now).state).toBe('drafting')
    const q = recordVote(reviewed(), { ...vote, quorumMet: false }, now)
    expect(q.state).toBe('drafting')
    expect(q.history.at(-1)!.summary).toContain('到会人数未达法定要求')
    expect(q.votes).toHaveLength(1)
  })

  it('a returned draft goes back to drafting', () => {
    let p = startProcedure({ id: 'p1', kind: 'adopt', solicit: false, now })
    p = submitForReview(p, { date: '2026-03-05', articles: withFine, now })
    expect(p.history.at(-1)!.summary).toContain('1处违法内容')
    p = recordTownshipReview(p, { ...review, outcome: 'returned', text: '第二条罚款内容违法，请修改' }, now)
    expect(p.state).toBe('drafting')
    p = reviseDraft(p, clean, now)
    p = submitForReview(p, { date: '2026-03-12', articles: clean, now })
    expect(p.state).toBe('under_review')
  })

  it('checks dates, names and the 落款', () => {
    let p = startProcedure({ id: 'p1', kind: 'adopt', solicit: false, now })
    expect(() => submitForReview(p, { date: '2026-03-05', articles: [], now })).toThrow('没有条文')
    p = submitForReview(p, { date: '2026-03-05', articles: clean, now })
    expect(() => recordTownshipReview(p, { ...review, date: '2026-03-04' }, now)).toThrow('早于报送日期')
    expect(() => recordTownshipReview(p, { ...review, reviewer: '' }, now)).toThrow('审核人')
    expect(() => recordTownshipReview(p, { ...review, text: '' }, now)).toThrow('审核意见')
    p = recordTownshipReview(p, review, now)
    expect(() => recordVote(p, { ...vote, date: '2026-03-09' }, now)).toThrow('早于乡镇审核日期')
    expect(() => recordVote(p, { ...vote, effectiveFrom: '2026-03-19' }, now)).toThrow('施行日期不能早于表决日期')
    p = recordVote(p, vote, now)
    expect(() => recordPublication(p, { date: '2026-03-21', noticeId: 'n', issuer: '青石村村民委员会' }, now)).toThrow('××村村民会议')
    expect(() => recordPublication(p, { date: '2026-03-19', noticeId: 'n', issuer: '青石村村民会议' }, now)).toThrow('早于表决通过日期')
    expect(() => recordFiling(p, { date: '2026-03-25', receiptNumber: 'x' }, now)).toThrow(CompactProcedureError)
    p = recordPublication(p, { date: '2026-03-21', noticeId: 'n', issuer: '青石村村民会议' }, now)
    expect(() => recordFiling(p, { date: '2026-03-25', receiptNumber: ' ' }, now)).toThrow('回执号')
    expect(() => recordOpinion(p, { id: 'o', date: '2026-03-01', from: 'x', text: 'y' }, now)).toThrow('“已公布”阶段不能登记意见')
  })
})

describe('filing reminder (profile.compactFilingDays, default 10 days)', () => {
  const adopted = recordVote(reviewed(), vote, now)

  it('due on the adoption date + 10 days; info before, warning after', () => {
    const on = filingReminder(adopted, NATIONAL_PROFILE, '2026-03-30')!
    expect(on).toMatchObject({ due: '2026-03-30', daysLeft: 0, overdue: false })
    expect(on.finding.level).toBe('info')
    expect(on.finding.message).toContain('地方惯例，可调整')
    expect(filingReminder(adopted, NATIONAL_PROFILE, '2026-03-29')!.daysLeft).toBe(1)
    const late = filingReminder(adopted, NATIONAL_PROFILE, '2026-03-31')!
    expect(late).toMatchObject({ overdue: true, daysLeft: -1 })
    expect(late.finding.level).toBe('warning')
    expect(late.finding.message).toContain('已超过1天')
  })

  it('follows the profile and stops once filed', () => {
    const seven = { compactFilingDays: { ...NATIONAL_PROFILE.compactFilingDays, days: 7 } }
    expect(filingReminder(adopted, seven, '2026-03-20')!.due).toBe('2026-03-27')
    expect(filingReminder(reviewed(), NATIONAL_PROFILE, '2026-03-20')).toBeNull()
    const published = recordPublication(adopted, { date: '2026-03-21', noticeId: 'n', issuer: '青石村村民会议' }, now)
    const filed = recordFiling(published, { date: '2026-03-25', receiptNumber: '3号' }, now)
    expect(filingReminder(filed, NATIONAL_PROFILE, '2026-04-30')).toBeNull()
  })

  it('suggests a review at the next 换届 (5 years)', () => {
    expect(suggestedReviewDate('2026-03-20')).toBe('2031-03-20')
    expect(suggestedReviewDate('2024-02-29')).toBe('2029-02-28')
  })
})
