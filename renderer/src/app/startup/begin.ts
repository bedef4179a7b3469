/**
 * The first thing the app's module code does (main.ts imports this module before any other): it
 * takes the read of the settings the first screen needs (firstRead.ts) that index.html's early
 * script started (early.ts), or starts it now where none ran (the dev server), so IndexedDB works
 * in its own process while Vue, the router and Dexie are being evaluated here.
 *
 * firstSettings: the one read's promise; main.ts hands its parts to their owners.
 */
import { EARLY_FIRST_READ } from './earlyName'
import { readFirstSettings, type FirstSettings } from './firstRead'

function takeEarlyRead(): Promise<FirstSettings> | undefined {
  const scope = globalThis as Record<string, unknown>
  const early = scope[EARLY_FIRST_READ] as Promise<FirstSettings> | undefined
  delete scope[EARLY_FIRST_READ]
  return early
}

export const firstSettings = takeEarlyRead() ?? readFirstSettings()
