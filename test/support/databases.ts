import { randomBytes } from 'node:crypto'
import { type Kysely, sql } from 'kysely'
import pg from 'pg'
import { afterAll, beforeAll, beforeEach, describe } from 'vitest'
import { type DatabaseHandle, openDatabase } from '../../src/db/create-db.js'
import type { Database } from '../../src/db/database.js'
import { migrateToLatest } from '../../src/db/migrate.js'

export type BackendName = 'pglite' | 'postgres'

/** The backends database suites run on: PGlite always, the PostgreSQL server too when DATABASE_URL is set. */
export function availableBackends(): BackendName[] {
  return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']
}

export interface TestDatabase {
  readonly backend: BackendName
  /** The PostgreSQL schema of this database (undefined on PGlite). */
  readonly schema?: string
  readonly db: Kysely<Database>
  readonly handle: DatabaseHandle
}

/**
 * Opens an empty, unmigrated database: an in-memory PGlite, or a fresh schema of its own on the
 * PostgreSQL server (so test files running in parallel never see each other's rows).
 */
export async function openEmptyDatabase(
  backend: BackendName,
  poolSize?: number,
): Promise<TestDatabase & { drop(): Promise<void> }> {
  if (backend === 'pglite') {
    const handle = await openDatabase({ kind: 'pglite-memory' })
    return { backend, db: handle.db, handle, drop: () => handle.close() }
  }
  const url = process.env.DATABASE_URL!
  const schema = `test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`CREATE SCHEMA ${schema}`)
  await admin.end()
  const handle = await openDatabase({ kind: 'postgres', url, searchPath: schema, poolSize })
  return {
    backend,
    schema,
    db: handle.db,
    handle,
    async drop() {
      await handle.close()
      const cleanup = new pg.Client({ connectionString: url })
      await cleanup.connect()
      await cleanup.query(`DROP SCHEMA ${schema} CASCADE`)
      await cleanup.end()
    },
  }
}

/**
 * Declares a suite once per backend, with a migrated database per suite whose tables are emptied
 * before each test. `get()` returns the database of the running suite.
 */
export function describeWithDatabase(
  name: string,
  body: (get: () => TestDatabase) => void,
  options: { poolSize?: number } = {},
): void {
  for (const backend of availableBackends()) {
    describe(`${name} [${backend}]`, () => {
      let current: (TestDatabase & { drop(): Promise<void> }) | undefined
      beforeAll(async () => {
        current = await openEmptyDatabase(backend, options.poolSize)
        await migrateToLatest(current.db, current.schema)
      }, 60_000)
      afterAll(async () => {
        await current?.drop()
      })
      beforeEach(async () => {
        if (current) await emptyAllTables(current.db)
      })
      body(() => {
        if (!current) throw new Error('database not opened yet')
        return current
      })
    })
  }
}

/** Empties every application table (not the migration bookkeeping) and restarts identities. */
export async function emptyAllTables(db: Kysely<Database>): Promise<void> {
  const { rows } = await sql<{ tablename: string }>`
    SELECT tablename FROM pg_tables
    WHERE schemaname = current_schema() AND tablename NOT LIKE 'kysely_%'`.execute(db)
  if (rows.length === 0) return
  const list = rows.map((r) => `"${r.tablename}"`).join(', ')
  await sql.raw(`TRUNCATE ${list} RESTART IDENTITY CASCADE`).execute(db)
}
