import type { CommandDefinition } from '../src/chat/command.js'
import agenda from './agenda.js'
import aktifkan from './aktifkan.js'
import ambilalih from './ambilalih.js'
import bahasa from './bahasa.js'
import bantuan from './bantuan.js'
import forum from './forum.js'
import hubungkan from './hubungkan.js'
import kode from './kode.js'
import putuskan from './putuskan.js'
import zona from './zona.js'

/** Every chat command, in the order /bantuan lists them. */
export const commands: readonly CommandDefinition[] = [
  bantuan,
  aktifkan,
  kode,
  hubungkan,
  putuskan,
  ambilalih,
  forum,
  zona,
  bahasa,
  agenda,
]
