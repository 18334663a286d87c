import type { Language } from '../../vocabulary.js'
import type { Inline, RichText } from '../rich-text.js'
import { fillTemplate, plainText, type TemplateParams } from '../template.js'
import { en } from './en/index.js'
import { id } from './id/index.js'
import type { MessageKey } from './keys.js'

export type { Language, MessageKey }

const catalogs: Record<Language, Record<MessageKey, string>> = { id, en }

/** Every language a workspace can speak: what the bot shows in any of them it must also read back. */
export const LANGUAGES = Object.keys(catalogs) as readonly Language[]

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(id, key)
}

/** A catalog message as inline rich text, in the given language. */
export function translate(lang: Language, key: MessageKey, params?: TemplateParams): Inline[] {
  return fillTemplate(catalogs[lang][key], params)
}

/** A catalog message as plain text (for places without formatting, such as command descriptions). */
export function translatePlain(lang: Language, key: MessageKey, params?: TemplateParams): string {
  return plainText(translate(lang, key, params))
}

/**
 * A catalog message as blocks: each `\n` in the message starts a new paragraph, so catalog entries
 * may span several lines.
 */
export function translateBlocks(lang: Language, key: MessageKey, params?: TemplateParams): RichText {
  return splitLines(translate(lang, key, params))
}

/** Turns inline nodes whose strings contain line breaks into one paragraph per line. */
export function splitLines(inlines: readonly Inline[]): RichText {
  const blocks: RichText = []
  let current: Inline[] = []
  for (const node of inlines) {
    if (typeof node !== 'string' || !node.includes('\n')) {
      current.push(node)
      continue
    }
    const parts = node.split('\n')
    parts.forEach((part, index) => {
      if (index > 0) {
        blocks.push({ kind: 'paragraph', children: current })
        current = []
      }
      if (part) current.push(part)
    })
  }
  blocks.push({ kind: 'paragraph', children: current })
  return blocks
}
