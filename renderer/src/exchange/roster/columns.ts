/**
 * 花名册的列：表头、别名、宽度和填写说明，以及“与户主关系”“状态”两列的宽松识别。
 *
 * One list drives the template, the export and the import, so a file we write can always be read
 * back. Header cells are matched after folding full-width characters, dropping every kind of
 * whitespace (secretaries break long headers with Alt+Enter), a leading/trailing '*' (the usual
 * “必填” marker) and any bracketed hint such as '公民身份号码（18位）'.
 */
import { compactHalfWidth, toHalfWidth } from '@/domain/text/normalize'
import { RELATIONS_TO_HEAD, type RelationToHead, type VillagerStatus } from '@/domain/people/model'
import type { Parsed } from '@/domain/people/phone'

export type RosterColumnKey = 'householdNo' | 'relation' | 'name' | 'idNumber' | 'phone' | 'groupName' | 'status' | 'note'

export interface RosterColumn {
  key: RosterColumnKey
  /** The header we write. */
  header: string
  /** Other headers we accept on import (the header itself is always accepted). */
  aliases: readonly string[]
  /** The import refuses a sheet whose header row lacks this column. */
  requiredColumn: boolean
  /** Excel column width, in characters. */
  width: number
  /** Stored as text ('@') so Excel keeps leading zeros and all 18 digits. */
  text: boolean
  /** Plain-Chinese explanation for the template's 填写说明 sheet. */
  help: string
}

export const ROSTER_COLUMNS: readonly RosterColumn[] = [
  {
    key: 'householdNo',
    header: '户号',
    aliases: ['户编号', '户口编号'],
    requiredColumn: true,
    width: 10,
    text: true,
    help: '户口簿上的户号。同一户的人填同一个户号；可以有前导0（如0012）。',
  },
  {
    key: 'relation',
    header: '与户主关系',
    aliases: ['关系', '与户主的关系', '家庭关系'],
    requiredColumn: true,
    width: 12,
    text: false,
    help: '每户必须有一行填“户主”。其他人填：配偶、子、女、父母、祖父母、孙子女、外孙子女、兄弟姐妹、儿媳、女婿、其他。也认得“儿子、女儿、妻子、丈夫、父亲、母亲、孙子、孙女、本人”等常见写法。',
  },
  {
    key: 'name',
    header: '姓名',
    aliases: ['村民姓名', '成员姓名'],
    requiredColumn: true,
    width: 12,
    text: false,
    help: '必填。两字姓名中间可以留空格对齐，导入时会自动去掉。',
  },
  {
    key: 'idNumber',
    header: '公民身份号码',
    aliases: ['身份证号', '身份证号码', '证件号码', '公民身份证号码', '身份证'],
    requiredColumn: true,
    width: 22,
    text: true,
    help: '必填，18位。本列已设为“文本”格式；若从别处粘贴，请先把该列设为文本，否则Excel会把号码变成1.10105E+17并丢掉末尾几位。旧的15位号码会自动转换为18位。',
  },
  {
    key: 'phone',
    header: '联系电话',
    aliases: ['电话', '手机', '手机号', '手机号码', '联系方式', '电话号码'],
    requiredColumn: false,
    width: 16,
    text: true,
    help: '可不填。手机填11位；固定电话请带区号，如0377-61234567。',
  },
  {
    key: 'groupName',
    header: '村民小组',
    aliases: ['小组', '组别', '所属小组', '组'],
    requiredColumn: true,
    width: 12,
    text: false,
    help: '户主一行必填（如“一组”）；本户其他人可不填，以户主一行为准。',
  },
  {
    key: 'status',
    header: '状态',
    aliases: ['人员状态', '户籍状态'],
    requiredColumn: false,
    width: 8,
    text: false,
    help: '可不填，不填即“在册”。也可填“迁出”或“死亡”。',
  },
  {
    key: 'note',
    header: '备注',
    aliases: ['说明'],
    requiredColumn: false,
    width: 26,
    text: false,
    help: '可不填。导入时记在此人的登记记录里。',
  },
]

export const COLUMN_BY_KEY: Readonly<Record<RosterColumnKey, RosterColumn>> = Object.fromEntries(
  ROSTER_COLUMNS.map((c) => [c.key, c]),
) as Record<RosterColumnKey, RosterColumn>

/** Marker the template puts in the example row's 备注; the import skips rows carrying it. */
export const EXAMPLE_ROW_MARKER = '示例行，导入前请删除'

/** Header text → comparable form: half-width, no whitespace, no '*' marks, no bracketed hints. */
export function normaliseHeader(text: string): string {
  return compactHalfWidth(text)
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】|〔[^〕]*〕/g, '')
    .replace(/[*＊:：]/g, '')
}

const HEADER_LOOKUP: ReadonlyMap<string, RosterColumnKey> = new Map(
  ROSTER_COLUMNS.flatMap((c) => [c.header, ...c.aliases].map((h) => [normaliseHeader(h), c.key] as const)),
)

/**
 * The column a header cell names, or null. Exact match on the normalised text only: a loose
 * “contains 姓名” would take '户主姓名' for the person's own name.
 */
export function matchHeader(text: string): RosterColumnKey | null {
  const key = normaliseHeader(text)
  return key ? (HEADER_LOOKUP.get(key) ?? null) : null
}

/**
 * Common ways of writing 与户主关系, grouped as GB/T 4761 (家庭关系代码) groups them — with one
 * deliberate exception: in-laws (公婆、岳父母、嫂、姐夫…) go to 其他, not 父母/兄弟姐妹, because
 * kinship.ts derives blood relations (回避) from these values and an in-law is not one.
 */
const RELATION_WORDS: ReadonlyArray<readonly [RelationToHead, readonly string[]]> = [
  ['户主', ['户主', '本人', '户主本人']],
  ['配偶', ['配偶', '妻', '妻子', '夫', '丈夫', '爱人', '夫妻']],
  ['子', ['子', '儿子', '长子', '次子', '三子', '四子', '五子', '独子', '独生子', '养子', '继子']],
  ['女', ['女', '女儿', '长女', '次女', '三女', '四女', '五女', '独女', '独生女', '养女', '继女']],
  ['父母', ['父母', '父亲', '母亲', '父', '母', '爸爸', '妈妈', '继父', '继母', '养父', '养母']],
  ['祖父母', ['祖父母', '祖父', '祖母', '爷爷', '奶奶', '外祖父母', '外祖父', '外祖母', '姥爷', '姥姥', '外公', '外婆']],
  ['孙子女', ['孙子女', '孙子', '孙女', '孙']],
  ['外孙子女', ['外孙子女', '外孙', '外孙子', '外孙女']],
  ['兄弟姐妹', ['兄弟姐妹', '兄', '弟', '姐', '妹', '哥哥', '弟弟', '姐姐', '妹妹', '兄弟', '姐妹']],
  ['儿媳', ['儿媳', '儿媳妇', '媳妇', '长媳', '次媳']],
  ['女婿', ['女婿', '长婿', '次婿']],
  [
    '其他',
    [
      '其他',
      '其它',
      '公公',
      '婆婆',
      '岳父',
      '岳母',
      '嫂',
      '嫂子',
      '弟媳',
      '姐夫',
      '妹夫',
      '侄子',
      '侄女',
      '外甥',
      '外甥女',
      '孙媳',
      '孙媳妇',
      '孙女婿',
      '曾孙',
      '曾孙子',
      '曾孙女',
      '伯父',
      '伯母',
      '叔父',
      '叔叔',
      '婶母',
      '姑母',
      '姑父',
      '舅父',
      '舅母',
      '姨母',
      '姨父',
      '其他亲属',
      '非亲属',
    ],
  ],
]

const RELATION_LOOKUP: ReadonlyMap<string, RelationToHead> = new Map(
  RELATION_WORDS.flatMap(([relation, words]) => words.map((w) => [w, relation] as const)),
)

export type { Parsed }

export function parseRelation(raw: string): Parsed<RelationToHead> {
  const s = compactHalfWidth(raw)
  if (!s) return { ok: false, message: '未填写与户主关系' }
  const relation = RELATION_LOOKUP.get(s)
  if (relation) return { ok: true, value: relation }
  return { ok: false, message: `与户主关系“${s}”无法识别，请填写：${RELATIONS_TO_HEAD.join('、')}` }
}

const STATUS_LOOKUP: ReadonlyMap<string, VillagerStatus> = new Map([
  ['在册', '在册'],
  ['正常', '在册'],
  ['在户', '在册'],
  ['迁出', '迁出'],
  ['已迁出', '迁出'],
  ['死亡', '死亡'],
  ['已死亡', '死亡'],
  ['去世', '死亡'],
  ['已故', '死亡'],
])

/** Empty means 在册 (the column is optional). */
export function parseStatus(raw: string): Parsed<VillagerStatus> {
  const s = compactHalfWidth(raw)
  if (!s) return { ok: true, value: '在册' }
  const status = STATUS_LOOKUP.get(s)
  if (status) return { ok: true, value: status }
  return { ok: false, message: `状态“${s}”无法识别，请填写：在册、迁出、死亡（不填即在册）` }
}

/**
 * 姓名: half-width, trimmed, inner runs of spaces collapsed, and spaces between two Chinese
 * characters removed ('王 五', padded with a full-width space, to line up with three-character names is 王五).
 */
export function normaliseName(raw: string): string {
  return toHalfWidth(raw)
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1')
}
