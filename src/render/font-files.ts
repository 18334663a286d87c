import { inflateSync } from 'node:zlib'
import { allImageFonts } from './fonts.js'

const WOFF_SIGNATURE = 0x774f4646 // 'wOFF'

/**
 * A WOFF 1.0 font as the TrueType/OpenType file it wraps: each table inflated (zlib) where it was
 * compressed, laid out again behind a plain sfnt header. resvg reads only sfnt files, while the shipped
 * Noto Sans comes as WOFF (what satori reads).
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF font')
  const flavor = woff.readUInt32BE(4)
  const count = woff.readUInt16BE(12)
  const tables = Array.from({ length: count }, (_, index) => {
    const at = 44 + index * 20
    const offset = woff.readUInt32BE(at + 4)
    const compressed = woff.readUInt32BE(at + 8)
    const length = woff.readUInt32BE(at + 12)
    const stored = woff.subarray(offset, offset + compressed)
    return {
      tag: woff.readUInt32BE(at),
      checksum: woff.readUInt32BE(at + 16),
      data: compressed < length ? inflateSync(stored) : stored,
    }
  })
  const headerLength = 12 + 16 * count
  const padded = (length: number) => (length + 3) & ~3
  const total = tables.reduce((sum, table) => sum + padded(table.data.length), headerLength)
  const sfnt = Buffer.alloc(total)
  const selector = Math.floor(Math.log2(count))
  sfnt.writeUInt32BE(flavor, 0)
  sfnt.writeUInt16BE(count, 4)
  sfnt.writeUInt16BE(2 ** selector * 16, 6)
  sfnt.writeUInt16BE(selector, 8)
  sfnt.writeUInt16BE(count * 16 - 2 ** selector * 16, 10)
  let offset = headerLength
  tables.forEach((table, index) => {
    const record = 12 + index * 16
    sfnt.writeUInt32BE(table.tag, record)
    sfnt.writeUInt32BE(table.checksum, record + 4)
    sfnt.writeUInt32BE(offset, record + 8)
    sfnt.writeUInt32BE(table.data.length, record + 12)
    table.data.copy(sfnt, offset)
    offset += padded(table.data.length)
  })
  return sfnt
}

let buffers: Buffer[] | undefined

/** The shipped fonts as TrueType in memory, for resvg (which reads sfnt, not WOFF); unpacked once per process. */
export function imageFontBuffers(): Buffer[] {
  buffers ??= allImageFonts().map((font) =>
    woffToSfnt(Buffer.isBuffer(font.data) ? font.data : Buffer.from(font.data)),
  )
  return buffers
}
