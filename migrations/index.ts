import type { Migration } from 'kysely/migration'
import * as initialSchema from './2026-11-23T00-00-initial-schema.js'

/** Every migration, by name; names sort in the order they apply. Listed by hand so a build needs no directory scan. */
export const migrations: Record<string, Migration> = {
  '2026-11-23T00-00-initial-schema': initialSchema,
}
