import { describe, expect, it } from 'vitest'
import { BUDGETS, evaluateBudgets, withBudgets } from './registry.mjs'

const ratioBudget = { name: 'startup_ratio', ratio: ['startup_ms', 'blank_page_ms'], budget: 3, why: '' }
const waitBudget = { name: 'people_list_ms', budget: 300, why: '' }

describe('evaluateBudgets', () => {
  it('divides a figure by its floor measured in the same run', () => {
    const { ratios, budgets } = evaluateBudgets({ startup_ms: 450, blank_page_ms: 100 }, [ratioBudget])
    expect(ratios.startup_ratio).toBe(4.5)
    expect(budgets.startup_ratio).toEqual({ value: 4.5, budget: 3, ok: false })
  })

  it('holds exactly at the budget, fails just above it, holds just below it', () => {
    const at = (startup) => evaluateBudgets({ startup_ms: startup, blank_page_ms: 100 }, [ratioBudget]).budgets.startup_ratio.ok
    expect(at(300)).toBe(true)
    expect(at(300.1)).toBe(false)
    expect(at(299.9)).toBe(true)
    const wait = (ms) => evaluateBudgets({ people_list_ms: ms }, [waitBudget]).budgets.people_list_ms.ok
    expect(wait(300)).toBe(true)
    expect(wait(301)).toBe(false)
    expect(wait(299)).toBe(true)
  })

  it('reports a declared figure the run did not produce as missing and not ok', () => {
    const { ratios, budgets } = evaluateBudgets({ startup_ms: 450 }, [ratioBudget, waitBudget])
    expect(ratios).toEqual({})
    expect(budgets.startup_ratio).toEqual({ value: null, budget: 3, ok: false })
    expect(budgets.people_list_ms).toEqual({ value: null, budget: 300, ok: false })
  })

  it('refuses a zero or non-numeric floor instead of printing Infinity', () => {
    expect(evaluateBudgets({ startup_ms: 450, blank_page_ms: 0 }, [ratioBudget]).budgets.startup_ratio.value).toBeNull()
    expect(evaluateBudgets({ startup_ms: 450, blank_page_ms: 'x' }, [ratioBudget]).budgets.startup_ratio.value).toBeNull()
  })
})

describe('withBudgets', () => {
  it('adds the ratios beside the figures and the budgets object last, keeping every figure', () => {
    const out = withBudgets({ startup_ms: 451, blank_page_ms: 150, seed_ms: 3000 }, [ratioBudget, waitBudget])
    expect(out.seed_ms).toBe(3000)
    expect(out.startup_ratio).toBe(3.01)
    expect(Object.keys(out).at(-1)).toBe('budgets')
    expect(out.budgets.startup_ratio.ok).toBe(false)
  })
})

describe('BUDGETS', () => {
  it('declares each figure once, and every ratio names two figures', () => {
    const names = BUDGETS.map((b) => b.name)
    expect(new Set(names).size).toBe(names.length)
    for (const b of BUDGETS) if ('ratio' in b) expect(b.ratio).toHaveLength(2)
  })
})
