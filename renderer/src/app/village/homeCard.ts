/**
 * How the home screen's reminder card stays short, apart from reminders.ts so the home screen can
 * show it without loading every area's reminder code before its first paint.
 *
 * shownOnHome(list, all, max = 6) → { shown: the first few (all when asked), more: how many are left
 * behind “还有 n 项” }.
 */
export function shownOnHome<T>(list: readonly T[], all: boolean, max = 6): { shown: T[]; more: number } {
  const shown = all ? [...list] : list.slice(0, max)
  return { shown, more: list.length - shown.length }
}
