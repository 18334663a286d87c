import { z } from 'zod'
import { refusal } from '../src/chat/access.js'
import {
  type CommandContext,
  type CommandDefinition,
  defineCommand,
  freeAction,
  reply,
} from '../src/chat/command.js'
import { translateBlocks } from '../src/text/catalog/index.js'
import { bold, list, paragraph, type RichText } from '../src/text/rich-text.js'

/** Can the sender use at least one action of this command here? */
async function usable(command: CommandDefinition, ctx: CommandContext): Promise<boolean> {
  const actions = [command.action, ...Object.values(command.subcommands ?? {}).map((s) => s.action)]
  for (const action of actions) {
    if (action.needsWorkspace !== false && !ctx.workspace) continue
    if (action.where === 'group' && ctx.chat.kind !== 'group') continue
    if (action.where === 'private' && ctx.chat.kind !== 'private') continue
    if (!(await refusal(action.allowed, ctx))) return true
  }
  return false
}

/** The name a user of this language types: English workspaces see the English alias. */
const shownName = (command: CommandDefinition, lang: string) =>
  lang === 'en' ? (command.aliases[0] ?? command.name) : command.name

/** `@BotName` in Telegram groups, where privacy mode may withhold a bare `/agenda`. */
const suffixHere = (ctx: CommandContext) =>
  ctx.chat.kind === 'group' ? (ctx.platform.groupCommandSuffix ?? '') : ''

export default defineCommand({
  name: 'bantuan',
  aliases: ['help'],
  summary: 'help.bantuan.summary',
  help: 'help.bantuan.details',
  action: freeAction({
    allowed: 'anyone',
    mutates: false,
    usage: 'usage.bantuan',
    read: (input) => ({ name: input.tokens[0]?.replace(/^[/!]/, '').toLowerCase() }),
    args: z.object({ name: z.string().optional() }),
    async run(ctx, { name }) {
      if (name) {
        const command = ctx.commands.find((c) => c.name === name || c.aliases.includes(name))
        if (!command) return reply(translateBlocks(ctx.lang, 'help.unknown', { name }))
        const others = [command.name, ...command.aliases].filter((n) => n !== shownName(command, ctx.lang))
        const text: RichText = [
          paragraph(
            bold(`/${shownName(command, ctx.lang)}${suffixHere(ctx)}`),
            ' — ',
            ...ctx.t(command.summary),
          ),
          ...translateBlocks(ctx.lang, command.help, ctx.examples()),
          ...(others.length
            ? [paragraph(...ctx.t('help.aliases', { aliases: others.map((n) => `/${n}`).join(', ') }))]
            : []),
        ]
        return reply(text)
      }
      const items = []
      for (const command of ctx.commands) {
        if (await usable(command, ctx))
          items.push([
            bold(`/${shownName(command, ctx.lang)}${suffixHere(ctx)}`),
            ' — ',
            ...ctx.t(command.summary),
          ])
      }
      return reply([paragraph(...ctx.t('help.title')), list(items), paragraph(...ctx.t('help.footer'))])
    },
  }),
})
