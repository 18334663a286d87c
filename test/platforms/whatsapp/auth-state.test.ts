import { randomBytes } from 'node:crypto'
import { BufferJSON, proto, type SignalDataSet, type SignalDataTypeMap } from 'baileys'
import type { Kysely } from 'kysely'
import { expect, it } from 'vitest'
import { openDatabase } from '../../../src/db/create-db.js'
import type { Database } from '../../../src/db/database.js'
import { DatabaseAuthState, FencedWriteError } from '../../../src/platforms/whatsapp/auth-state.js'
import { SessionLease } from '../../../src/platforms/whatsapp/lease.js'
import { whatsappDb } from '../../../src/platforms/whatsapp/tables.js'
import { signedDeviceIdentity } from '../../fakes/fake-wa-socket.js'
import { BOT, BUDI, GROUP } from '../../fixtures/whatsapp/messages.js'
import { describeWithDatabase, type TestDatabase } from '../../support/databases.js'

const text = (value: unknown) => JSON.stringify(value, BufferJSON.replacer)

async function holdSession(db: Kysely<Database>, session = 'default', owner = 'instance-a') {
  const lease = new SessionLease(whatsappDb(db), session, owner, 30_000)
  const taken = await lease.tryAcquire()
  if (!taken.acquired) throw new Error('lease not taken')
  return { lease, fence: { session, owner, epoch: taken.epoch } }
}

/** A second process: on PostgreSQL a new connection pool; PGlite in memory cannot be reopened, so the same one. */
async function reopen(test: TestDatabase): Promise<{ db: Kysely<Database>; close(): Promise<void> }> {
  if (test.backend === 'pglite') return { db: test.db, close: async () => {} }
  const handle = await openDatabase({
    kind: 'postgres',
    url: process.env.DATABASE_URL!,
    searchPath: test.schema!,
  })
  return { db: handle.db, close: () => handle.close() }
}

/** One value of every kind Baileys 7 keeps in its key store. */
function everyKindOfKey(): SignalDataSet {
  return {
    'pre-key': { '1': { public: randomBytes(32), private: randomBytes(32) } },
    session: { [`${BUDI.lid.split('@')[0]}_1.0`]: randomBytes(1_200) },
    'sender-key': { [`${GROUP}::${BUDI.lid.split('@')[0]}_1::0`]: randomBytes(400) },
    'sender-key-memory': { [GROUP]: { [BUDI.lid]: true, '120000000000002:3@lid': true } },
    'app-state-sync-key': {
      AAAAAPn0: proto.Message.AppStateSyncKeyData.fromObject({
        keyData: randomBytes(32),
        fingerprint: { rawId: 1_234_567, currentIndex: 4, deviceIndexes: [0, 7] },
        timestamp: 1_767_000_000_000,
      }),
    },
    'app-state-sync-version': {
      regular_high: {
        version: 17,
        hash: randomBytes(128),
        indexValueMap: { 'q2Vn+w==': { valueMac: randomBytes(32) } },
      },
    },
    'lid-mapping': { '6281211110001': '110000000000001', '110000000000001_reverse': '6281211110001' },
    'device-list': { '6281211110001': ['0', '7', '12'] },
    tctoken: { [BUDI.lid]: { token: randomBytes(24), timestamp: '1767000000' } },
    'identity-key': { [`${BUDI.lid.split('@')[0]}.0`]: randomBytes(33) },
  }
}

describeWithDatabase('WhatsApp auth state in the database', (get) => {
  it('keeps the credentials and every kind of Signal key byte for byte across a restart', async () => {
    const { fence } = await holdSession(get().db)
    const first = await DatabaseAuthState.open(whatsappDb(get().db), fence)
    Object.assign(first.creds, {
      me: { id: '6281100000000:7@s.whatsapp.net', lid: '200000000000001:7@lid', name: 'Sinergi' },
      account: {
        details: randomBytes(90),
        accountSignatureKey: randomBytes(32),
        accountSignature: randomBytes(64),
        deviceSignature: randomBytes(64),
      },
      registered: true,
      platform: 'android',
      routingInfo: randomBytes(12),
      myAppStateKeyId: 'AAAAAPn0',
      processedHistoryMessages: [
        { key: { remoteJid: GROUP, id: '3EB0AA', fromMe: false }, messageTimestamp: 1_767_000_000 },
      ],
    })
    await first.saveCreds()
    const keys = everyKindOfKey()
    await first.keys.set(keys)

    const restarted = await reopen(get())
    try {
      const second = await DatabaseAuthState.open(whatsappDb(restarted.db), fence)
      expect(text(second.creds)).toBe(text(first.creds))
      expect(Buffer.compare(second.creds.noiseKey.private, first.creds.noiseKey.private)).toBe(0)
      for (const [type, entries] of Object.entries(keys) as [
        keyof SignalDataTypeMap,
        Record<string, unknown>,
      ][]) {
        const loaded = await second.keys.get(type, Object.keys(entries))
        if (type === 'app-state-sync-key') {
          for (const [id, value] of Object.entries(entries)) {
            const bytes = (v: unknown) =>
              proto.Message.AppStateSyncKeyData.encode(v as proto.Message.IAppStateSyncKeyData).finish()
            expect(Buffer.compare(bytes(loaded[id]), bytes(value))).toBe(0)
          }
        } else {
          for (const [id, value] of Object.entries(entries)) expect(text(loaded[id])).toBe(text(value))
          expect(Object.keys(loaded).sort()).toEqual(Object.keys(entries).sort())
        }
      }
      const session = await second.keys.get('session', Object.keys(keys.session!))
      const [id, bytes] = Object.entries(keys.session!)[0]!
      expect(Buffer.isBuffer(session[id])).toBe(true)
      expect(Buffer.compare(session[id]!, bytes as Uint8Array)).toBe(0)
    } finally {
      await restarted.close()
    }
  })

  it('deletes the keys Baileys sets to null, and answers only for keys it has', async () => {
    const { fence } = await holdSession(get().db)
    const auth = await DatabaseAuthState.open(whatsappDb(get().db), fence)
    await auth.keys.set({
      'pre-key': {
        '1': { public: randomBytes(32), private: randomBytes(32) },
        '2': { public: randomBytes(32), private: randomBytes(32) },
      },
    })
    await auth.keys.set({ 'pre-key': { '1': null } })
    expect(Object.keys(await auth.keys.get('pre-key', ['1', '2', '3']))).toEqual(['2'])
  })

  it('starts a device that was never linked with fresh credentials', async () => {
    const { fence } = await holdSession(get().db)
    const auth = await DatabaseAuthState.open(whatsappDb(get().db), fence)
    expect(auth.creds.me).toBeUndefined()
    expect(auth.creds.registered).toBe(false)
    expect(await DatabaseAuthState.isLinked(whatsappDb(get().db), 'default')).toBe(false)
  })

  it('refuses every write made under an epoch that is no longer the lease’s, and writes nothing of it', async () => {
    const db = whatsappDb(get().db)
    const { lease, fence } = await holdSession(get().db)
    const auth = await DatabaseAuthState.open(db, fence)
    auth.creds.me = { id: '6281100000000:7@s.whatsapp.net', name: 'Sinergi' }
    auth.creds.account = signedDeviceIdentity()
    await auth.saveCreds()
    // The lease passes to another instance (it expired and was taken).
    await db
      .updateTable('whatsapp_leases')
      .set({ owner: 'instance-b', epoch: fence.epoch + 1 })
      .execute()

    auth.creds.me = { id: '6281100000000:7@s.whatsapp.net', name: 'Tertinggal' }
    await expect(auth.saveCreds()).rejects.toBeInstanceOf(FencedWriteError)
    await expect(
      auth.keys.set({
        session: { a: randomBytes(10) },
        'pre-key': { '9': { public: randomBytes(32), private: randomBytes(32) } },
      }),
    ).rejects.toBeInstanceOf(FencedWriteError)
    expect(await db.selectFrom('whatsapp_auth_keys').selectAll().execute()).toEqual([])
    const stored = await DatabaseAuthState.open(db, fence)
    expect(stored.creds.me?.name).toBe('Sinergi')
    expect(await lease.renew()).toBe(false)
  })

  it('clears the credentials, keys and groups of a session that WhatsApp unlinked, and only that session', async () => {
    const db = whatsappDb(get().db)
    const { fence } = await holdSession(get().db)
    const other = await holdSession(get().db, 'other-number', 'instance-a')
    const auth = await DatabaseAuthState.open(db, fence)
    const kept = await DatabaseAuthState.open(db, other.fence)
    for (const state of [auth, kept]) {
      state.creds.me = { id: BOT.pn, name: 'Sinergi' }
      await state.saveCreds()
      await state.keys.set({ 'device-list': { x: ['0'] } })
    }
    await db
      .insertInto('whatsapp_groups')
      .values({ session: 'default', jid: GROUP, metadata: '{}', updated_at: new Date() })
      .execute()
    await auth.clear()
    const left = await db.selectFrom('whatsapp_auth_creds').select('session').execute()
    expect(left.map((r) => r.session)).toEqual(['other-number'])
    expect(
      (await db.selectFrom('whatsapp_auth_keys').select('session').execute()).map((r) => r.session),
    ).toEqual(['other-number'])
    expect(await db.selectFrom('whatsapp_groups').selectAll().execute()).toEqual([])
  })
})
