import { describe, expect, it } from 'vitest'
import { renderPlain } from '../../src/text/render-plain.js'
import {
  bold,
  code,
  concat,
  italic,
  link,
  list,
  mention,
  paragraph,
  plainLength,
  pre,
} from '../../src/text/rich-text.js'

describe('rich-text model', () => {
  it('builds plain data that any renderer can read', () => {
    expect(paragraph('Halo ', bold('Dinas ', italic('Kominfo')), ' ', code('/agenda'))).toEqual({
      kind: 'paragraph',
      children: [
        'Halo ',
        { kind: 'bold', children: ['Dinas ', { kind: 'italic', children: ['Kominfo'] }] },
        ' ',
        { kind: 'code', text: '/agenda' },
      ],
    })
    expect(list([['a'], ['b']], true)).toEqual({ kind: 'list', ordered: true, items: [['a'], ['b']] })
    expect(list([['a']])).toMatchObject({ ordered: false })
    expect(pre('x')).toEqual({ kind: 'pre', text: 'x' })
    expect(mention({ platform: 'telegram', externalId: '42', name: 'Sari' })).toEqual({
      kind: 'mention',
      platform: 'telegram',
      externalId: '42',
      name: 'Sari',
    })
  })

  it('shows the address itself when a link is given no text', () => {
    expect(link('https://bakohumas.go.id')).toEqual({
      kind: 'link',
      href: 'https://bakohumas.go.id',
      text: 'https://bakohumas.go.id',
    })
  })

  it('joins pieces of a reply in order', () => {
    const header = [paragraph(bold('Agenda'))]
    const body = [paragraph('Rapat'), paragraph('Rilis')]
    expect(concat(header, [], body)).toEqual([...header, ...body])
  })

  it('measures a reply by its plain rendering, markup and markers excluded', () => {
    const rich = [paragraph(bold('Rapat'), ' ', link('https://a.id', 'info')), list([['satu'], ['dua']])]
    expect(plainLength(rich)).toBe(renderPlain(rich).length)
    expect(plainLength(rich)).toBe('Rapat info (https://a.id)\n• satu\n• dua'.length)
    expect(plainLength([])).toBe(0)
  })
})
