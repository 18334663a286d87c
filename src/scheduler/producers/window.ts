import { addDays, instantAt, type LocalDate, localDateOf } from '../../time/calendar.js'

/** The due times a derivation looks at, both ends included. */
export interface DeriveWindow {
  readonly from: Date
  readonly to: Date
}

export function inWindow(instant: Date, window: DeriveWindow): boolean {
  return instant.getTime() >= window.from.getTime() && instant.getTime() <= window.to.getTime()
}

/** Midnight at the end of `date` in `zone`. */
export function endOfDay(date: LocalDate, zone: string): Date {
  return instantAt(addDays(date, 1), 0, zone)
}

/** The end of the local day of `instant`, but at least `minimumMs` after it. */
export function endOfDayOrAfter(instant: Date, zone: string, minimumMs: number): Date {
  const end = endOfDay(localDateOf(instant, zone), zone)
  return new Date(Math.max(end.getTime(), instant.getTime() + minimumMs))
}

/** Minutes after midnight of an `HH:MM` setting. */
export function minutesOf(at: string): number {
  const [hours = 0, minutes = 0] = at.split(':').map(Number)
  return hours * 60 + minutes
}
