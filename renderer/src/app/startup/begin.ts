/**
 * The first thing the app does (main.ts imports this module before any other): it starts the read
 * of the settings the first screen needs (firstRead.ts), so IndexedDB works in its own process
 * while Vue, the router and Dexie are being evaluated here.
 *
 * firstSettings: the one read's promise; main.ts hands its parts to their owners.
 */
import { readFirstSettings } from './firstRead'

export const firstSettings = readFirstSettings()
