/** The app's one database connection. Repositories take it as a parameter so tests can pass their own. */
import { XiangyueDb } from './schema'

let instance: XiangyueDb | undefined

export function db(): XiangyueDb {
  return (instance ??= new XiangyueDb())
}
