/**
 * 下一步: the one action the case file names, e.g. “等待陈述申辩，11月12日期满” (issue 14). Dates
 * in the current year drop the year, as people say them; others are written in full.
 */
import { formatChineseDate, requireIsoDate } from '@/domain/calendar/calendar'
import { afterFailedAssembly, failedAssembly } from './assemblyDecision'
import type { ViolationCase } from './case'
import { firstDecisionDay, hearingPeriodOver } from './hearing'
import { isRectificationOverdue, openLastingMeasures } from './lifecycle'

function shortDate(date: string, today: string): string {
  if (date.slice(0, 4) !== today.slice(0, 4)) return formatChineseDate(date)
  const { month, day } = requireIsoDate(date)
  return `${month}月${day}日`
}

export function nextAction(c: ViolationCase, today: string): string {
  const d = (x: string) => shortDate(x, today)
  switch (c.state) {
    case 'reported':
      return '认定：选择行为发生日施行的条款'
    case 'assessed':
      return '告知：制作并送达违约处理告知书'
    case 'notified': {
      const p = c.notification!.period
      if (c.hearing?.kind === 'statement') return '答复当事人的陈述申辩'
      if (!hearingPeriodOver(p, today)) return `等待陈述申辩，${d(p.lastDay)}期满`
      return `陈述申辩期已满，登记“未提出”后可以决定（${d(firstDecisionDay(p))}起）`
    }
    case 'heard': {
      const failed = failedAssembly(c)
      if (failed)
        return `${d(failed.date)}的村民代表会议${failed.result === 'no_quorum' ? '到会人数不足' : '未通过'}，${afterFailedAssembly(failed)}`
      return '作出处理决定'
    }
    case 'decided':
    case 'published':
      if (c.decision?.publish && c.state === 'decided') return '发布违约处理公示'
      if (openLastingMeasures(c, today).length > 0) return '责令整改，或在措施期满后结案'
      return '结案'
    case 'rectifying': {
      const r = c.rectification!
      return isRectificationOverdue(c, today) ? `整改已逾期（期限${d(r.deadline)}），请督促并验收` : `等待整改，${d(r.deadline)}到期后验收`
    }
    case 'rectified':
      return openLastingMeasures(c, today).length > 0 ? '办理恢复，送达恢复通知书' : '结案'
    case 'restored':
      return '结案'
    case 'closed':
      return '已结案'
  }
}
