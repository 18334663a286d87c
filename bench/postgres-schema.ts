import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { type DatabaseHandle, openDatabase } from '../src/db/create-db.js'
import { migrateToLatest } from '../src/db/migrate.js'

/** Runs `measure` on a migrated schema of its own on the PostgreSQL server, dropped afterwards. */
export async function onFreshSchema<T>(
  url: string,
  measure: (handle: DatabaseHandle) => Promise<T>,
): Promise<T> {
  const schema = `bench_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`CREATE SCHEMA ${schema}`)
  let handle: DatabaseHandle | undefined
  try {
    handle = await openDatabase({ kind: 'postgres', url, searchPath: schema })
    await migrateToLatest(handle.db, schema)
    return await measure(handle)
  } finally {
    await handle?.close()
    await admin.query(`DROP SCHEMA ${schema} CASCADE`)
    await admin.end()
  }
}
