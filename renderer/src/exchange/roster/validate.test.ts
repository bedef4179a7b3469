import { describe, expect, it } from 'vitest'
import { computeCheckDigit, convert15To18 } from '@/domain/people/idNumber'
import { EXAMPLE_ROW_MARKER } from './columns'
import type { RosterSheetRow } from './parse'
import { maskNumbersIn, validateRoster, withoutRowLabel, type ExistingRoster } from './validate'

const TODAY = '2026-03-01'
const id = (first17: string) => first17 + computeCheckDigit(first17)
const ID = {
  a: id('41138119800101001'),
  b: id('41138119820202002'),
  c: id('41138120050505003'),
  d: id('41138119700707004'),
  e: id('41138119600606005'),
}
const NONE: ExistingRoster = { idNumbers: new Map(), householdNos: new Set() }

let nextRow = 2
function row(spec: Partial<RosterSheetRow>): RosterSheetRow {
  return {
    row: nextRow++,
    householdNo: '0001',
    relation: '户主',
    name: '王大山',
    idNumber: ID.a,
    phone: '',
    groupName: '一组',
    status: '',
    note: '',
    cellProblems: [],
    ...spec,
  }
}
const check = (rows: RosterSheetRow[], existing = NONE, codes?: Set<string>) => validateRoster({ rows }, existing, TODAY, codes)

describe('validateRoster: good rows and households', () => {
  it('accepts a household: head gives the group and phone, members follow', () => {
    const v = check([
      row({ row: 5, phone: '13800138000' }),
      row({ row: 6, relation: '妻子', name: '李秀英', idNumber: ID.b, groupName: '' }),
    ])
    expect(v.badRows).toEqual([])
    expect(v.householdsToCreate).toEqual([
      { householdNo: '0001', groupName: '一组', phone: '13800138000', headRow: 5, headIdNumber: ID.a, memberCount: 2 },
    ])
    expect(v.goodRows.map((g) => [g.row, g.relationToHead, g.status, g.newHousehold])).toEqual([
      [5, '户主', '在册', true],
      [6, '配偶', '在册', true],
    ])
    expect(v.summary).toEqual({ rows: 2, good: 2, bad: 0, warnings: 0, skipped: 0, householdsToCreate: 1, joiningExisting: 0 })
  })

  it('lets members join a household already in the database', () => {
    const v = check([row({ row: 3, householdNo: '0042', relation: '儿子', name: '王小明', idNumber: ID.c })], {
      idNumbers: new Map(),
      householdNos: new Set(['0042']),
    })
    expect(v.badRows).toEqual([])
    expect(v.householdsToCreate).toEqual([])
    expect(v.goodRows[0]?.newHousehold).toBe(false)
    expect(v.summary.joiningExisting).toBe(1)
  })

  it('keeps 状态 and 备注 from the sheet', () => {
    const v = check([row({ status: '已迁出', note: '2019年迁往郑州' })])
    expect(v.goodRows[0]).toMatchObject({ status: '迁出', note: '2019年迁往郑州' })
  })
})

describe('validateRoster: bad rows, each with its Excel row number and a Chinese reason', () => {
  it('missing name', () => {
    const v = check([row({ row: 7, name: '' })])
    expect(v.badRows).toEqual([{ row: 7, name: '', problems: ['第7行：未填写姓名'] }])
  })

  it('bad check digit, with the expected digit', () => {
    const wrong = ID.a.slice(0, 17) + (ID.a.endsWith('1') ? '2' : '1')
    const v = check([row({ row: 12, name: '张三', idNumber: wrong })])
    expect(v.badRows).toHaveLength(1)
    expect(v.badRows[0]?.problems[0]).toBe(
      `第12行 张三：身份证号校验码不符：按前17位计算，第18位应为“${ID.a.slice(17)}”，现为“${wrong.slice(17)}”，号码可能抄错`,
    )
  })

  it('missing, short and impossible IDs use the domain messages', () => {
    const v = check([
      row({ row: 2, idNumber: '' }),
      row({ row: 3, householdNo: '0002', idNumber: '41138119800101' }),
      row({ row: 4, householdNo: '0003', idNumber: id('41138119800231001') }),
    ])
    expect(v.badRows.map((b) => b.problems[0])).toEqual([
      '第2行 王大山：请填写身份证号码',
      '第3行 王大山：身份证号码应为18位，现为14位',
      '第4行 王大山：身份证号出生日期“19800231”不是真实存在的日期，请核对第7至14位',
    ])
  })

  it('an ID copied from a masked export', () => {
    const v = check([row({ row: 9, idNumber: '411381********0012' })])
    expect(v.badRows[0]?.problems).toEqual(['第9行 王大山：身份证号已被遮蔽（含*号）：遮蔽版导出的表不能用来导入，请改用完整号码'])
  })

  it('duplicate ID within the file: both rows bad, each naming the other', () => {
    const v = check([
      row({ row: 4, householdNo: '0001', name: '赵四', idNumber: ID.d }),
      row({ row: 9, householdNo: '0002', name: '钱五', idNumber: ID.d }),
    ])
    expect(v.badRows.map((b) => b.problems)).toEqual([
      ['第4行 赵四：身份证号与第9行 钱五重复（同一号码在表中出现2次）'],
      ['第9行 钱五：身份证号与第4行 赵四重复（同一号码在表中出现2次）'],
    ])
    expect(v.goodRows).toEqual([])
  })

  it('an ID already registered under another name is a conflict, not 此人已登记', () => {
    const v = check([row({ row: 6, name: '李四', idNumber: ID.e })], {
      idNumbers: new Map([[ID.e, { name: '张爱' }]]),
      householdNos: new Set(),
    })
    expect(v.badRows[0]?.problems).toEqual(['第6行 李四：此身份证号已登记为张爱，表中姓名为李四：姓名或号码有误，请核对后再导入'])
    expect(v.badRows[0]?.problems[0]).not.toContain('此人已登记')
  })

  it('an ID already registered under the same name: 此人已登记', () => {
    const v = check([row({ row: 6, name: '张爱', idNumber: ID.e })], {
      idNumbers: new Map([[ID.e, { name: '张爱' }]]),
      householdNos: new Set(),
    })
    expect(v.badRows[0]?.problems).toEqual(['第6行 张爱：此人已登记（库中村民 张爱），无需再导入'])
  })

  it('withoutRowLabel drops the repeated “第N行 姓名” where the table has those columns', () => {
    const v = check([row({ row: 4, name: '钱秀兰', idNumber: ID.e, relation: '干儿子', householdNo: '0005' })])
    const bad = v.badRows[0]!
    expect(bad.problems.length).toBeGreaterThan(0)
    for (const p of bad.problems) {
      const shown = withoutRowLabel(p, bad.row, bad.name)
      expect(shown).not.toContain('第4行')
      expect(shown.startsWith('钱秀兰')).toBe(false)
      expect(p.endsWith(shown)).toBe(true)
    }
    expect(withoutRowLabel('第4行 钱秀兰 D列（身份证号）：校验码不符', 4, '钱秀兰')).toBe('D列（身份证号）：校验码不符')
    expect(withoutRowLabel('第4行 钱秀兰：未填写村民小组', 4, '钱秀兰')).toBe('未填写村民小组')
    expect(withoutRowLabel('第7行：未填写姓名', 7, '')).toBe('未填写姓名')
    // another row's label, or a name that merely starts the same, is left alone
    expect(withoutRowLabel('第4行 钱秀兰：未填写村民小组', 5, '钱秀兰')).toBe('第4行 钱秀兰：未填写村民小组')
    expect(withoutRowLabel('第4行 钱秀兰花：x', 4, '钱秀兰')).toBe('第4行 钱秀兰花：x')
  })

  it('a member whose 户号 has no 户主 row and is not in the database', () => {
    const v = check([row({ row: 14, householdNo: '0099', relation: '子', name: '周七', idNumber: ID.c })])
    expect(v.badRows[0]?.problems).toEqual(['第14行 周七：户号 0099 在表中没有“户主”一行，库中也没有这个户号（未知的户号）'])
  })

  it('unknown relation, bad phone, bad status, missing 户号 and a 户主 without 村民小组', () => {
    const v = check([
      row({ row: 2, relation: '干儿子', householdNo: '0005' }),
      row({ row: 3, householdNo: '0006', idNumber: ID.b, phone: '12345' }),
      row({ row: 4, householdNo: '0007', idNumber: ID.c, status: '外出' }),
      row({ row: 5, householdNo: '', idNumber: ID.d, relation: '子' }),
      row({ row: 6, householdNo: '0008', idNumber: ID.e, groupName: '' }),
    ])
    const problems = v.badRows.map((b) => [b.row, b.problems.join(' | ')])
    expect(problems[0]?.[1]).toContain('第2行 王大山：与户主关系“干儿子”无法识别，请填写：户主、配偶')
    expect(problems[1]?.[1]).toBe('第3行 王大山：联系电话“12345”不是有效号码：手机应为1开头的11位数字，固定电话请带区号（如0377-61234567）')
    expect(problems[2]?.[1]).toContain('第4行 王大山：状态“外出”无法识别')
    expect(problems[3]?.[1]).toBe('第5行 王大山：未填写户号')
    expect(problems[4]?.[1]).toBe('第6行 王大山：户主一行未填写村民小组')
  })

  it('a household with two 户主 rows: both heads and the members are bad', () => {
    const v = check([
      row({ row: 2, name: '王大山' }),
      row({ row: 3, name: '王二山', idNumber: ID.b }),
      row({ row: 4, relation: '子', name: '王小明', idNumber: ID.c }),
    ])
    expect(v.goodRows).toEqual([])
    expect(v.badRows[0]?.problems).toEqual(['第2行 王大山：户号 0001 有2个户主（第2行 王大山、第3行 王二山），一户只能有一个户主'])
    expect(v.badRows[2]?.problems).toEqual(['第4行 王小明：户号 0001 有多个户主（第2行 王大山、第3行 王二山），改正后本户成员才能导入'])
  })

  it('members of a household whose 户主 row is bad are held back, naming the head row', () => {
    const v = check([row({ row: 2, name: '' }), row({ row: 3, relation: '女儿', name: '王小红', idNumber: ID.b })])
    expect(v.badRows.map((b) => b.problems)).toEqual([
      ['第2行：未填写姓名'],
      ['第3行 王小红：本户户主（第2行）一行有误，改正后本户成员才能导入'],
    ])
  })

  it('a 户主 row for a household number the database already has', () => {
    const v = check([row({ row: 2, householdNo: '0042' })], { idNumbers: new Map(), householdNos: new Set(['0042']) })
    expect(v.badRows[0]?.problems[0]).toContain('第2行 王大山：户号 0042 已在库中登记，不能再导入一个户主')
  })

  it('lists every problem of a row, not just the first', () => {
    const v = check([row({ row: 2, name: '', idNumber: '123', relation: '??' })])
    expect(v.badRows[0]?.problems.length).toBeGreaterThanOrEqual(3)
  })
})

describe('validateRoster: warnings and notices', () => {
  it('converts a 15-digit legacy number with a warning, then checks it for duplicates', () => {
    const old = '411381700101123'
    const v = check([row({ row: 15, name: '吴八', idNumber: old })])
    expect(v.goodRows[0]?.idNumber).toBe(convert15To18(old))
    expect(v.warnings).toEqual([
      {
        row: 15,
        name: '吴八',
        message: `第15行 吴八：身份证号是旧15位号码（411381******123），已按国家标准转换为18位（411381********${convert15To18(old).slice(14)}）`,
      },
    ])

    const dup = check([row({ row: 2, idNumber: old }), row({ row: 3, relation: '妻', idNumber: convert15To18(old) })])
    expect(dup.badRows.map((b) => b.row)).toEqual([2, 3])
  })

  it('warns (only) about an unknown area code', () => {
    const v = check([row({ row: 2 })], NONE, new Set(['110105']))
    expect(v.badRows).toEqual([])
    expect(v.warnings[0]?.message).toContain('第2行 王大山：身份证号地址码411381不在现行行政区划代码表中')
  })

  it('warns when a member names another 村民小组 than the 户主', () => {
    const v = check([row({ row: 2 }), row({ row: 3, relation: '妻', idNumber: ID.b, groupName: '二组' })])
    expect(v.warnings.map((w) => w.message)).toEqual([
      '第3行 王大山：村民小组填的是“二组”，与户主（第2行）的“一组”不同，按户主的村民小组导入',
    ])
  })

  it('keeps the first of several phones and warns about the rest', () => {
    const v = check([row({ row: 2, phone: '13800138000/13900139000' })])
    expect(v.goodRows[0]?.phone).toBe('13800138000')
    expect(v.warnings[0]?.message).toContain('只导入第一个 138****8000；另外的（139****9000）')
  })

  it('skips the template example row with a notice', () => {
    const v = check([row({ row: 3, name: '张示例', note: `（${EXAMPLE_ROW_MARKER}）` })])
    expect(v.goodRows).toEqual([])
    expect(v.badRows).toEqual([])
    expect(v.notices).toEqual([`第3行是模板自带的示例行（备注写有“${EXAMPLE_ROW_MARKER}”），已跳过。`])
    expect(v.summary.skipped).toBe(1)
  })
})

describe('validateRoster at scale', () => {
  it('checks 10,000 rows with thousands of households (all-linear; no timing asserted)', () => {
    const rows: RosterSheetRow[] = []
    for (let i = 0; i < 10_000; i++) {
      const seq = String((i % 500) * 2 + 1).padStart(3, '0')
      const day = String(1 + Math.floor(i / 500)).padStart(2, '0')
      rows.push(
        row({
          row: i + 2,
          householdNo: String(Math.floor(i / 4)),
          relation: i % 4 === 0 ? '户主' : '子',
          idNumber: id(`4113811990${'01'}${day}${seq}`),
        }),
      )
    }
    const v = check(rows)
    expect(v.summary.good).toBe(10_000)
    expect(v.summary.householdsToCreate).toBe(2_500)
  })
})

describe('validateRoster: the same field rules as hand entry', () => {
  it('refuses bidi, zero-width, formula-leading and over-long names, and a bad 户号, naming the problem', () => {
    const v = check([
      row({ row: 2, name: '王\u202e山' }),
      row({ row: 3, name: '=HYPERLINK("x")', idNumber: convert15To18('411381700101124') }),
      row({ row: 4, name: '王'.repeat(31), idNumber: convert15To18('411381700101125') }),
      row({ row: 5, householdNo: '00 12', idNumber: convert15To18('411381700101126') }),
    ])
    const problems = Object.fromEntries(v.badRows.map((b) => [b.row, b.problems.join('；')]))
    expect(problems[2]).toContain('改变文字方向')
    expect(problems[3]).toContain('姓名不能以“=”开头')
    expect(problems[4]).toContain('姓名过长（31个字，最多30个字）')
    expect(problems[5]).toContain('户号只能由数字、字母和“-”组成')
  })

  it('never shows a full phone number in a warning or problem', () => {
    const v = check([row({ row: 2, phone: '138001380001' })])
    const text = JSON.stringify(v)
    expect(text).not.toContain('138001380001')
    expect(text).toContain('尾号0001')
  })
})

describe('validateRoster: naming the Excel column (issue 11: “第12行 C列（身份证号）：…”)', () => {
  const columns = [
    { key: 'householdNo', header: '户 号', column: 1 },
    { key: 'relation', header: '与户主关系', column: 2 },
    { key: 'name', header: '*姓名', column: 3 },
    { key: 'idNumber', header: '身份证号（18位）', column: 4 },
    { key: 'phone', header: '电话', column: 5 },
    { key: 'groupName', header: '小组', column: 27 },
  ] as const

  it('puts the column letter and the header as written (without its marks) after the row', () => {
    const v = validateRoster(
      {
        rows: [
          row({ row: 12, idNumber: ID.a.slice(0, 17) + (ID.a.endsWith('0') ? '1' : '0'), groupName: '' }),
          row({ row: 13, relation: '子', name: '', householdNo: '0001', idNumber: ID.b, phone: '123' }),
        ],
        columns: [...columns],
      },
      NONE,
      TODAY,
    )
    const problems = v.badRows.flatMap((b) => b.problems)
    expect(problems[0]).toMatch(/^第12行 王大山 D列（身份证号）：身份证号校验码不符/)
    expect(problems).toContain('第12行 王大山 AA列（小组）：户主一行未填写村民小组')
    expect(problems).toContain('第13行 C列（姓名）：未填写姓名')
    expect(problems.filter((p) => p.startsWith('第13行 E列（电话）：'))).toHaveLength(1)
    expect(problems).toContain('第13行 A列（户号）：本户户主（第12行 王大山）一行有误，改正后本户成员才能导入')
  })

  it('names the column of a cell problem from parse.ts, and still checks the ID of that row', () => {
    const v = validateRoster(
      {
        rows: [
          row({ row: 5, cellProblems: [{ key: 'name', message: '该单元格是公式，已按其上次计算结果读取，请改为直接填写' }] }),
          row({ row: 6, householdNo: '0002', name: '李四' }),
        ],
        columns: [...columns],
      },
      NONE,
      TODAY,
    )
    expect(v.badRows.find((b) => b.row === 5)?.problems).toEqual([
      '第5行 王大山 C列（姓名）：该单元格是公式，已按其上次计算结果读取，请改为直接填写',
      '第5行 王大山 D列（身份证号）：身份证号与第6行 李四重复（同一号码在表中出现2次）',
    ])
  })

  it('falls back to row and name when the columns are not known', () => {
    const v = check([row({ row: 7, name: '' })])
    expect(v.badRows[0]?.problems).toEqual(['第7行：未填写姓名'])
  })

  it('names the column in warnings too', () => {
    const v = validateRoster({ rows: [row({ row: 9, phone: '13800138000、13900139000' })], columns: [...columns] }, NONE, TODAY)
    expect(v.warnings[0]?.message).toMatch(/^第9行 王大山 E列（电话）：填了2个电话/)
  })
})

describe('validateRoster: no full number on the preview (columns that slipped)', () => {
  it('masks an ID or mobile number echoed from 关系, 状态 or 户号, and refuses one as a name, 户号 or 村民小组', () => {
    const v = check([
      row({ row: 3, relation: ID.b, status: '13812345678' }),
      row({ row: 4, householdNo: ID.c, relation: '户主', name: ID.d, idNumber: ID.e, groupName: '13812345678' }),
    ])
    const all = v.badRows.flatMap((b) => b.problems)
    expect(all.join('\n')).not.toMatch(/\d{11}/)
    expect(all).toContain(
      `第3行 王大山：与户主关系“${ID.b.slice(0, 6)}********${ID.b.slice(14)}”无法识别，请填写：户主、配偶、子、女、父母、祖父母、孙子女、外孙子女、兄弟姐妹、儿媳、女婿、其他`,
    )
    expect(all).toContain('第3行 王大山：状态“138****5678”无法识别，请填写：在册、迁出、死亡（不填即在册）')
    expect(v.badRows.find((b) => b.row === 4)?.problems).toEqual(
      expect.arrayContaining([
        `第4行 ${ID.d.slice(0, 6)}********${ID.d.slice(14)}：姓名一格里是身份证号或手机号，可能填错了列，请核对`,
        expect.stringContaining('户号一格里是身份证号或手机号'),
        expect.stringContaining('村民小组一格里是身份证号或手机号'),
      ]),
    )
  })

  it('masks like maskNumbersIn, and keeps short numbers (户号 0012, a 6-digit area code) as they are', () => {
    expect(maskNumbersIn(`号码 ${ID.a} 与 138 0013 8000，户号 0012，地址码 411381`)).not.toMatch(/\d{7,}/)
    expect(maskNumbersIn('户号 0012，地址码 411381')).toBe('户号 0012，地址码 411381')
  })

  it('shortens a very long name in the row label (the problem itself says it is too long)', () => {
    const v = check([row({ row: 5, name: '王'.repeat(100_000) })])
    const [problem] = v.badRows[0]!.problems
    expect(problem).toBe(`第5行 ${'王'.repeat(20)}…：姓名过长（100000个字，最多30个字），请核对`)
  })
})
