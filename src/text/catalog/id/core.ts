// Messages of the dispatcher itself: errors shared by every command, refusals, help frames.
export const core = {
  'core.error.generic': 'Maaf, terjadi kesalahan di sisi Sinergi. Coba lagi sebentar lagi.',
  'core.private_unreachable':
    '{person}, Sinergi tidak bisa mengirim pesan pribadi kepada Anda di platform ini. Hubungi koordinator forum Anda.',
  'core.error.example': 'Contoh:',
  'core.error.bad_arguments': 'Perintah *{command}* belum lengkap atau keliru.',
  'core.error.item_number': 'Nomor item harus angka, misalnya *12* atau *#12*.',
  'core.error.text_required': 'Teksnya masih kosong.',
  'core.error.too_long': 'Teksnya terlalu panjang.',
  'core.form.typo': '`{written}`? Maksud Anda `{suggestion}`? Belum ada yang disimpan.',
  'core.form.typos':
    '{count} kunci salah ketik: {list}. Perbaiki semuanya lalu kirim ulang; belum ada yang disimpan.',
  'core.form.duplicate': 'Kunci *{key}* ditulis dua kali. Belum ada yang disimpan.',
  'core.unknown_command': 'Perintah */{written}* tidak dikenal.',
  'core.unknown_command_suggest': 'Perintah */{written}* tidak dikenal. Maksud Anda */{suggestion}*?',
  'core.unknown_command_help': 'Ketik */bantuan* untuk daftar perintah.',
  'core.age.minutes': '{n} menit',
  'core.age.hours': '{n} jam',
  'core.late_done': '_(Perintah ini diterima terlambat, {age}, dan tetap dijalankan.)_',
  'core.late_refused':
    'Perintah */{command}* baru sampai setelah lebih dari 24 jam, jadi tidak dijalankan. Kirim ulang bila masih perlu.',
  'core.denied.coordinator': 'Perintah ini hanya untuk koordinator forum.',
  'core.denied.admin': 'Perintah ini hanya untuk admin instansi atau koordinator.',
  'core.denied.agency':
    'Anda belum tergabung di instansi mana pun. Gabung dulu dengan */gabung KODE*, misalnya */gabung DINKES*.',
  'core.denied.member':
    'Perintah ini hanya untuk anggota instansi di forum ini. Gabung dulu dengan */gabung KODE*.',
  'core.denied.group_admin': 'Perintah ini hanya untuk admin grup ini.',
  'core.denied.group_only': 'Perintah ini hanya bisa dipakai di grup.',
  'core.denied.private_only': 'Perintah ini hanya bisa dipakai di chat pribadi dengan Sinergi.',
  'core.no_workspace.group':
    'Grup ini belum terhubung ke forum. Admin grup dapat mengetik */aktifkan Nama Forum* atau */hubungkan KODE*.',
  'core.no_workspace.private':
    'Anda belum tergabung di forum mana pun. Ketik perintah di grup forum Anda, atau minta koordinator menambahkan Anda.',
  'core.choose_workspace': 'Anda tergabung di beberapa forum. Pilih dulu dengan */forum Nama Forum*:',
}
