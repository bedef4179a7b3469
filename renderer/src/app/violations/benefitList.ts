/**
 * 村级福利清单, kept by the village: one `settings` row (key BENEFITS_KEY), written through the
 * audited unit of work like every other record.
 *
 * loadVillageBenefits(ctx) → { benefits, version }: the stored list, or — before the village has
 *   saved one — the starting list VILLAGE_BENEFITS (villageBenefits.ts) with version undefined.
 * saveVillageBenefits(ctx, benefits, seenVersion) → the new { benefits, version }. Refused (throws
 *   BenefitListError, Chinese, nothing written) when a name is empty, an id repeats, or a benefit
 *   that cases already suspend is removed (the register and the printed lists name it by its id);
 *   StaleRecordError when the list changed since `seenVersion`.
 *
 * Each benefit is marked 自主福利 or 法定成员权益. Marking one 法定成员权益 is always allowed and takes
 * effect at once: the register (suspensionsOn) never lists a suspension of it, because a compact can
 * never suspend it (集体经济组织法 Art. 13).
 */
import { ulid } from 'ulid'
import { audited } from '@/db/unitOfWork'
import type { Benefit } from '@/domain/violations/benefits'
import { validateBenefits } from '@/domain/violations/benefits'
import type { AppContext } from '../context'
import { VILLAGE_BENEFITS } from './villageBenefits'

export const BENEFITS_KEY = 'violations.benefits'

export interface StoredBenefits {
  benefits: Benefit[]
  /** updatedAt of the stored row; undefined while the starting list is shown. */
  version: string | undefined
}

export class BenefitListError extends Error {}

function clean(b: Benefit): Benefit {
  const note = b.note?.trim()
  return { id: b.id.trim() || ulid(), name: b.name.trim(), kind: b.kind, unit: b.unit, ...(note ? { note } : {}) }
}

export async function loadVillageBenefits(ctx: AppContext): Promise<StoredBenefits> {
  const row = await ctx.db.settings.get(BENEFITS_KEY)
  if (!row) return { benefits: VILLAGE_BENEFITS.map((b) => ({ ...b })), version: undefined }
  return { benefits: row.value as Benefit[], version: row.updatedAt ?? '' }
}

/** Benefit ids some stored decision suspends (暂停享受福利), so they cannot leave the list. */
async function suspendedIds(ctx: AppContext): Promise<Set<string>> {
  const ids = new Set<string>()
  await ctx.db.cases.each((c) => {
    for (const m of c.decision?.measures ?? []) if (m.benefitId) ids.add(m.benefitId)
    for (const m of c.notification?.intendedMeasures ?? []) if (m.benefitId) ids.add(m.benefitId)
  })
  return ids
}

export async function saveVillageBenefits(
  ctx: AppContext,
  input: readonly Benefit[],
  seenVersion: string | undefined,
): Promise<StoredBenefits> {
  const benefits = input.map(clean)
  const errors = validateBenefits(benefits)
  if (benefits.length === 0) errors.push('福利清单不能为空')
  const names = new Set<string>()
  for (const b of benefits) {
    if (b.name && names.has(b.name)) errors.push(`福利名称重复：${b.name}`)
    names.add(b.name)
  }
  if (errors.length) throw new BenefitListError(`福利清单未保存：${errors.join('；')}`)
  const before = await loadVillageBenefits(ctx)
  const kept = new Set(benefits.map((b) => b.id))
  const used = await suspendedIds(ctx)
  const removed = before.benefits.filter((b) => !kept.has(b.id) && used.has(b.id))
  if (removed.length)
    throw new BenefitListError(
      `福利清单未保存：${removed.map((b) => `“${b.name}”`).join('、')}已有违约案件告知或决定暂停，不能删除，可以改名或改为法定成员权益`,
    )
  const row = await audited(ctx, ['settings'], async (work) => {
    await work.read('settings', BENEFITS_KEY, seenVersion)
    const summary = `保存村级福利清单（${benefits.map((b) => `${b.name}：${b.kind}`).join('，')}）`
    return work.put(
      'settings',
      { key: BENEFITS_KEY, value: benefits },
      { action: seenVersion === undefined ? 'create' : 'update', summary },
    )
  })
  return { benefits, version: row.updatedAt }
}
