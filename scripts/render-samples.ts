/**
 * `npm run render-samples`: the sample forum's week as `/kalender gambar` draws it, into test-artifacts/
 * (a quiet week in Indonesian and English, and a busy one over several pages), to look at by eye.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { calendarPicture } from '../src/domain/calendar/picture.js'
import { calendarPicturePngs } from '../src/render/calendar-picture.js'
import { sampleWeek } from './sample-forum.js'

const OUT = join(process.cwd(), 'test-artifacts')

const samples = [
  { name: 'kalender-gambar-pekan', week: sampleWeek(12, 'id') },
  { name: 'calendar-image-week-en', week: sampleWeek(12, 'en') },
  { name: 'kalender-gambar-pekan-sibuk', week: sampleWeek(60, 'id') },
]

await mkdir(OUT, { recursive: true })
for (const { name, week } of samples) {
  const pngs = await calendarPicturePngs(calendarPicture(week.days, week.options))
  for (const [index, png] of pngs.entries()) {
    const path = join(OUT, pngs.length > 1 ? `${name}-${index + 1}.png` : `${name}.png`)
    await writeFile(path, png)
    console.log(`${path} (${Math.round(png.length / 1024)} KiB)`)
  }
}
