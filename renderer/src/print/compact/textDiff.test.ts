import { describe, expect, it } from 'vitest'
import { diffSegments, type Segment } from './textDiff'

const show = (segments: Segment[]) => segments.map((s) => (s.changed ? `[${s.text}]` : s.text)).join('')

describe('diffSegments', () => {
  it('marks what an amendment added', () => {
    const d = diffSegments(
      '建房、改建不得妨碍相邻住户的通风和采光。',
      '建房、改建不得妨碍相邻住户的通风和采光。原有房屋加层、加高的，应当事先征得相邻住户同意。',
    )
    expect(show(d.old)).toBe('建房、改建不得妨碍相邻住户的通风和采光。')
    expect(show(d.new)).toBe('建房、改建不得妨碍相邻住户的通风和采光。[原有房屋加层、加高的，应当事先征得相邻住户同意。]')
  })

  it('marks a replaced phrase on both sides, and the texts read back whole', () => {
    const oldText = '违反本村规民约第五条至第十二条的，由村民委员会责令停止侵害。'
    const newText = '违反本村规民约第五条至第十一条的，由村民委员会责令停止侵害。'
    const d = diffSegments(oldText, newText)
    expect(show(d.old)).toBe('违反本村规民约第五条至第十[二]条的，由村民委员会责令停止侵害。')
    expect(show(d.new)).toBe('违反本村规民约第五条至第十[一]条的，由村民委员会责令停止侵害。')
    expect(d.old.map((s) => s.text).join('')).toBe(oldText)
    expect(d.new.map((s) => s.text).join('')).toBe(newText)
  })

  it('absorbs a lone common character between two changes, so whole phrases are bold', () => {
    const d = diffSegments('停发一切福利待遇。', '暂停享受村集体发放的节日慰问品。')
    expect(d.new.filter((s) => s.changed).length).toBe(1)
    expect(show(d.new)).toBe('[暂停享受村集体发放的节日慰问品]。')
    expect(show(d.old)).toBe('[停发一切福利待遇]。')
  })

  it('handles empty and identical texts', () => {
    expect(diffSegments('', '新增。')).toEqual({ old: [], new: [{ text: '新增。', changed: true }] })
    expect(diffSegments('同一。', '同一。').new).toEqual([{ text: '同一。', changed: false }])
  })
})
