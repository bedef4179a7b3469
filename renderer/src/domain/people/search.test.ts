import { pinyin } from 'pinyin-pro'
import { beforeAll, describe, expect, it } from 'vitest'
import { computeCheckDigit } from './idNumber'
import type { Household, Villager } from './model'
import {
  buildPeopleIndex,
  matchingVillagerIds,
  matchRank,
  normaliseQuery,
  searchPeople,
  type PeopleIndex,
  type PeopleSearchHit,
} from './search'

/** Deterministic PRNG (mulberry32) so the 10,000 people are the same on every run. */
function rng(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢单解仇区乐查朴覃',
].concat(['欧阳', '司马', '诸葛'])
const GIVEN = [...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国玉红春梅海燕文斌志宏炎乐行长重朝堃喆昇淼琇犇']

interface Fixture {
  villagers: Villager[]
  households: Household[]
  index: PeopleIndex
}

function generate(n: number): Fixture {
  const rand = rng(20250615)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T
  const households: Household[] = []
  const villagers: Villager[] = []
  for (let h = 0; h < Math.ceil(n / 3); h++) {
    households.push({
      id: `H${h}`,
      householdNo: String(h + 1).padStart(4, '0'),
      groupName: `${(h % 9) + 1}组`,
      address: '张庄村',
      status: '在册',
    })
  }
  for (let i = 0; i < n; i++) {
    const given = Array.from({ length: 1 + Math.floor(rand() * 2) }, () => pick(GIVEN)).join('')
    const birth = `19${String(30 + Math.floor(rand() * 70))}${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`
    const first17 = `410122${birth}${String(Math.floor(rand() * 1000)).padStart(3, '0')}`
    const householdId = `H${Math.floor(i / 3)}`
    const v: Villager = {
      id: `V${String(i).padStart(5, '0')}`,
      householdId,
      name: pick(SURNAMES) + given,
      idNumber: first17 + computeCheckDigit(first17),
      relationToHead: i % 3 === 0 ? '户主' : '子',
      statusHistory: [{ status: '在册', from: '2000-01-01' }],
      roles: [],
    }
    if (rand() < 0.8) v.phone = `1${3 + Math.floor(rand() * 7)}${String(Math.floor(rand() * 1e9)).padStart(9, '0')}`
    villagers.push(v)
    if (i % 3 === 0) {
      const hh = households[Math.floor(i / 3)]
      if (hh) hh.headId = v.id
    }
  }
  // planted people the brief names
  villagers.push(
    {
      id: 'P-wym',
      householdId: 'H0',
      name: '王炎明',
      idNumber: '11010519491231002X',
      relationToHead: '其他',
      phone: '13812345678',
      statusHistory: [{ status: '在册', from: '2000-01-01' }],
      roles: [],
    },
    {
      id: 'P-stf',
      householdId: 'H1',
      name: '单田芳',
      idNumber: '440524188001010014',
      relationToHead: '其他',
      statusHistory: [{ status: '在册', from: '2000-01-01' }],
      roles: [],
    },
  )
  return { villagers, households, index: buildPeopleIndex(villagers, households) }
}

let fx: Fixture
const ALL = 1_000_000

beforeAll(() => {
  fx = generate(10_000)
})

const ids = (hits: PeopleSearchHit[]) => hits.map((h) => h.id)
const villagerIds = (hits: PeopleSearchHit[]) => hits.filter((h) => h.kind === 'villager').map((h) => h.id)

/** Every reading pinyin-pro knows for the name, independently of the index code. */
function allSpellings(name: string): { full: string[]; initials: string[] } {
  let acc: string[][] = [[]]
  for (const c of Array.from(name)) {
    const readings = pinyin(c, { toneType: 'none', type: 'array', multiple: true })
      .concat(pinyin(c, { toneType: 'none', type: 'array', surname: 'head' }))
      .map((r) => r.toLowerCase())
      .filter((r) => /^[a-zü]+$/.test(r))
    if (readings.length === 0) continue
    acc = acc.flatMap((p) => readings.map((r) => [...p, r]))
  }
  const full = acc.flatMap((a) => {
    const s = a.join('')
    return [s, s.replace(/ü/g, 'v'), s.replace(/ü/g, 'u')]
  })
  return { full, initials: acc.map((a) => a.map((s) => s[0]).join('')) }
}

function isSortedByRank(hits: PeopleSearchHit[]): boolean {
  for (let i = 1; i < hits.length; i++) {
    const a = hits[i - 1] as PeopleSearchHit
    const b = hits[i] as PeopleSearchHit
    if (matchRank(a.matchedBy) > matchRank(b.matchedBy)) return false
  }
  return true
}

describe('searchPeople — the named cases', () => {
  it('full pinyin, pinyin prefix and initials find 王炎明', () => {
    for (const q of ['wangyanming', 'wangyan', 'wym', 'WangYanMing', 'wang yan ming']) {
      expect(ids(searchPeople(fx.index, q, ALL)), q).toContain('P-wym')
    }
    const exact = searchPeople(fx.index, 'wangyanming', ALL)
    expect(exact.find((h) => h.id === 'P-wym')?.matchedBy).toBe('pinyin_exact')
  })

  it('Chinese name: exact first, then prefix, then substring', () => {
    const hits = searchPeople(fx.index, '王炎明', ALL)
    expect(hits[0]).toMatchObject({ id: 'P-wym', matchedBy: 'name_exact' })
    const sub = searchPeople(fx.index, '炎明', ALL)
    expect(ids(sub)).toContain('P-wym')
    expect(sub.find((h) => h.id === 'P-wym')?.matchedBy).toBe('name_substring')
  })

  it('polyphonic surname: 单 as shan ranks as a real match; dan only as an alternative', () => {
    expect(searchPeople(fx.index, 'shantianfang', ALL).find((h) => h.id === 'P-stf')?.matchedBy).toBe('pinyin_exact')
    expect(searchPeople(fx.index, 'stf', ALL).find((h) => h.id === 'P-stf')?.matchedBy).toBe('pinyin_exact')
    expect(searchPeople(fx.index, 'dantianfang', ALL).find((h) => h.id === 'P-stf')?.matchedBy).toBe('pinyin_alternative')
  })

  it('ID tail: last 4, 5, 6 characters (X included, any case)', () => {
    for (const q of ['002X', '002x', '1002X', '31002X']) {
      const hit = searchPeople(fx.index, q, ALL).find((h) => h.id === 'P-wym')
      expect(hit?.matchedBy, q).toBe('id_tail')
    }
    expect(searchPeople(fx.index, '0014', ALL).find((h) => h.id === 'P-stf')?.matchedBy).toBe('id_tail')
  })

  it('phone tail: last 4 digits, also typed in full-width', () => {
    expect(searchPeople(fx.index, '5678', ALL).find((h) => h.id === 'P-wym')?.matchedBy).toBe('phone_tail')
    expect(ids(searchPeople(fx.index, '５６７８', ALL))).toContain('P-wym')
  })

  it('户号: exact before prefix, household hits carry the head’s name', () => {
    const hits = searchPeople(fx.index, '0012', ALL)
    const hh = hits.filter((h) => h.kind === 'household')
    expect(hh[0]).toMatchObject({ id: 'H11', householdNo: '0012', matchedBy: 'household_no_exact' })
    expect(hh[0]?.kind === 'household' && hh[0].headName).toBe(fx.villagers[33]?.name)
    const prefix = searchPeople(fx.index, '001', ALL).filter((h) => h.kind === 'household')
    expect(prefix.every((h) => h.kind === 'household' && h.householdNo.startsWith('001'))).toBe(true)
    expect(prefix.map((h) => h.matchedBy)).toContain('household_no_prefix')
  })

  it('rare characters are searchable by character and by pinyin', () => {
    for (const [ch, py] of [
      ['堃', 'kun'],
      ['喆', 'zhe'],
      ['昇', 'sheng'],
      ['淼', 'miao'],
      ['琇', 'xiu'],
      ['犇', 'ben'],
    ] as const) {
      const withChar = fx.villagers.filter((v) => v.name.includes(ch)).map((v) => v.id)
      expect(withChar.length, ch).toBeGreaterThan(0)
      expect(villagerIds(searchPeople(fx.index, ch, ALL)).sort(), ch).toEqual([...withChar].sort())
      const target = fx.villagers.find((v) => v.name.includes(ch)) as Villager
      const q = pinyin(target.name, { toneType: 'none', surname: 'head', separator: '' }).replace(/ü/g, 'v')
      expect(q, ch).toContain(py)
      expect(ids(searchPeople(fx.index, q, ALL)), ch).toContain(target.id)
    }
  })

  it('empty or blank query returns nothing; limit defaults to 20', () => {
    expect(searchPeople(fx.index, '')).toEqual([])
    expect(searchPeople(fx.index, '   ')).toEqual([])
    expect(searchPeople(fx.index, 'w')).toHaveLength(20)
    expect(searchPeople(fx.index, 'w', 5)).toHaveLength(5)
    expect(searchPeople(fx.index, 'w', 0)).toEqual([])
  })
})

describe('matchingVillagerIds — the filter of the list itself', () => {
  it('finds every villager the dropdown would, without its limit of 20', () => {
    for (const q of ['w', 'wym', '王', '炎明', '002X', '5678']) {
      const all = new Set(villagerIds(searchPeople(fx.index, q, ALL)))
      const filter = matchingVillagerIds(fx.index, q)!
      for (const id of all) expect(filter.has(id), `${q} ${id}`).toBe(true)
      expect(filter.size, q).toBeGreaterThanOrEqual(all.size)
    }
    expect(matchingVillagerIds(fx.index, 'w')!.size).toBeGreaterThan(20)
  })

  it('a 户号 brings in the members of that household; an empty query filters nothing', () => {
    const members = fx.villagers.filter((v) => v.householdId === 'H11').map((v) => v.id)
    expect(members.length).toBeGreaterThan(0)
    const filter = matchingVillagerIds(fx.index, '0012')!
    for (const id of members) expect(filter.has(id)).toBe(true)
    expect(matchingVillagerIds(fx.index, '  ')).toBeNull()
    expect(matchingVillagerIds(fx.index, 'zzzzzzzz')!.size).toBe(0)
  })
})

describe('searchPeople — against brute force over 10,000 people', () => {
  it('Chinese substrings: exactly the people whose name contains the query', () => {
    const rand = rng(7)
    for (let t = 0; t < 40; t++) {
      const v = fx.villagers[Math.floor(rand() * fx.villagers.length)] as Villager
      const chars = Array.from(v.name)
      const start = Math.floor(rand() * chars.length)
      const q = chars.slice(start, start + 1 + Math.floor(rand() * 2)).join('')
      const expected = fx.villagers.filter((x) => x.name.includes(q)).map((x) => x.id)
      const hits = searchPeople(fx.index, q, ALL)
      expect(villagerIds(hits).sort(), q).toEqual(expected.sort())
      expect(isSortedByRank(hits), q).toBe(true)
      for (const h of hits) {
        if (h.kind !== 'villager') continue
        const want = h.name === q ? 'name_exact' : h.name.startsWith(q) ? 'name_prefix' : 'name_substring'
        expect(h.matchedBy, `${q} → ${h.name}`).toBe(want)
      }
    }
  })

  it('within a rank, results are in name (pinyin) order', () => {
    const hits = searchPeople(fx.index, '王', ALL).filter((h) => h.matchedBy === 'name_prefix')
    const keys = hits.map((h) =>
      h.kind === 'villager' ? pinyin(h.name, { toneType: 'none', surname: 'head', separator: '' }).replace(/ü/g, 'v') : '',
    )
    expect(hits.length).toBeGreaterThan(50)
    expect(keys).toEqual([...keys].sort())
  })

  it('ID tails of 4–6 characters: exactly the people whose number ends so', () => {
    const rand = rng(11)
    for (let t = 0; t < 40; t++) {
      const v = fx.villagers[Math.floor(rand() * fx.villagers.length)] as Villager
      const len = 4 + (t % 3)
      const q = v.idNumber.slice(-len)
      const expectedIds = fx.villagers.filter((x) => x.idNumber.endsWith(q)).map((x) => x.id)
      const got = searchPeople(fx.index, q, ALL).filter((h) => h.matchedBy === 'id_tail')
      expect(got.map((h) => h.id).sort(), q).toEqual(expectedIds.sort())
    }
  })

  it('4-digit queries: union of ID-tail, phone-tail and 户号 matches, nothing else', () => {
    for (const q of ['1234', '0001', '5678', '9999', '0333']) {
      const expected = new Set([
        ...fx.villagers.filter((x) => x.idNumber.endsWith(q) || (x.phone ?? '').endsWith(q)).map((x) => x.id),
        ...fx.households.filter((h) => h.householdNo.startsWith(q)).map((h) => h.id),
      ])
      const hits = searchPeople(fx.index, q, ALL)
      expect(new Set(ids(hits)), q).toEqual(expected)
      expect(isSortedByRank(hits)).toBe(true)
    }
  })

  it('pinyin prefixes: every primary match is found, and every hit is a real spelling of the name', () => {
    const rand = rng(13)
    const spellings = new Map(fx.villagers.map((v) => [v.id, allSpellings(v.name)]))
    const primary = new Map(
      fx.villagers.map((v) => {
        const arr = pinyin(v.name, { toneType: 'none', type: 'array', surname: 'head' }).map((s) => s.replace(/ü/g, 'v'))
        return [v.id, { full: arr.join(''), initials: arr.map((s) => s[0]).join('') }]
      }),
    )
    for (let t = 0; t < 25; t++) {
      const v = fx.villagers[Math.floor(rand() * fx.villagers.length)] as Villager
      const p = primary.get(v.id)!
      const q = t % 2 === 0 ? p.full.slice(0, 2 + Math.floor(rand() * (p.full.length - 1))) : p.initials
      const hits = searchPeople(fx.index, q, ALL)
      const got = new Set(villagerIds(hits))
      for (const x of fx.villagers) {
        const px = primary.get(x.id)!
        if (px.full.startsWith(q) || px.initials.startsWith(q)) expect(got.has(x.id), `${q} misses ${x.name}`).toBe(true)
      }
      for (const id of got) {
        const s = spellings.get(id)!
        const ok = s.full.some((f) => f.startsWith(q)) || s.initials.some((i) => i.startsWith(q))
        expect(ok, `${q} wrongly matched ${id}`).toBe(true)
      }
      expect(isSortedByRank(hits)).toBe(true)
    }
  })
})

describe('buildPeopleIndex / normaliseQuery', () => {
  it('normalises full-width letters, spaces and apostrophes', () => {
    expect(normaliseQuery(" Ｗａｎｇ　yan'ming ")).toBe('wangyanming')
  })

  it('control characters in a pasted query cannot collide with the packing separator', () => {
    expect(normaliseQuery('wang\u0001yan')).toBe('wangyan')
    expect(ids(searchPeople(fx.index, '\u0001wym', ALL))).toContain('P-wym')
  })

  it('a fresh index over the same records gives identical results (deterministic)', () => {
    const again = buildPeopleIndex(fx.villagers, fx.households)
    for (const q of ['w', 'wang', '王', '1234', 'zh']) {
      expect(searchPeople(again, q, 50)).toEqual(searchPeople(fx.index, q, 50))
    }
  })
})
