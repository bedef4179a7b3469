/**
 * 花名册导入预检：逐行判断能否导入，并用中文说明原因（第几行、谁、错在哪）。Pure and linear: the
 * whole check for 10,000 rows is a few Map lookups per row.
 *
 * Decisions the preview shows the secretary:
 * - A row is good only if everything about it is right, including its household: members of a
 *   household whose 户主 row is bad (or missing, or doubled) are bad too, so whatever is imported
 *   is consistent — no household without its head, no member without a household.
 * - A duplicate ID inside the file makes BOTH rows bad (we cannot know which one is right);
 *   each names the other.
 * - The template's example row (备注 carries EXAMPLE_ROW_MARKER) is skipped with a notice.
 * - 15-digit legacy numbers are converted to 18 digits with a warning; unknown area codes are
 *   warnings only (old IDs keep retired codes).
 * - Household-level fields (村民小组, phone) come from the 户主 row; a member row naming another
 *   group is a warning, and the 户主's group wins.
 * - Nothing on the preview shows a full ID or mobile number, even where the secretary's columns
 *   slipped and one sits in 关系 or 户号: every message is masked as it is written, and a name,
 *   户号 or 村民小组 that holds such a number is a problem (a column has moved).
 * - Every problem and warning names its place as the secretary finds it in Excel: the row, the
 *   person, and the column letter with its header (“第12行 王大山 D列（身份证号）：…”), when the
 *   columns are known (they are whenever the rows come from parse.ts).
 */
import { acceptIdNumber, type AreaCodeSet } from '@/domain/people/idNumber'
import { findUnmaskedPersonalNumbers, maskIdNumber, maskPhone } from '@/domain/people/masking'
import { TEXT_FIELD_RULES, textFieldProblem } from '@/domain/text/fields'
import type { RelationToHead, VillagerStatus } from '@/domain/people/model'
import { EXAMPLE_ROW_MARKER, normaliseHeader, parseRelation, parseStatus, type RosterColumnKey } from './columns'
import type { ParsedRoster, RosterColumnFound, RosterSheetRow } from './parse'
import { normalisePhone, splitPhones } from '@/domain/people/phone'

export interface ExistingRoster {
  /** Every villager already in the database, by normalised 18-digit ID. */
  idNumbers: ReadonlyMap<string, { name: string }>
  /** Household numbers already in the database (a Set, or any map keyed by 户号). */
  householdNos: { has(householdNo: string): boolean }
}

export interface GoodRosterRow {
  row: number
  householdNo: string
  relationToHead: RelationToHead
  name: string
  /** Normalised 18-digit number (a legacy 15-digit one already converted). */
  idNumber: string
  phone?: string
  /** As written on this row ('' when empty); the household's group comes from its 户主 row. */
  groupName: string
  status: VillagerStatus
  note?: string
  /** false when the person joins a household already in the database. */
  newHousehold: boolean
}

export interface BadRosterRow {
  row: number
  name: string
  /** Full sentences, e.g. '第12行 张三 D列（身份证号）：身份证号校验码不符：…'. */
  problems: string[]
}

export interface RosterWarning {
  row: number
  name: string
  message: string
}

export interface HouseholdToCreate {
  householdNo: string
  groupName: string
  phone?: string
  /** Excel row of the 户主 */
  headRow: number
  headIdNumber: string
  memberCount: number
}

export interface RosterSummary {
  /** Data rows read (the skipped example row not included). */
  rows: number
  good: number
  bad: number
  warnings: number
  skipped: number
  householdsToCreate: number
  /** Good rows that join a household already in the database. */
  joiningExisting: number
}

export interface RosterValidation {
  goodRows: GoodRosterRow[]
  badRows: BadRosterRow[]
  warnings: RosterWarning[]
  /** Information that is neither an error nor a warning (e.g. the example row was skipped). */
  notices: string[]
  householdsToCreate: HouseholdToCreate[]
  summary: RosterSummary
}

/** A problem and the column it is about (none for the row as a whole). */
interface Problem {
  key?: RosterColumnKey
  message: string
}

/** Per-row working state. */
interface Checked {
  raw: RosterSheetRow
  idNumber?: string
  relation?: RelationToHead
  status?: VillagerStatus
  phone?: string
  problems: Problem[]
}

const LABEL_NAME_CHARS = 20

export function rowLabel(row: number, name: string): string {
  if (!name) return `第${row}行`
  // A 100,000-character “name” is reported as too long, not repeated in every message.
  const chars = [...name]
  return `第${row}行 ${chars.length > LABEL_NAME_CHARS ? `${chars.slice(0, LABEL_NAME_CHARS).join('')}…` : name}`
}

/**
 * A problem or warning as a table shows it when the row number and the name are already columns
 * of their own: '第4行 钱秀兰 D列（身份证号）：校验码不符' → 'D列（身份证号）：校验码不符', and
 * '第4行 钱秀兰：未填写村民小组' → '未填写村民小组'. Text that does not start with the label is kept.
 */
export function withoutRowLabel(text: string, row: number, name: string): string {
  const label = rowLabel(row, name)
  if (!text.startsWith(label)) return text
  const rest = text.slice(label.length)
  if (rest.startsWith('：')) return rest.slice(1)
  return rest.startsWith(' ') ? rest.slice(1) : text
}

/** Full 18-digit IDs and 11-digit mobiles, as findUnmaskedPersonalNumbers finds them (half-width text). */
const PERSONAL_NUMBER = /(?<![0-9A-Za-z])(?:\d{6}[ -]?\d{8}[ -]?\d{3}[\dXx]|1[3-9]\d[ -]?\d{4}[ -]?\d{4})(?![0-9A-Za-z])/g

/** The message as it may be shown: every full number in it masked (the preview is on screen). */
export function maskNumbersIn(text: string): string {
  return text.replace(PERSONAL_NUMBER, (m) => {
    const n = m.replace(/[ -]/g, '')
    return n.length === 11 ? maskPhone(n) : maskIdNumber(n)
  })
}

/** Excel column letters: 1 → A, 27 → AA. */
export function columnLetters(n: number): string {
  let s = ''
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s
  return s
}

/** 'D列（身份证号）' for each column found: the header as the file writes it (one of the known names). */
function columnPlaces(columns: readonly RosterColumnFound[] | undefined): Map<RosterColumnKey, string> {
  return new Map((columns ?? []).map((c) => [c.key, `${columnLetters(c.column)}列（${normaliseHeader(c.header)}）`]))
}

const MAX_NAMED_DUPLICATES = 3

function idProblem(message: string): string {
  return message.includes('身份证') ? message : `身份证号${message}`
}

export function validateRoster(
  parsed: Pick<ParsedRoster, 'rows'> & Partial<Pick<ParsedRoster, 'columns'>>,
  existing: ExistingRoster,
  today: string,
  knownAreaCodes?: AreaCodeSet,
): RosterValidation {
  const notices: string[] = []
  const warnings: RosterWarning[] = []
  const places = columnPlaces(parsed.columns)
  const place = (raw: RosterSheetRow, key: RosterColumnKey | undefined) => {
    const column = key && places.get(key)
    return column ? `${rowLabel(raw.row, raw.name)} ${column}` : rowLabel(raw.row, raw.name)
  }
  const warn = (raw: RosterSheetRow, key: RosterColumnKey | undefined, message: string) =>
    warnings.push({ row: raw.row, name: raw.name, message: maskNumbersIn(`${place(raw, key)}：${message}`) })
  const add = (c: Checked, key: RosterColumnKey | undefined, message: string) => c.problems.push(key ? { key, message } : { message })

  // 1. Each row on its own.
  const checked: Checked[] = []
  let skipped = 0
  for (const raw of parsed.rows) {
    if (raw.note.includes(EXAMPLE_ROW_MARKER)) {
      skipped++
      notices.push(`第${raw.row}行是模板自带的示例行（备注写有“${EXAMPLE_ROW_MARKER}”），已跳过。`)
      continue
    }
    const c: Checked = { raw, problems: raw.cellProblems.map((p) => ({ key: p.key, message: p.message })) }
    checked.push(c)

    if (!raw.name) add(c, 'name', '未填写姓名')
    if (!raw.householdNo) add(c, 'householdNo', '未填写户号')
    // The same field rules as hand entry (domain/text/fields.ts).
    for (const [kind, value] of [
      ['name', raw.name],
      ['householdNo', raw.householdNo],
      ['groupName', raw.groupName],
      ['note', raw.note],
    ] as const) {
      const problem = value ? textFieldProblem(kind, value) : null
      if (problem) add(c, kind, problem)
      else if (kind !== 'note' && value && findUnmaskedPersonalNumbers(value).length > 0) {
        add(c, kind, `${TEXT_FIELD_RULES[kind].label}一格里是身份证号或手机号，可能填错了列，请核对`)
      }
    }

    // An ID cell that cannot be trusted (digits lost, a formula, not text) is not checked further.
    if (!raw.cellProblems.some((p) => p.key === 'idNumber')) checkId(c, today, knownAreaCodes, (m) => warn(raw, 'idNumber', m))

    const relation = parseRelation(raw.relation)
    if (relation.ok) c.relation = relation.value
    else add(c, 'relation', relation.message)

    const status = parseStatus(raw.status)
    if (status.ok) c.status = status.value
    else add(c, 'status', status.message)

    if (raw.phone) {
      const [first, ...others] = splitPhones(raw.phone)
      const phone = normalisePhone(first ?? '')
      if (phone.ok) c.phone = phone.value
      else add(c, 'phone', phone.message)
      if (phone.ok && others.length > 0)
        warn(
          raw,
          'phone',
          `填了${others.length + 1}个电话，只导入第一个 ${maskPhone(phone.value)}；另外的（${others.map(maskPhone).join('、')}）请导入后写入备注或另行登记`,
        )
    }

    if (c.relation === '户主' && !raw.groupName) add(c, 'groupName', '户主一行未填写村民小组')
  }

  // 2. Duplicate IDs: within the file (both rows named), then against the database.
  const byId = new Map<string, Checked[]>()
  for (const c of checked) {
    if (c.idNumber === undefined) continue
    const list = byId.get(c.idNumber)
    if (list) list.push(c)
    else byId.set(c.idNumber, [c])
  }
  for (const [id, list] of byId) {
    if (list.length > 1) {
      for (const c of list) {
        const others = list.filter((o) => o !== c)
        const named = others.slice(0, MAX_NAMED_DUPLICATES).map((o) => rowLabel(o.raw.row, o.raw.name))
        const more = others.length > MAX_NAMED_DUPLICATES ? `等${others.length}行` : ''
        add(c, 'idNumber', `身份证号与${named.join('、')}${more}重复（同一号码在表中出现${list.length}次）`)
      }
    }
    const inDb = existing.idNumbers.get(id)
    // Same number, same name: already registered. Same number, another name: a conflict, one of
    // the two is wrong and she must find out which (never passed as 此人已登记).
    if (inDb) {
      for (const c of list) {
        add(
          c,
          'idNumber',
          inDb.name === c.raw.name.trim()
            ? `此人已登记（库中村民 ${inDb.name}），无需再导入`
            : `此身份证号已登记为${inDb.name}，表中姓名为${c.raw.name.trim() || '（空）'}：姓名或号码有误，请核对后再导入`,
        )
      }
    }
  }

  // 3. Households: exactly one 户主 per new household; members follow their household.
  const byHousehold = new Map<string, Checked[]>()
  for (const c of checked) {
    if (!c.raw.householdNo) continue
    const list = byHousehold.get(c.raw.householdNo)
    if (list) list.push(c)
    else byHousehold.set(c.raw.householdNo, [c])
  }
  const householdsToCreate: HouseholdToCreate[] = []
  const newHouseholdNos = new Set<string>()
  for (const [no, members] of byHousehold) {
    const heads = members.filter((m) => m.relation === '户主')
    const others = members.filter((m) => m.relation !== '户主')
    const inDb = existing.householdNos.has(no)
    let memberProblem: string | undefined

    if (heads.length > 1) {
      const names = heads.map((h) => rowLabel(h.raw.row, h.raw.name)).join('、')
      for (const h of heads) add(h, 'relation', `户号 ${no} 有${heads.length}个户主（${names}），一户只能有一个户主`)
      memberProblem = `户号 ${no} 有多个户主（${names}），改正后本户成员才能导入`
    } else if (heads.length === 1 && inDb) {
      const head = heads[0]!
      add(head, 'householdNo', `户号 ${no} 已在库中登记，不能再导入一个户主；如是新户请改用未用过的户号，如要更换户主请在“户籍”页面办理`)
      memberProblem = `户号 ${no} 已在库中登记，而表中又有户主行（${rowLabel(head.raw.row, head.raw.name)}），请核对户号`
    } else if (heads.length === 1) {
      const head = heads[0]!
      if (head.problems.length > 0) {
        memberProblem = `本户户主（${rowLabel(head.raw.row, head.raw.name)}）一行有误，改正后本户成员才能导入`
      } else {
        newHouseholdNos.add(no)
        const household: HouseholdToCreate = {
          householdNo: no,
          groupName: head.raw.groupName,
          headRow: head.raw.row,
          headIdNumber: head.idNumber!,
          memberCount: members.length,
        }
        if (head.phone) household.phone = head.phone
        householdsToCreate.push(household)
        for (const m of others) {
          if (m.raw.groupName && m.raw.groupName !== head.raw.groupName) {
            warn(
              m.raw,
              'groupName',
              `村民小组填的是“${m.raw.groupName}”，与户主（第${head.raw.row}行）的“${head.raw.groupName}”不同，按户主的村民小组导入`,
            )
          }
        }
      }
    } else if (!inDb) {
      memberProblem = `户号 ${no} 在表中没有“户主”一行，库中也没有这个户号（未知的户号）`
    }
    if (memberProblem) for (const m of others) add(m, 'householdNo', memberProblem)
  }

  // 4. Sort out good and bad, in sheet order.
  const goodRows: GoodRosterRow[] = []
  const badRows: BadRosterRow[] = []
  let joiningExisting = 0
  for (const c of checked) {
    const { raw } = c
    if (c.problems.length > 0) {
      badRows.push({
        row: raw.row,
        name: raw.name,
        problems: c.problems.map((p) => maskNumbersIn(`${place(raw, p.key)}：${p.message}`)),
      })
      continue
    }
    const good: GoodRosterRow = {
      row: raw.row,
      householdNo: raw.householdNo,
      relationToHead: c.relation!,
      name: raw.name,
      idNumber: c.idNumber!,
      groupName: raw.groupName,
      status: c.status!,
      newHousehold: newHouseholdNos.has(raw.householdNo),
    }
    if (c.phone) good.phone = c.phone
    if (raw.note) good.note = raw.note
    if (!good.newHousehold) joiningExisting++
    goodRows.push(good)
  }

  return {
    goodRows,
    badRows,
    warnings,
    notices,
    householdsToCreate,
    summary: {
      rows: checked.length,
      good: goodRows.length,
      bad: badRows.length,
      warnings: warnings.length,
      skipped,
      householdsToCreate: householdsToCreate.length,
      joiningExisting,
    },
  }
}

function checkId(c: Checked, today: string, knownAreaCodes: AreaCodeSet | undefined, warn: (message: string) => void): void {
  const raw = c.raw.idNumber
  const problem = (message: string) => c.problems.push({ key: 'idNumber', message })
  if (raw.includes('*')) {
    problem('身份证号已被遮蔽（含*号）：遮蔽版导出的表不能用来导入，请改用完整号码')
    return
  }
  const result = acceptIdNumber(raw, knownAreaCodes ? { today, knownAreaCodes } : { today })
  if (result.ok) {
    c.idNumber = result.idNumber
    for (const w of result.warnings) warn(idProblem(w))
    return
  }
  for (const e of result.errors) problem(idProblem(e))
}
