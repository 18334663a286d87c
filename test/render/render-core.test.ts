import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { box, line, paragraph } from '../../src/render/element.js'
import { emojiImage } from '../../src/render/emoji.js'
import { imageFonts } from '../../src/render/fonts.js'
import { renderPng } from '../../src/render/render-png.js'
import { renderSvg } from '../../src/render/render-svg.js'
import { svgToPng } from '../../src/render/svg-to-png.js'
import { readPng, svgTextRuns } from '../support/png.js'

describe('rendering core', () => {
  it('reads Noto Sans regular and bold once and hands out the same list', () => {
    const fonts = imageFonts()
    expect(fonts.map((font) => [font.name, font.weight])).toEqual([
      ['Noto Sans', 400],
      ['Noto Sans', 700],
    ])
    expect(imageFonts()).toBe(fonts)
  })

  it('draws letters beyond basic Latin from the extended font, not as empty boxes', async () => {
    const glyph = async (text: string) => {
      const svg = await renderSvg(line(text, { fontSize: 30 }), { width: 200 })
      return svg.match(/<path[^>]*d="([^"]*)"/)?.[1]
    }
    // Noto Sans ships no Chinese: what a missing glyph looks like.
    const missing = await glyph('中')
    for (const letter of ['Ł', 'ğ', 'ő']) {
      const drawn = await glyph(letter)
      expect(drawn).toBeTruthy()
      expect(drawn, letter).not.toBe(missing)
    }
    expect(await glyph('L')).not.toBe(await glyph('Ł'))
  })

  it('draws Twemoji pictures with and without the variation selector, and none for plain letters', async () => {
    const pngOf = async (emoji: string) => {
      const uri = await emojiImage(emoji)
      expect(uri).toMatch(/^data:image\/png;base64,/)
      return readPng(Buffer.from(uri!.slice(uri!.indexOf(',') + 1), 'base64'))
    }
    const wave = await pngOf('👋')
    expect([wave.width, wave.height]).toEqual([96, 96])
    expect(wave.colours).toBeGreaterThan(10)
    // See-through around the hand, so an emoji on today's blue band shows no white square.
    const uri = (await emojiImage('👋'))!
    const pixels = PNG.sync.read(Buffer.from(uri.slice(uri.indexOf(',') + 1), 'base64')).data
    expect(pixels[3]).toBe(0)
    expect(await emojiImage('❤️')).toBe(await emojiImage('❤'))
    expect((await pngOf('👩‍💻')).ink).toBeGreaterThan(0.2)
    expect(await emojiImage('a')).toBeUndefined()
  })

  it('keeps the words, Indonesian and all, in an SVG laid out as text', async () => {
    const svg = await renderSvg(
      box(
        { flexDirection: 'column', fontSize: 28 },
        line('Rapat koordinasi humas'),
        line('Senin, 7 Desember 2026'),
      ),
      { width: 600, glyphs: 'text' },
    )
    expect(svgTextRuns(svg)).toEqual(['Rapat koordinasi humas', 'Senin, 7 Desember 2026'])
  })

  it('cuts a line that does not fit with an ellipsis', async () => {
    const svg = await renderSvg(
      box(
        { fontSize: 24, width: 200 },
        line('Sosialisasi pencegahan stunting di seluruh kecamatan', { width: 200 }),
      ),
      { width: 200, glyphs: 'text' },
    )
    const [text] = svgTextRuns(svg)
    expect(text!.endsWith('…')).toBe(true)
    expect(text!.startsWith('Sosialisasi')).toBe(true)
    expect(text).not.toContain('kecamatan')
  })

  it('clamps a paragraph to its lines', async () => {
    const long = 'kata '.repeat(80).trim()
    const svg = await renderSvg(box({ fontSize: 24, width: 300 }, paragraph(long, 2, { width: 300 })), {
      width: 300,
      glyphs: 'text',
    })
    const runs = svgTextRuns(svg)
    expect(runs).toHaveLength(2)
    expect(runs[1]!.endsWith('…')).toBe(true)
  })

  it('draws emoji as pictures and glyphs as paths by default', async () => {
    const svg = await renderSvg(box({ fontSize: 32 }, 'Halo 👋'), { width: 300 })
    expect(svg).not.toContain('<text')
    expect(svg).toContain('<path')
    expect(svg).toContain('<image')
  })

  it('turns an SVG into a PNG of the asked width with something drawn on it', async () => {
    const png = await renderPng(
      box({ fontSize: 40, padding: 20, backgroundColor: '#ffffff', color: '#123456' }, 'Bakohumas 🎉'),
      { width: 1080 },
    )
    const image = readPng(png)
    expect(image.width).toBe(1080)
    expect(image.height).toBeGreaterThan(40)
    expect(image.colours).toBeGreaterThan(2)
    expect(image.ink).toBeGreaterThan(0.001)
  })

  it('scales an SVG to the width asked for', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><rect width="50" height="50" fill="#000"/></svg>'
    const image = readPng(await svgToPng(svg, 400))
    expect([image.width, image.height]).toEqual([400, 200])
    expect(image.ink).toBeCloseTo(0.5, 2)
  })

  it('reports a blank image as one colour and no ink', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>'
    expect(readPng(await svgToPng(svg, 10))).toEqual({ width: 10, height: 10, colours: 1, ink: 0 })
  })
})
