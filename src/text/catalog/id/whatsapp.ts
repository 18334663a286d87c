// WhatsApp: the bot introducing itself when it is added to a group.
export const whatsapp = {
  'whatsapp.intro':
    'Halo, saya *Sinergi*: kalender redaksi bersama forum Bakohumas, langsung di grup ini.\nAdmin grup: ketik */aktifkan Nama Forum* untuk forum baru, atau */hubungkan KODE* untuk forum yang sudah ada. Daftar perintah: */bantuan*',
  'whatsapp.intro_linked':
    'Sinergi aktif lagi di grup ini untuk forum *{forum}*. Daftar perintah: */bantuan*',
}
