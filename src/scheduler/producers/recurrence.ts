/**
 * Weekly recurrence in a workspace's zone (the 07.00 brief, the Friday 14.00 nudge), by croner: it walks
 * wall-clock times in an IANA zone, so no date arithmetic of ours has to know about offsets.
 */
import { Cron } from 'croner'

const patterns = new Map<string, Cron>()

function schedule(at: string, isoDays: readonly number[], zone: string): Cron {
  const [hours, minutes] = at.split(':').map(Number)
  // croner counts weekdays 0 = Sunday … 6 = Saturday; ours are ISO (7 = Sunday).
  const days = [...new Set(isoDays.map((day) => day % 7))].sort((a, b) => a - b).join(',')
  const pattern = `0 ${minutes} ${hours} * * ${days}`
  const id = `${pattern}|${zone}`
  let cron = patterns.get(id)
  if (!cron) {
    // Paused and without a function: used only to compute run times, it never starts a timer.
    cron = new Cron(pattern, { timezone: zone, paused: true })
    patterns.set(id, cron)
  }
  return cron
}

/**
 * The instants from `from` to `to` (both included) at local time `at` (`HH:MM`) on the given ISO
 * weekdays (1 = Monday … 7 = Sunday) in `zone`.
 */
export function weeklyRuns(
  at: string,
  isoDays: readonly number[],
  zone: string,
  from: Date,
  to: Date,
): Date[] {
  if (isoDays.length === 0) return []
  const cron = schedule(at, isoDays, zone)
  const runs: Date[] = []
  // nextRun looks strictly after its reference: start a second early so `from` itself counts.
  let next = cron.nextRun(new Date(from.getTime() - 1000))
  while (next && next.getTime() <= to.getTime()) {
    if (next.getTime() >= from.getTime()) runs.push(next)
    next = cron.nextRun(next)
  }
  return runs
}
