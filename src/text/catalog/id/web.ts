// The web surfaces (SPEC §4): /kalender web and feed addresses in chat, the read-only calendar page,
// its error pages, and the WhatsApp link page for the operator.
export const web = {
  'usage.kalender.web': '/kalender web\n/kalender web baru',
  'web.link':
    'Kalender web {name} (hanya-baca):\n{url}\nBerlaku sampai {until}. Tautan baru: */kalender web*.',
  'web.link_drafts': '_Tautan koordinator: draf yang belum disetujui ikut tampil. Jangan dibagikan._',
  'web.link_drafts_hint':
    '_Tautan ini tanpa draf. Untuk tautan yang juga menampilkan draf, kirim */kalender web* di chat pribadi dengan Sinergi._',
  'web.feed_url':
    'Langganan otomatis (Google Calendar: *Tambahkan kalender → Dari URL*; Outlook: *Berlangganan dari web*):\n{url}\n_Alamat ini rahasia: siapa pun yang memilikinya bisa melihat kalender. Koordinator dapat menggantinya dengan /kalender ics baru._',
  'web.feed_empty':
    'Belum ada agenda maupun konten yang disetujui. Langganan di bawah bisa dipasang sekarang dan akan terisi sendiri.',
  'web.feeds_renewed':
    'Alamat langganan kalender yang lama ({count}) sudah dicabut: kalender yang berlangganan lewat alamat itu tidak diperbarui lagi.',
  'web.links_renewed':
    'Semua tautan kalender web yang lama sudah dicabut: yang membukanya akan mendapat halaman tidak ditemukan.',
  'web.feeds_renewed_url': 'Alamat baru untuk seluruh forum:\n{url}',

  'web.page.title': 'Kalender {name}',
  'web.page.subtitle': 'Kalender bersama, hanya-baca. Semua waktu dalam {zone} ({iana}).',
  'web.page.drafts_shown': 'Tautan koordinator: draf yang belum disetujui ikut ditampilkan.',
  'web.page.expires': 'Tautan ini berlaku sampai {until}.',
  'web.page.views': 'Tampilan',
  'web.page.view_week': 'Pekan',
  'web.page.view_month': 'Bulan',
  'web.page.prev_week': '‹ Pekan sebelumnya',
  'web.page.next_week': 'Pekan berikutnya ›',
  'web.page.this_week': 'Pekan ini',
  'web.page.prev_month': '‹ Bulan sebelumnya',
  'web.page.next_month': 'Bulan berikutnya ›',
  'web.page.this_month': 'Bulan ini',
  'web.page.agency': 'Instansi',
  'web.page.all_agencies': 'Semua instansi',
  'web.page.apply': 'Terapkan',
  'web.page.filtered': 'Hanya {code} — {name}.',
  'web.page.nothing_day': 'Tidak ada kegiatan.',
  'web.page.nothing_period': 'Tidak ada agenda maupun konten pada {period}.',
  'web.page.counts': '{agenda} agenda, {content} konten.',
  'web.page.today': 'hari ini',
  'web.page.kind_agenda': 'Agenda',
  'web.page.kind_content': 'Konten',
  'web.page.all_day': 'seharian',
  'web.page.legend': 'Keterangan warna',
  'web.page.field.date': 'Tanggal',
  'web.page.field.time': 'Waktu',
  'web.page.field.place': 'Tempat',
  'web.page.field.agency': 'Instansi',
  'web.page.field.coverage': 'Liputan',
  'web.page.field.notes': 'Keterangan',
  'web.page.field.status': 'Status',
  'web.page.field.reason': 'Alasan batal',
  'web.page.field.number': 'Nomor',
  'web.page.field.planned': 'Rencana tayang',
  'web.page.field.platforms': 'Platform',
  'web.page.field.hashtags': 'Tagar',
  'web.page.field.links': 'Tautan terbit',
  'web.page.field.key_message': 'Pesan kunci',
  'web.page.field.body': 'Naskah',
  'web.page.coverage_yes': 'ya, perlu liputan',
  'web.page.coverage_no': 'tidak',
  'web.page.in_chat': 'Di chat: {command}',

  'web.error.not_found_title': 'Halaman tidak ditemukan',
  'web.error.not_found':
    'Alamat ini tidak dikenal atau sudah dicabut. Periksa tautannya, atau minta yang baru dengan /kalender web di grup Bakohumas Anda.',
  'web.error.expired_title': 'Tautan sudah kedaluwarsa',
  'web.error.expired':
    'Tautan kalender ini sudah tidak berlaku. Minta tautan baru dengan /kalender web di grup Bakohumas Anda.',

  'web.admin.title': 'Menautkan WhatsApp',
  'web.admin.state': 'Status',
  'web.admin.state.disabled': 'WhatsApp tidak diaktifkan di server ini (WHATSAPP\\_ENABLED).',
  'web.admin.state.connecting': 'menghubungkan…',
  'web.admin.state.waiting-for-qr-scan': 'menunggu kode QR dipindai',
  'web.admin.state.waiting-for-pairing-code': 'menunggu kode penautan dimasukkan di ponsel',
  'web.admin.state.pairing-code-refused':
    'WhatsApp menolak memberi kode penautan: periksa WHATSAPP_PAIRING_NUMBER (kode negara, hanya angka); akan diminta lagi sebentar lagi',
  'web.admin.state.open': 'tersambung',
  'web.admin.state.reconnecting': 'menyambung ulang…',
  'web.admin.state.standby': 'siaga: sesi WhatsApp dipegang instans lain',
  'web.admin.state.logged-out': 'keluar dari WhatsApp: perlu ditautkan ulang',
  'web.admin.state.version-refused':
    'WhatsApp menolak versi WhatsApp Web ini: isi WHATSAPP_WA_VERSION dengan versi terbaru lalu mulai ulang',
  'web.admin.scan':
    'Di ponsel yang nomornya dipakai Sinergi: WhatsApp → Perangkat tertaut → Tautkan perangkat, lalu pindai kode ini.',
  'web.admin.qr_alt': 'Kode QR untuk menautkan WhatsApp',
  'web.admin.pairing':
    'Di ponsel: WhatsApp → Perangkat tertaut → Tautkan perangkat → Tautkan dengan nomor telepon, lalu masukkan kode ini:',
  'web.admin.updated': 'Diperbarui {time}. Halaman ini memuat ulang sendiri.',
  'web.admin.unauthorized_title': 'Perlu token admin',
  'web.admin.unauthorized':
    'Buka halaman ini dengan ?token= diikuti ADMIN\\_TOKEN, atau kirim header Authorization: Bearer.',
  'web.admin.throttled_title': 'Terlalu banyak token salah',
  'web.admin.throttled': 'Coba lagi {seconds} detik lagi, dengan ADMIN\\_TOKEN yang benar.',
  'web.admin.logout': 'Keluar',
  'web.admin.logged_out_title': 'Sudah keluar',
  'web.admin.logged_out': 'Sesi admin diakhiri. Buka lagi dengan ?token= diikuti ADMIN\\_TOKEN.',
}
