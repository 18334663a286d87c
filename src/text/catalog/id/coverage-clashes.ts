// The coverage desk (/liput, `Liputan: ya`) and clash warnings (`Pimpinan:`, /kalender bentrok).
export const coverageClashes = {
  'help.liput.summary': 'Klaim liputan agenda bertanda Liputan: ya',
  'help.liput.details':
    '*/liput* — agenda 7 hari ke depan yang minta liputan dan belum ada peliputnya.\n' +
    '*/liput 12* — instansi Anda meliput agenda #12 (yang ditandai *Liputan: ya*).\n' +
    '*/liput batal 12* — lepaskan liputan itu (instansi peliput atau koordinator); agenda kembali "belum ada peliput".',
  'usage.liput': '/liput\n/liput 12\n/liput batal 12',
  'usage.liput.batal': '/liput batal 12',

  'agenda.line.covered': 'liputan: {agency}',
  'agenda.detail.covered': 'Liputan: ya, diliput {agency}',

  'coverage.claimed': 'Agenda *#{number}* diliput oleh *{agency}*. Lepaskan dengan */liput batal {number}*.',
  'coverage.released': 'Liputan agenda *#{number}* oleh *{agency}* dilepas: belum ada peliput lagi.',
  'coverage.list': '*Belum ada peliput* ({from} – {to}):',
  'coverage.list_hint': 'Klaim dengan */liput nomor*, misalnya */liput {number}*.',
  'coverage.list_empty': 'Semua agenda 7 hari ke depan yang minta liputan sudah ada peliputnya.',
  'coverage.error.no_agency':
    'Liputan diklaim atas nama instansi: gabung dulu, misalnya */gabung DISKOMINFO*.',
  'coverage.error.cancelled': 'Agenda *#{number}* sudah dibatalkan, jadi tidak perlu diliput.',
  'coverage.error.not_requested':
    'Agenda *#{number}* tidak minta liputan. Pemiliknya bisa menandainya: */agenda ubah {number} Liputan: ya*.',
  'coverage.error.already_yours': 'Agenda *#{number}* sudah diliput instansi Anda.',
  'coverage.error.taken':
    'Agenda *#{number}* sudah diliput oleh *{agency}*. Bila batal, {agency} atau koordinator melepasnya dengan */liput batal {number}*.',
  'coverage.error.not_claimed': 'Agenda *#{number}* belum ada peliputnya; klaim dengan */liput {number}*.',
  'coverage.error.not_yours':
    'Liputan agenda *#{number}* dipegang *{agency}*; hanya {agency} atau koordinator yang bisa melepasnya.',

  'brief.uncovered': '📣 Belum ada peliput: {numbers}. Klaim dengan */liput {number}*.',
  'scheduler.coverage_day_before': '📣 *Besok belum ada peliput* ({date}):',
  'scheduler.coverage_day_before_hint': 'Klaim dengan */liput nomor*, misalnya */liput {number}*.',

  'agenda.detail.officials': 'Pimpinan: {officials}',
  'clash.error.officials_unknown':
    'Pimpinan "{value}" tidak dikenal. Tulis pejabat yang hadir, misalnya *Pimpinan: Bupati* atau *Pimpinan: Wakil Bupati, Sekda* (juga Wali Kota, Gubernur, Ketua DPRD, Kapolres, Dandim, Kajari).',
  'clash.warning': '⚠️ *Bentrok* dengan agenda instansi lain pada waktu yang sama (agenda tetap tercatat):',
  'clash.warning_series':
    '⚠️ *Bentrok* dengan agenda instansi lain pada jadwal berikut (diperiksa sampai {until}; agenda tetap tercatat):',
  'clash.also': 'juga {days}',
  'clash.also_more': 'juga {days} dan {count} tanggal lainnya',
  'clash.reason.place': 'tempat sama',
  'clash.reason.officials': '{officials} hadir di keduanya',
  'clash.warning_hint': 'Koordinasikan dengan instansi itu, atau pindahkan: */agenda ubah {number} Waktu: …*',

  'usage.kalender.bentrok': '/kalender bentrok\n/kalender bentrok minggu depan\n/kalender bentrok bulan ini',
  'calendar.clashes': '*Bentrok {period}* ({count}):',
  'calendar.clashes_none':
    'Tidak ada bentrok {period}: tidak ada agenda instansi berbeda di tempat yang sama, atau dengan pejabat yang sama, pada waktu yang sama.',
  'calendar.clashes_more':
    '… dan {count} bentrok lainnya. Persempit periodenya, misalnya */kalender bentrok besok*.',
  'calendar.clashes_hint': 'Rincian: */agenda nomor*, misalnya */agenda {number}*.',
  'web.page.covered': 'ya, diliput {agency}',
}
