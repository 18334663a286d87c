import { describe, expect, it } from 'vitest'
import {
  dayHeight,
  PICTURE_HEIGHTS,
  type PictureDay,
  type PictureEntry,
  type PicturePage,
} from '../../src/domain/calendar/picture.js'
import { calendarPicturePngs, picturePageSvg } from '../../src/render/calendar-picture.js'
import { readPng, svgTextRuns } from '../support/png.js'

function entry(fields: Partial<PictureEntry> & { title: string }): PictureEntry {
  return {
    kind: 'agenda',
    number: 1,
    time: '09.00',
    titleLines: 1,
    place: null,
    agency: 'DINKES',
    labels: [],
    status: null,
    struck: false,
    ...fields,
  }
}

function day(
  date: string,
  label: string,
  entries: PictureEntry[],
  extra: Partial<PictureDay> = {},
): PictureDay {
  return {
    date,
    label,
    today: false,
    commemorations: [],
    nothing: 'Tidak ada kegiatan',
    entries,
    more: null,
    ...extra,
  }
}

const week: PicturePage = {
  title: 'Bakohumas Kabupaten Wonosobo',
  subtitle: '5–11 Januari 2026 · Waktu WIB',
  todayWord: 'Hari ini',
  days: [
    day('2026-01-05', 'Senin, 5 Januari 2026', []),
    day(
      '2026-01-07',
      'Rabu, 7 Januari 2026',
      [
        entry({
          number: 12,
          time: '09.00–11.00',
          title: 'Rapat koordinasi imunisasi 💉',
          place: 'Aula Dinkes',
          labels: ['Perlu liputan'],
        }),
        entry({
          number: 13,
          time: '13.00',
          title: 'Apel yang dibatalkan',
          agency: 'POLRES',
          status: 'batal',
          struck: true,
        }),
        entry({
          kind: 'content',
          number: 14,
          time: '15.00',
          title: 'Infografis imunisasi',
          labels: ['Konten', 'Instagram'],
          status: 'disetujui',
        }),
      ],
      { today: true, more: '+2 lainnya: /kalender 7/1' },
    ),
  ],
  footer: ['3 agenda · 1 konten', 'Sinergi · Rabu, 7 Januari 2026 pukul 10.00 WIB'],
}

describe('the calendar picture drawn', () => {
  it('puts every text of the layout into the SVG', async () => {
    const runs = svgTextRuns(await picturePageSvg(week, 'text'))
    expect(runs).toEqual([
      'Bakohumas Kabupaten Wonosobo',
      '5–11 Januari 2026 · Waktu WIB',
      'Senin, 5 Januari 2026',
      'Tidak ada kegiatan',
      'Rabu, 7 Januari 2026',
      'Hari ini',
      '09.00–11.00',
      '#12',
      'Rapat koordinasi imunisasi',
      'Aula Dinkes · DINKES',
      'Perlu liputan',
      '13.00',
      '#13',
      'Apel yang dibatalkan',
      'POLRES · batal',
      '15.00',
      '#14',
      'Infografis imunisasi',
      'DINKES · disetujui',
      'Konten',
      'Instagram',
      '+2 lainnya: /kalender 7/1',
      '3 agenda · 1 konten',
      'Sinergi · Rabu, 7 Januari 2026 pukul 10.00 WIB',
    ])
  })

  it('sets no text smaller than 24 pixels', async () => {
    const svg = await picturePageSvg(week, 'text')
    const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((match) => Number(match[1]))
    expect(sizes.length).toBeGreaterThan(20)
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24)
  })

  it('draws emoji in titles as pictures and strikes a cancelled title through', async () => {
    const svg = await picturePageSvg(week, 'paths')
    // Two Twemoji pictures: the syringe in a title and the pin before the place.
    expect(svg.match(/<image /g)).toHaveLength(2)
    const struckSvg = await picturePageSvg({
      ...week,
      days: [day('2026-01-07', 'Rabu', [week.days[1]!.entries[1]!])],
    })
    const plainSvg = await picturePageSvg({
      ...week,
      days: [day('2026-01-07', 'Rabu', [{ ...week.days[1]!.entries[1]!, struck: false }])],
    })
    // The strike is one more filled line across the title.
    expect(struckSvg.length).toBeGreaterThan(plainSvg.length)
  })

  it('renders a PNG 1080 pixels wide with the picture on it', async () => {
    const [only, ...more] = await calendarPicturePngs({ pages: [week] })
    expect(more).toHaveLength(0)
    const png = readPng(only!)
    expect(png.width).toBe(1080)
    expect(png.height).toBeGreaterThan(800)
    expect(png.colours).toBeGreaterThan(50)
    expect(png.ink).toBeGreaterThan(0.5)
  })

  it('is exactly as tall as the layout reckons, so a full page stays within 2560 pixels', async () => {
    const long = 'Sosialisasi pencegahan stunting dan gizi buruk bagi kader posyandu di seluruh kecamatan'
    const days = [
      day('2026-01-05', 'Senin, 5 Januari 2026', [
        entry({ number: 1, title: long, titleLines: 2, place: long, labels: ['Perlu liputan'] }),
        entry({ number: 2, title: 'Apel pagi' }),
      ]),
      day('2026-01-06', 'Selasa, 6 Januari 2026', [], { more: '+4 lainnya: /kalender 6/1' }),
    ]
    const footer = ['3 agenda · 0 konten', '+2 hari lainnya', 'Sinergi · Rabu']
    const [png] = await calendarPicturePngs({ pages: [{ ...week, days, footer }] })
    const h = PICTURE_HEIGHTS
    const reckoned =
      h.header +
      days.reduce((sum, d) => sum + dayHeight(d), 0) +
      h.footerPadding +
      footer.length * h.footerLine
    expect(readPng(png!).height).toBe(reckoned)
  })
})
