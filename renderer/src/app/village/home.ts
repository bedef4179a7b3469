/**
 * 首页 (the home screen): counts and today's date, as a person in the village reads them.
 * homeFacts(ctx) → { households, villagers, today: '2026年3月1日 星期日' } (Beijing date).
 */
import { countPeople } from '@/db/repositories/people'
import { todayIso } from '@/domain/calendar/clock'
import { formatChineseDate } from '@/domain/calendar/calendar'
import type { AppContext } from '../context'

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

/** '2026-03-01' → '2026年3月1日 星期日'. */
export function chineseDateWithWeekday(iso: string): string {
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay()
  return `${formatChineseDate(iso)} 星期${WEEKDAYS[weekday]}`
}

export async function homeFacts(ctx: AppContext): Promise<{ households: number; villagers: number; today: string }> {
  const counts = await countPeople(ctx.db)
  return { ...counts, today: chineseDateWithWeekday(todayIso(ctx.clock)) }
}
