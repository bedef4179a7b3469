import { describe, expect, it } from 'vitest'
import { evaluateVote } from './evaluateVote'
import { checkVote, editVote, enterVote, totalsWords, voteCountsOf, type VoteRecord } from './votes'

const WHEN = '2026-03-15T10:00:00+08:00'
const LATER = '2026-03-15T11:30:00+08:00'
const ctx = { present: 20 }
const motion = '关于修建村道的方案'

function entered(): VoteRecord {
  const r = enterVote({ motion, method: 'paper_totals', totals: { yes: 11, no: 7, abstain: 1, invalid: 1, cast: 20 } }, ctx, {
    who: '王文书',
    when: WHEN,
  })
  expect(r.findings.filter((f) => f.level === 'error')).toEqual([])
  return r.value!
}

describe('vote entry by method', () => {
  it('a show of hands: totals, no invalid votes; cast defaults to the sum', () => {
    const r = enterVote({ motion, method: 'show_of_hands', totals: { yes: 11, no: 9 } }, ctx, { who: '王文书', when: WHEN })
    expect(r.value?.totals).toEqual({ yes: 11, no: 9, abstain: 0, invalid: 0, cast: 20 })
    expect(r.value?.edits).toEqual([])
    const bad = enterVote({ motion, method: 'show_of_hands', totals: { yes: 11, invalid: 1 } }, ctx, { who: '王文书', when: WHEN })
    expect(bad.value).toBeNull()
    expect(bad.findings.find((f) => f.code === 'invalid_without_ballots')?.field).toBe('invalid')
  })

  it('votes above those present are refused at the field, for every method', () => {
    for (const method of ['show_of_hands', 'paper_totals', 'secret_ballot'] as const) {
      const r = checkVote({ motion, method, totals: { yes: 15, no: 6 }, scrutineers: { monitors: ['甲'], counters: ['乙'] } }, ctx)
      expect(
        r.findings.find((f) => f.code === 'votes_exceed_present'),
        method,
      ).toMatchObject({ level: 'error', field: 'yes' })
    }
    // exactly all present is fine
    expect(checkVote({ motion, method: 'show_of_hands', totals: { yes: 15, no: 5 } }, ctx).findings).toEqual([])
  })

  it('a paper mismatch stands only with both a note and a tally-sheet photo', () => {
    const entry = { motion, method: 'paper_totals' as const, totals: { yes: 11, no: 7, abstain: 1, invalid: 0, cast: 20 } }
    const refused = enterVote(entry, ctx, { who: '王文书', when: WHEN })
    expect(refused.value).toBeNull()
    expect(refused.findings.find((f) => f.code === 'tally_mismatch')?.message).toBe(
      '同意11、反对7、弃权1、废票0，合计19票，与投票数20不符，请核对；纸质计票确有差异的，须填写说明并附计票单照片方可接受',
    )
    expect(enterVote({ ...entry, note: '一张票未填写' }, ctx, { who: '王文书', when: WHEN }).value).toBeNull()
    const ok = enterVote({ ...entry, note: '一张票未填写', tallySheetPhoto: 'att:0001' }, ctx, { who: '王文书', when: WHEN })
    expect(ok.value?.note).toBe('一张票未填写')
    expect(ok.findings.map((f) => [f.level, f.code])).toEqual([['warning', 'tally_mismatch_accepted']])
  })

  it('a show-of-hands mismatch is never accepted, note or not', () => {
    const r = enterVote({ motion, method: 'show_of_hands', totals: { yes: 11, no: 7, cast: 20 }, note: 'x', tallySheetPhoto: 'y' }, ctx, {
      who: '王文书',
      when: WHEN,
    })
    expect(r.value).toBeNull()
  })

  it('roll call: totals come from each person’s choice; only those present, once each', () => {
    const rollCall = [
      { villagerId: 'a', name: '甲', choice: '同意' as const },
      { villagerId: 'b', name: '乙', choice: '同意' as const },
      { villagerId: 'c', name: '丙', choice: '反对' as const },
    ]
    const r = enterVote(
      { motion, method: 'roll_call', rollCall },
      { present: 3, presentIds: ['a', 'b', 'c'] },
      { who: '王文书', when: WHEN },
    )
    expect(r.value?.totals).toEqual({ yes: 2, no: 1, abstain: 0, invalid: 0, cast: 3 })
    const bad = checkVote(
      {
        motion,
        method: 'roll_call',
        rollCall: [...rollCall, { villagerId: 'a', name: '甲', choice: '反对' }, { villagerId: 'x', name: '外人', choice: '同意' }],
      },
      { present: 3, presentIds: ['a', 'b', 'c'] },
    )
    expect(bad.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['roll_call_duplicate', 'roll_call_not_present', 'votes_exceed_present']),
    )
  })

  it('a secret ballot names its 监票人 and 计票人', () => {
    const r = checkVote({ motion, method: 'secret_ballot', totals: { yes: 11, no: 9 } }, ctx)
    expect(r.findings.map((f) => f.field)).toEqual(['scrutineers.monitors', 'scrutineers.counters'])
    const ok = enterVote(
      { motion, method: 'secret_ballot', totals: { yes: 11, no: 9 }, scrutineers: { monitors: ['张三'], counters: ['李四'] } },
      ctx,
      { who: '王文书', when: WHEN },
    )
    expect(ok.value?.scrutineers).toEqual({ monitors: ['张三'], counters: ['李四'] })
  })

  it('requires the motion and who entered it', () => {
    const r = enterVote({ motion: ' ', method: 'show_of_hands', totals: { yes: 1 } }, ctx, { who: '', when: WHEN })
    expect(r.findings.map((f) => f.code)).toEqual(['motion_missing', 'who_missing'])
  })
})

describe('every edit after first entry is kept (CONSUL recount)', () => {
  it('appends who, when, why, before and after; the previous record is unchanged', () => {
    const first = entered()
    const copy = structuredClone(first)
    const next = editVote(first, { totals: { yes: 12, no: 6 } }, ctx, { who: '李监票', when: LATER, why: '复核时发现一张同意票被计入反对' })
    expect(first).toEqual(copy)
    expect(next.value?.totals).toEqual({ yes: 12, no: 6, abstain: 1, invalid: 1, cast: 20 })
    expect(next.value?.enteredBy).toBe('王文书')
    expect(next.value?.edits).toEqual([
      {
        who: '李监票',
        when: LATER,
        why: '复核时发现一张同意票被计入反对',
        before: { motion, method: 'paper_totals', totals: { yes: 11, no: 7, abstain: 1, invalid: 1, cast: 20 } },
        after: { motion, method: 'paper_totals', totals: { yes: 12, no: 6, abstain: 1, invalid: 1, cast: 20 } },
      },
    ])
    const third = editVote(next.value!, { totals: { yes: 11, no: 7 } }, ctx, {
      who: '王文书',
      when: '2026-03-16T09:00:00+08:00',
      why: '重新计票',
    })
    expect(third.value?.edits).toHaveLength(2)
  })

  it('refuses an edit without a reason, or one that breaks the totals', () => {
    const first = entered()
    expect(editVote(first, { totals: { yes: 12, no: 6 } }, ctx, { who: '李', when: LATER, why: ' ' }).findings.map((f) => f.code)).toEqual([
      'edit_reason_missing',
    ])
    const broken = editVote(first, { totals: { yes: 13 } }, ctx, { who: '李', when: LATER, why: '复核' })
    expect(broken.value).toBeNull()
    expect(broken.findings.map((f) => f.code)).toContain('tally_mismatch')
    expect(
      editVote(first, { totals: { yes: 12, no: 6 } }, ctx, { who: '李', when: '2026-03-14T10:00:00+08:00', why: '复核' }).value,
    ).toBeNull()
  })

  it('an edit that changes nothing is not logged', () => {
    const first = entered()
    const same = editVote(first, { totals: { yes: 11 } }, ctx, { who: '李', when: LATER, why: '核对' })
    expect(same.value).toBe(first)
    expect(same.findings.map((f) => f.code)).toEqual(['no_change'])
  })
})

describe('from record to evaluation', () => {
  it('feeds evaluateVote and reads in words', () => {
    const r = entered()
    expect(totalsWords(r)).toBe('纸质表决票：同意11票，反对7票，弃权1票，废票1票，共收回20票')
    const e = evaluateVote({ body: 'representatives_meeting', entitled: 30, present: 20, method: r.method, ...voteCountsOf(r) })
    expect(e.passed).toBe(true)
  })
})
