/** A message recognised as a command, before any command definition looks at it. */
export interface ParsedCommand {
  /** Lower-cased command name without prefix or @bot suffix. */
  readonly name: string
  /** Written as `/cmd@OurBot`: unknown ones then get an answer even when far from a real command. */
  readonly addressedToBot: boolean
  /** The rest of the first line, trimmed. */
  readonly firstLine: string
  /** The lines after the first, as written (blank lines kept; key forms skip them). */
  readonly bodyLines: readonly string[]
}

const COMMAND = /^([/!])([\p{L}\p{N}_]{1,40})(?:@([A-Za-z0-9_]{3,64}))?(?=\s|$)/u

/**
 * Recognises `/agenda`, `/AGENDA`, `/agenda@NamaBot` and, on WhatsApp and the console, `!agenda`.
 * Returns undefined for anything else, and for a command addressed to another bot.
 */
export function parseCommand(
  text: string,
  platform: Platform,
  botUsername?: string,
): ParsedCommand | undefined {
  const trimmed = text.replace(/^\s+/, '')
  const match = COMMAND.exec(trimmed)
  if (!match) return undefined
  const [whole, prefix, name, botSuffix] = match
  // Telegram never delivers `!cmd` in privacy mode, so there it is ordinary chatter.
  if (prefix === '!' && platform === 'telegram') return undefined
  let addressedToBot = false
  if (botSuffix) {
    if (!botUsername || botSuffix.toLowerCase() !== botUsername.toLowerCase()) return undefined
    addressedToBot = true
  }
  const rest = trimmed.slice(whole.length)
  const [first = '', ...bodyLines] = rest.split(/\r?\n/)
  return { name: name!.toLowerCase(), addressedToBot, firstLine: first.trim(), bodyLines }
}

/**
 * Splits a line into words, keeping "quoted strings" (straight or curly quotes) together.
 */
export function tokenize(line: string): string[] {
  const tokens: string[] = []
  const pattern = /"([^"]*)"|“([^”]*)”|(\S+)/g
  for (const match of line.matchAll(pattern)) tokens.push(match[1] ?? match[2] ?? match[3]!)
  return tokens
}

import type { Platform } from '../vocabulary.js'
