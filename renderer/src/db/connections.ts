/**
 * The app's two database connections ('xiangyue' and 'xiangyue-township'), and Dexie's code behind
 * them, which is fetched when first needed rather than with the first screen: the start reads what
 * that screen needs without Dexie (app/startup/firstRead.ts), and Dexie's evaluation and parse
 * (about 100 KB) were a tenth of the start.
 *
 *   databasesReady() → resolves once Dexie's code is in (fetched once). Every way into the app
 *     that reads or writes through Dexie waits for it first: the router before any screen but the
 *     plain home screen (router/index.ts), the prefetches after the home screen, the automatic
 *     backup, and the start's own fallbacks when its first read could not be made.
 *   appDb(), townshipDatabase() → the one connection of each, made on first use; asking before
 *     databasesReady() has resolved is a bug in the caller, and says so (Chinese first).
 * Tests pass their own databases (app/context.ts configureApp) and never come here.
 */
import type { XiangyueDb } from './schema'
import type { TownshipDb } from './township/schema'

interface Classes {
  XiangyueDb: typeof XiangyueDb
  TownshipDb: typeof TownshipDb
}

let classes: Classes | undefined
let loading: Promise<void> | undefined
let village: XiangyueDb | undefined
let township: TownshipDb | undefined

export function databasesReady(): Promise<void> {
  return (loading ??= Promise.all([import('./schema'), import('./township/schema')]).then(
    ([a, b]) => {
      classes = { XiangyueDb: a.XiangyueDb, TownshipDb: b.TownshipDb }
    },
    (error: unknown) => {
      loading = undefined // a failed fetch may be tried again
      throw error
    },
  ))
}

function loaded(): Classes {
  if (!classes) throw new Error('数据库程序尚未载入（调用方应先等待 databasesReady()）')
  return classes
}

export function appDb(): XiangyueDb {
  return (village ??= new (loaded().XiangyueDb)())
}

export function townshipDatabase(): TownshipDb {
  return (township ??= new (loaded().TownshipDb)())
}
