/**
 * Outgoing → Bot API: the rich text rendered to Telegram HTML and split under 4,096 characters, files as
 * documents (images as photos), buttons as an inline keyboard, a question as ForceReply, the first
 * message quoting the command. Every call goes through the bot's send queue.
 */
import { type Api, InputFile } from 'grammy'
import type { ForceReply, InlineKeyboardMarkup, Message, ReplyParameters } from 'grammy/types'
import { encodeButtonAction } from '../../chat/button-actions.js'
import type { Outgoing, OutgoingFile } from '../../chat/types.js'
import type { SendPriority, SendQueue } from '../../relay/send-queue.js'
import { splitTelegramHtml } from '../../text/render-telegram.js'
import type { Inline, RichText } from '../../text/rich-text.js'
import { isForbidden, isMarkupRefused, migratedTo } from './api-retry.js'

/** Telegram refuses a caption longer than this. */
const CAPTION_LIMIT = 1024
const PHOTO_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp'])

/** What the sender tells the rest of the adapter about chats while sending. */
export interface ChatEvents {
  /** The group became a supergroup; its messages go to the new id from now on. */
  migrated(oldChatId: string, newChatId: string): Promise<void>
  /** Telegram refused the chat (403): the bot was removed or blocked. */
  forbidden(chatId: string): Promise<void>
}

export interface SendOptions {
  readonly priority: SendPriority
  /** The message to quote (the command), on the first message sent. */
  readonly quoteMessageId?: number
  /** Put before the text, e.g. a mention of the person a ForceReply question is for. */
  readonly prefix?: readonly Inline[]
  /** The forum topic every part goes to. */
  readonly threadId?: number
  /** Each call must start by then (queue clock), else the send is given up unsent. */
  readonly startBy?: number
}

type Markup = InlineKeyboardMarkup | ForceReply

/** Where one part goes: the message it quotes, its keyboard, its forum topic. */
interface Placement {
  readonly quote: ReplyParameters | undefined
  readonly markup: Markup | undefined
  readonly threadId: number | undefined
}

type Step =
  | { readonly kind: 'text'; readonly html: string }
  | { readonly kind: 'file'; readonly file: OutgoingFile; readonly caption?: string }

export class TelegramSender {
  constructor(
    private readonly api: Api,
    private readonly queue: SendQueue,
    private readonly events: ChatEvents,
  ) {}

  /** Sends one Outgoing into a chat; resolves with the last message sent (undefined when there was nothing). */
  async send(
    chatId: string,
    group: boolean,
    message: Outgoing,
    options: SendOptions,
  ): Promise<Message | undefined> {
    const steps = plan(withPrefix(message.text, options.prefix), message.files ?? [])
    const markup = markupOf(message)
    const target = { chatId, group }
    let last: Message | undefined
    for (const [index, step] of steps.entries()) {
      const quote =
        index === 0 && options.quoteMessageId !== undefined
          ? { message_id: options.quoteMessageId, allow_sending_without_reply: true }
          : undefined
      const stepMarkup = index === steps.length - 1 ? markup : undefined
      last = await this.#deliver(target, options, (id, plain) =>
        this.#call(id, step, { quote, markup: stepMarkup, threadId: options.threadId }, plain),
      )
    }
    return last
  }

  /** One call, retried once under the new id after a supergroup migration and once as plain text if refused. */
  async #deliver(
    target: { chatId: string; group: boolean },
    options: SendOptions,
    call: (chatId: string, plain: boolean) => Promise<Message>,
  ): Promise<Message> {
    let plain = false
    const maxWaitMs = options.startBy === undefined ? undefined : options.startBy - this.queue.now()
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.queue.run(target, options.priority, () => call(target.chatId, plain), maxWaitMs)
      } catch (error) {
        const newId = migratedTo(error)
        if (newId !== undefined && attempt < 2) {
          await this.events.migrated(target.chatId, String(newId))
          target.chatId = String(newId)
          continue
        }
        if (isMarkupRefused(error) && !plain && attempt < 2) {
          plain = true
          continue
        }
        if (isForbidden(error)) await this.events.forbidden(target.chatId)
        throw error
      }
    }
  }

  #call(chatId: string, step: Step, place: Placement, plain: boolean): Promise<Message> {
    const common = {
      ...(plain ? {} : { parse_mode: 'HTML' as const }),
      ...(place.quote ? { reply_parameters: place.quote } : {}),
      ...(place.markup ? { reply_markup: place.markup } : {}),
      ...(place.threadId === undefined ? {} : { message_thread_id: place.threadId }),
    }
    const show = (html: string) => (plain ? htmlToPlain(html) : html)
    if (step.kind === 'text') {
      return this.api.sendMessage(chatId, show(step.html), {
        ...common,
        link_preview_options: { is_disabled: true },
      })
    }
    const { file } = step
    const input = new InputFile(file.content, file.fileName)
    const caption = step.caption ? { caption: show(step.caption) } : {}
    return PHOTO_TYPES.has(file.mimeType)
      ? this.api.sendPhoto(chatId, input, { ...common, ...caption })
      : this.api.sendDocument(chatId, input, { ...common, ...caption })
  }
}

/**
 * The messages to send: a single file with a short text goes as one captioned document; otherwise the
 * text (split under the limit) comes first, then each file with its own caption.
 */
function plan(text: RichText, files: readonly OutgoingFile[]): Step[] {
  const chunks = splitTelegramHtml(text)
  const only = files.length === 1 ? files[0] : undefined
  if (only && !only.caption && chunks.length <= 1 && (chunks[0]?.length ?? 0) <= CAPTION_LIMIT) {
    return [{ kind: 'file', file: only, ...(chunks[0] ? { caption: chunks[0] } : {}) }]
  }
  const steps: Step[] = chunks.map((html) => ({ kind: 'text', html }))
  for (const file of files) {
    const caption = file.caption ? splitTelegramHtml(file.caption, CAPTION_LIMIT) : []
    if (caption.length > 1) {
      steps.push(...caption.map((html): Step => ({ kind: 'text', html })), { kind: 'file', file })
    } else {
      steps.push({ kind: 'file', file, ...(caption[0] ? { caption: caption[0] } : {}) })
    }
  }
  return steps
}

function markupOf(message: Outgoing): Markup | undefined {
  if (message.buttons && message.buttons.length > 0) {
    return {
      inline_keyboard: message.buttons.map((row) =>
        row.map((button) => ({ text: button.label, callback_data: encodeButtonAction(button.action) })),
      ),
    }
  }
  // selective: only the person quoted or mentioned gets the reply field opened, not the whole group.
  return message.asksReply ? { force_reply: true, selective: true } : undefined
}

function withPrefix(text: RichText, prefix: readonly Inline[] | undefined): RichText {
  if (!prefix || prefix.length === 0) return text
  const [first, ...rest] = text
  if (first?.kind === 'paragraph')
    return [{ kind: 'paragraph', children: [...prefix, ...first.children] }, ...rest]
  return [{ kind: 'paragraph', children: [...prefix] }, ...text]
}

/** The visible text of our own HTML (tags dropped, the four escapes undone), for the plain-text fallback. */
export function htmlToPlain(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}
