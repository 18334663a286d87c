import type { LocalDate } from '../../time/calendar.js'

/** A key message (pesan kunci / narasi tunggal) as the rest of Sinergi sees it. */
export interface KeyMessage {
  readonly id: number
  readonly workspaceId: number
  readonly number: number
  readonly theme: string
  readonly message: string
  readonly talkingPoints: readonly string[]
  /** Normalised `#tag`s. */
  readonly hashtags: readonly string[]
  /** First and last day it is in force, in the workspace's calendar. */
  readonly validFrom: LocalDate
  readonly validTo: LocalDate
  readonly archivedAt: Date | null
  readonly createdBy: number
  readonly createdAt: Date
}

/** What `/narasi tambah` saves. */
export interface NewKeyMessage {
  readonly theme: string
  readonly message: string
  readonly talkingPoints: readonly string[]
  readonly hashtags: readonly string[]
  readonly validFrom: LocalDate
  readonly validTo: LocalDate
}
