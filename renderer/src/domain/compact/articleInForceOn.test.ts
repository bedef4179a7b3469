import { describe, expect, it } from 'vitest'
import { articleInForceOn } from './articleInForceOn'
import { sampleCompact } from './sampleCompact'
import { CompactShapeError, type CompactInput } from './versions'

/** Three versions given out of order, as plain objects with Chinese roles and numbers as text. */
const plain: CompactInput = {
  title: '东风村村规民约',
  versions: [
    {
      id: 'v2',
      effectiveFrom: '2025-07-01',
      adoptedAt: '2025-06-20',
      meetingId: 'm2',
      articles: [
        { number: '第八条', chapter: 2, role: '行为规范', text: '建房不得妨碍相邻住户的通风和采光，加层须征得相邻住户同意。' },
        { number: 1, role: '总则', text: '为了……制定本村规民约。' },
        { number: 39, role: '违约处理', text: '违反第八条拒不改正的，暂停享受节日慰问品。', links: ['第八条'] },
        { number: 50, role: '附则', text: '本版自2025年7月1日起施行。' },
      ],
    },
    {
      id: 'v1',
      effectiveFrom: '2024-03-01',
      adoptedAt: '2024-02-20',
      meetingId: 'm1',
      chapters: [
        { number: 1, title: '总则' },
        { number: 2, title: '建房' },
      ],
      articles: [
        { number: 1, chapter: 1, role: 'general', text: '为了……制定本村规民约。' },
        { number: 8, chapter: 2, role: 'conduct', text: '建房不得妨碍相邻住户的通风和采光。' },
        { number: 12, role: 'conduct', text: '门前三包。' },
        { number: 39, role: 'handling', text: '违反第八条的，停发一切福利待遇。', links: [8] },
      ],
    },
    {
      id: 'v3',
      effectiveFrom: '2026-01-01',
      articles: [
        { number: 1, role: 'general', text: '为了……制定本村规民约。' },
        { number: 8, role: 'conduct', text: '建房不得妨碍相邻住户的通风和采光，加层须征得相邻住户同意。' },
        { number: 12, role: 'conduct', text: '门前三包，保持整洁。' },
        { number: 39, role: 'handling', text: '违反第八条拒不改正的，暂停享受节日慰问品。', links: [8] },
      ],
    },
  ],
}

describe('articleInForceOn: across versions', () => {
  it('the day before the first effective date: not yet in force, with that date', () => {
    const r = articleInForceOn(plain, 8, '2024-02-29')
    expect(r).toMatchObject({ status: 'not_yet_in_force', number: 8, effectiveFrom: '2024-03-01' })
    expect(r.message).toContain('2024年3月1日')
  })

  it('on the first effective date and the day before the next: version 1 text', () => {
    for (const d of ['2024-03-01', '2025-06-30']) {
      const r = articleInForceOn(plain, 8, d)
      expect(r.status).toBe('in_force')
      if (r.status !== 'in_force') return
      expect(r.text).toBe('建房不得妨碍相邻住户的通风和采光。')
      expect(r.version).toEqual({
        id: 'v1',
        effectiveFrom: '2024-03-01',
        effectiveUntil: '2025-06-30',
        adoptedAt: '2024-02-20',
        meetingId: 'm1',
      })
      expect(r.chapter).toEqual({ number: 2, title: '建房' })
      expect(r.article.role).toBe('conduct')
    }
  })

  it('on the amendment date: the new text, in force since then', () => {
    const r = articleInForceOn(plain, '第八条', '2025-07-01')
    expect(r.status).toBe('in_force')
    if (r.status !== 'in_force') return
    expect(r.text).toBe('建房不得妨碍相邻住户的通风和采光，加层须征得相邻住户同意。')
    expect(r.version.id).toBe('v2')
    expect(r.version.effectiveUntil).toBe('2025-12-31')
    expect(r.textSince).toBe('2025-07-01')
  })

  it('an unchanged text reports when it first took effect', () => {
    const r = articleInForceOn(plain, 1, '2026-06-01')
    expect(r.status).toBe('in_force')
    if (r.status !== 'in_force') return
    expect(r.version.id).toBe('v3')
    expect(r.version.effectiveUntil).toBeNull()
    expect(r.textSince).toBe('2024-03-01')
    const r8 = articleInForceOn(plain, 8, '2026-06-01')
    if (r8.status !== 'in_force') throw new Error(r8.status)
    expect(r8.textSince).toBe('2025-07-01')
  })

  it('a repealed article: repealed on the date the repealing version took effect', () => {
    const r = articleInForceOn(plain, 12, '2025-07-01')
    expect(r).toMatchObject({
      status: 'repealed',
      repealedOn: '2025-07-01',
      lastText: '门前三包。',
      lastVersionId: 'v1',
      reAddedOn: '2026-01-01',
    })
    expect(r.message).toBe('第十二条已于2025年7月1日废止，自2026年1月1日起重新设立')
    expect(articleInForceOn(plain, 12, '2025-06-30').status).toBe('in_force')
    const back = articleInForceOn(plain, 12, '2026-01-01')
    expect(back.status === 'in_force' && back.text).toBe('门前三包，保持整洁。')
  })

  it('an article added by a later version is not yet in force before it, and gone after', () => {
    expect(articleInForceOn(plain, 50, '2025-06-30')).toMatchObject({ status: 'not_yet_in_force', effectiveFrom: '2025-07-01' })
    expect(articleInForceOn(plain, 50, '2025-07-01').status).toBe('in_force')
    expect(articleInForceOn(plain, 50, '2026-01-01')).toMatchObject({ status: 'repealed', repealedOn: '2026-01-01' })
  })

  it('no version has the article', () => {
    expect(articleInForceOn(plain, 99, '2025-01-01')).toMatchObject({ status: 'no_such_article', number: 99 })
    expect(articleInForceOn(plain, '不是序号', '2025-01-01')).toMatchObject({ status: 'no_such_article', number: null })
  })

  it('reads the number in any form', () => {
    for (const n of [39, '39', '３９', '三十九', '第三十九条', '第３９条']) {
      const r = articleInForceOn(plain, n, '2024-05-01')
      expect(r.status === 'in_force' && r.text).toBe('违反第八条的，停发一切福利待遇。')
    }
  })

  it('the sample compact: article 39 before and after its 2024 amendment; article 12 repealed in 2026', () => {
    const before = articleInForceOn(sampleCompact, 39, '2023-12-31')
    const after = articleInForceOn(sampleCompact, 39, '2024-01-01')
    expect(before.status === 'in_force' && before.text).toContain('停发一切福利待遇')
    expect(after.status === 'in_force' && after.text).toContain('节日慰问品')
    expect(articleInForceOn(sampleCompact, 12, '2026-05-01')).toMatchObject({ status: 'repealed', repealedOn: '2026-05-01' })
    expect(articleInForceOn(sampleCompact, 45, '2021-02-28')).toMatchObject({ status: 'not_yet_in_force', effectiveFrom: '2021-03-01' })
  })
})

describe('articleInForceOn: malformed input', () => {
  it('refuses a bad date', () => {
    expect(() => articleInForceOn(plain, 8, '2024-2-30')).toThrow(RangeError)
  })

  it('refuses two versions on one day, duplicate ids and duplicate article numbers', () => {
    const v = (id: string, effectiveFrom: string, numbers: number[]) => ({
      id,
      effectiveFrom,
      articles: numbers.map((number) => ({ number, text: 'x' })),
    })
    expect(() =>
      articleInForceOn({ title: 't', versions: [v('a', '2024-01-01', [1]), v('b', '2024-01-01', [1])] }, 1, '2024-02-01'),
    ).toThrow(CompactShapeError)
    expect(() =>
      articleInForceOn({ title: 't', versions: [v('a', '2024-01-01', [1]), v('a', '2025-01-01', [1])] }, 1, '2024-02-01'),
    ).toThrow('版本 id 重复')
    expect(() => articleInForceOn({ title: 't', versions: [v('a', '2024-01-01', [1, 1])] }, 1, '2024-02-01')).toThrow(
      '第一条出现了不止一次',
    )
    expect(() => articleInForceOn({ title: 't', versions: [v('a', '2024-13-01', [1])] }, 1, '2024-02-01')).toThrow('施行日期无效')
    expect(() =>
      articleInForceOn(
        { title: 't', versions: [{ id: 'a', effectiveFrom: '2024-01-01', articles: [{ number: 1, role: '乱写', text: 'x' }] }] },
        1,
        '2024-02-01',
      ),
    ).toThrow('无法识别')
    expect(() =>
      articleInForceOn(
        { title: 't', versions: [{ id: 'a', effectiveFrom: '2024-01-01', adoptedAt: '2024-02-01', articles: [] }] },
        1,
        '2024-02-01',
      ),
    ).toThrow('早于通过日期')
  })

  it('an empty compact has no articles', () => {
    expect(articleInForceOn({ title: 't', versions: [] }, 1, '2024-01-01').status).toBe('no_such_article')
  })
})
