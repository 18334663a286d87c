// Telegram: the bot introducing itself in a group, private-chat hints, and the review buttons.
export const telegram = {
  'telegram.intro':
    'Halo, saya *Sinergi*: kalender redaksi bersama forum Bakohumas, langsung di grup ini.\nAdmin grup: ketik */aktifkan@{bot} Nama Forum* untuk forum baru, atau */hubungkan@{bot} KODE* untuk forum yang sudah ada. Daftar perintah: */bantuan@{bot}*',
  'telegram.intro_linked':
    'Sinergi aktif lagi di grup ini untuk forum *{forum}*. Daftar perintah: */bantuan@{bot}*',
  'telegram.private_first':
    '{person}, Sinergi belum bisa mengirim pesan pribadi kepada Anda. Buka {link}, tekan *Mulai*, lalu ulangi perintahnya di sini.',
  'telegram.anonymous_admin':
    'Sinergi perlu tahu siapa pengirimnya: matikan *Tetap anonim* di hak admin Anda, lalu kirim ulang perintahnya.',
  'telegram.button.done': '#{number}: {status}',
  'telegram.button.working': 'Sedang diproses…',
  'telegram.button.asked': 'Balas pertanyaan Sinergi di grup dengan catatannya.',
  'telegram.button.expired': 'Tombol ini sudah tidak berlaku. Ketik perintahnya, misalnya /konten.',
  'telegram.review.status_line': 'Status: {status} — {name}',
  // Buttons under a submitted draft (shown where the platform has buttons).
  'review.button.approve': 'Setujui',
  'review.button.revise': 'Revisi',
  'review.button.reject': 'Tolak',
}
