import { describe, expect, it } from 'vitest'
import { evaluateVote } from '@/domain/meetings/evaluateVote'
import { NATIONAL_PROFILE } from '@/domain/rules/national'
import { villageRuleProfile } from '../meetings/profile'
import { snapshotOf, useTestContexts } from '../testContext'
import { loadLocalRuleProfile, removeLocalRuleProfile, RuleProfileFileError, storedRuleProfile } from './localRuleProfile'

const context = useTestContexts('app-local-profile')
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value))

const twoThirdsAttendance = (share = { comparator: 'atLeast', num: 2, den: 3 }) => ({
  format: 'xiangyue-rule-profile',
  version: 1,
  id: 'test-2020',
  name: '某省实施办法',
  source: '某省实施办法（2020年修订）',
  law: '某省实施办法',
  effectiveFrom: '2020-01-01',
  rules: {
    'bodies.party_assembly.quorum.single': {
      share,
      base: 'entitledVoters',
      article: '第十条',
      text: '召开党员大会，应当有三分之二以上的正式党员到会。',
    },
  },
})

describe('the village rule profile in 设置 → 法定规则', () => {
  it('is the national floor until a local file is loaded; then every use case judges under the local one', async () => {
    const ctx = context()
    expect(await villageRuleProfile(ctx)).toBe(NATIONAL_PROFILE)
    const loaded = await loadLocalRuleProfile(ctx, bytes(twoThirdsAttendance()), undefined)
    expect(loaded.local).toMatchObject({ name: '某省实施办法', changes: [{ label: '党员大会到会人数' }] })
    const profile = await villageRuleProfile(ctx)
    // 30 正式党员, 19 present: half is met nationally, 2/3 (20) is not under the local rule.
    const counts = { entitled: 30, present: 19, yes: 15, no: 2, abstain: 2, invalid: 0 }
    expect(evaluateVote({ body: 'party_assembly', counts }).quorum.met).toBe(true)
    const local = evaluateVote({ body: 'party_assembly', counts, profile })
    expect(local.quorum).toMatchObject({ met: false, required: 20 })
    expect(local.quorum.citation.article).toBe('第十条')
    const audit = await ctx.db.auditLog.toArray()
    expect(audit.at(-1)!.summary).toBe(
      '载入地方规则：某省实施办法（党员大会到会人数：应到会有表决权的人员半数以上→应到会有表决权的人员三分之二以上）',
    )
  })

  it('refuses a file that loosens a floor, says which, and writes nothing', async () => {
    const ctx = context()
    const before = await snapshotOf(ctx)
    const loose = twoThirdsAttendance({ comparator: 'atLeast', num: 1, den: 3 })
    await expect(loadLocalRuleProfile(ctx, bytes(loose), undefined)).rejects.toThrow(/党员大会到会人数.*低于法定最低标准/)
    await expect(loadLocalRuleProfile(ctx, new TextEncoder().encode('{not json'), undefined)).rejects.toBeInstanceOf(RuleProfileFileError)
    await expect(loadLocalRuleProfile(ctx, new Uint8Array(300 * 1024), undefined)).rejects.toThrow(/KB/)
    expect(await snapshotOf(ctx)).toEqual(before)
  })

  it('goes back to the national floor when the local file is removed, audited, guarded by version', async () => {
    const ctx = context()
    const loaded = await loadLocalRuleProfile(ctx, bytes(twoThirdsAttendance()), undefined)
    await expect(removeLocalRuleProfile(ctx, 'stale')).rejects.toThrow(/刚被修改过/)
    const removed = await removeLocalRuleProfile(ctx, loaded.version)
    expect(removed.profile).toBe(NATIONAL_PROFILE)
    expect(removed.local).toBeUndefined()
    expect((await ctx.db.auditLog.toArray()).at(-1)!.summary).toBe('停用地方规则，改按全国通用规则执行')
  })

  it('falls back to the national floor, saying why, when a stored file no longer passes', async () => {
    const ctx = context()
    await ctx.db.settings.put({
      key: 'ruleProfile',
      value: { file: twoThirdsAttendance({ comparator: 'atLeast', num: 1, den: 3 }), loadedAt: '2026-01-01T00:00:00.000Z' },
    })
    const stored = await storedRuleProfile(ctx)
    expect(stored.profile).toBe(NATIONAL_PROFILE)
    expect(stored.problem).toContain('暂按全国通用规则执行')
  })
})
