/**
 * Baileys' authentication state in the database instead of files: the credentials in one row, each
 * Signal key (pre-keys, sessions, sender keys, app-state keys, LID mappings, device lists…) in a row
 * of its own, values as Baileys' BufferJSON text so they come back byte for byte. One `set()` of the
 * key store is one transaction. Every write is fenced: it first locks the lease row and goes ahead
 * only while the lease still carries the epoch this state was opened under, so an instance that lost
 * the lease cannot overwrite the new holder's keys. Secrets never reach a log line.
 */
import {
  type AuthenticationCreds,
  type AuthenticationState,
  BufferJSON,
  initAuthCreds,
  makeCacheableSignalKeyStore,
  proto,
  type SignalDataSet,
  type SignalDataTypeMap,
  type SignalKeyStore,
} from 'baileys'
import type { Transaction } from 'kysely'
import type { Database } from '../../db/database.js'
import type { BaileysLogger } from './port.js'
import type { WhatsAppDb, WhatsAppTables } from './tables.js'

/** A write refused because this instance no longer holds the session's lease under its epoch. */
export class FencedWriteError extends Error {
  override name = 'FencedWriteError'
}

/** Which session, and the lease epoch writes are made under. */
export interface AuthFence {
  readonly session: string
  readonly owner: string
  readonly epoch: number
}

type Trx = Transaction<Database & WhatsAppTables>

/** Rows per statement: well under PostgreSQL's 65,535 parameters, even for the 812 first pre-keys. */
const CHUNK = 500

const encode = (value: unknown): string => JSON.stringify(value, BufferJSON.replacer)
const decode = <T>(text: string): T => JSON.parse(text, BufferJSON.reviver) as T

/** The raw key store over the database (put `makeCacheableSignalKeyStore` in front of it). */
export class DatabaseKeyStore implements SignalKeyStore {
  constructor(
    private readonly db: WhatsAppDb,
    private readonly fence: AuthFence,
    private readonly onFenced: () => void = () => {},
  ) {}

  async get<T extends keyof SignalDataTypeMap>(
    type: T,
    ids: string[],
  ): Promise<{ [id: string]: SignalDataTypeMap[T] }> {
    const found: { [id: string]: SignalDataTypeMap[T] } = {}
    for (let at = 0; at < ids.length; at += CHUNK) {
      const rows = await this.db
        .selectFrom('whatsapp_auth_keys')
        .select(['id', 'value'])
        .where('session', '=', this.fence.session)
        .where('type', '=', type)
        .where('id', 'in', ids.slice(at, at + CHUNK))
        .execute()
      for (const row of rows) {
        let value = decode<SignalDataTypeMap[T]>(row.value)
        // Baileys reads this one as a protobuf object, as its own file store does.
        if (type === 'app-state-sync-key' && value) {
          value = proto.Message.AppStateSyncKeyData.fromObject(
            value as object,
          ) as unknown as SignalDataTypeMap[T]
        }
        found[row.id] = value
      }
    }
    return found
  }

  /** Writes (and, for null values, deletes) every key of one call in one fenced transaction. */
  async set(data: SignalDataSet): Promise<void> {
    const upserts: { session: string; type: string; id: string; value: string }[] = []
    const deletes: { type: string; id: string }[] = []
    for (const [type, entries] of Object.entries(data)) {
      for (const [id, value] of Object.entries(entries ?? {})) {
        if (value === null || value === undefined) deletes.push({ type, id })
        else upserts.push({ session: this.fence.session, type, id, value: encode(value) })
      }
    }
    if (upserts.length === 0 && deletes.length === 0) return
    await this.#fenced(async (trx) => {
      for (let at = 0; at < upserts.length; at += CHUNK) {
        await trx
          .insertInto('whatsapp_auth_keys')
          .values(upserts.slice(at, at + CHUNK))
          .onConflict((oc) =>
            oc.columns(['session', 'type', 'id']).doUpdateSet((eb) => ({ value: eb.ref('excluded.value') })),
          )
          .execute()
      }
      const byType = new Map<string, string[]>()
      for (const { type, id } of deletes) byType.set(type, [...(byType.get(type) ?? []), id])
      for (const [type, ids] of byType) {
        for (let at = 0; at < ids.length; at += CHUNK) {
          await trx
            .deleteFrom('whatsapp_auth_keys')
            .where('session', '=', this.fence.session)
            .where('type', '=', type)
            .where('id', 'in', ids.slice(at, at + CHUNK))
            .execute()
        }
      }
    })
  }

  async clear(): Promise<void> {
    await this.#fenced(async (trx) => {
      await trx.deleteFrom('whatsapp_auth_keys').where('session', '=', this.fence.session).execute()
    })
  }

  /** Runs `work` in a transaction that first checks, with the lease row locked, that the epoch still holds. */
  async #fenced(work: (trx: Trx) => Promise<void>): Promise<void> {
    await runFenced(this.db, this.fence, work).catch((error: unknown) => {
      if (error instanceof FencedWriteError) this.onFenced()
      throw error
    })
  }
}

/** One fenced transaction (shared by the key store and the credentials). */
export async function runFenced(
  db: WhatsAppDb,
  fence: AuthFence,
  work: (trx: Trx) => Promise<void>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // FOR SHARE: a takeover (an UPDATE of this row) waits until this write commits, and any write
    // after the takeover sees the new epoch and is refused.
    const lease = await trx
      .selectFrom('whatsapp_leases')
      .select(['owner', 'epoch'])
      .where('session', '=', fence.session)
      .forShare()
      .executeTakeFirst()
    if (!lease || lease.owner !== fence.owner || Number(lease.epoch) !== fence.epoch) {
      throw new FencedWriteError(
        `the WhatsApp session "${fence.session}" is held by another instance now (epoch ${lease?.epoch ?? 'none'}, ours ${fence.epoch}); write refused`,
      )
    }
    await work(trx)
  })
}

/**
 * The credentials and keys of one session, opened under one lease epoch. `state` goes to
 * makeWASocket; `saveCreds` goes on `creds.update`. Writes of the credentials happen one after
 * another, in order, each with the credentials as they were when it was asked for.
 */
export class DatabaseAuthState {
  readonly keys: DatabaseKeyStore
  #writes: Promise<void> = Promise.resolve()

  private constructor(
    private readonly db: WhatsAppDb,
    readonly fence: AuthFence,
    readonly creds: AuthenticationCreds,
    private readonly onFenced: () => void,
  ) {
    this.keys = new DatabaseKeyStore(db, fence, onFenced)
  }

  /**
   * Loads the session's credentials when they are a linked device's. Anything else starts linking
   * afresh: credentials that never linked (a pairing code asked for but never typed leaves `me` set)
   * make Baileys log in instead of registering, and WhatsApp refuses that login with 401.
   */
  static async open(
    db: WhatsAppDb,
    fence: AuthFence,
    onFenced: () => void = () => {},
  ): Promise<DatabaseAuthState> {
    const row = await db
      .selectFrom('whatsapp_auth_creds')
      .select('creds')
      .where('session', '=', fence.session)
      .executeTakeFirst()
    const stored = row ? decode<AuthenticationCreds>(row.creds) : undefined
    if (stored && isLinkedCreds(stored)) return new DatabaseAuthState(db, fence, stored, onFenced)
    const fresh = new DatabaseAuthState(db, fence, initAuthCreds(), onFenced)
    if (stored) await fresh.clear()
    return fresh
  }

  /** Is there a stored, linked session (credentials registered with WhatsApp)? */
  static async isLinked(db: WhatsAppDb, session: string): Promise<boolean> {
    const row = await db
      .selectFrom('whatsapp_auth_creds')
      .select('creds')
      .where('session', '=', session)
      .executeTakeFirst()
    return row ? isLinkedCreds(decode<AuthenticationCreds>(row.creds)) : false
  }

  /** What makeWASocket takes: these credentials and the cached key store in front of the database. */
  socketAuth(logger?: BaileysLogger): AuthenticationState {
    return { creds: this.creds, keys: makeCacheableSignalKeyStore(this.keys, logger) }
  }

  /** Stores the credentials as they are now (Baileys updates the object in place before `creds.update`). */
  saveCreds(): Promise<void> {
    const text = encode(this.creds)
    const write = this.#writes.then(() =>
      runFenced(this.db, this.fence, async (trx) => {
        await trx
          .insertInto('whatsapp_auth_creds')
          .values({ session: this.fence.session, creds: text, epoch: this.fence.epoch })
          .onConflict((oc) =>
            oc.column('session').doUpdateSet((eb) => ({
              creds: eb.ref('excluded.creds'),
              epoch: eb.ref('excluded.epoch'),
              updated_at: new Date(),
            })),
          )
          .execute()
      }),
    )
    this.#writes = write.catch(() => {})
    return write.catch((error: unknown) => {
      if (error instanceof FencedWriteError) this.onFenced()
      throw error
    })
  }

  /** Resolves when every credentials write asked for so far has finished (successfully or not). */
  flush(): Promise<void> {
    return this.#writes
  }

  /**
   * Forgets the linked device: credentials, keys and the groups seen through it (logged out, or the
   * phone removed the device). The next connection starts linking afresh.
   */
  async clear(): Promise<void> {
    await this.flush()
    await runFenced(this.db, this.fence, async (trx) => {
      await trx.deleteFrom('whatsapp_auth_creds').where('session', '=', this.fence.session).execute()
      await trx.deleteFrom('whatsapp_auth_keys').where('session', '=', this.fence.session).execute()
      await trx.deleteFrom('whatsapp_groups').where('session', '=', this.fence.session).execute()
    })
  }
}

/**
 * Credentials of a linked device: WhatsApp confirmed the pairing (QR or code) and signed the device
 * identity (`account`). A pairing code asked for but never typed leaves `me` set without `account`.
 */
export function isLinkedCreds(creds: Pick<AuthenticationCreds, 'me' | 'account'>): boolean {
  return Boolean(creds.me?.id && creds.account)
}
