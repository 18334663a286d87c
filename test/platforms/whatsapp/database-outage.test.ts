import { afterEach, describe, expect, it, vi } from 'vitest'
import { BUDI, content, GROUP, groupMessage, groupMetadata } from '../../fixtures/whatsapp/messages.js'
import { type DatabaseBehindProxy, databaseBehindProxy } from '../../support/database-behind-proxy.js'
import { openTestbed } from './testbed.js'

describe.skipIf(!process.env.DATABASE_URL)('WhatsApp through a database outage [postgres]', () => {
  let database: DatabaseBehindProxy | undefined
  let bed: Awaited<ReturnType<typeof openTestbed>> | undefined
  afterEach(async () => {
    database?.proxy.restore()
    await bed?.adapter.stop()
    await database?.drop()
  })

  it('holds the messages received during the outage and answers them in order once the database is back', async () => {
    database = await databaseBehindProxy()
    bed = await openTestbed(database.db, { database: database.availability }, [groupMetadata()])
    const socket = bed.first
    const at = bed.clock.now()

    database.proxy.cut()
    await database.noticeOutage()
    socket.deliver([
      groupMessage({ from: BUDI, at, content: content.conversation('!bantuan') }),
      groupMessage({ from: BUDI, at, content: content.conversation('!bantuan agenda') }),
    ])
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    expect(socket.sent).toHaveLength(0)

    database.proxy.restore()
    await vi.waitFor(() => expect(socket.sent.length).toBeGreaterThanOrEqual(2), { timeout: 20_000 })
    expect(socket.sent.every((s) => s.jid === GROUP)).toBe(true)
    const texts = socket.sent.map((s) => JSON.stringify(s.content))
    expect(texts[0]).toMatch(/bantuan/)
    expect(texts[1]).toMatch(/agenda/i)
  }, 60_000)
})
