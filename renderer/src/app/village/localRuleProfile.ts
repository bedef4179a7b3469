/**
 * The village's rule profile (设置 → 法定规则): the national floor, or a local file loaded on top.
 *
 * loadLocalRuleProfile(ctx, bytes, seenVersion) → { profile, changes } or throws RuleProfileFileError
 *   (Chinese, one reason per line) — the file is bounded (LOCAL_PROFILE_MAX_BYTES), parsed as JSON and
 *   read by domain/rules/localProfile.ts, which refuses any threshold that loosens the floor. Stored
 *   as the settings row RULE_PROFILE_KEY (the file's JSON as given, and when it was loaded), audited.
 * removeLocalRuleProfile(ctx, seenVersion) → back to the national floor, audited.
 * storedRuleProfile(ctx) → { profile, local?: { name, source, loadedAt, changes }, version, problem? }
 *   The stored file is read again each time, against this app's floor: should a later version of the
 *   app raise a floor the file goes below, the national floor is used and `problem` says why.
 */
import { audited } from '@/db/unitOfWork'
import { NATIONAL_PROFILE } from '@/domain/rules/national'
import { LOCAL_PROFILE_MAX_BYTES, readLocalProfile, type ProfileChange } from '@/domain/rules/localProfile'
import type { RuleProfile } from '@/domain/rules/profile'
import type { AppContext } from '../context'

export const RULE_PROFILE_KEY = 'ruleProfile'

interface StoredFile {
  file: unknown
  loadedAt: string
}

export class RuleProfileFileError extends Error {}

export interface VillageRuleProfile {
  profile: RuleProfile
  local?: { name: string; source: string; loadedAt: string; changes: ProfileChange[] }
  /** the settings row's version, for removeLocalRuleProfile / a second load */
  version: string | undefined
  /** the stored local file no longer passes: the national floor is in use */
  problem?: string
}

export async function storedRuleProfile(ctx: AppContext): Promise<VillageRuleProfile> {
  const row = await ctx.db.settings.get(RULE_PROFILE_KEY)
  const version = row ? (row.updatedAt ?? '') : undefined
  const stored = row?.value as StoredFile | null | undefined
  if (!stored?.file) return { profile: NATIONAL_PROFILE, version }
  const reading = readLocalProfile(stored.file)
  if (!reading.profile) {
    return {
      profile: NATIONAL_PROFILE,
      version,
      problem: `已载入的地方规则文件不再符合法定最低标准，暂按全国通用规则执行：${reading.findings.map((f) => f.message).join('；')}`,
    }
  }
  const { name, source } = reading.profile
  return { profile: reading.profile, version, local: { name, source, loadedAt: stored.loadedAt, changes: reading.changes } }
}

export async function loadLocalRuleProfile(
  ctx: AppContext,
  bytes: Uint8Array,
  seenVersion: string | undefined,
): Promise<VillageRuleProfile> {
  if (bytes.length > LOCAL_PROFILE_MAX_BYTES)
    throw new RuleProfileFileError(`文件有 ${Math.ceil(bytes.length / 1024)} KB，地方规则文件不会这么大，未载入。`)
  let file: unknown
  try {
    file = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    throw new RuleProfileFileError('这不是地方规则文件（无法读取其内容），未载入。')
  }
  const reading = readLocalProfile(file)
  if (!reading.profile) throw new RuleProfileFileError(reading.findings.map((f) => f.message).join('\n'))
  const name = reading.profile.name
  await audited(ctx, ['settings'], async (work) => {
    const before = await work.read('settings', RULE_PROFILE_KEY, seenVersion)
    const value: StoredFile = { file, loadedAt: work.now }
    const summary = `载入地方规则：${name}${reading.changes.length ? `（${reading.changes.map((c) => `${c.label}：${c.from}→${c.to}`).join('；')}）` : ''}`
    return work.put('settings', { key: RULE_PROFILE_KEY, value }, { action: before ? 'update' : 'create', summary })
  })
  return storedRuleProfile(ctx)
}

export async function removeLocalRuleProfile(ctx: AppContext, seenVersion: string | undefined): Promise<VillageRuleProfile> {
  await audited(ctx, ['settings'], async (work) => {
    const before = await work.require('settings', RULE_PROFILE_KEY, seenVersion)
    const name = (before.value as StoredFile | null)?.file ? '地方规则' : '规则'
    return work.put('settings', { key: RULE_PROFILE_KEY, value: null }, { action: 'update', summary: `停用${name}，改按全国通用规则执行` })
  })
  return storedRuleProfile(ctx)
}
