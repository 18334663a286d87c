/**
 * What is true now of one occurrence of a series that a chat was told about: the occurrence on the same
 * day (with the series' current time and place), or a cancellation when that day no longer has one
 * (cancelled on its own, the series cancelled or its rule changed).
 */
import { occurrenceDates, occurrenceOn } from '../../domain/agenda/recurrence.js'
import type { AgendaItem } from '../../domain/agenda/types.js'
import { localDateOf } from '../../time/calendar.js'
import { type AgendaSnapshot, agendaItemSnapshot } from './snapshots.js'

export function occurrenceSnapshot(series: AgendaItem, before: AgendaSnapshot): AgendaSnapshot {
  const date = before.allDay ? before.start : localDateOf(new Date(before.start), series.statedZone)
  if (occurrenceDates(series, date, date).length === 0) return { ...before, status: 'batal' }
  return agendaItemSnapshot(occurrenceOn(series, date))
}
