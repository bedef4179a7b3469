/**
 * A file the import cannot use at all (not .xlsx, no header row, missing columns, beyond a bound).
 * Thrown by preflight.ts and parse.ts in the worker, carried across by protocol.ts, and shown by the
 * import screen as the reason. Its own file so that the readers do not import the message protocol
 * (which imports their result types).
 */
export class RosterFileError extends Error {
  override readonly name = 'RosterFileError'
}
