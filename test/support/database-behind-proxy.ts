import { randomBytes } from 'node:crypto'
import { type Kysely, sql } from 'kysely'
import pg from 'pg'
import pino from 'pino'
import { DatabaseAvailability } from '../../src/db/availability.js'
import { openDatabase } from '../../src/db/create-db.js'
import type { Database } from '../../src/db/database.js'
import { migrateToLatest } from '../../src/db/migrate.js'
import { TcpProxy } from './tcp-proxy.js'

export interface DatabaseBehindProxy {
  readonly db: Kysely<Database>
  readonly proxy: TcpProxy
  readonly availability: DatabaseAvailability
  /** A query fails and reports the outage, as the scheduler's next tick would (it runs every second). */
  noticeOutage(): Promise<void>
  drop(): Promise<void>
}

async function onServer(url: string, statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(statement)
  await admin.end()
}

/**
 * A migrated schema of its own on the PostgreSQL server of DATABASE_URL, reached through a proxy the
 * test can cut, with the DatabaseAvailability the service would give its platforms.
 */
export async function databaseBehindProxy(): Promise<DatabaseBehindProxy> {
  const url = process.env.DATABASE_URL!
  const schema = `test_${randomBytes(6).toString('hex')}`
  await onServer(url, `CREATE SCHEMA ${schema}`)
  const server = new URL(url)
  const proxy = await TcpProxy.start({ host: server.hostname, port: Number(server.port || 5432) })
  const throughProxy = new URL(url)
  throughProxy.port = String(proxy.port)
  const handle = await openDatabase({
    kind: 'postgres',
    url: throughProxy.toString(),
    searchPath: schema,
    onIdleConnectionLost: () => {},
  })
  await migrateToLatest(handle.db, schema)
  const ping = async () => {
    await sql`select 1`.execute(handle.db)
  }
  const availability = new DatabaseAvailability({ ping, logger: pino({ level: 'silent' }) })
  return {
    db: handle.db,
    proxy,
    availability,
    async noticeOutage() {
      const failure = await ping().then(
        () => new Error('the database still answers'),
        (error: unknown) => error,
      )
      if (!availability.noteFailure(failure)) throw failure
    },
    async drop() {
      availability.stop()
      await handle.close()
      await proxy.close()
      await onServer(url, `DROP SCHEMA ${schema} CASCADE`)
    },
  }
}
