import { describe, expect, it } from 'vitest'
import { renderPlain } from '../../src/text/render-plain.js'
import { bold, code, italic, link, list, mention, paragraph, pre } from '../../src/text/rich-text.js'

describe('plain rendering for the console', () => {
  it('drops bold and italic markers but keeps the words', () => {
    expect(renderPlain([paragraph(bold('Rapat ', italic('penting')), ' besok')])).toBe('Rapat penting besok')
  })

  it('keeps user text exactly as typed, markup characters included', () => {
    expect(renderPlain([paragraph('PT <A&B>_X *resmi*')])).toBe('PT <A&B>_X *resmi*')
  })

  it('shows code as is and a link with its address', () => {
    expect(renderPlain([paragraph(code('/agenda 3'), ' ', link('https://a.id/x', 'detail'))])).toBe(
      '/agenda 3 detail (https://a.id/x)',
    )
    expect(renderPlain([paragraph(link('https://a.id/x'))])).toBe('https://a.id/x')
  })

  it('names a mentioned person with @ whatever platform they are on', () => {
    const rich = [
      paragraph(
        mention({ platform: 'console', externalId: 'me', name: 'Budi' }),
        ' & ',
        mention({ platform: 'whatsapp', externalId: '62812@s.whatsapp.net', name: 'Sari' }),
      ),
    ]
    expect(renderPlain(rich)).toBe('@Budi & @Sari')
  })

  it('puts each block on its own line, with bullets, numbers and blank lines', () => {
    const rich = [
      paragraph(bold('Agenda')),
      list([['Rapat'], ['Rilis']]),
      paragraph(),
      list([['satu'], ['dua']], true),
      pre('kode  rapi\n  menjorok'),
    ]
    expect(renderPlain(rich)).toBe('Agenda\n• Rapat\n• Rilis\n\n1. satu\n2. dua\nkode  rapi\n  menjorok')
  })
})
