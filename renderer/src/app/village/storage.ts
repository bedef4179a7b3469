/** Persistent storage (持久存储) as 设置 shows it: read the state, ask for it. See db/persistence.ts. */
export { readStorageState, requestPersistentStorage, type StorageState } from '@/db/persistence'
