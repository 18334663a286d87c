import { Api, GrammyError, InputFile } from 'grammy'
import { PNG } from 'pngjs'
import { afterEach, describe, expect, it } from 'vitest'
import { FakeTelegram } from '../../fakes/telegram-bot-api.js'

function png(width: number, height: number): Buffer {
  const image = new PNG({ width, height })
  image.data.fill(255)
  return PNG.sync.write(image)
}

// The fake Bot API takes a photo upload as the real one does, and refuses what the real one refuses,
// so a picture Sinergi draws too big fails in tests as it would in a group.
describe('the fake Bot API with uploaded photos', () => {
  let fake: FakeTelegram | undefined
  afterEach(async () => {
    await fake?.close()
    fake = undefined
  })

  async function chat() {
    fake = await FakeTelegram.start()
    const group = fake.group('Bakohumas Wonosobo', { admins: [fake.user('Sari')] })
    return { api: new Api(fake.token, { apiRoot: fake.apiRoot }), chatId: group.id, fake }
  }

  async function refusal(send: Promise<unknown>): Promise<string> {
    const error = await send.then(
      () => undefined,
      (thrown: unknown) => thrown,
    )
    expect(error).toBeInstanceOf(GrammyError)
    return (error as GrammyError).description
  }

  it('keeps the uploaded bytes and reports the sizes it keeps', async () => {
    const { api, chatId, fake } = await chat()
    const bytes = png(1080, 3000)
    const message = await api.sendPhoto(chatId, new InputFile(bytes, 'minggu.png'), { caption: 'Kalender' })
    expect(message.photo?.map(({ width, height }) => [width, height])).toEqual([
      [115, 320],
      [922, 2560],
    ])
    expect(fake.sent.at(-1)!.file!.bytes.equals(bytes)).toBe(true)
    expect(message.caption).toBe('Kalender')
  })

  it('refuses a photo too large, too tall, too narrow, unreadable or missing', async () => {
    const { api, chatId } = await chat()
    const heavy = Buffer.concat([png(100, 100), Buffer.alloc(10 * 1024 * 1024)])
    expect(await refusal(api.sendPhoto(chatId, new InputFile(heavy, 'a.png')))).toBe(
      'Bad Request: PHOTO_SAVE_FILE_INVALID',
    )
    expect(await refusal(api.sendPhoto(chatId, new InputFile(png(1080, 8921), 'b.png')))).toBe(
      'Bad Request: PHOTO_INVALID_DIMENSIONS',
    )
    expect(await refusal(api.sendPhoto(chatId, new InputFile(png(20, 420), 'c.png')))).toBe(
      'Bad Request: PHOTO_INVALID_DIMENSIONS',
    )
    expect(await refusal(api.sendPhoto(chatId, new InputFile(Buffer.from('not an image'), 'd.png')))).toBe(
      'Bad Request: IMAGE_PROCESS_FAILED',
    )
    expect(await refusal(api.raw.sendPhoto({ chat_id: chatId } as never))).toBe(
      'Bad Request: there is no photo in the request',
    )
  })
})
