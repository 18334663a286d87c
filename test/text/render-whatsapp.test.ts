import { describe, expect, it } from 'vitest'
import { mentionedJids, neutraliseMarkers, renderWhatsApp } from '../../src/text/render-whatsapp.js'
import { bold, code, italic, link, list, mention, paragraph, pre } from '../../src/text/rich-text.js'

const Z = '\u200B'

describe('WhatsApp rendering', () => {
  it('uses WhatsApp markers for bold, italic, code and preformatted text', () => {
    const rich = [paragraph(bold('Rapat ', italic('penting')), ' ketik ', code('/agenda')), pre('a  b\nc')]
    expect(renderWhatsApp(rich)).toBe('*Rapat _penting_* ketik `/agenda`\n```a  b\nc```')
  })

  it('draws lists with bullets or numbers, one block per line, blank lines kept', () => {
    const rich = [
      paragraph(bold('Agenda')),
      list([['Rapat'], ['Rilis']]),
      paragraph(),
      list([['a'], ['b']], true),
    ]
    expect(renderWhatsApp(rich)).toBe('*Agenda*\n• Rapat\n• Rilis\n\n1. a\n2. b')
  })

  it('does not let a title like Rapat *penting* end the bold early', () => {
    const html = renderWhatsApp([paragraph(bold('Rapat *penting*'))])
    expect(html).toBe(`*Rapat ${Z}*${Z}penting${Z}*${Z}*`)
    // Take away the user's asterisks, each held mid-word between zero width spaces: our markers remain.
    expect(html.replaceAll(`${Z}*${Z}`, '')).toBe('*Rapat penting*')
  })

  it('shows user asterisks, underscores, tildes and backticks literally', () => {
    expect(renderWhatsApp([paragraph('_draft_ ~lama~ `x`')])).toBe(
      `${Z}_${Z}draft${Z}_${Z} ${Z}~${Z}lama${Z}~${Z} ${Z}\`${Z}x${Z}\`${Z}`,
    )
  })

  it('leaves characters between letters or digits alone, so names and addresses stay copyable', () => {
    expect(neutraliseMarkers('nama_dinas@kominfo.go.id 10*3')).toBe('nama_dinas@kominfo.go.id 10*3')
    expect(renderWhatsApp([paragraph('PT <A&B>_X')])).toBe(`PT <A&B>${Z}_${Z}X`)
  })

  it('keeps spaces outside the markers so WhatsApp still formats the words', () => {
    expect(renderWhatsApp([paragraph('Status:', bold(' disetujui '), 'oleh')])).toBe(
      'Status: *disetujui* oleh',
    )
    expect(renderWhatsApp([paragraph('a', bold(''), italic(' '), 'b')])).toBe('a b')
  })

  it('repeats formatting on every line because WhatsApp does not carry it across a line break', () => {
    expect(renderWhatsApp([paragraph(bold('satu\n', italic('dua\ntiga')))])).toBe('*satu*\n*_dua_*\n*_tiga_*')
  })

  it('fences inline code that itself contains a backtick, and keeps a fence inside a block from closing it', () => {
    expect(renderWhatsApp([paragraph(code('a`b'))])).toBe('```a`b```')
    expect(renderWhatsApp([pre('x ``` y')])).toBe(`\`\`\`x \`${Z}\`${Z}\` y\`\`\``)
  })

  it('writes a link as its text followed by the untouched address', () => {
    expect(renderWhatsApp([paragraph(link('https://a.id/berita_baru_', 'Berita *baru*'))])).toBe(
      `Berita ${Z}*${Z}baru${Z}*${Z} (https://a.id/berita_baru_)`,
    )
    expect(renderWhatsApp([paragraph(link('https://a.id/x'))])).toBe('https://a.id/x')
  })

  it('mentions a WhatsApp user by number, for phone and LID addresses alike', () => {
    const rich = [
      paragraph(
        mention({ platform: 'whatsapp', externalId: '6281234567890@s.whatsapp.net', name: 'Budi' }),
        ' ',
        mention({ platform: 'whatsapp', externalId: '123456789012345@lid', name: 'Sari' }),
        ' ',
        mention({ platform: 'whatsapp', externalId: '6289876543210:7@s.whatsapp.net', name: 'Ani' }),
      ),
    ]
    expect(renderWhatsApp(rich)).toBe('@6281234567890 @123456789012345 @6289876543210')
  })

  it('names a person from another platform without notifying anyone', () => {
    const rich = [paragraph(mention({ platform: 'telegram', externalId: '42', name: 'Dewi_K' }))]
    expect(renderWhatsApp(rich)).toBe('Dewi_K')
    expect(mentionedJids(rich)).toEqual([])
  })

  it('lists every mentioned JID once, from paragraphs, formatting and list items', () => {
    const budi = mention({ platform: 'whatsapp', externalId: '6281@s.whatsapp.net', name: 'Budi' })
    const sari = mention({ platform: 'whatsapp', externalId: '1234@lid', name: 'Sari' })
    const rich = [
      paragraph('Halo ', bold(italic(budi))),
      list([[sari, ' dan ', budi]]),
      paragraph(mention({ platform: 'telegram', externalId: '42', name: 'Dewi' })),
      pre('@6299'),
    ]
    expect(mentionedJids(rich)).toEqual(['6281@s.whatsapp.net', '1234@lid'])
  })
})
