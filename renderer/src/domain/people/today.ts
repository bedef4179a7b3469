/**
 * Today's date as 'YYYY-MM-DD' in the local calendar (the secretary's wall clock, not UTC: at
 * 07:30 in Beijing it is already tomorrow's date in UTC+8 but still yesterday in UTC).
 * The clock is read here only; pure rules take the date as an argument.
 */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
