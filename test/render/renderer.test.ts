import { afterEach, describe, expect, it } from 'vitest'
import { sampleWeek } from '../../scripts/sample-forum.js'
import { calendarPicture } from '../../src/domain/calendar/picture.js'
import { calendarPicturePngs } from '../../src/render/calendar-picture.js'
import type { RenderJob } from '../../src/render/render-job.js'
import { Renderer } from '../../src/render/renderer.js'
import { readPng } from '../support/png.js'

const week = sampleWeek(4)
const picture = calendarPicture(week.days, week.options)
/** Starting a thread from the TypeScript sources compiles them again there: allow for a slow machine. */
const THREAD_START_MS = 60_000

describe('the render thread', () => {
  const renderers: Renderer[] = []
  const started = (options?: { idleMs?: number }) => {
    const renderer = new Renderer(options)
    renderers.push(renderer)
    return renderer
  }
  afterEach(async () => {
    await Promise.all(renderers.splice(0).map((renderer) => renderer.close()))
  })

  it(
    'draws a week exactly as drawing it in the process does',
    async () => {
      const pngs = await started().render({ kind: 'calendar', picture })
      expect(pngs).toEqual(await calendarPicturePngs(picture))
      expect(readPng(pngs[0]!).width).toBe(1080)
    },
    THREAD_START_MS,
  )

  it(
    'answers a job that fails with its error, and draws the next one',
    async () => {
      const renderer = started()
      const broken = { kind: 'calendar', picture: { pages: null } } as unknown as RenderJob
      await expect(renderer.render(broken)).rejects.toThrow(/pages is not iterable/)
      expect(await renderer.render({ kind: 'calendar', picture })).toHaveLength(picture.pages.length)
    },
    THREAD_START_MS,
  )

  it(
    'stops its thread after a spell without work, and starts one again for the next picture',
    async () => {
      const renderer = started({ idleMs: 20 })
      await renderer.render({ kind: 'calendar', picture })
      expect(renderer.running).toBe(true)
      await expect.poll(() => renderer.running, { timeout: 5_000 }).toBe(false)
      expect(await renderer.render({ kind: 'calendar', picture })).toHaveLength(picture.pages.length)
    },
    THREAD_START_MS * 2,
  )

  it('fails the pictures still being drawn when it is closed', async () => {
    const renderer = started()
    const drawing = expect(renderer.render({ kind: 'calendar', picture })).rejects.toThrow(
      'the renderer was closed',
    )
    await renderer.close()
    await drawing
    expect(renderer.running).toBe(false)
  })
})
