/** The calendar date (YYYY-MM-DD) of an instant in a time zone (the runtime's own without one). */
export function localDate(at: Date | string, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(at));
}

/** Days from today to a calendar date (YYYY-MM-DD), both in the time zone: 0 today, 1 tomorrow, -1 yesterday. */
export function daysFromToday(date: string, timeZone?: string, now: Date = new Date()): number {
  const today = localDate(now, timeZone);
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
