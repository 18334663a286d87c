import type { MessageKey } from '../keys.js'
import { agenda } from './agenda.js'
import { consoleChat } from './console.js'
import { core } from './core.js'
import { workspace } from './workspace.js'

/** The English catalog; the type makes a missing key a compile error. */
export const en: Record<MessageKey, string> = {
  ...core,
  ...agenda,
  ...consoleChat,
  ...workspace,
}
