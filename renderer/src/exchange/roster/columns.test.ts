import { RELATIONS_TO_HEAD } from '@/domain/people/model'
import { describe, expect, it } from 'vitest'
import { COLUMN_BY_KEY, matchHeader, normaliseHeader, normaliseName, parseRelation, parseStatus, ROSTER_COLUMNS } from './columns'

describe('matchHeader', () => {
  it('accepts every header and alias from the issue', () => {
    const cases: [string, string][] = [
      ['户号', 'householdNo'],
      ['户编号', 'householdNo'],
      ['户口编号', 'householdNo'],
      ['与户主关系', 'relation'],
      ['关系', 'relation'],
      ['与户主的关系', 'relation'],
      ['姓名', 'name'],
      ['公民身份号码', 'idNumber'],
      ['身份证号', 'idNumber'],
      ['身份证号码', 'idNumber'],
      ['证件号码', 'idNumber'],
      ['联系电话', 'phone'],
      ['电话', 'phone'],
      ['手机', 'phone'],
      ['手机号', 'phone'],
      ['村民小组', 'groupName'],
      ['小组', 'groupName'],
      ['组别', 'groupName'],
      ['所属小组', 'groupName'],
      ['状态', 'status'],
      ['备注', 'note'],
    ]
    for (const [header, key] of cases) expect(matchHeader(header), header).toBe(key)
  })

  it('ignores spaces, full-width characters, line breaks, * marks and bracketed hints', () => {
    expect(matchHeader('姓　名')).toBe('name')
    expect(matchHeader(' 户 号 ')).toBe('householdNo')
    expect(matchHeader('与户主\n关系')).toBe('relation')
    expect(matchHeader('*姓名')).toBe('name')
    expect(matchHeader('公民身份号码（18位）')).toBe('idNumber')
    expect(matchHeader('联系电话(手机)')).toBe('phone')
    expect(matchHeader('身份证号【必填】')).toBe('idNumber')
    expect(normaliseHeader('公民身份号码（18位）')).toBe('公民身份号码')
  })

  it('does not take look-alike columns for ours', () => {
    expect(matchHeader('户主姓名')).toBeNull()
    expect(matchHeader('民族')).toBeNull()
    expect(matchHeader('序号')).toBeNull()
    expect(matchHeader('')).toBeNull()
  })
})

describe('parseRelation', () => {
  it('maps the common words loosely onto RelationToHead', () => {
    const cases: [string, string][] = [
      ['本人', '户主'],
      ['儿子', '子'],
      ['长子', '子'],
      ['女儿', '女'],
      ['妻子', '配偶'],
      ['丈夫', '配偶'],
      ['夫', '配偶'],
      ['父亲', '父母'],
      ['母亲', '父母'],
      ['孙子', '孙子女'],
      ['孙女', '孙子女'],
      ['外孙女', '外孙子女'],
      ['奶奶', '祖父母'],
      ['妹妹', '兄弟姐妹'],
      ['儿媳妇', '儿媳'],
      ['女婿', '女婿'],
      ['其它', '其他'],
    ]
    for (const [word, relation] of cases) expect(parseRelation(word), word).toEqual({ ok: true, value: relation })
  })

  it('accepts every RelationToHead value as written', () => {
    for (const r of RELATIONS_TO_HEAD) expect(parseRelation(r)).toEqual({ ok: true, value: r })
  })

  it('sends in-laws to 其他, because kinship derives blood relations from these values', () => {
    expect(parseRelation('岳父')).toEqual({ ok: true, value: '其他' })
    expect(parseRelation('嫂子')).toEqual({ ok: true, value: '其他' })
  })

  it('explains an unknown value with the allowed list', () => {
    const r = parseRelation('干儿子')
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.message).toContain('“干儿子”无法识别')
      expect(r.message).toContain('户主、配偶、子、女、父母')
    }
    expect(parseRelation(' ')).toEqual({ ok: false, message: '未填写与户主关系' })
  })
})

describe('parseStatus', () => {
  it('defaults to 在册 and reads the loose forms', () => {
    expect(parseStatus('')).toEqual({ ok: true, value: '在册' })
    expect(parseStatus('已迁出')).toEqual({ ok: true, value: '迁出' })
    expect(parseStatus('去世')).toEqual({ ok: true, value: '死亡' })
    const bad = parseStatus('外出务工')
    expect(bad.ok).toBe(false)
  })
})

describe('normaliseName', () => {
  it('removes padding between Chinese characters but keeps Latin spacing and ·', () => {
    expect(normaliseName('王\u3000五')).toBe('王五')
    expect(normaliseName(' 张  三 ')).toBe('张三')
    expect(normaliseName('阿依古丽·买买提')).toBe('阿依古丽·买买提')
    expect(normaliseName('John  Smith')).toBe('John Smith')
  })
})

describe('ROSTER_COLUMNS', () => {
  it('lists the eight columns in template order, ID and 户号 as text', () => {
    expect(ROSTER_COLUMNS.map((c) => c.header)).toEqual([
      '户号',
      '与户主关系',
      '姓名',
      '公民身份号码',
      '联系电话',
      '村民小组',
      '状态',
      '备注',
    ])
    expect(COLUMN_BY_KEY.idNumber.text).toBe(true)
    expect(COLUMN_BY_KEY.householdNo.text).toBe(true)
    expect(ROSTER_COLUMNS.filter((c) => !c.requiredColumn).map((c) => c.key)).toEqual(['phone', 'status', 'note'])
  })
})
