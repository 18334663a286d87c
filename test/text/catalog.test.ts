import { describe, expect, it } from 'vitest'
import { en } from '../../src/text/catalog/en/index.js'
import { id } from '../../src/text/catalog/id/index.js'

const paramsOf = (template: string) => [...template.matchAll(/\{([a-zA-Z_]\w*)\}/g)].map((m) => m[1]).sort()

describe('message catalogs', () => {
  it('gives every Indonesian message an English one with the same parameters', () => {
    const mismatched = Object.entries(id)
      .filter(
        ([key, template]) =>
          JSON.stringify(paramsOf(template)) !== JSON.stringify(paramsOf(en[key as keyof typeof en] ?? '')),
      )
      .map(([key]) => key)
    expect(mismatched).toEqual([])
  })

  it('has no empty message', () => {
    expect(Object.entries({ ...id }).filter(([, text]) => !text.trim())).toEqual([])
    expect(Object.entries({ ...en }).filter(([, text]) => !text.trim())).toEqual([])
  })
})
