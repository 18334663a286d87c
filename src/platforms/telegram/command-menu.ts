/**
 * The command list Telegram shows when one types `/`: Indonesian descriptions by default, English ones
 * for users whose app speaks English, in groups and in private chats. Scopes do not inherit from each
 * other, so each scope gets its full list.
 */
import type { Api } from 'grammy'
import type { BotCommand, BotCommandScope } from 'grammy/types'
import type { CommandDefinition } from '../../chat/command.js'
import { translatePlain } from '../../text/catalog/index.js'
import type { Language } from '../../vocabulary.js'

type Where = 'group' | 'private'

const DESCRIPTION_MAX = 256

/** The menu of one scope in one language: commands usable there, by their Indonesian names. */
export function commandMenu(
  commands: readonly CommandDefinition[],
  lang: Language,
  where: Where,
): BotCommand[] {
  return commands
    .filter((command) => {
      const actions = [command.action, ...Object.values(command.subcommands ?? {}).map((s) => s.action)]
      return actions.some((action) => (action.where ?? 'any') === 'any' || action.where === where)
    })
    .map((command) => ({
      command: command.name,
      description: translatePlain(lang, command.summary).slice(0, DESCRIPTION_MAX),
    }))
}

/** Registers the menus: {all group chats, all private chats} × {Indonesian by default, English for `en`}. */
export async function registerCommandMenus(api: Api, commands: readonly CommandDefinition[]): Promise<void> {
  const scopes: Array<[Where, BotCommandScope]> = [
    ['group', { type: 'all_group_chats' }],
    ['private', { type: 'all_private_chats' }],
  ]
  for (const [where, scope] of scopes) {
    await api.setMyCommands(commandMenu(commands, 'id', where), { scope })
    await api.setMyCommands(commandMenu(commands, 'en', where), { scope, language_code: 'en' })
  }
}
