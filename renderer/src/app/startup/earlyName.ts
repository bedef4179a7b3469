/**
 * Where index.html's early script (early.ts) leaves the first read it started, for begin.ts to
 * take: a property of the page's global object. In a file of its own, with no imports, so the
 * build's test (renderer/build) can name it too.
 */
export const EARLY_FIRST_READ = '__xiangyueFirstSettings'
