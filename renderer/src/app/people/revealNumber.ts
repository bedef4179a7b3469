/**
 * 查看完整号码: showing a full ID or phone number is a deliberate act (design principle 5), recorded
 * in the audit log, with its purpose, before the number is shown. Input: ctx, the villager, the
 * purpose. Output: nothing; the caller shows the number once this resolves.
 */
import { audited } from '@/db/unitOfWork'
import type { Villager } from '@/domain/people/model'
import type { AppContext } from '../context'
import { who } from './who'

type Shown = Pick<Villager, 'id' | 'name' | 'idNumber'>

async function reveal(ctx: AppContext, villager: Shown, field: 'idNumber' | 'phone', purpose: string): Promise<void> {
  const what = field === 'idNumber' ? '身份证号' : '电话'
  await audited(ctx, [], async (work) => {
    work.record({
      action: 'reveal',
      table: 'villagers',
      recordId: villager.id,
      summary: `查看 ${who(villager)} 的完整${what}${purpose.trim() ? `，用途：${purpose.trim()}` : ''}`,
    })
  })
}

export const revealIdNumber = (ctx: AppContext, villager: Shown, purpose: string) => reveal(ctx, villager, 'idNumber', purpose)
export const revealPhone = (ctx: AppContext, villager: Shown, purpose: string) => reveal(ctx, villager, 'phone', purpose)
