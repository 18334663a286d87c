/**
 * A one-off message into a chat (a group or a private chat), its text rendered when it was written
 * (`enqueueNotice`): sent once as it is; nothing is derived for it, before or at sending.
 */
import { z } from 'zod'
import type { Block, Inline, RichText } from '../../text/rich-text.js'
import type { WrittenKind } from './kind.js'

const inline: z.ZodType<Inline> = z.lazy(() =>
  z.union([
    z.string(),
    z.object({ kind: z.literal('bold'), children: z.array(inline) }),
    z.object({ kind: z.literal('italic'), children: z.array(inline) }),
    z.object({ kind: z.literal('code'), text: z.string() }),
    z.object({ kind: z.literal('link'), href: z.string(), text: z.string() }),
    z.object({
      kind: z.literal('mention'),
      platform: z.enum(['telegram', 'whatsapp', 'console']),
      externalId: z.string(),
      name: z.string(),
      username: z.string().optional(),
    }),
  ]),
)
const block: z.ZodType<Block> = z.union([
  z.object({ kind: z.literal('paragraph'), children: z.array(inline) }),
  z.object({ kind: z.literal('list'), ordered: z.boolean(), items: z.array(z.array(inline)) }),
  z.object({ kind: z.literal('pre'), text: z.string() }),
])
const noticePayload = z.object({ text: z.array(block).min(1) })
export type NoticePayload = { readonly text: RichText }

export const notice: WrittenKind<'notice', NoticePayload> = {
  name: 'notice',
  source: 'written once',
  payload: noticePayload,
  bulk: false,
  audience: 'any chat',
  render: ({ text }) => ({ action: 'send', text, announces: [] }),
}
