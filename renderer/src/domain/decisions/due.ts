/**
 * 待办 (what the home screen lists for 四议两公开): matters waiting at a step, 公开 due or ended,
 * and matters ready to close — from the matters and today's date (passed in).
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import { MATTER_STATE_LABELS, STATE_STEP, STEP_LABELS, type Matter, type StepNo } from './model'

export interface MatterDue {
  matterId: string
  title: string
  step: StepNo | null
  kind: 'waiting_step' | 'disclosure_due' | 'disclosure_running' | 'disclosure_ended' | 'results_due' | 'results_ended'
  message: string
  /** 'YYYY-MM-DD' when the item has a date (end of a 公示). */
  due?: string
}

export function mattersDue(matters: readonly Matter[], today: string): MatterDue[] {
  const out: MatterDue[] = []
  for (const m of matters) {
    const step = STATE_STEP[m.state]
    const base = { matterId: m.id, title: m.title, step }
    switch (m.state) {
      case 'proposing':
      case 'consulting':
      case 'reviewing':
      case 'resolving':
        out.push({ ...base, kind: 'waiting_step', message: `“${m.title}”${MATTER_STATE_LABELS[m.state]}（${STEP_LABELS[step ?? 1]}）` })
        break
      case 'disclosing': {
        const d = m.disclosures.at(-1)
        if (!d || d.endedOn) out.push({ ...base, kind: 'disclosure_due', message: `“${m.title}”决议已通过，应及时公开`, due: today })
        else if (today > d.end)
          out.push({
            ...base,
            kind: 'disclosure_ended',
            message: `“${m.title}”决议公开已于${formatChineseDate(d.end)}期满，请登记公开结果`,
            due: d.end,
          })
        else out.push({ ...base, kind: 'disclosure_running', message: `“${m.title}”决议公开中，至${formatChineseDate(d.end)}`, due: d.end })
        break
      }
      case 'implementing':
        out.push({ ...base, kind: 'results_due', message: `“${m.title}”实施中：完成后登记实施结果并公开` })
        break
      case 'publishing_results': {
        const end = m.implementation?.end
        if (end && today > end)
          out.push({
            ...base,
            kind: 'results_ended',
            message: `“${m.title}”实施结果公开已于${formatChineseDate(end)}期满，可以办结`,
            due: end,
          })
        break
      }
      case 'closed':
      case 'rejected':
      case 'dropped':
        break
    }
  }
  return out
}
