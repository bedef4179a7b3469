/**
 * Generated rosters for tests and the benchmark (node only, never bundled): deterministic
 * households of 1–5 people with valid, unique ID numbers under 411381 (邓州市).
 */
import { computeCheckDigit } from '@/domain/people/idNumber'
import type { RelationToHead } from '@/domain/people/model'
import type { RosterCells } from './layout'

const SURNAMES = Array.from('王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗')
const GIVEN = Array.from('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国红梅')
const GROUPS = ['一组', '二组', '三组', '四组', '五组', '六组', '七组', '八组']
const MEMBER_RELATIONS: RelationToHead[] = ['配偶', '子', '女', '父母']

/** Small LCG: the same seed gives the same village. */
function lcg(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

export function validId(birth: string, seq: number, male: boolean): string {
  const n = (seq % 500) * 2 + (male ? 1 : 0)
  const first17 = `411381${birth}${String(n).padStart(3, '0')}`
  return first17 + computeCheckDigit(first17)
}

/** `count` people in households of 1–5, 户主 first; every ID and 户号 unique. */
export function sampleRosterCells(count: number, seed = 1): RosterCells[] {
  const rand = lcg(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T
  const rows: RosterCells[] = []
  let household = 0
  let serial = 0
  while (rows.length < count) {
    household++
    const size = Math.min(1 + Math.floor(rand() * 5), count - rows.length)
    const group = pick(GROUPS)
    for (let m = 0; m < size; m++) {
      serial++
      // A distinct birth date per 500 people keeps (date, sequence) unique.
      const day = Math.floor(serial / 500)
      const date = new Date(Date.UTC(1940, 0, 1) + day * 86_400_000 * 7)
      const birth = `${date.getUTCFullYear()}${String(date.getUTCMonth() + 1).padStart(2, '0')}${String(date.getUTCDate()).padStart(2, '0')}`
      const male = rand() < 0.5
      rows.push({
        householdNo: String(household).padStart(4, '0'),
        relation: m === 0 ? '户主' : pick(MEMBER_RELATIONS),
        name: pick(SURNAMES) + pick(GIVEN) + (rand() < 0.6 ? pick(GIVEN) : ''),
        idNumber: validId(birth, serial, male),
        phone: rand() < 0.6 ? `13${String(100_000_000 + Math.floor(rand() * 899_999_999))}` : '',
        groupName: m === 0 || rand() < 0.5 ? group : '',
        status: '',
        note: '',
      })
    }
  }
  return rows
}
