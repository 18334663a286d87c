import type { CommandDefinition } from '../src/chat/command.js'
import agenda from './agenda.js'
import aktifkan from './aktifkan.js'
import ambilalih from './ambilalih.js'
import bahasa from './bahasa.js'
import bantuan from './bantuan.js'
import brief from './brief.js'
import ekspor from './ekspor.js'
import forum from './forum.js'
import gabung from './gabung.js'
import hari from './hari.js'
import hubungkan from './hubungkan.js'
import ingatkan from './ingatkan.js'
import instansi from './instansi.js'
import isu from './isu.js'
import kalender from './kalender.js'
import keluar from './keluar.js'
import keluarkan from './keluarkan.js'
import kode from './kode.js'
import konten from './konten.js'
import lapor from './lapor.js'
import laporan from './laporan.js'
import liput from './liput.js'
import narasi from './narasi.js'
import pengingat from './pengingat.js'
import peran from './peran.js'
import putuskan from './putuskan.js'
import rekap from './rekap.js'
import revisi from './revisi.js'
import sebar from './sebar.js'
import setujui from './setujui.js'
import terbit from './terbit.js'
import tolak from './tolak.js'
import zona from './zona.js'

/** Every chat command, in the order /bantuan lists them. */
export const commands: readonly CommandDefinition[] = [
  // Daily use first: this is the order /bantuan lists them in.
  bantuan,
  agenda,
  konten,
  kalender,
  narasi,
  hari,
  brief,
  ingatkan,
  setujui,
  revisi,
  tolak,
  terbit,
  sebar,
  lapor,
  liput,
  isu,
  instansi,
  gabung,
  keluar,
  keluarkan,
  peran,
  rekap,
  laporan,
  ekspor,
  pengingat,
  zona,
  bahasa,
  aktifkan,
  kode,
  hubungkan,
  putuskan,
  ambilalih,
  forum,
]
