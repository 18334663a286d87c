import { describe, expect, it } from 'vitest'
import { mention } from '../../src/text/rich-text.js'
import { fillTemplate, plainText } from '../../src/text/template.js'

describe('catalog templates', () => {
  it('turns *bold*, _italic_ and `code` into rich nodes', () => {
    expect(fillTemplate('Agenda *#{n}* _tersimpan_, kode `{c}`', { n: 12, c: 'AB-CD' })).toEqual([
      'Agenda ',
      { kind: 'bold', children: ['#', '12'] },
      ' ',
      { kind: 'italic', children: ['tersimpan'] },
      ', kode ',
      { kind: 'code', text: 'AB-CD' },
    ])
  })

  it('never reads markup inside a parameter', () => {
    const nodes = fillTemplate('Judul: {title}', { title: '*Rapat* _besar_ {x}' })
    expect(nodes).toEqual(['Judul: ', '*Rapat* _besar_ {x}'])
  })

  it('accepts rich parameters such as mentions', () => {
    const nodes = fillTemplate('Halo {who}', {
      who: mention({ platform: 'console', externalId: 'orang-sari', name: 'Sari' }),
    })
    expect(plainText(nodes)).toBe('Halo @Sari')
  })

  it('fails loudly when a parameter is missing, so a catalog mistake is found in tests', () => {
    expect(() => fillTemplate('Halo {name}', {})).toThrow(/parameter \{name\} missing/)
  })
})
