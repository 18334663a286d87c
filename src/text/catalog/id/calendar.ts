// The calendar (/kalender: text views and the .ics file), and date/time reading errors shared by
// the commands that read a period or a time (/kalender, /rekap, /ekspor, /ingatkan).
export const calendar = {
  'calendar.when.missing': 'Tanggal atau waktunya belum ditulis.',
  'calendar.when.invalid_date': 'Tanggal *{part}* tidak ada di kalender.',
  'calendar.when.invalid_time': 'Jam *{part}* tidak mungkin.',
  'calendar.when.weekday_mismatch': '*{part}* jatuh pada hari {weekday}. Periksa lagi hari atau tanggalnya.',
  'calendar.when.not_understood': 'Bagian *{part}* tidak bisa dibaca sebagai tanggal, jam, atau periode.',
  'calendar.when.hour_missing': 'Jamnya belum ada pada *{part}*: tulis jamnya juga, misalnya *besok 08.00*.',
  'calendar.when.day_part_mismatch':
    'Jam *{part}* tidak cocok dengan bagian harinya. Tulis misalnya *jam 4 sore* atau *16.00*.',
  'calendar.when.approximate_time': 'Jam *{part}* belum pasti: tulis jam yang tepat, misalnya *09.00*.',
  'calendar.when.misplaced_time':
    'Jam *{part}* ada di tengah pesan: tulis waktunya di depan, misalnya */ingatkan besok 09.00 Kirim laporan*.',

  'help.kalender.summary': 'Kalender bersama: agenda dan konten per hari, atau file .ics',
  'help.kalender.details':
    '*/kalender* — pekan ini (Sabtu dan Minggu: pekan depan).\n*/kalender minggu depan*, */kalender bulan ini*, */kalender {ex_month}*, */kalender {ex_month_year}*, */kalender 12/1*.\n*/kalender ics* — file kalender (.ics) berisi agenda dan konten yang sudah disetujui, untuk dibuka di Google Calendar atau Outlook, beserta alamat langganan otomatisnya; */kalender ics DINKES* — hanya satu instansi; */kalender ics baru* (koordinator) — cabut alamat langganan lama dan buat yang baru.\n*/kalender gambar* — kalender pekan ini sebagai gambar untuk diteruskan; */kalender gambar minggu depan*, */kalender gambar Februari*.\n*/kalender web* — tautan sementara ke kalender web (tampilan pekan dan bulan, saring per instansi); */kalender web baru* (koordinator) — cabut semua tautan web yang lama.\n*/kalender bentrok* — agenda instansi berbeda di tempat yang sama, atau dengan pejabat yang sama (Pimpinan), pada waktu yang sama; juga */kalender bentrok minggu depan*.',
  'usage.kalender': '/kalender\n/kalender minggu depan\n/kalender Februari',
  'usage.kalender.ics': '/kalender ics\n/kalender ics DINKES\n/kalender ics baru',
  'calendar.title': '*Kalender {period}*',
  'calendar.empty': 'Tidak ada agenda maupun konten pada {period}.',
  'calendar.week_this': 'pekan ini, {period}',
  'calendar.week_next': 'pekan depan, {period}',
  'calendar.weekend_hint':
    '_Sudah akhir pekan, jadi yang tampil pekan depan. Pekan ini: */kalender minggu ini*._',
  'calendar.day': '*{date}*',
  'calendar.day_summary': '*{date}*: {summary}',
  'calendar.count.agenda': '{count} agenda',
  'calendar.count.content': '{count} konten',
  'calendar.day_more': '… dan {count} lainnya di hari ini (*/kalender {day}*).',
  'calendar.days_more':
    '… dan {count} hari lain dengan kegiatan. Pilih periode yang lebih pendek, misalnya */kalender minggu ini*.',
  'calendar.summarised': '_Sebagian hari diringkas. Lihat satu hari dengan */kalender {example}*._',
  'calendar.totals': '_{agenda} agenda, {content} konten. Hari tanpa kegiatan tidak ditampilkan._',
  'calendar.content_prefix': 'Konten',
  'calendar.ics_name': 'Agenda {name}',
  'calendar.ics_name_agency': 'Agenda {name} — {code}',
  'calendar.ics_done':
    'File kalender {name}: {agenda} agenda dan {content} konten (yang sudah disetujui atau terbit).\nBuka file ini di Google Calendar atau Outlook (Impor). Mengimpor ulang memperbarui acara yang sama, tidak menggandakannya.',
  'calendar.ics_empty': 'Belum ada agenda maupun konten yang disetujui untuk dimasukkan ke file kalender.',
  'calendar.ics_agency': 'Instansi: {code} — {name}',
  'calendar.ics_coverage': 'Perlu liputan.',
  'calendar.ics_covered': 'Perlu liputan: diliput {code}.',
  'calendar.ics_notes': 'Keterangan: {notes}',
  'calendar.ics_cancelled': 'Dibatalkan.',
  'calendar.ics_cancel_reason': 'Dibatalkan: {reason}',
  'calendar.ics_content_summary': 'Konten: {title}',
  'calendar.ics_platforms': 'Platform: {platforms}',
  'calendar.ics_status': 'Status: {status}',
  'calendar.ics_links': 'Tautan: {links}',
  'calendar.ics_number': 'Nomor Sinergi: #{number}',
}
