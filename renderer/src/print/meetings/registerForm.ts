/**
 * 村级重大事务“四议两公开”决策实施登记表 — buildRegisterFormDoc(data, village): PrintDocument.
 *
 * Input: { matter: Matter (domain/decisions/model.ts, as the lifecycle left it), publicity?: the
 *          公开地点 and a word on objections for ⑤ and ⑥ ({ disclosure?: { place?, objections? },
 *          results?: { place? } }; default place 村务公开栏), supervision?: 监督意见 of the 村务监督
 *          委员会 for ⑤ and ⑥ (blank to be written by hand when not given), filledOn?: 填表日期 }.
 * Output: a portrait A4 form like the circulated template (domain-rules §2.2): a bordered table
 *   with the section labels ①–⑥ in a left column spanning their rows. Top: 事项名称, 动议事由
 *   (■ the one chosen, □ the others). ①–④ each: 时间 | 会议形式, 应到/实到/比例 | 地点, the step's
 *   内容 (提议内容/商议意见/审议内容/决议内容), its 结果 in words with the law (evaluateVote's
 *   sentence), 乡镇参会人员（职务）, and earlier attempts of the step (a failed ③ sent back to ②).
 *   ② merged with ① (一肩挑) says so. ⑤: 公开日期 and 期限 | 公开地点, 异议及答复, 监督意见. ⑥: 实施情况
 *   (实际费用, 进度, 验收), 公开日期 | 公开地点, 监督意见. Steps not reached read “尚未进行”.
 *
 * Privacy (design principle 5): no personal numbers; the township staff are named with their posts
 * (the township checks who came); free text is masked of full ID and mobile numbers. Pure.
 */
import { dayNumber, formatChineseDate, requireIsoDate } from '@/domain/calendar/calendar'
import { MOTION_SOURCES, STEP_LABELS, type Matter, type MeetingStep, type StepNo } from '@/domain/decisions/model'
import { BODY_LABELS } from '@/domain/rules/profile'
import type { VillageProfile } from '@/domain/village/profile'
import { kinsokuText } from '../linebreak'
import type { Content, PrintDocument, TableCell } from '../pdf-types'
import { formDocument, formTable, formTitle, GAP, labelCell, scrubber, SPANNED, valueCell } from './form'
import { outcomeWord } from './wording'

export interface RegisterFormInput {
  matter: Matter
  publicity?: { disclosure?: { place?: string; objections?: string }; results?: { place?: string } }
  supervision?: { disclosure?: string; results?: string }
  filledOn?: string
}

export const REGISTER_FORM_TITLE = '村级重大事务“四议两公开”决策实施登记表'
export const REGISTER_FONT = 10.5
const DEFAULT_PLACE = '村务公开栏'
const REGISTER_WIDTHS: (number | '*')[] = [52, 70, '*', 76, '*']

type Cell = TableCell | Record<string, never>

const CONTENT_LABELS: Record<1 | 2 | 3 | 4, [string, string]> = {
  1: ['提议内容', '提议结果'],
  2: ['商议意见', '商议结果'],
  3: ['审议内容', '审议结果'],
  4: ['决议内容', '表决结果'],
}

const CIRCLED = ['', '①', '②', '③', '④', '⑤', '⑥'] as const

/** “①\n村党组织\n提议”: the section label, broken so it stands in a narrow column. */
export function sectionLabel(step: StepNo): string {
  const label = STEP_LABELS[step]
  const lines: Record<StepNo, string> = {
    1: '村党组织\n提议',
    2: '村\n“两委”\n会议商议',
    3: '党员大会\n审议',
    4: '村民会议\n或村民\n代表会议\n决议',
    5: '决议\n公开',
    6: '实施结果\n公开',
  }
  return `${CIRCLED[step]}\n${lines[step] ?? label}`
}

/** “2026年3月16日至2026年3月22日（共7天）” */
export function periodWords(start?: string, end?: string): string {
  if (!start) return '—'
  if (!end) return `自${formatChineseDate(start)}起`
  const days = dayNumber(requireIsoDate(end)) - dayNumber(requireIsoDate(start)) + 1
  return `${formatChineseDate(start)}至${formatChineseDate(end)}（共${days}天）`
}

/** “■党员群众建议 □村干部提议 □上级党委政府安排” (the font has no ☑; ■ is the chosen box). */
export function motionSourceChoice(source: Matter['motionSource']): string {
  return MOTION_SOURCES.map((s) => `${s === source ? '■' : '□'}${s}`).join(GAP)
}

/** Yuan with thousands separators: 126500 → “126,500元”. */
export function yuan(amount: number): string {
  const [int, frac] = amount.toFixed(2).replace(/\.00$/, '').split('.')
  return `${(int ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}元`
}

function span(text: string, extra: Partial<TableCell> = {}): Cell[] {
  return [{ ...valueCell(text), colSpan: 3, ...extra }, SPANNED, SPANNED]
}

/** A section: its label spanning all its rows in the left column. */
function section(step: StepNo, rows: Cell[][]): Cell[][] {
  return rows.map((r, i) => [i === 0 ? labelCell(sectionLabel(step), { rowSpan: rows.length }) : SPANNED, ...r])
}

function meetingRows(n: 1 | 2 | 3 | 4, attempts: readonly MeetingStep[], scrub: (t: string) => string): Cell[][] {
  const last = attempts.at(-1)
  if (!last) return [[{ ...valueCell('尚未进行', { align: 'center' }), colSpan: 4 }, SPANNED, SPANNED, SPANNED]]
  const [contentLabel, resultLabel] = CONTENT_LABELS[n]
  const o = last.outcome
  const township = last.township.map((t) => `${t.name}（${t.post}）`).join('、') || '无'
  const rows: Cell[][] = [
    [labelCell('时间'), valueCell(formatChineseDate(last.date)), labelCell('地点'), valueCell(last.place?.trim() || '—')],
    [
      labelCell('会议形式'),
      valueCell(`${BODY_LABELS[last.body]}（${last.form}）`),
      labelCell('应到/实到/比例'),
      valueCell(`${o.entitled}／${o.present}／${o.ratio}`),
    ],
    [labelCell(contentLabel), ...span(scrub(last.content))],
    [labelCell(resultLabel), ...span(`${outcomeWord(o)}。${o.sentence}`)],
    [labelCell('乡镇参会人员'), ...span(township)],
  ]
  const earlier = attempts.slice(0, -1)
  if (earlier.length > 0) {
    const words = earlier.map((s) => {
      const then = s.onFailure === 'revise' ? '，退回村“两委”修改后重新提交' : s.onFailure === 'drop' ? '，撤销' : ''
      return `${formatChineseDate(s.date)}${BODY_LABELS[s.body]}：${outcomeWord(s.outcome)}（应到${s.outcome.entitled}，实到${s.outcome.present}）${then}`
    })
    rows.push([labelCell('此前会议'), ...span(words.join('；'))])
  }
  return rows
}

function opinion(text: string | undefined): Cell[] {
  const t = text?.trim()
  return span(t ? `${t}\n村务监督委员会（签字）：` : '\n\n村务监督委员会（签字）：', { margin: [0, 0, 0, t ? 0 : 2] })
}

/** The form's sections, each a list of rows: the head (事项名称, 动议事由), then ① to ⑥. */
export function registerFormSections(data: RegisterFormInput, village: VillageProfile): Cell[][][] {
  const m = data.matter
  const scrub = scrubber(village)
  const stepsOf = (n: 1 | 2 | 3 | 4) => m.steps.filter((s) => s.step === n)
  const body: Cell[][][] = [
    [
      [labelCell('事项名称', { colSpan: 2 }), SPANNED, ...span(scrub(m.title))],
      [labelCell('动议事由', { colSpan: 2 }), SPANNED, ...span(motionSourceChoice(m.motionSource))],
    ],
  ]
  body.push(section(1, meetingRows(1, stepsOf(1), scrub)))
  const merged = stepsOf(1).some((s) => s.mergedWith === 2)
  body.push(
    section(
      2,
      merged && stepsOf(2).length === 0
        ? [
            [
              { ...valueCell('本村党组织书记、村民委员会主任“一肩挑”，村党组织提议与村“两委”会议商议合并召开，见①栏。'), colSpan: 4 },
              SPANNED,
              SPANNED,
              SPANNED,
            ],
          ]
        : meetingRows(2, stepsOf(2), scrub),
    ),
  )
  body.push(section(3, meetingRows(3, stepsOf(3), scrub)))
  body.push(section(4, meetingRows(4, stepsOf(4), scrub)))

  const d = m.disclosures.at(-1)
  const objections = data.publicity?.disclosure?.objections?.trim()
  body.push(
    section(
      5,
      d
        ? [
            [
              labelCell('公开期限'),
              valueCell(periodWords(d.start, d.end)),
              labelCell('公开地点'),
              valueCell(data.publicity?.disclosure?.place?.trim() || DEFAULT_PLACE),
            ],
            [
              labelCell('异议及答复'),
              ...span(scrub(objections || (d.unresolved.length > 0 ? `有${d.unresolved.length}件异议未能化解` : '公示期内无未化解的异议'))),
            ],
            [labelCell('监督意见'), ...opinion(data.supervision?.disclosure)],
          ]
        : [[{ ...valueCell('尚未进行', { align: 'center' }), colSpan: 4 }, SPANNED, SPANNED, SPANNED]],
    ),
  )
  const impl = m.implementation
  const done = impl
    ? [
        impl.progress,
        impl.cost !== undefined ? `实际费用${yuan(impl.cost)}` : '',
        impl.acceptance ? `${formatChineseDate(impl.acceptance.date)}经${impl.acceptance.by}验收：${impl.acceptance.result}` : '',
      ]
        .filter(Boolean)
        .join('；')
    : ''
  body.push(
    section(
      6,
      impl
        ? [
            [labelCell('实施情况'), ...span(scrub(done))],
            [
              labelCell('公开期限'),
              valueCell(periodWords(impl.start, impl.end)),
              labelCell('公开地点'),
              valueCell(data.publicity?.results?.place?.trim() || DEFAULT_PLACE),
            ],
            [labelCell('监督意见'), ...opinion(data.supervision?.results)],
          ]
        : [[{ ...valueCell('尚未进行', { align: 'center' }), colSpan: 4 }, SPANNED, SPANNED, SPANNED]],
    ),
  )
  return body
}

export function buildRegisterFormDoc(data: RegisterFormInput, village: VillageProfile): PrintDocument {
  const filled = data.filledOn ? `填表日期：${formatChineseDate(data.filledOn)}` : '填表日期：＿＿年＿＿月＿＿日'
  const content: Content[] = [
    formTitle(REGISTER_FORM_TITLE, 6),
    {
      columns: [
        { width: '*', text: kinsokuText(`填报单位：${village.committeeName}（盖章）`) },
        { width: 'auto', text: kinsokuText(filled) },
      ],
      margin: [0, 0, 0, 4],
    },
    // one table a section, each kept whole on a page: a page break falls between sections, never
    // inside one (pdfmake splits a row-spanning label badly), and the tables sit edge to edge
    ...registerFormSections(data, village).map((rows): Content => ({
      stack: [formTable(REGISTER_WIDTHS, rows, { fontSize: REGISTER_FONT })],
      unbreakable: true,
    })),
  ]
  const doc = formDocument(REGISTER_FORM_TITLE, content, { fontSize: REGISTER_FONT, subject: '四议两公开决策实施登记表' })
  // a tighter line than the other forms: the six sections fit one page, as the paper form does
  return { ...doc, defaultStyle: { ...doc.defaultStyle, lineHeight: 1.12 } }
}
