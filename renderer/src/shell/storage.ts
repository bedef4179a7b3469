/**
 * Persistent storage (持久存储), asked for again after each backup (issue 11).
 *
 * askPersistentStorage(storage?) → { state, message }: 'granted' (the browser will not clear the
 * village's data on its own), 'refused', or 'unsupported'; `message` is what 设置 shows, in plain
 * Chinese. Electron grants it without asking. Pass `navigator.storage` (the default) or a stand-in.
 */

export type PersistenceState = 'granted' | 'refused' | 'unsupported'

export interface PersistenceAnswer {
  state: PersistenceState
  message: string
}

export const PERSISTENCE_MESSAGES: Readonly<Record<PersistenceState, string>> = {
  granted: '浏览器已同意“持久保存”本村数据：除非有人手动清除浏览器数据，浏览器不会自行删除它。',
  refused:
    '浏览器没有同意“持久保存”本村数据。这意味着：磁盘空间不足时，或有人清理浏览器时，浏览器可能把这些数据连同操作日志一起删掉，且不会提示。' +
    '请经常下载备份并存到U盘；把本页加入书签或固定到桌面、常来使用，浏览器更可能同意。安装桌面版则没有这个问题。',
  unsupported: '这个浏览器不支持“持久保存”，本村数据可能在磁盘空间不足时被浏览器删除。请经常下载备份并存到U盘，或安装桌面版。',
}

type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted'>

export async function askPersistentStorage(
  storage: StorageManagerLike | undefined = typeof navigator === 'undefined' ? undefined : navigator.storage,
): Promise<PersistenceAnswer> {
  if (!storage?.persist || !storage.persisted) return answer('unsupported')
  try {
    if (await storage.persisted()) return answer('granted')
    return answer((await storage.persist()) ? 'granted' : 'refused')
  } catch {
    return answer('refused')
  }
}

const answer = (state: PersistenceState): PersistenceAnswer => ({ state, message: PERSISTENCE_MESSAGES[state] })
