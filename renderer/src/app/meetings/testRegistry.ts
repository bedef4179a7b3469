/**
 * Test support (import from *.test.ts only): a small village registry on the database and meeting
 * inputs for each body of 四议两公开.
 *
 *   甲 (A)  村党组织书记、村民委员会主任，正式党员
 *   乙 (B)  村党组织委员，正式党员，女
 *   丙 (C)  村党组织委员、村民委员会委员，正式党员
 *   丁 (D, 女), 王小明 (E)  村民
 *   己 (F)  born 2010-06-01: 未满18周岁 in 2026, not on a 村民会议 roster
 */
import type { VillagerRow } from '@/db/rows'
import type { AttendanceMark } from '@/domain/meetings/attendance'
import type { RoleAssignment } from '@/domain/people/model'
import { household, villager } from '@/domain/people/testFixtures'
import type { BodyKind } from '@/domain/rules/profile'
import type { AppContext } from '../context'
import { testVillageProfile } from '../testContext'
import type { MatterMeetingInput } from './recordMeeting'

const TERM = '2024-01-01'
const party: RoleAssignment = { kind: 'party_member', joinDate: '2000-07-01', stage: '正式', fullMemberDate: '2001-07-01' }
const branch = (post: '书记' | '委员'): RoleAssignment => ({ kind: 'committee', body: '村党组织', post, termStart: TERM })
const committee = (post: '主任' | '委员'): RoleAssignment => ({ kind: 'committee', body: '村民委员会', post, termStart: TERM })

export const PEOPLE = {
  A: villager({ id: 'A', name: '甲', householdId: 'H1', roles: [party, branch('书记'), committee('主任')] }),
  B: villager({ id: 'B', name: '乙', sex: '女', householdId: 'H1', relationToHead: '配偶', roles: [party, branch('委员')] }),
  C: villager({ id: 'C', name: '丙', householdId: 'H2', roles: [party, branch('委员'), committee('委员')] }),
  D: villager({ id: 'D', name: '丁', sex: '女', householdId: 'H2', relationToHead: '配偶' }),
  E: villager({ id: 'E', name: '王小明', householdId: 'H3' }),
  F: villager({ id: 'F', name: '己', householdId: 'H3', relationToHead: '子', birthDate: '2010-06-01' }),
}

/** Puts the registry and the 村情 in the database (setup, not under test: written directly). */
export async function seedVillage(ctx: AppContext): Promise<void> {
  const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }
  const rows: VillagerRow[] = Object.values(PEOPLE).map((v) => ({ ...v, ...stamp, status: '在册' }))
  await ctx.db.villagers.bulkAdd(rows)
  await ctx.db.households.bulkAdd(['H1', 'H2', 'H3'].map((id) => ({ ...household({ id }), ...stamp })))
  await ctx.db.settings.put({ key: 'village', value: testVillageProfile })
}

const present = (ids: readonly string[]): Record<string, AttendanceMark> =>
  Object.fromEntries(ids.map((id) => [id, { status: '到会' as const }]))

/** A meeting of `body` on `date` where `attending` came and `yes` voted for (the rest against). */
export function meetingInput(
  body: BodyKind,
  date: string,
  attending: readonly string[],
  yes: number,
  content = '同意修建村内道路',
): MatterMeetingInput {
  return {
    body,
    date,
    place: '村委会会议室',
    form: '现场会议',
    host: { name: '甲', post: '村党组织书记' },
    recorder: '丙',
    noticeDate: addDaysBefore(date),
    attendance: present(attending),
    vote: { motion: '关于修建村内道路的议题', method: 'show_of_hands', totals: { yes, no: attending.length - yes, abstain: 0 } },
    content,
  }
}

/** Notice given 10 days ahead: 村民会议应当提前十天通知 (组织法 Art. 21), enough for every body. */
function addDaysBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - 10)
  return d.toISOString().slice(0, 10)
}
