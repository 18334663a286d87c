import { agenda } from './agenda.js'
import { consoleChat } from './console.js'
import { core } from './core.js'
import { workspace } from './workspace.js'

/** The Indonesian catalog: every user-facing text of Sinergi. Areas live in their own files. */
export const id = {
  ...core,
  ...agenda,
  ...consoleChat,
  ...workspace,
}
