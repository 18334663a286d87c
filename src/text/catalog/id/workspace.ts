// Forum set-up: activating, linking groups, takeover, choosing a forum, zone and language; and /bantuan.
export const workspace = {
  'help.bantuan.summary': 'Daftar perintah, atau bantuan rinci satu perintah',
  'help.bantuan.details':
    '*/bantuan* — perintah yang bisa Anda pakai.\n*/bantuan agenda* — penjelasan dan contoh satu perintah.',
  'usage.bantuan': '/bantuan\n/bantuan agenda',
  'help.title': '*Perintah Sinergi* untuk Anda:',
  'help.footer': 'Ketik */bantuan nama-perintah* untuk contoh, misalnya */bantuan agenda*.',
  'help.unknown': 'Tidak ada perintah */{name}*.',
  'help.aliases': 'Nama lain: {aliases}',

  'help.aktifkan.summary': 'Aktifkan Sinergi di grup ini sebagai forum baru',
  'help.aktifkan.details':
    'Admin grup mengetik */aktifkan Nama Forum* di grup yang belum terhubung. Sinergi membuat forum baru, menghubungkan grup ini, dan menjadikan Anda koordinator.',
  'usage.aktifkan': '/aktifkan Bakohumas Kabupaten Wonosobo',
  'workspace.name_required': 'Tulis nama forumnya (2–120 huruf).',
  'workspace.activated':
    'Forum *{name}* aktif di grup ini. Anda koordinatornya.\nZona waktu: {zone}. Ubah dengan */zona WITA* bila perlu.\nLangkah berikut: tambah instansi, misalnya */instansi tambah DINKES Dinas Kesehatan opd*, lalu minta humas tiap instansi mengetik */gabung DINKES*.',
  'workspace.already_linked':
    'Grup ini sudah terhubung ke sebuah forum. Putuskan dulu dengan */putuskan* bila ingin memindahkannya.',

  'help.kode.summary': 'Kode sekali pakai untuk menghubungkan grup lain ke forum ini',
  'help.kode.details':
    'Koordinator mengetik */kode*. Kodenya dikirim lewat chat pribadi dan berlaku 24 jam. Di grup lain (WhatsApp atau Telegram), admin grup mengetik */hubungkan KODE*.',
  'usage.kode': '/kode',
  'workspace.code':
    'Kode penghubung forum *{name}*: `{code}`\nBerlaku sampai {expires}. Di grup lain ketik: */hubungkan {code}*',
  'workspace.code_sent_privately': 'Kode penghubung sudah dikirim lewat chat pribadi.',

  'help.hubungkan.summary': 'Hubungkan grup ini ke forum yang sudah ada',
  'help.hubungkan.details': 'Admin grup mengetik */hubungkan KODE* dengan kode dari koordinator (*/kode*).',
  'usage.hubungkan': '/hubungkan ABCD-EFGH',
  'workspace.code_required': 'Tulis kode penghubung dari koordinator.',
  'workspace.code_invalid':
    'Kode itu tidak dikenal atau sudah dipakai. Minta kode baru ke koordinator (*/kode*).',
  'workspace.code_expired':
    'Kode itu sudah kedaluwarsa (berlaku 24 jam). Minta kode baru ke koordinator (*/kode*).',
  'workspace.linked':
    'Grup ini sekarang terhubung ke forum *{name}*. Semua grup forum ini melihat kalender yang sama.',

  'help.putuskan.summary': 'Putuskan grup ini dari forum',
  'help.putuskan.details':
    'Koordinator mengetik */putuskan* di grup. Riwayat agenda dan konten tetap tersimpan di forum.',
  'usage.putuskan': '/putuskan',
  'workspace.unlinked':
    'Grup ini tidak lagi terhubung ke forum *{name}*. Riwayatnya tetap tersimpan di forum.',

  'help.ambilalih.summary': 'Ambil alih peran koordinator bila tidak ada koordinator di grup',
  'help.ambilalih.details':
    'Bila tidak ada koordinator forum di grup ini, admin grup dapat mengetik */ambilalih* untuk menjadi koordinator.',
  'usage.ambilalih': '/ambilalih',
  'workspace.takeover_refused':
    'Forum ini masih punya koordinator di grup ini ({names}). Minta mereka mengatur peran dengan */peran*.',
  'workspace.takeover_done': 'Anda sekarang koordinator forum *{name}*.',

  'help.forum.summary': 'Pilih forum untuk chat pribadi ini',
  'help.forum.details':
    'Bila Anda tergabung di beberapa forum, ketik */forum Nama Forum* di chat pribadi untuk memilih.',
  'usage.forum': '/forum Bakohumas Kabupaten Wonosobo',
  'workspace.forum_current': 'Forum aktif di chat ini: *{name}*.',
  'workspace.forum_none': 'Anda belum tergabung di forum mana pun.',
  'workspace.forum_list': 'Forum Anda:',
  'workspace.forum_not_found': 'Anda tidak tergabung di forum bernama "{name}".',
  'workspace.forum_ambiguous': 'Nama "{name}" cocok dengan beberapa forum. Tulis lebih lengkap.',
  'workspace.forum_chosen': 'Chat ini sekarang memakai forum *{name}*.',

  'help.zona.summary': 'Lihat atau ubah zona waktu forum',
  'help.zona.details':
    '*/zona* menampilkan zona waktu forum. Koordinator mengubahnya dengan */zona WIB*, */zona WITA*, */zona WIT* atau nama IANA seperti */zona Asia/Makassar*.',
  'usage.zona': '/zona WITA',
  'workspace.zone_current': 'Zona waktu forum: *{zone}* ({iana}).',
  'workspace.zone_invalid':
    'Zona "{zone}" tidak dikenal. Pakai WIB, WITA, WIT, atau nama IANA seperti Asia/Makassar.',
  'workspace.zone_changed':
    'Zona waktu forum sekarang *{zone}* ({iana}). Agenda sepanjang hari tidak bergeser; jam ditampilkan dalam zona baru.',

  'help.bahasa.summary': 'Lihat atau ubah bahasa Sinergi di forum ini',
  'help.bahasa.details':
    '*/bahasa* menampilkan bahasa forum. Koordinator mengubahnya dengan */bahasa id* atau */bahasa en*.',
  'usage.bahasa': '/bahasa en',
  'workspace.language_current': 'Bahasa forum: *{language}*.',
  'workspace.language_invalid': 'Bahasa yang tersedia: *id* (Indonesia) dan *en* (English).',
  'workspace.language_changed': 'Bahasa forum sekarang *Bahasa Indonesia*.',
}
