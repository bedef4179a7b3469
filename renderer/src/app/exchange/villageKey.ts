/**
 * 村密钥 (the village key) as the app keeps it: made at first use, kept in one `settings` row
 * ('villageKey') written through `audited`, so it travels in every backup and a restore brings it back.
 *
 *   villageKeyInfo(ctx)          → { fingerprint, createdAt, retired[], pendingRotation } | null (none yet)
 *   ensureVillageKey(ctx)        → the key for signing (made and stored on first use, audited 'create')
 *   rotateVillageKey(ctx, reason)→ a new key; the old one signs the 换钥声明, kept until the next bundle
 *
 * Design decision (issue 15: "non-extractable where the platform allows, and in the backup"):
 * dexie-export-import cannot write a CryptoKey into a backup file, and a non-extractable key cannot be
 * copied at all. So the row keeps the private key as PKCS#8 (base64), and for signing the app imports
 * it as a NON-EXTRACTABLE CryptoKey (keys.ts restoreVillageKey), held in memory for the session.
 * What that protects: no code path of the app can read the private key back out of the signing key
 * (no accidental log, no export through WebCrypto), and the key in use is checked against its public
 * key before it signs. What it does NOT protect: anyone who can read this computer's IndexedDB or a
 * backup file can read the PKCS#8 and sign as the village. A backup file must be kept like the
 * village's seal (公章). The audit log holds only hashes of the row, never the key.
 */
import { audited } from '@/db/unitOfWork'
import { beijingDate } from '@/domain/calendar/clock'
import {
  generateVillageKeyWithBackup,
  makeRotationStatement,
  restoreVillageKey,
  signerFor,
  type BundleSigner,
  type RotationStatement,
  type VillageKey,
  type VillageKeyBackup,
} from '@/exchange/bundle'
import { base64ToBytes } from '@/exchange/bundle/format.mjs'
import type { AppContext } from '../context'

export const VILLAGE_KEY_SETTING = 'villageKey'

export interface RetiredKey {
  publicKey: string
  fingerprint: string
  createdAt: string
  retiredAt: string
  reason: string
}

/** The settings row's value. */
export interface StoredVillageKey {
  current: VillageKeyBackup & { createdAt: string }
  /** keys replaced by rotation, newest last (public parts only: a retired key never signs again) */
  retired: RetiredKey[]
  /** the 换钥声明 not yet carried by a bundle */
  pendingRotation?: RotationStatement
}

export interface VillageKeyInfo {
  fingerprint: string
  createdAt: string
  retired: RetiredKey[]
  pendingRotation: RotationStatement | null
}

export class VillageKeyStoreError extends Error {}

/** The signing key for the stored row, imported once per session (fingerprint → key). */
const session = new Map<string, Promise<VillageKey>>()

async function readRow(ctx: AppContext): Promise<{ value: StoredVillageKey; version: string } | undefined> {
  const row = await ctx.db.settings.get(VILLAGE_KEY_SETTING)
  if (!row) return undefined
  const value = row.value as StoredVillageKey
  if (!value?.current?.pkcs8) throw new VillageKeyStoreError('本机保存的村密钥已损坏，请从备份恢复')
  return { value, version: row.updatedAt ?? '' }
}

export async function villageKeyInfo(ctx: AppContext): Promise<VillageKeyInfo | null> {
  const row = await readRow(ctx)
  if (!row) return null
  const { current, retired, pendingRotation } = row.value
  return {
    fingerprint: current.fingerprint,
    createdAt: current.createdAt,
    retired: retired ?? [],
    pendingRotation: pendingRotation ?? null,
  }
}

function signingKeyOf(backup: VillageKeyBackup): Promise<VillageKey> {
  let key = session.get(backup.publicKey)
  if (!key) {
    key = restoreVillageKey(backup)
    session.set(backup.publicKey, key)
    key.catch(() => session.delete(backup.publicKey))
  }
  return key
}

export interface VillageSigner {
  signer: BundleSigner
  fingerprint: string
  pendingRotation: RotationStatement | null
}

/** The key that signs the next bundle; made (and audited) when there is none yet. */
export async function ensureVillageKey(ctx: AppContext): Promise<VillageSigner> {
  let row = await readRow(ctx)
  if (!row) {
    const { backup } = await generateVillageKeyWithBackup()
    const value: StoredVillageKey = { current: { ...backup, createdAt: ctx.clock.now().toISOString() }, retired: [] }
    await audited(ctx, ['settings'], async (work) => {
      // a second window may have made one meanwhile: then this unit is refused and nothing is written
      await work.read('settings', VILLAGE_KEY_SETTING, undefined)
      await work.put(
        'settings',
        { key: VILLAGE_KEY_SETTING, value },
        { action: 'create', summary: `生成村密钥，指纹 ${backup.fingerprint}` },
      )
    })
    row = (await readRow(ctx))!
  }
  const key = await signingKeyOf(row.value.current)
  return { signer: signerFor(key), fingerprint: key.fingerprint, pendingRotation: row.value.pendingRotation ?? null }
}

/** 换钥: a new key, and a statement signed by the old one that names it (rotation.ts). */
export async function rotateVillageKey(ctx: AppContext, reason: string): Promise<VillageKeyInfo> {
  const why = reason.trim()
  if (!why) throw new VillageKeyStoreError('请写明更换密钥的原因')
  if (why.length > 100) throw new VillageKeyStoreError('原因请写在 100 字以内')
  const row = await readRow(ctx)
  if (!row) throw new VillageKeyStoreError('还没有村密钥，无需更换：第一次导出报送包时会自动生成')
  const old = signerFor(await signingKeyOf(row.value.current))
  const { backup } = await generateVillageKeyWithBackup()
  const at = ctx.clock.now()
  const statement = await makeRotationStatement({
    oldSigner: old,
    newPublicKeyRaw: base64ToBytes(backup.publicKey)!,
    date: beijingDate(at),
    reason: why,
  })
  const { current } = row.value
  const value: StoredVillageKey = {
    current: { ...backup, createdAt: at.toISOString() },
    retired: [
      ...(row.value.retired ?? []),
      {
        publicKey: current.publicKey,
        fingerprint: current.fingerprint,
        createdAt: current.createdAt,
        retiredAt: at.toISOString(),
        reason: why,
      },
    ],
    pendingRotation: statement,
  }
  await audited(ctx, ['settings'], async (work) => {
    await work.read('settings', VILLAGE_KEY_SETTING, row.version)
    await work.put(
      'settings',
      { key: VILLAGE_KEY_SETTING, value },
      {
        action: 'update',
        summary: `更换村密钥（${why}）：原指纹 ${current.fingerprint}，新指纹 ${backup.fingerprint}，换钥声明由原密钥签名`,
      },
    )
  })
  return (await villageKeyInfo(ctx))!
}

/** Test support: forget the session's imported keys (a "new session"). */
export function forgetSessionKeys(): void {
  session.clear()
}
