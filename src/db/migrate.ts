import { type Kysely, sql } from 'kysely'
import { type MigrationResultSet, Migrator } from 'kysely/migration'
import { migrations } from '../../migrations/index.js'

/**
 * Applies every pending migration; throws with the failing migration's name if one fails. `schema` names
 * where the bookkeeping tables live when it is not the default one (tests give each file its own schema;
 * without it Kysely would find another schema's lock table and skip creating its own).
 */
export async function migrateToLatest(db: Kysely<any>, schema?: string): Promise<MigrationResultSet> {
  if (await allApplied(db, schema)) return { results: [] }
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  })
  const result = await migrator.migrateToLatest()
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${String(result.error)}`, {
      cause: result.error,
    })
  }
  return result
}

/**
 * True when the bookkeeping table lists exactly the known migrations: one query, where the migrator
 * would create its tables if missing, take its lock and compare (a few tenths of a second on PGlite at
 * every start). Anything else, a missing table included, is left to the migrator.
 */
async function allApplied(db: Kysely<any>, schema: string | undefined): Promise<boolean> {
  const table = schema ? sql.table(`${schema}.kysely_migration`) : sql.table('kysely_migration')
  const known = Object.keys(migrations).sort()
  try {
    const { rows } = await sql<{ name: string }>`select name from ${table} order by name`.execute(db)
    return rows.length === known.length && rows.every((row, i) => row.name === known[i])
  } catch {
    return false
  }
}

/** Names of the migrations not applied yet. */
export async function pendingMigrations(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } })
  const all = await migrator.getMigrations()
  return all.filter((migration) => migration.executedAt === undefined).map((migration) => migration.name)
}
