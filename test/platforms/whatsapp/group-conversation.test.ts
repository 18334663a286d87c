import type { WAMessage } from 'baileys'
import { afterEach, expect, it, vi } from 'vitest'
import type { FakeWaSocket } from '../../fakes/fake-wa-socket.js'
import {
  BOT,
  BUDI,
  content,
  decryptPlaceholder,
  GROUP,
  groupMessage,
  groupMetadata,
  SARI,
  TONO,
} from '../../fixtures/whatsapp/messages.js'
import { describeWithDatabase } from '../../support/databases.js'
import { whatsappTestbed } from './testbed.js'

type Testbed = ReturnType<typeof whatsappTestbed>

/** The text of a sent message (text content, or a file's caption). */
const textOf = (sent: FakeWaSocket['sent'][number]): string => {
  const c = sent.content as { text?: string; caption?: string }
  return c.text ?? c.caption ?? ''
}

describeWithDatabase('Sinergi in a WhatsApp group', (get) => {
  let bed: Testbed | undefined
  afterEach(async () => {
    await bed?.adapter.stop()
    bed = undefined
  })

  /** A linked, open adapter in a LID-addressed group with Budi (admin), Sari and Tono. */
  async function inGroup(addressingMode: 'lid' | 'pn' = 'lid') {
    bed = whatsappTestbed(get().db, { now: '2026-01-12T09:00:00+07:00' })
    const meta = groupMetadata()
    bed.world.groups.set(GROUP, { ...meta, addressingMode: addressingMode as typeof meta.addressingMode })
    bed.adapter.start()
    const socket = await bed.world.socket(1)
    socket.open(BOT)
    await vi.waitFor(() => expect(bed!.adapter.canDeliver()).toBe(true))
    const { adapter, clock } = bed
    /** Delivers a message and waits until it is handled and every answer sent; returns what was sent for it. */
    const say = async (message: WAMessage, type: 'notify' | 'append' = 'notify') => {
      const before = socket.sent.length
      socket.deliver([message], type)
      await adapter.settled()
      return socket.sent.slice(before)
    }
    const at = () => clock.now()
    return { socket, say, at, db: get().db }
  }

  it('runs a whole forum: activation by the group admin, agencies, joining, agenda, draft, approval, calendar and .ics', async () => {
    const { socket, say, at, db } = await inGroup()

    const activate = groupMessage({
      from: BUDI,
      at: at(),
      content: content.conversation('/aktifkan Bakohumas Kabupaten Wonosobo'),
    })
    const activated = await say(activate)
    expect(activated).toHaveLength(1)
    expect(activated[0]!.jid).toBe(GROUP)
    expect(textOf(activated[0]!)).toContain('Forum *Bakohumas Kabupaten Wonosobo* aktif di grup ini')
    expect(activated[0]!.options?.quoted?.key.id).toBe(activate.key.id)

    // The same Budi, addressed by his number this time: still the coordinator.
    const agency = await say(
      groupMessage({
        from: BUDI,
        as: 'pn',
        at: at(),
        content: content.extended('/instansi tambah DINKES Dinas Kesehatan opd'),
      }),
    )
    expect(textOf(agency[0]!)).toContain('DINKES')
    expect(textOf(agency[0]!)).not.toContain('hanya untuk')

    // Sari arrives by LID only; joining tells the coordinator with a mention that notifies.
    const joined = await say(
      groupMessage({ from: SARI, as: 'lid-only', at: at(), content: content.conversation('/gabung DINKES') }),
    )
    expect(textOf(joined[0]!)).toContain('DINKES')
    expect(textOf(joined[0]!)).toContain('@110000000000001')
    expect((joined[0]!.content as { mentions?: string[] }).mentions).toContain(BUDI.lid)

    const invitation = groupMessage({
      from: SARI,
      at: at(),
      content: content.extended(
        [
          '/agenda tambah',
          'Kegiatan : Posyandu Serentak Kabupaten',
          'Hari/Tanggal : Rabu, 14 Januari 2026',
          'Waktu : 08.00 WIB s.d. selesai',
          'Tempat : Balai Desa Kalibeber',
          'Liputan : ya',
          'Pakaian : Batik Korpri',
        ].join('\n'),
      ),
    })
    const added = await say(invitation)
    expect(textOf(added[0]!)).toContain('#1')
    expect(textOf(added[0]!)).toContain('Posyandu Serentak Kabupaten')

    const draft = await say(
      groupMessage({
        from: SARI,
        at: at(),
        content: content.image(
          '/konten tambah\nJudul: Ayo ke Posyandu\nPlatform: instagram\nTayang: Rabu 14 Januari 2026 10.00\nNaskah: Bawa balita Anda ke posyandu.',
        ),
      }),
    )
    expect(textOf(draft[0]!)).toContain('#2')
    const attachments = await db.selectFrom('content_attachments').selectAll().execute()
    expect(attachments).toHaveLength(1)

    const approved = await say(
      groupMessage({
        from: BUDI,
        at: at(),
        content: content.ephemeral(content.extended('/setujui 2 Mantap')),
      }),
    )
    expect(textOf(approved[0]!)).toContain('#2')
    expect((approved[0]!.content as { mentions?: string[] }).mentions).toContain(SARI.lid)
    const status = await db
      .selectFrom('content_drafts')
      .select('status')
      .where('number', '=', 2)
      .executeTakeFirstOrThrow()
    expect(status.status).toBe('disetujui')

    const calendar = await say(
      groupMessage({ from: TONO, at: at(), content: content.conversation('/kalender') }),
    )
    expect(textOf(calendar[0]!)).toContain('Posyandu Serentak Kabupaten')
    expect(textOf(calendar[0]!)).toContain('Ayo ke Posyandu')

    const ics = await say(
      groupMessage({ from: TONO, at: at(), content: content.conversation('/kalender ics') }),
    )
    const file = ics.find((s) => 'document' in s.content)
    expect(file).toBeDefined()
    const doc = file!.content as { document: Buffer; mimetype: string; fileName: string }
    expect(doc.mimetype).toContain('text/calendar')
    expect(doc.fileName).toMatch(/\.ics$/)
    expect(doc.document.toString('utf8')).toContain('BEGIN:VCALENDAR')
    expect(doc.document.toString('utf8')).toContain('Posyandu Serentak Kabupaten')

    // One person each, whichever form WhatsApp used.
    const identities = await db
      .selectFrom('identities')
      .select(['external_id'])
      .orderBy('external_id')
      .execute()
    expect(identities.map((i) => i.external_id)).toEqual([BUDI.lid, SARI.lid, TONO.lid].sort())
    expect(socket.sent.every((s) => s.jid === GROUP)).toBe(true)
    // Group metadata came from the store (fetched once with every group when the connection opened).
    expect(bed!.world.metadataFetches).toBe(0)
    expect((await socket.config.cachedGroupMetadata(GROUP))?.subject).toBe('Bakohumas Wonosobo')
    // What was sent is kept for WhatsApp's retry requests.
    const kept = await socket.config.getMessage(activated[0]!.message.key)
    expect(kept?.extendedTextMessage?.text).toContain('Bakohumas Kabupaten Wonosobo')
  })

  it('answers a redelivered message only once, also when it comes again on reconnect (append)', async () => {
    const { socket, say, at, db } = await inGroup()
    await say(
      groupMessage({ from: BUDI, at: at(), content: content.conversation('/aktifkan Bakohumas Wonosobo') }),
    )
    const command = groupMessage({
      from: BUDI,
      at: at(),
      content: content.conversation('/instansi tambah DINKES Dinas Kesehatan opd'),
    })
    expect(await say(command)).toHaveLength(1)
    expect(await say(command)).toEqual([])
    expect(await say(command, 'append')).toEqual([])
    expect(await db.selectFrom('agencies').selectAll().execute()).toHaveLength(1)
    expect(socket.sent).toHaveLength(2)
  })

  it('follows the late rule for messages delivered on reconnect: a read-only command hours late is not answered', async () => {
    const { say, at } = await inGroup()
    const hoursAgo = new Date(at().getTime() - 3 * 60 * 60_000)
    expect(
      await say(
        groupMessage({ from: TONO, at: hoursAgo, content: content.conversation('/agenda') }),
        'append',
      ),
    ).toEqual([])
    expect(
      await say(groupMessage({ from: TONO, at: at(), content: content.conversation('/agenda') }), 'append'),
    ).toHaveLength(1)
  })

  it('ignores its own messages by id, but answers a coordinator who types on the bot’s phone', async () => {
    const { socket, say, at, db } = await inGroup()
    const first = await say(
      groupMessage({ from: BUDI, at: at(), content: content.conversation('/aktifkan Bakohumas Wonosobo') }),
    )
    const ownId = first[0]!.message.key.id!
    // The echo of the bot's own message (even if it read like a command) is ignored…
    const echo = groupMessage({
      from: BOT,
      fromMe: true,
      id: ownId,
      at: at(),
      content: content.extended('/agenda tambah besok 09.00 Gema'),
    })
    expect(await say(echo)).toEqual([])
    expect(await db.selectFrom('agenda_items').selectAll().execute()).toEqual([])
    // …while a person writing from the same number is read like anyone else.
    const fromPhone = groupMessage({
      from: BOT,
      fromMe: true,
      at: at(),
      content: content.conversation('/agenda'),
    })
    const answered = await say(fromPhone)
    expect(answered).toHaveLength(1)
    expect(answered[0]!.options?.quoted?.key.id).toBe(fromPhone.key.id)
    // (Every message the bot sent also came back as an `append` echo, and none of them was answered.)
    expect(socket.sent).toHaveLength(2)
  })

  it('skips a message it could not decrypt, and answers it when WhatsApp sends it again readable', async () => {
    const { say, at } = await inGroup()
    const placeholder = decryptPlaceholder({ from: TONO, at: at() })
    expect(await say(placeholder)).toEqual([])
    const readable = groupMessage({
      from: TONO,
      id: placeholder.key.id!,
      at: at(),
      content: content.conversation('/bantuan'),
    })
    expect(await say(readable)).toHaveLength(1)
  })

  it('quotes the command it answers, and reads a reply to its question when quoted back', async () => {
    const { say, at } = await inGroup()
    await say(
      groupMessage({ from: BUDI, at: at(), content: content.conversation('/aktifkan Bakohumas Wonosobo') }),
    )
    await say(
      groupMessage({
        from: BUDI,
        at: at(),
        content: content.conversation('/instansi tambah DINKES Dinas Kesehatan opd'),
      }),
    )
    await say(groupMessage({ from: SARI, at: at(), content: content.conversation('/gabung DINKES') }))
    await say(
      groupMessage({
        from: SARI,
        at: at(),
        content: content.conversation('/konten tambah\nJudul: Infografis\nPlatform: IG\nTayang: besok 10.00'),
      }),
    )
    const command = groupMessage({ from: BUDI, at: at(), content: content.conversation('/revisi 1') })
    const asked = await say(command)
    expect(asked[0]!.options?.quoted?.key.id).toBe(command.key.id)
    // Budi answers by replying to (quoting) the bot's question.
    const answer = groupMessage({
      from: BUDI,
      at: at(),
      content: content.extended('Perbaiki ejaan judul', { quoting: asked[0]!.message }),
    })
    const done = await say(answer)
    expect(textOf(done[0]!)).toContain('#1')
    expect((done[0]!.content as { mentions?: string[] }).mentions).toContain(SARI.lid)
  })

  it('mentions people the way the group addresses them (by number in a phone-number group)', async () => {
    const { socket, say, at } = await inGroup('pn')
    // Baileys learnt Budi's and Sari's numbers (LID mapping, kept in the database's key store).
    await socket.signalRepository.lidMapping.storeLIDPNMappings([
      { lid: BUDI.lid, pn: BUDI.pn },
      { lid: SARI.lid, pn: SARI.pn },
    ])
    await say(
      groupMessage({ from: BUDI, at: at(), content: content.conversation('/aktifkan Bakohumas Wonosobo') }),
    )
    await say(
      groupMessage({
        from: BUDI,
        at: at(),
        content: content.conversation('/instansi tambah DINKES Dinas Kesehatan opd'),
      }),
    )
    const joined = await say(
      groupMessage({ from: SARI, as: 'lid-only', at: at(), content: content.conversation('/gabung DINKES') }),
    )
    expect(textOf(joined[0]!)).toContain('@6281322220002')
    expect(textOf(joined[0]!)).toContain('@6281211110001')
    expect((joined[0]!.content as { mentions?: string[] }).mentions).toEqual([SARI.pn, BUDI.pn])
  })

  it('sends a private message (the link code) to the person’s WhatsApp chat', async () => {
    const { socket, say, at } = await inGroup()
    await say(
      groupMessage({ from: BUDI, at: at(), content: content.conversation('/aktifkan Bakohumas Wonosobo') }),
    )
    const sent = await say(groupMessage({ from: BUDI, at: at(), content: content.conversation('/kode') }))
    expect(sent.map((s) => s.jid)).toEqual([BUDI.lid, GROUP])
    expect(textOf(sent[0]!)).toMatch(/[A-Z0-9]{4}-[A-Z0-9]{4}/)
    expect(socket.sent.filter((s) => s.jid === BUDI.lid)).toHaveLength(1)
  })

  it('introduces itself when added to a group, and marks the chat inactive when removed', async () => {
    const { socket, db } = await inGroup()
    const newGroup = '120363099999999999@g.us'
    bed!.world.groups.set(newGroup, { ...groupMetadata(), id: newGroup, subject: 'Humas Baru' })
    socket.emit('group-participants.update', {
      id: newGroup,
      author: BUDI.lid,
      participants: [{ id: BOT.lid, phoneNumber: BOT.pn, admin: null }],
      action: 'add',
    })
    await bed!.adapter.settled()
    const intro = socket.sent.filter((s) => s.jid === newGroup)
    expect(intro).toHaveLength(1)
    expect(textOf(intro[0]!)).toContain('/aktifkan')
    const chat = await db
      .selectFrom('chats')
      .selectAll()
      .where('external_id', '=', newGroup)
      .executeTakeFirstOrThrow()
    expect(chat).toMatchObject({ active: true, title: 'Humas Baru', kind: 'group' })

    socket.emit('group-participants.update', {
      id: newGroup,
      author: BUDI.lid,
      participants: [{ id: BOT.lid, phoneNumber: BOT.pn, admin: null }],
      action: 'remove',
    })
    await bed!.adapter.settled()
    const after = await db
      .selectFrom('chats')
      .select('active')
      .where('external_id', '=', newGroup)
      .executeTakeFirstOrThrow()
    expect(after.active).toBe(false)
    await expect(
      bed!.delivery.deliver(newGroup, { target: { kind: 'chat', chatId: chat.id }, text: [] }),
    ).rejects.toMatchObject({
      permanent: true,
    })
  })

  it('knows group admins from metadata, by LID or by number, and refreshes them on promotion', async () => {
    const { socket } = await inGroup()
    const port = bed!.adapter.members
    expect(await port.isGroupAdmin(GROUP, BUDI.lid)).toBe(true)
    expect(await port.isGroupAdmin(GROUP, BUDI.pn)).toBe(true)
    expect(await port.isGroupAdmin(GROUP, SARI.lid)).toBe(false)
    expect(await port.isInGroup(GROUP, SARI.pn)).toBe(true)
    expect(await port.isInGroup(GROUP, '6289999999999@s.whatsapp.net')).toBe(false)
    socket.emit('group-participants.update', {
      id: GROUP,
      author: BUDI.lid,
      participants: [{ id: SARI.lid, phoneNumber: SARI.pn }],
      action: 'promote',
    })
    await bed!.adapter.settled()
    expect(await port.isGroupAdmin(GROUP, SARI.lid)).toBe(true)
  })

  it('sends scheduled messages behind replies, and refuses a chat the bot left for good', async () => {
    const { socket, say, at, db } = await inGroup()
    await say(
      groupMessage({ from: BUDI, at: at(), content: content.conversation('/aktifkan Bakohumas Wonosobo') }),
    )
    await bed!.delivery.deliver(GROUP, {
      target: { kind: 'chat', chatId: 1 },
      text: [{ kind: 'paragraph', children: ['Brief pagi'] }],
    })
    expect(textOf(socket.sent.at(-1)!)).toBe('Brief pagi')
    expect(socket.sent.at(-1)!.options?.quoted).toBeUndefined()
    await db.updateTable('chats').set({ active: false }).where('external_id', '=', GROUP).execute()
    await expect(
      bed!.delivery.deliver(GROUP, {
        target: { kind: 'chat', chatId: 1 },
        text: [{ kind: 'paragraph', children: ['x'] }],
      }),
    ).rejects.toMatchObject({ permanent: true })
  })

  it('refuses a scheduled message that cannot start in time, so the outbox retries it and it is never sent late', async () => {
    bed = whatsappTestbed(get().db, {
      pacing: { perMinute: 10, minGapMs: 60_000, chatGapMs: 0, jitterMs: 0 },
      scheduledBudgetMs: 15_100,
    })
    bed.world.groups.set(GROUP, groupMetadata())
    bed.adapter.start()
    const socket = await bed.world.socket(1)
    socket.open(BOT)
    await vi.waitFor(() => expect(bed!.adapter.canDeliver()).toBe(true))
    const brief = (text: string) => ({
      target: { kind: 'chat' as const, chatId: 1 },
      text: [{ kind: 'paragraph' as const, children: [text] }],
    })
    await bed.delivery.deliver(GROUP, brief('Brief grup 1'))
    await expect(bed.delivery.deliver(GROUP, brief('Brief grup 2'))).rejects.toMatchObject({
      name: 'DeliveryError',
      permanent: false,
    })
    await bed.adapter.settled()
    expect(socket.sent.map(textOf)).toEqual(['Brief grup 1'])
  })
})
