/**
 * Persistent storage: without it a browser may evict IndexedDB under disk pressure, i.e. lose the
 * village's records. Electron grants it; in a browser we ask once at startup and show the state in 设置.
 */
export interface StorageState {
  supported: boolean
  persisted: boolean
  usageBytes?: number
  quotaBytes?: number
}

export async function requestPersistentStorage(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false
  if (await navigator.storage.persisted()) return true
  return navigator.storage.persist()
}

export async function readStorageState(): Promise<StorageState> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persisted) return { supported: false, persisted: false }
  const [persisted, estimate] = await Promise.all([navigator.storage.persisted(), navigator.storage.estimate?.()])
  return { supported: true, persisted, usageBytes: estimate?.usage, quotaBytes: estimate?.quota }
}
