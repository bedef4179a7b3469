import { nextTick } from 'vue'
import { describe, expect, it } from 'vitest'
import { PAGE, usePagedSearch } from './pagedSearch'

const people = Array.from({ length: 2 * PAGE + 1 }, (_, i) => ({ name: i === 100 ? '王小明' : `村民${i}` }))
const byName = (p: { name: string }, q: string) => p.name.includes(q)

describe('usePagedSearch', () => {
  it('paints one page at a time, the last page holding the rest', () => {
    const list = usePagedSearch(() => people, byName)
    expect(list.found.value).toHaveLength(101)
    expect(list.shown.value.map((p) => p.name)).toEqual(people.slice(0, PAGE).map((p) => p.name))
    list.page.value = 3
    expect(list.shown.value).toEqual([people[100]])
  })

  it('finds by the trimmed query, all when it is blank', () => {
    const list = usePagedSearch(() => people, byName)
    list.search.value = '  王  '
    expect(list.found.value.map((p) => p.name)).toEqual(['王小明'])
    list.search.value = '   '
    expect(list.found.value).toHaveLength(101)
  })

  it('goes back to page 1 on a new query, so the one found is on screen', async () => {
    const list = usePagedSearch(() => people, byName)
    list.page.value = 3
    list.search.value = '王小明'
    await nextTick()
    expect(list.page.value).toBe(1)
    expect(list.shown.value.map((p) => p.name)).toEqual(['王小明'])
  })
})
