import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely'
import { type DataDirLock, lockDataDir } from './data-dir-lock.js'
import type { Database } from './database.js'

/** Postgres type oids whose text form we parse ourselves so PGlite and pg give the same JS values. */
const INT8_OID = 20
const DATE_OID = 1082

/**
 * int8 (ids, count(*)) comes back as a number on both drivers (pg would give a string, PGlite a number);
 * our values stay far below 2^53. A `date` stays its 'YYYY-MM-DD' text: turning it into a JS Date would
 * shift all-day items by the process's zone.
 */
const parseInt8 = (text: string) => Number(text)
const keepText = (text: string) => text
const CONNECT_TIMEOUT_MS = 5_000
/**
 * PostgreSQL's default 128 MB of shared buffers live inside PGlite's WebAssembly memory: set up on every
 * start (about a second) and resident for good. Our data is a few megabytes and the operating system
 * caches the files under it, so 16 MB halves PGlite's memory and its start (BENCHMARKS.md, "Start and memory").
 */
export const PGLITE_SHARED_BUFFERS = '16MB'

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory' }
  | {
      kind: 'postgres'
      url: string
      searchPath?: string
      poolSize?: number
      /**
       * Hears a pooled connection that broke while idle (the server restarted, or an administrator
       * terminated it). The pool drops it and opens a new one when needed; without a listener, Node
       * would end the process on the pool's 'error' event.
       */
      onIdleConnectionLost?: (error: Error) => void
    }

export interface DatabaseHandle {
  readonly db: Kysely<Database>
  readonly kind: 'pglite' | 'postgres'
  /** Closes the pool or the embedded engine (flushing it to disk) and releases the data-directory lock. */
  close(): Promise<void>
}

/** Opens the database: embedded PGlite (on disk under dataDir, or in memory for tests) or a PostgreSQL server. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.kind === 'postgres') {
    // Loaded only for a server: on the embedded database the driver is start time and memory for nothing.
    const { default: pg } = await import('pg')
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.poolSize ?? 10,
      // Names our sessions in pg_stat_activity (a `?application_name=` in the URL wins).
      application_name: 'sinergi',
      // While the server is unreachable a query fails within seconds instead of queueing for a connection forever.
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      keepAlive: true,
      options: target.searchPath ? `-c search_path=${target.searchPath}` : undefined,
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
          if (oid === INT8_OID) return parseInt8
          if (oid === DATE_OID) return keepText
          return pg.types.getTypeParser(oid, format as 'text')
        }) as typeof pg.types.getTypeParser,
      },
    })
    pool.on('error', (error) => target.onIdleConnectionLost?.(error))
    // A connection that breaks while checked out (between two queries of a transaction, or just as a
    // query ends) emits 'error' on its client, which the pool listens to only while the client is idle.
    // The failure reaches the query that uses the client next, which reports it; unheard here, it would
    // end the process.
    pool.on('connect', (client) => client.on('error', () => {}))
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
    return { db, kind: 'postgres', close: () => db.destroy() }
  }

  let lock: DataDirLock | undefined
  let dataDir: string | undefined
  if (target.kind === 'pglite') {
    lock = lockDataDir(target.dataDir)
    dataDir = join(target.dataDir, 'pglite')
  }
  try {
    const pglite = await PGlite.create({
      dataDir,
      startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
      parsers: { [INT8_OID]: parseInt8, [DATE_OID]: keepText },
    })
    const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) })
    return {
      db,
      kind: 'pglite',
      async close() {
        try {
          await db.destroy()
        } finally {
          lock?.release()
        }
      },
    }
  } catch (error) {
    lock?.release()
    throw error
  }
}
