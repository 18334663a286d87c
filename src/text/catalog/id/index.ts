import { agencies } from './agencies.js'
import { agenda } from './agenda.js'
import { consoleChat } from './console.js'
import { content } from './content.js'
import { core } from './core.js'
import { keyMessages } from './key-messages.js'
import { workspace } from './workspace.js'

/** The Indonesian catalog: every user-facing text of Sinergi. Areas live in their own files. */
export const id = {
  ...core,
  ...keyMessages,
  ...content,
  ...agencies,
  ...agenda,
  ...consoleChat,
  ...workspace,
}
