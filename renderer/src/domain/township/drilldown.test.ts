import { describe, expect, it } from 'vitest'
import { villageMatters } from './drilldown'
import { received } from './testFixtures'

describe('villageMatters', () => {
  const bundle = received({
    data: {
      matters: [
        {
          id: 'm1',
          title: '村道硬化工程',
          decidedOn: '2026-03-15',
          result: '通过',
          resolutionPublishedOn: '2026-03-16',
          state: 'disclosing',
        },
        { id: 'm2', title: '路灯', decidedOn: '2026-04-01', result: '通过', pdfs: ['会议记录-路灯.pdf'] },
        { id: 'm3', title: '去年的', decidedOn: '2025-05-01', result: '未通过', state: 'rejected' },
        { id: 'm4', title: '待决议事项', state: 'resolving' },
      ],
    },
    pdfNames: ['2026-03-16-决议公开-村道硬化工程.pdf', '会议记录-路灯.pdf', '决议公开-路灯.pdf'],
  })

  it('lists newest decision first, undecided last, with results and states in words', () => {
    const lines = villageMatters([bundle])
    expect(lines.map((l) => [l.title, l.result, l.state, l.overdue])).toEqual([
      ['路灯', '通过', null, true],
      ['村道硬化工程', '通过', '决议公开中', false],
      ['去年的', '未通过', '未通过', false],
      ['待决议事项', '未表决', '待决议', false],
    ])
  })

  it('finds PDFs the record names, else those whose name holds the title, each with its bundle', () => {
    const lines = villageMatters([bundle])
    expect(lines[0]!.pdfs).toEqual([{ name: '会议记录-路灯.pdf', bundleSha256: bundle.sha256 }])
    expect(lines[1]!.pdfs.map((p) => p.name)).toEqual(['2026-03-16-决议公开-村道硬化工程.pdf'])
    expect(lines[3]!.pdfs).toEqual([])
  })

  it('finds a domain Matter’s notice PDFs by the notice id the village puts at the end of the name', () => {
    const b = received({
      data: { matters: [{ id: 'm', title: '修 路', disclosures: [{ start: '2026-03-02', noticeId: '01JNOTICEABC123' }] }] },
      pdfNames: ['2026-03-02-决议公开-关于修路决议的公示-ABC123.pdf', '2026-03-02-决议公开-关于修路决议的公示-XYZ999.pdf'],
    })
    expect(villageMatters([b])[0]!.pdfs.map((p) => p.name)).toEqual(['2026-03-02-决议公开-关于修路决议的公示-ABC123.pdf'])
  })

  it('keeps to one year when asked, with undecided matters', () => {
    expect(villageMatters([bundle], { year: 2025 }).map((l) => l.title)).toEqual(['去年的', '待决议事项'])
  })
})
