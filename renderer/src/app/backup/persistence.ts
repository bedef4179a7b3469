/**
 * 持久保存 (persistent storage) as the 数据备份 panel states it, in plain words.
 *
 * persistenceStatus(kind, storage?) → { state, message } without asking the browser anything
 *   (navigator.storage.persisted()); the desktop keeps its data in its own folder, which nothing
 *   clears on its own.
 * askPersistence(storage?) → the browser's answer to a new request (shell/storage.ts).
 */
import { askPersistentStorage, PERSISTENCE_MESSAGES, type PersistenceAnswer } from '@/shell/storage'

export type { PersistenceAnswer }

export const DESKTOP_PERSISTENCE_MESSAGE =
  '桌面版把本村数据保存在本机乡约的数据文件夹中，不会被自动清理。仍请定期另存备份到U盘，以防电脑损坏或丢失。'

type StorageLike = Pick<StorageManager, 'persisted'>

export async function persistenceStatus(
  kind: 'electron' | 'browser',
  storage: StorageLike | undefined = typeof navigator === 'undefined' ? undefined : navigator.storage,
): Promise<PersistenceAnswer> {
  if (kind === 'electron') return { state: 'granted', message: DESKTOP_PERSISTENCE_MESSAGE }
  if (!storage?.persisted) return { state: 'unsupported', message: PERSISTENCE_MESSAGES.unsupported }
  try {
    const state = (await storage.persisted()) ? 'granted' : 'refused'
    return { state, message: PERSISTENCE_MESSAGES[state] }
  } catch {
    return { state: 'refused', message: PERSISTENCE_MESSAGES.refused }
  }
}

export function askPersistence(storage?: Pick<StorageManager, 'persist' | 'persisted'>): Promise<PersistenceAnswer> {
  return storage ? askPersistentStorage(storage) : askPersistentStorage()
}
