/**
 * 签到表 (the sign-in sheet of a meeting) — buildSignInSheetDoc(data, village): PrintDocument.
 *
 * Input: { meeting: the meeting's roster FROZEN on its date (domain/meetings/roster.ts), date,
 *          time?, place, topics; registry?: { villagers, households } — for each person's 村民小组
 *          and 身份 on the date and a household's 户主 (without it the roster's own standing is
 *          printed and the group is left blank); title?: default “东风村村民代表会议签到表” }.
 * Output: a portrait A4 form: the meeting (name, 议题, 时间, 地点) and “应到N人 实到＿人” above a
 *   table 序号 | 姓名 | 村民小组 | 身份 | 签名 (wide blank) | 备注, its header row repeated on every
 *   page and rows never split; 预备党员 (who attend a 党员大会 without a vote) and 列席人员 (never
 *   counted) each in their own table below. Nothing follows the last table (a line left over would
 *   print alone on a page of its own), so the note on signing stands above the first.
 *   A 村民会议 or 村民小组会议 in household form has one row per household: 序号 | 户号 | 户主 |
 *   村民小组 | 户代表签名 | 备注, and “应到N户”.
 *
 * Privacy (design principle 5): names in full — people sign next to their own name, and a masked
 * name could not be found; no ID number, phone or address (there is no column for them). Pure.
 */
import type { MeetingRecord } from '@/domain/meetings/meeting'
import type { FrozenRoster, RosterMember } from '@/domain/meetings/roster'
import type { Household, Villager } from '@/domain/people/model'
import type { VillageProfile } from '@/domain/village/profile'
import { kinsokuText } from '../linebreak'
import type { Content, ContentTable, Margins, PrintDocument, TableCell } from '../pdf-types'
import { buildTable, type TableColumn, type TableRow } from '../table'
import { FORM_FONT, formDocument, formTitle, formWidth, GAP, scrubber } from './form'
import { entitledWords, groupsByHousehold, meetingName, meetingWhen, standingOn } from './wording'

type TableBodyCell = ContentTable['table']['body'][number][number]

export interface SignInSheetInput {
  meeting: Pick<MeetingRecord, 'roster' | 'date' | 'place' | 'topics'> & { time?: string }
  registry?: { villagers?: readonly Villager[]; households?: readonly Household[] }
  title?: string
}

/**
 * Rows tall enough to sign in (about 10 mm): the signature cell carries the extra height as its
 * margin, so a 身份 that wraps keeps ordinary line spacing.
 */
export const SIGN_CELL_MARGIN = 4.5

export const PERSON_COLUMNS: readonly TableColumn[] = [
  { header: '序号', key: 'seq', width: 28, align: 'center' },
  { header: '姓名', key: 'name', width: 62, align: 'center' },
  // 84 pt holds “第一村民小组” (six 小四 characters and the cell padding) on one line
  { header: '村民小组', key: 'group', width: 84, align: 'center' },
  { header: '身份', key: 'standing', width: 104 },
  { header: '签名', key: 'sign' },
  { header: '备注', key: 'note', width: 62 },
]

export const HOUSEHOLD_COLUMNS: readonly TableColumn[] = [
  { header: '序号', key: 'seq', width: 28, align: 'center' },
  { header: '户号', key: 'no', width: 52, align: 'center' },
  { header: '户主', key: 'head', width: 62, align: 'center' },
  { header: '村民小组', key: 'group', width: 84, align: 'center' },
  { header: '户代表签名', key: 'sign' },
  { header: '备注', key: 'note', width: 62 },
]

export const OBSERVER_COLUMNS: readonly TableColumn[] = [
  { header: '序号', key: 'seq', width: 28, align: 'center' },
  { header: '姓名', key: 'name', width: 62, align: 'center' },
  { header: '单位及职务', key: 'post', width: 170 },
  { header: '签名', key: 'sign' },
  { header: '备注', key: 'note', width: 62 },
]

export function signInSheetTitle(roster: FrozenRoster, village: VillageProfile): string {
  return `${meetingName(roster.body, village, roster.groupName)}签到表`
}

function personRows(members: readonly RosterMember[], date: string, registry: SignInSheetInput['registry'], note = ''): TableRow[] {
  const byId = new Map((registry?.villagers ?? []).map((v) => [v.id, v]))
  const groups = groupsByHousehold(registry?.households)
  return members.map((m, i) => ({
    seq: i + 1,
    name: m.name,
    group: groups.get(m.householdId) ?? '',
    standing: m.votes ? standingOn(byId.get(m.villagerId), date, m.standing) : m.standing,
    sign: '',
    note,
  }))
}

export function signInRows(data: SignInSheetInput): TableRow[] {
  const { roster, date } = data.meeting
  if (roster.mode !== 'household') return personRows(roster.members, date, data.registry)
  const villagers = new Map((data.registry?.villagers ?? []).map((v) => [v.id, v]))
  const heads = new Map((data.registry?.households ?? []).map((h) => [h.id, h.headId]))
  return roster.households.map((h, i) => {
    const headId = heads.get(h.householdId)
    return {
      seq: i + 1,
      no: h.householdNo,
      head: (headId && villagers.get(headId)?.name) || '',
      group: h.groupName,
      sign: '',
      note: '',
    }
  })
}

function sectionHeading(text: string): Content {
  return { text: kinsokuText(text), font: 'NotoSansSC', bold: true, margin: [0, 10, 0, 4] }
}

function table(columns: readonly TableColumn[], rows: readonly TableRow[]): Content {
  const t = buildTable(columns, rows, { fontSize: FORM_FONT, lineHeight: 1.2, availableWidth: formWidth() })
  const sign = columns.findIndex((c) => c.key === 'sign')
  const [header, ...body] = t.table.body
  const margin: Margins = [0, SIGN_CELL_MARGIN, 0, SIGN_CELL_MARGIN]
  const tallCell = (cell: TableBodyCell, i: number): TableBodyCell =>
    i === sign && typeof cell === 'object' && 'text' in cell ? ({ ...cell, margin } as TableCell) : cell
  const tall = body.map((row) => row.map(tallCell))
  return { ...t, table: { ...t.table, body: header ? [header, ...tall] : tall } }
}

export function buildSignInSheetDoc(data: SignInSheetInput, village: VillageProfile): PrintDocument {
  const { roster, date, place, topics } = data.meeting
  const scrub = scrubber(village)
  const title = data.title?.trim() || signInSheetTitle(roster, village)
  const household = roster.mode === 'household'
  const topicText = topics.map((t) => scrub(t.trim())).filter(Boolean)
  const content: Content[] = [
    formTitle(title, 8),
    {
      stack: [
        { text: kinsokuText(`会议名称：${meetingName(roster.body, village, roster.groupName)}${household ? '（户代表会议）' : ''}`) },
        { text: kinsokuText(`议${GAP}${GAP}题：${topicText.join('；') || '＿＿＿＿'}`) },
        { text: kinsokuText(`时${GAP}${GAP}间：${meetingWhen(date, data.meeting.time)}${GAP}${GAP}地点：${place.trim()}`) },
        {
          text: kinsokuText(
            `${entitledWords(roster)}${GAP}${GAP}实到＿＿＿${household ? '户' : '人'}${roster.counts.observers > 0 ? `${GAP}${GAP}列席${roster.counts.observers}人` : ''}`,
          ),
        },
        {
          // above the table, not under it: nothing may trail onto a page of its own after the last row
          text: kinsokuText(
            household
              ? '注：应到户名单为会议当日在册、有年满十八周岁成员的户，由到会的户代表本人签名；请假的在备注栏注明。'
              : '注：应到名单按会议当日的人员登记生成（登记会议时冻结），由到会人员本人签名；请假的在备注栏注明。',
          ),
          fontSize: 10.5,
          margin: [0, 2, 0, 0],
        },
      ],
      margin: [0, 0, 0, 6],
    },
    table(household ? HOUSEHOLD_COLUMNS : PERSON_COLUMNS, signInRows(data)),
  ]
  if (roster.nonVoting.length > 0) {
    content.push(sectionHeading(`预备党员（参加会议，没有表决权，不计入应到人数）${roster.nonVoting.length}人`))
    content.push(table(PERSON_COLUMNS, personRows(roster.nonVoting, date, data.registry, '无表决权')))
  }
  if (roster.observers.length > 0) {
    content.push(sectionHeading(`列席人员（不计入应到、实到人数，不参加表决）${roster.observers.length}人`))
    content.push(
      table(
        OBSERVER_COLUMNS,
        roster.observers.map((o, i) => ({ seq: i + 1, name: o.name, post: o.post?.trim() || o.label, sign: '', note: '' })),
      ),
    )
  }
  return formDocument(title, content, { subject: '签到表' })
}
