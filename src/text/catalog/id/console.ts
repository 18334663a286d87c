// The local chat console (SPEC §5): its own help and status lines.
export const consoleChat = {
  'console.welcome':
    'Konsol Sinergi — chat lokal tanpa Telegram/WhatsApp.\nKetik perintah seperti di grup (/bantuan). Tempel undangan beberapa baris sekaligus.\nPerintah konsol: :as <nama> (ganti orang), :grup <nomor/nama> (ganti grup), :pribadi (chat pribadi dengan bot), :admin (jadikan orang ini admin grup), > teks (membalas pesan terakhir Sinergi), :siapa (posisi sekarang), :keluar (selesai).',
  'console.help':
    'Perintah konsol: :as <nama>, :grup <nomor/nama>, :pribadi, :admin, > balasan, :siapa, :keluar',
  'console.name_needed': 'Tulis namanya, misalnya :as Sari',
  'console.now_person': 'Sekarang Anda {name}.',
  'console.now_group': 'Sekarang di {title}.',
  'console.now_private': 'Sekarang di chat pribadi {name} dengan Sinergi.',
  'console.private_title': 'pribadi {name}',
  'console.group_title': 'Grup {name}',
  'console.group_needed': 'Pindah ke grup dulu (:grup 1).',
  'console.now_admin': '{name} sekarang admin {title}.',
  'console.where': '{name} di {title}.',
  'console.starting': 'Sinergi memulai… (memuat program dan membuka database)',
  'console.ready': 'Sinergi siap ({seconds} dtk).',
  'console.file_saved': '📎 {file} → {path}',
}
