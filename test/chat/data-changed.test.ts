import pino from 'pino'
import { expect, it } from 'vitest'
import { commands } from '../../commands/index.js'
import { type DataChange, Dispatcher } from '../../src/chat/dispatcher.js'
import type { Incoming } from '../../src/chat/types.js'
import { FixedClock } from '../../src/clock.js'
import { SimulatedPlatform } from '../../src/platforms/console/simulated-platform.js'
import { describeWithDatabase } from '../support/databases.js'

describeWithDatabase('re-planning after a change', (get) => {
  it('tells the scheduler after a command that changed data, and in which forum, not after one that only read or failed', async () => {
    const changes: DataChange[] = []
    const clock = new FixedClock('2026-01-07T10:00:00+07:00')
    const dispatcher = new Dispatcher({
      db: get().db,
      commands,
      clock,
      logger: pino({ level: 'silent' }),
      defaultLanguage: 'id',
      defaultTimezone: 'Asia/Jakarta',
      publicUrl: 'http://localhost:3000',
      onDataChanged: (change) => {
        changes.push(change)
      },
    })
    const platform = new SimulatedPlatform()
    platform.addGroup('grup-1', 'Grup 1')
    platform.join('grup-1', 'orang-sari', { admin: true })
    let seq = 0
    const send = (text: string) => {
      const incoming: Incoming = {
        chat: { platform: 'console', externalId: 'grup-1', kind: 'group', title: 'Grup 1' },
        sender: { platform: 'console', externalId: 'orang-sari', displayName: 'Sari' },
        text,
        messageId: `m${++seq}`,
        sentAt: clock.now(),
        attachments: [],
        mentions: [],
      }
      return dispatcher.handle(incoming, platform)
    }
    // Activating may touch any forum: everything is planned again.
    await send('/aktifkan Bakohumas Wonosobo')
    expect(changes).toEqual([{ workspaceId: undefined }])
    await send('/bantuan')
    await send('/brief jam 25.00')
    expect(changes).toHaveLength(1)
    await send('/brief jam 06.30')
    const workspace = await get().db.selectFrom('workspaces').select('id').executeTakeFirstOrThrow()
    expect(changes).toEqual([{ workspaceId: undefined }, { workspaceId: workspace.id }])
  })
})
