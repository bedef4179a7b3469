/**
 * 防公式注入 (CSV/formula injection): a text cell that begins with = + - @, a tab or a carriage
 * return becomes a live formula when the secretary edits the cell or saves the sheet as CSV, so
 * every exported text cell goes through `formulaSafe`. exceljs cannot set Excel's quotePrefix
 * style, so the cell gets a leading apostrophe instead (OWASP's advice); `readFormulaSafe` takes
 * that apostrophe off again when one of our own files is imported, so a round trip keeps the text.
 * Every ledger and roster we write uses these two functions (one rule for all sheets).
 */
const FORMULA_START = /^[=+\-@\t\r]/

/** Needs the mark: looks like a formula, or already looks marked ('=…), so reading back is never ambiguous. */
function needsMark(text: string): boolean {
  return FORMULA_START.test(text) || (text.startsWith("'") && FORMULA_START.test(text.slice(1)))
}

export function formulaSafe(text: string): string {
  return needsMark(text) ? `'${text}` : text
}

export function readFormulaSafe(text: string): string {
  return text.startsWith("'") && needsMark(text.slice(1)) ? text.slice(1) : text
}
