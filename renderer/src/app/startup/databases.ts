/**
 * databasesReady() → resolves once Dexie's code is in (db/connections.ts): what the screens, the
 * stores and the prefetches wait for before they read or write, now that the first screen is
 * painted without Dexie. Here so that the layers above app/ never import db/.
 */
export { databasesReady } from '@/db/connections'
