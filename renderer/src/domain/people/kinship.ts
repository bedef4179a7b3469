/**
 * 近亲属推定：仅凭“与户主关系”推断同户两人可能的近亲属关系.
 *
 * 近亲属 (民法典第一千零四十五条): 配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、
 * 孙子女、外孙子女. The 户口簿 only records each person's relation to the 户主, so
 * two members' relation to each other is an inference (户主的“子”与“配偶” is usually
 * mother/father and child, but may be a step-child). Hence every result is “可能”,
 * and people in different households cannot be checked at all.
 * In-laws (儿媳、女婿 with the head) are not 近亲属 and are not reported.
 */
import type { RelationToHead, Villager } from './model'

export type DerivedKinship = '配偶' | '父母子女' | '兄弟姐妹' | '祖孙'

/** Unordered pairs of relations-to-head → the relation they imply between the two people. */
const PAIRS: [RelationToHead, RelationToHead, DerivedKinship][] = [
  ['户主', '配偶', '配偶'],
  ['户主', '子', '父母子女'],
  ['户主', '女', '父母子女'],
  ['户主', '父母', '父母子女'],
  ['户主', '兄弟姐妹', '兄弟姐妹'],
  ['户主', '祖父母', '祖孙'],
  ['户主', '孙子女', '祖孙'],
  ['户主', '外孙子女', '祖孙'],
  ['配偶', '子', '父母子女'],
  ['配偶', '女', '父母子女'],
  ['配偶', '孙子女', '祖孙'],
  ['配偶', '外孙子女', '祖孙'],
  ['子', '子', '兄弟姐妹'],
  ['子', '女', '兄弟姐妹'],
  ['女', '女', '兄弟姐妹'],
  ['子', '父母', '祖孙'],
  ['女', '父母', '祖孙'],
  ['子', '孙子女', '父母子女'],
  ['女', '外孙子女', '父母子女'],
  ['子', '儿媳', '配偶'],
  ['女', '女婿', '配偶'],
  ['儿媳', '孙子女', '父母子女'],
  ['女婿', '外孙子女', '父母子女'],
  ['父母', '父母', '配偶'],
  ['父母', '兄弟姐妹', '父母子女'],
  ['父母', '祖父母', '父母子女'],
  ['祖父母', '祖父母', '配偶'],
  ['祖父母', '兄弟姐妹', '祖孙'],
  ['兄弟姐妹', '兄弟姐妹', '兄弟姐妹'],
  ['孙子女', '孙子女', '兄弟姐妹'],
  ['外孙子女', '外孙子女', '兄弟姐妹'],
]

const key = (a: RelationToHead, b: RelationToHead): string => (a < b ? `${a}|${b}` : `${b}|${a}`)

const TABLE = new Map<string, DerivedKinship>(PAIRS.map(([a, b, k]) => [key(a, b), k]))

/** The 近亲属 relation two people may have, judged from the same 户口簿; null if none can be derived. */
export function possibleCloseRelative(
  a: Pick<Villager, 'id' | 'householdId' | 'relationToHead'>,
  b: Pick<Villager, 'id' | 'householdId' | 'relationToHead'>,
): DerivedKinship | null {
  if (a.id === b.id || a.householdId !== b.householdId) return null
  return TABLE.get(key(a.relationToHead, b.relationToHead)) ?? null
}
