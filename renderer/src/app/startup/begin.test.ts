import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EARLY_FIRST_READ } from './earlyName'
import type { FirstSettings } from './firstRead'

const scope = globalThis as Record<string, unknown>
afterEach(() => {
  delete scope[EARLY_FIRST_READ]
  vi.resetModules()
})

describe('begin: the one first read', () => {
  it("takes the read index.html's early script started, once, and leaves nothing behind", async () => {
    const early = Promise.resolve({ village: null, township: null } satisfies FirstSettings)
    scope[EARLY_FIRST_READ] = early
    const { firstSettings } = await import('./begin')
    expect(firstSettings).toBe(early)
    expect(EARLY_FIRST_READ in scope).toBe(false)
  })

  it('starts the read itself where no early script ran (the dev server)', async () => {
    const { firstSettings } = await import('./begin')
    expect(await firstSettings).toEqual({ village: expect.objectContaining({ profileRow: undefined }), township: { mode: undefined } })
  })
})
