import { sql } from 'kysely'
import pino from 'pino'
import { expect, it } from 'vitest'
import { createWebApp } from '../../src/web/app.js'
import { describeWithDatabase } from '../support/databases.js'

describeWithDatabase('health endpoints', (get) => {
  const appWith = (pingDatabase: () => Promise<void>) =>
    createWebApp({
      logger: pino({ level: 'silent' }),
      pingDatabase,
      platformStates: () => ({ telegram: { state: 'reconnecting', detail: '429 from getUpdates' } }),
    })

  it('answers /healthz with ok', async () => {
    const response = await appWith(async () => {}).request('/healthz')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
  })

  it('is ready when the database answers, and reports platform states without failing on them', async () => {
    const { db } = get()
    const response = await appWith(async () => {
      await sql`select 1`.execute(db)
    }).request('/readyz')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      status: 'ready',
      database: 'ok',
      platforms: { telegram: { state: 'reconnecting', detail: '429 from getUpdates' } },
    })
  })

  it('is unready when the database does not answer', async () => {
    const response = await appWith(async () => {
      throw new Error('connection refused')
    }).request('/readyz')
    expect(response.status).toBe(503)
    expect(await response.json()).toMatchObject({ status: 'unready', database: 'unreachable' })
  })

  it('is unready, with the reason and since when, while a database outage is known', async () => {
    const since = new Date('2026-01-07T03:00:00Z')
    const response = await createWebApp({
      logger: pino({ level: 'silent' }),
      pingDatabase: async () => {},
      databaseOutage: () => ({ reason: 'connect ECONNREFUSED 10.0.0.5:5432', since }),
      platformStates: () => ({}),
    }).request('/readyz')
    expect(response.status).toBe(503)
    expect(await response.json()).toEqual({
      status: 'unready',
      database: 'unreachable',
      reason: 'connect ECONNREFUSED 10.0.0.5:5432',
      since: '2026-01-07T03:00:00.000Z',
      platforms: {},
    })
  })
})
