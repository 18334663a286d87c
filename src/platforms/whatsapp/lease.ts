/**
 * Exactly one live socket per linked number across instances. A WhatsApp linked device is one
 * connection: a second instance connecting with the same credentials would kick the first off
 * ("connection replaced") and the two would fight. So the instances share a lease row in the
 * database — owner, epoch, expiry — taken only when free or expired, renewed every few seconds by
 * its holder. Every acquisition bumps the epoch, and every auth write names the epoch it was made
 * under (see auth-state.ts), so a write from an instance that lost the lease is refused even if
 * it has not noticed yet. Times are the database's (`now()`), never the instances' clocks.
 */
import { sql } from 'kysely'
import type { WhatsAppDb } from './tables.js'

export interface LeaseHolder {
  readonly owner: string
  readonly epoch: number
  readonly expiresAt: Date
  /** Past its expiry by the database clock: anyone may take it. */
  readonly expired: boolean
}

export type Acquisition =
  | { readonly acquired: true; readonly epoch: number }
  | { readonly acquired: false; readonly holder: LeaseHolder | undefined }

export class SessionLease {
  #epoch: number | undefined

  constructor(
    private readonly db: WhatsAppDb,
    readonly session: string,
    /** This instance (host name and a random suffix: unique per process). */
    readonly owner: string,
    readonly ttlMs: number,
  ) {}

  /** The epoch of the lease this instance holds (undefined when it holds none). */
  get epoch(): number | undefined {
    return this.#epoch
  }

  /**
   * Takes the lease if nobody holds it, it expired, or this instance held it — or from anyone with
   * `takeOver` (a single instance, where any other holder is a process that died). Each take is a new epoch.
   */
  async tryAcquire({ takeOver } = { takeOver: false }): Promise<Acquisition> {
    const ttl = `${Math.round(this.ttlMs)} milliseconds`
    const row = await this.db
      .insertInto('whatsapp_leases')
      .values({
        session: this.session,
        owner: this.owner,
        epoch: 1,
        acquired_at: sql<Date>`now()`,
        expires_at: sql<Date>`now() + ${ttl}::interval`,
      })
      .onConflict((oc) =>
        oc
          .column('session')
          .doUpdateSet((eb) => ({
            owner: eb.ref('excluded.owner'),
            epoch: sql<number>`whatsapp_leases.epoch + 1`,
            acquired_at: sql<Date>`now()`,
            expires_at: eb.ref('excluded.expires_at'),
          }))
          .where((eb) =>
            eb.or([
              eb.lit(takeOver),
              eb('whatsapp_leases.expires_at', '<=', sql<Date>`now()`),
              eb('whatsapp_leases.owner', '=', eb.ref('excluded.owner')),
            ]),
          ),
      )
      .returning('epoch')
      .executeTakeFirst()
    if (row) {
      this.#epoch = Number(row.epoch)
      return { acquired: true, epoch: this.#epoch }
    }
    this.#epoch = undefined
    return { acquired: false, holder: await this.holder() }
  }

  /** Extends the lease; false when this instance no longer holds it (another took it over). */
  async renew(): Promise<boolean> {
    const epoch = this.#epoch
    if (epoch === undefined) return false
    const ttl = `${Math.round(this.ttlMs)} milliseconds`
    const row = await this.db
      .updateTable('whatsapp_leases')
      .set({ expires_at: sql<Date>`now() + ${ttl}::interval` })
      .where('session', '=', this.session)
      .where('owner', '=', this.owner)
      .where('epoch', '=', epoch)
      .returning('epoch')
      .executeTakeFirst()
    if (!row) this.#epoch = undefined
    return row !== undefined
  }

  /** Lets the lease go at once (a clean stop), so another instance takes over without waiting for it to expire. */
  async release(): Promise<void> {
    const epoch = this.#epoch
    this.#epoch = undefined
    if (epoch === undefined) return
    await this.db
      .updateTable('whatsapp_leases')
      .set({ expires_at: sql<Date>`now()` })
      .where('session', '=', this.session)
      .where('owner', '=', this.owner)
      .where('epoch', '=', epoch)
      .execute()
  }

  /** Forgets the lease locally (after a failed renewal whose outcome is unknown). */
  forget(): void {
    this.#epoch = undefined
  }

  /** Who holds the lease now, if anyone ever did. */
  async holder(): Promise<LeaseHolder | undefined> {
    const row = await this.db
      .selectFrom('whatsapp_leases')
      .select(['owner', 'epoch', 'expires_at', sql<boolean>`expires_at <= now()`.as('expired')])
      .where('session', '=', this.session)
      .executeTakeFirst()
    if (!row) return undefined
    return { owner: row.owner, epoch: Number(row.epoch), expiresAt: row.expires_at, expired: row.expired }
  }
}
