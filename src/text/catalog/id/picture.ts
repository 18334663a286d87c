// Pictures: the calendar as an image (/kalender gambar) and the Monday brief's week image.
export const picture = {
  'usage.kalender.gambar': '/kalender gambar\n/kalender gambar minggu depan\n/kalender gambar Februari',
  'picture.caption': 'Kalender {period} — {name}',
  'picture.zone': 'Waktu {zone}',
  'picture.today': 'Hari ini',
  'picture.all_day': 'Sepanjang hari',
  'picture.nothing': 'Tidak ada kegiatan',
  'picture.coverage': 'Perlu liputan',
  'picture.content': 'Konten',
  'picture.day_more': '+{count} lainnya: /kalender {day}',
  'picture.days_more': '+{count} hari lainnya tidak muat di gambar ini: /kalender {period}',
  'picture.totals': '{agenda} agenda · {content} konten',
  'picture.pending': '{count} draf menunggu tinjauan (tidak ditampilkan di grup)',
  'picture.made': 'Sinergi · {when}',
  'picture.period_too_long':
    'Gambar kalender memuat satu hari, satu pekan, atau satu bulan. Contoh: */kalender gambar minggu depan* atau */kalender gambar Februari*.',
}
