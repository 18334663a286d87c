import { agencies } from './agencies.js'
import { agenda } from './agenda.js'
import { amplification } from './amplification.js'
import { brief } from './brief.js'
import { calendar } from './calendar.js'
import { consoleChat } from './console.js'
import { content } from './content.js'
import { core } from './core.js'
import { coverageClashes } from './coverage-clashes.js'
import { days } from './days.js'
import { issues } from './issues.js'
import { keyMessages } from './key-messages.js'
import { leadershipReport } from './leadership-report.js'
import { picture } from './picture.js'
import { recurrence } from './recurrence.js'
import { reports } from './reports.js'
import { scheduler } from './scheduler.js'
import { telegram } from './telegram.js'
import { web } from './web.js'
import { whatsapp } from './whatsapp.js'
import { workspace } from './workspace.js'

/** The Indonesian catalog: every user-facing text of Sinergi. Areas live in their own files. */
export const id = {
  ...core,
  ...agenda,
  ...recurrence,
  ...content,
  ...keyMessages,
  ...brief,
  ...calendar,
  ...picture,
  ...reports,
  ...leadershipReport,
  ...amplification,
  ...issues,
  ...consoleChat,
  ...workspace,
  ...agencies,
  ...scheduler,
  ...telegram,
  ...web,
  ...whatsapp,
  ...days,
  ...coverageClashes,
}
