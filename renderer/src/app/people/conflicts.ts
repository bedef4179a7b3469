/** A write refused because the database already holds the same ID number or 户号 (nothing was written). */
export class ImportConflictError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportConflictError'
  }
}
