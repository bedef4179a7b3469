/** Progress of a backup or restore, for the bar on screen (design principle 6: feedback within 100 ms). */
export interface BackupProgress {
  phase: 'read' | 'encode' | 'compress' | 'verify' | 'safety-backup' | 'write' | 'done'
  done: number
  total: number
  /** what is happening, in Chinese */
  message: string
}

/** Lets the window repaint between chunks of work (never called inside a Dexie transaction). */
export function yieldToScreen(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}
