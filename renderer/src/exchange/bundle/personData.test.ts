import { describe, expect, it } from 'vitest'
import { findUnmaskedPersonalNumbers } from '@/domain/people/masking'
import { maskPersonData } from './personData'

const ID = '110105194912310021'
const MOBILE = '13800131234'

describe('maskPersonData', () => {
  it('masks person fields by name, and every stray full number in any string', () => {
    const input = {
      title: '修建村东生产路',
      host: { name: '王建国', post: '村民委员会主任' },
      roster: { members: [{ villagerId: 'v1', name: '李四', standing: '村民代表' }] },
      party: { idNumber: ID, phone: MOBILE, bankAccount: '6222020200112233445' },
      objections: [{ who: '欧阳小明', content: `我的电话是 ${MOBILE}` }],
      speeches: `张三（身份证号${ID}）发言`,
      votes: { yes: 11, no: 8 },
      date: '2026-03-15',
    }
    const out = maskPersonData(input)
    expect(out.title).toBe('修建村东生产路')
    expect(out.host).toEqual({ name: '王*国', post: '村民委员会主任' })
    expect(out.roster.members[0]).toEqual({ villagerId: 'v1', name: '李*', standing: '村民代表' })
    expect(out.party.idNumber).toBe('110105********0021')
    expect(out.party.phone).toBe('138****1234')
    expect(out.party.bankAccount).not.toContain('020200112233')
    expect(out.objections[0]!.who).toBe('欧**明')
    expect(findUnmaskedPersonalNumbers(JSON.stringify(out))).toEqual([])
    expect(out.votes).toEqual({ yes: 11, no: 8 })
    expect(out.date).toBe('2026-03-15')
    // the input is not changed
    expect(input.party.idNumber).toBe(ID)
  })

  it("masks a notice's list cell by cell by its column's field, the name column too", () => {
    const list = {
      columns: [
        { key: 'n', header: '姓名', field: 'name' },
        { key: 'i', header: '身份证号', field: 'idNumber' },
        { key: 'a', header: '住址', field: 'address', groupKey: 'g' },
        { key: 'm', header: '金额', field: 'amount' },
      ],
      rows: [{ n: '王小明', i: ID, a: '宅子村三组18号', g: '三组', m: '1200' }],
    }
    const out = maskPersonData({ attachedList: list }).attachedList
    expect(out.rows[0]).toEqual({ n: '王*明', i: '110105********0021', a: '宅子村三组', g: '三组', m: '1200' })
    expect(out.columns).toEqual(list.columns)
  })

  it("leaves the village's public supervision phone as it is", () => {
    const out = maskPersonData({ text: `监督电话 13700001111，某人 ${MOBILE}` }, { allowedDigits: '137-0000-1111' })
    expect(out.text).toBe('监督电话 13700001111，某人 138****1234')
  })
})
