import type { Generated } from 'kysely'
import type { Platform } from '../../vocabulary.js'

export interface PeopleTable {
  id: Generated<number>
  display_name: string
  created_at: Generated<Date>
}

export interface IdentitiesTable {
  id: Generated<number>
  person_id: number
  platform: Platform
  external_id: string
  username: string | null
  display_name: string | null
  last_seen_at: Generated<Date>
  /** First time this identity sent the bot a message itself (null: only named by others so far). */
  wrote_at: Generated<Date | null>
}
