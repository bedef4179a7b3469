// The prefetches' timing: nothing before the home screen's mark, then the screen's code and its
// store's load, once, and no load for a store that already has its rows.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { prefetchScreen, whenHomeReady } from './homeReady'

afterEach(() => performance.clearMarks())

const settle = () => new Promise((resolve) => setTimeout(resolve, 300))

describe('whenHomeReady', () => {
  it('waits for the home screen mark, then runs once', async () => {
    const then = vi.fn()
    whenHomeReady(then, 60_000)
    await settle()
    expect(then).not.toHaveBeenCalled()
    performance.mark('xiangyue:home-interactive')
    await settle()
    performance.mark('xiangyue:home-interactive')
    await settle()
    expect(then).toHaveBeenCalledTimes(1)
  })

  it('runs after fallbackMs on another first screen (首次设置) with no mark', async () => {
    const then = vi.fn()
    whenHomeReady(then, 50)
    await settle()
    expect(then).toHaveBeenCalledTimes(1)
  })
})

describe('prefetchScreen', () => {
  it("fetches the screen's code and loads its store once the home screen is up", async () => {
    performance.mark('xiangyue:home-interactive')
    const screen = vi.fn(() => Promise.resolve({}))
    const load = vi.fn(() => Promise.resolve())
    prefetchScreen(screen, () => Promise.resolve({ loaded: false, load }), 50)
    await settle()
    expect(screen).toHaveBeenCalledTimes(1)
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('leaves a store that has already loaded alone, and a failure is silent', async () => {
    performance.mark('xiangyue:home-interactive')
    const load = vi.fn(() => Promise.resolve())
    prefetchScreen(
      () => Promise.reject(new Error('chunk missing')),
      () => Promise.resolve({ loaded: true, load }),
      50,
    )
    await settle()
    expect(load).not.toHaveBeenCalled()
  })
})
