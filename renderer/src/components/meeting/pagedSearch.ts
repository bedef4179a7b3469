/**
 * A long sign-in list, found by what is typed and painted one page at a time: a 村民会议 of 10,000
 * villagers (or 3,000 households) paints 50 rows, never all of them.
 *
 *   usePagedSearch(items, matches) → { PAGE, search, page, found, shown }
 *     items: a getter of the whole list; matches(item, q): whether the item answers the trimmed query.
 *     found: the items answering `search` (all when it is blank); shown: the page of them painted.
 *     A new query goes back to page 1, so a search never lands on an empty page.
 */
import { computed, ref, watch } from 'vue'

export const PAGE = 50

export function usePagedSearch<T>(items: () => readonly T[], matches: (item: T, q: string) => boolean) {
  const search = ref('')
  const page = ref(1)
  const found = computed(() => {
    const q = search.value.trim()
    const all = items()
    return q ? all.filter((item) => matches(item, q)) : all
  })
  const shown = computed(() => found.value.slice((page.value - 1) * PAGE, page.value * PAGE))
  watch(search, () => (page.value = 1))
  return { PAGE, search, page, found, shown }
}
