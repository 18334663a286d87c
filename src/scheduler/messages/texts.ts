/**
 * What the texts of scheduled messages share. Each kind renders its own text (kinds/) as neutral rich
 * text from current data, never from what was stored when the row was written: a reminder shows the
 * item's time as it is when the reminder goes out.
 */
import { type Language, type MessageKey, translate } from '../../text/catalog/index.js'
import { paragraph } from '../../text/rich-text.js'
import type { TemplateParams } from '../../text/template.js'

export interface TextOptions {
  readonly lang: Language
  readonly zone: string
  readonly now: Date
}

/** One catalog message as a paragraph of its own. */
export const line = (lang: Language, key: MessageKey, params?: TemplateParams) =>
  paragraph(...translate(lang, key, params))
