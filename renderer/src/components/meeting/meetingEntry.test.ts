import { describe, expect, it } from 'vitest'
import type { Finding } from '@/domain/law/findings'
import { ART_22_QUORUM } from '@/domain/law/citations'
import { enteredTotals, messagesAt, particularsErrors } from './meetingEntry'

const complete = { date: '2026-03-15', place: '村委会会议室', hostName: '王建国', hostPost: '村党组织书记', recorder: '李秀英' }

describe('particularsErrors', () => {
  it('passes a complete meeting', () => {
    expect(particularsErrors(complete)).toEqual({ date: '', place: '', host: '', recorder: '' })
  })
  it('names each missing particular at its field; blanks count as missing', () => {
    expect(particularsErrors({ date: '', place: '  ', hostName: '王建国', hostPost: ' ', recorder: '' })).toEqual({
      date: '请选择会议日期',
      place: '请填写会议地点',
      host: '请填写主持人姓名和职务',
      recorder: '请填写记录人',
    })
    expect(particularsErrors({ ...complete, date: '2026-3-15' }).date).toBe('请选择会议日期')
    expect(particularsErrors({ ...complete, hostName: '' }).host).toBe('请填写主持人姓名和职务')
  })
})

describe('enteredTotals', () => {
  it('keeps only what was typed: an empty box is not a 0', () => {
    expect(enteredTotals({}, false)).toEqual({})
    expect(enteredTotals({ yes: 0, no: undefined, abstain: 2 }, false)).toEqual({ yes: 0, abstain: 2 })
  })
  it('takes 废票 and 投票数 for a paper count only', () => {
    const typed = { yes: 10, no: 1, abstain: 0, invalid: 1, cast: 12 }
    expect(enteredTotals(typed, false)).toEqual({ yes: 10, no: 1, abstain: 0 })
    expect(enteredTotals(typed, true)).toEqual(typed)
  })
})

describe('messagesAt', () => {
  const at = (field: string | undefined, message: string, level: Finding['level'] = 'error'): Finding => ({
    level,
    code: 'x',
    message,
    citation: ART_22_QUORUM,
    ...(field ? { field } : {}),
  })
  it('joins the errors at the fields asked for, each message once', () => {
    const findings = [
      at('yes', '请填写同意票'),
      at('cast', '投票数多于到会人数'),
      at('yes', '请填写同意票'),
      at('motion', '请填写表决事项'),
    ]
    expect(messagesAt(findings, ['yes', 'no', 'cast'])).toBe('请填写同意票；投票数多于到会人数')
    expect(messagesAt(findings, ['motion'])).toBe('请填写表决事项')
  })
  it('leaves out warnings and findings without a field', () => {
    expect(messagesAt([at('yes', '提示', 'warning'), at(undefined, '无字段')], ['yes'])).toBe('')
  })
})
