import { closestWithinTwoEdits } from '../input/similarity.js'
import type { AnyAction, CommandDefinition } from './command.js'

/** Looks commands up by name or alias, case-insensitively. */
export class CommandIndex {
  readonly #byName = new Map<string, CommandDefinition>()

  constructor(readonly commands: readonly CommandDefinition[]) {
    for (const command of commands) {
      for (const name of [command.name, ...command.aliases]) {
        if (this.#byName.has(name)) throw new Error(`command name /${name} declared twice`)
        this.#byName.set(name, command)
      }
    }
  }

  find(name: string): CommandDefinition | undefined {
    return this.#byName.get(name.toLowerCase())
  }

  /** The real command a mistyped name was probably meant to be (within two edits). */
  suggest(name: string): string | undefined {
    return closestWithinTwoEdits(name, [...this.#byName.keys()])
  }
}

/** Picks the subcommand named by the first word, or the bare action; returns the words left over. */
export function selectAction(
  command: CommandDefinition,
  tokens: readonly string[],
  rest: string,
): { action: AnyAction; subcommand: string | undefined; tokens: readonly string[]; rest: string } {
  const first = tokens[0]?.toLowerCase()
  if (first && command.subcommands) {
    for (const [name, sub] of Object.entries(command.subcommands)) {
      if (name === first || sub.aliases.includes(first)) {
        const afterWord = rest.replace(/^\s*("[^"]*"|“[^”]*”|\S+)\s*/, '')
        return { action: sub.action, subcommand: name, tokens: tokens.slice(1), rest: afterWord }
      }
    }
  }
  return { action: command.action, subcommand: undefined, tokens, rest }
}
