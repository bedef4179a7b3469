/** The app's one database connection (db/connections.ts). Repositories take it as a parameter so tests can pass their own. */
export { appDb as db, databasesReady } from './connections'
