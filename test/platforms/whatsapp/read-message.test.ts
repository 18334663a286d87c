import { describe, expect, it } from 'vitest'
import { type MessageView, readMessage } from '../../../src/platforms/whatsapp/read-message.js'
import {
  BUDI,
  content,
  decryptPlaceholder,
  GROUP,
  groupMessage,
  privateMessage,
  SARI,
  TONO,
} from '../../fixtures/whatsapp/messages.js'

const at = new Date('2026-01-12T02:00:00Z')

function view(message: Parameters<typeof readMessage>[0]): MessageView {
  const result = readMessage(message)
  if ('skip' in result) throw new Error(`skipped: ${result.skip}`)
  return result.view
}

describe('reading WhatsApp messages', () => {
  const forms: Array<[string, ReturnType<typeof content.conversation>]> = [
    ['plain text', content.conversation('/agenda besok')],
    ['extended text', content.extended('/agenda besok')],
    ['a photo caption', content.image('/agenda besok')],
    ['a video caption', content.video('/agenda besok')],
    ['a document caption', content.document('/agenda besok')],
    ['a document with caption', content.documentWithCaption('/agenda besok')],
    ['a disappearing message', content.ephemeral(content.extended('/agenda besok'))],
    ['a view-once photo', content.viewOnce(content.image('/agenda besok'))],
    ['a view-once v2 photo', content.viewOnceV2(content.image('/agenda besok'))],
    ['a view-once v2 extension', content.viewOnceV2Extension(content.image('/agenda besok'))],
    ['a disappearing document with caption', content.ephemeral(content.documentWithCaption('/agenda besok'))],
  ]
  it.each(forms)('reads the command in %s', (_, form) => {
    expect(view(groupMessage({ from: SARI, content: form, at })).text).toBe('/agenda besok')
  })

  it('reads an edited message under the id of the message it edits, both edit forms', () => {
    const wrapped = view(
      groupMessage({
        from: SARI,
        at,
        content: content.editedWrapper('ORIGINAL1', content.conversation('/agenda')),
      }),
    )
    expect(wrapped).toMatchObject({ text: '/agenda', messageId: 'ORIGINAL1', edited: true })
    const bare = view(
      groupMessage({ from: SARI, at, content: content.edit('ORIGINAL2', content.extended('/kalender')) }),
    )
    expect(bare).toMatchObject({ text: '/kalender', messageId: 'ORIGINAL2', edited: true })
  })

  it('keeps the sender as WhatsApp gave it: a LID with the number as alternative, or the reverse', () => {
    expect(view(groupMessage({ from: BUDI, at, content: content.conversation('/x') })).sender).toEqual({
      jid: BUDI.lid,
      alt: BUDI.pn,
    })
    expect(
      view(groupMessage({ from: BUDI, at, as: 'pn', content: content.conversation('/x') })).sender,
    ).toEqual({
      jid: BUDI.pn,
      alt: BUDI.lid,
    })
    expect(
      view(groupMessage({ from: BUDI, at, as: 'lid-only', content: content.conversation('/x') })).sender,
    ).toEqual({
      jid: BUDI.lid,
    })
  })

  it('reads a private chat with its other address', () => {
    const read = view(privateMessage({ from: SARI, at, content: content.conversation('/agenda') }))
    expect(read).toMatchObject({
      chatJid: SARI.pn,
      chatAlt: SARI.lid,
      isGroup: false,
      sender: { jid: SARI.pn, alt: SARI.lid },
    })
  })

  it('reads mentions and the quoted message with its author and media', () => {
    const photo = groupMessage({ from: SARI, at, content: content.image('poster') })
    const reply = view(
      groupMessage({
        from: BUDI,
        at,
        content: content.extended('/peran @130000000000003 admin', { mentions: [TONO.lid], quoting: photo }),
      }),
    )
    expect(reply.mentions).toEqual([TONO.lid])
    expect(reply.quoted).toEqual({
      stanzaId: photo.key.id,
      participant: SARI.lid,
      attachments: [{ media: 'photo', fileRef: `${GROUP}/${photo.key.id}`, mimeType: 'image/jpeg' }],
      text: 'poster',
    })
  })

  it('gives the time the message was sent, from its timestamp', () => {
    expect(view(groupMessage({ from: SARI, at, content: content.conversation('/x') })).sentAt).toEqual(at)
  })

  it('lists a document with its file name as an attachment', () => {
    const read = view(
      groupMessage({ from: SARI, at, content: content.documentWithCaption('/konten tambah', 'naskah.pdf') }),
    )
    expect(read.attachments).toEqual([
      {
        media: 'document',
        fileRef: `${GROUP}/${read.deliveryId}`,
        fileName: 'naskah.pdf',
        mimeType: 'application/pdf',
      },
    ])
  })

  it('skips what carries no text to read: decrypt placeholders, reactions, media without caption', () => {
    expect(readMessage(decryptPlaceholder({ from: SARI, at }))).toEqual({ skip: 'decrypt-placeholder' })
    const original = groupMessage({ from: SARI, at, content: content.conversation('/agenda') })
    expect(readMessage(groupMessage({ from: BUDI, at, content: content.reaction(original) }))).toEqual({
      skip: 'protocol',
    })
    expect(readMessage(groupMessage({ from: BUDI, at, content: content.image('') }))).toEqual({
      skip: 'no-text',
    })
  })

  it('skips status updates and newsletters', () => {
    const status = groupMessage({ from: SARI, at, content: content.conversation('/agenda') })
    expect(readMessage({ ...status, key: { ...status.key, remoteJid: 'status@broadcast' } })).toEqual({
      skip: 'not-a-chat',
    })
    expect(
      readMessage({ ...status, key: { ...status.key, remoteJid: '120363000000000000@newsletter' } }),
    ).toEqual({
      skip: 'not-a-chat',
    })
  })
})
