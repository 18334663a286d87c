import type { Config } from '../../config.js'

/** SPEC §5: the console opens in an interactive terminal when no chat platform is configured, or when forced. */
export function wantsConsole(config: Config, interactiveTerminal: boolean): boolean {
  if (config.console === 'on') return true
  if (config.console === 'off') return false
  return interactiveTerminal && !config.telegram.enabled && !config.whatsapp.enabled
}
