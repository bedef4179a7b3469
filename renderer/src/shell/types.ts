/**
 * The renderer's single view of the desktop shell. Views and stores call `getShell()` and never
 * look at `window.xiangyue` or the DOM tricks of the browser fallback themselves.
 */

export interface SaveFilter {
  /** Shown in the dialog, e.g. 'Excel 工作簿'. */
  name: string
  /** Without the dot: ['xlsx']. */
  extensions: string[]
}

export interface SaveOutcome {
  /** False when the user cancelled the save dialog. */
  saved: boolean
  /** Where the file went (desktop only; a browser does not tell). */
  path?: string
}

export interface OpenOptions {
  /** Accepted extensions with the dot, as in <input accept>: ['.xlsx'], ['.zip', '.json']. */
  accept: string[]
  /** Refuse larger files (default 50 MB). */
  maxBytes?: number
}

export interface PickedFile {
  /** Base name only, e.g. '村民名册.xlsx'. */
  name: string
  bytes: Uint8Array
}

export interface Shell {
  kind: 'electron' | 'browser'
  appVersion(): Promise<string>
  /** Asks where to save (desktop) or downloads (browser). Rejects with a Chinese message on failure. */
  saveFile(bytes: Uint8Array, suggestedName: string, filters?: SaveFilter[]): Promise<SaveOutcome>
  /** Resolves null when the user cancels. Rejects with a Chinese message if the file is too large. */
  openFile(options: OpenOptions): Promise<PickedFile | null>
  /** Shows the PDF for printing: a print preview window (desktop) or the browser's print dialog. */
  printPdf(bytes: Uint8Array, title: string): Promise<void>
}

export const DEFAULT_MAX_OPEN_BYTES = 50 * 1024 * 1024
