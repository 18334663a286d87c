// Agencies and membership: /instansi, /gabung, /keluar, /keluarkan, /peran, /pengingat; naming people.
export const agencies = {
  'help.instansi.summary': 'Daftar instansi dan jumlah anggotanya',
  'help.instansi.details':
    '*/instansi* — daftar instansi forum ini dengan jumlah anggota (*/instansi 2* untuk halaman berikutnya).\n*/instansi DINKES* — anggota satu instansi.\nKoordinator:\n*/instansi tambah DINKES Dinas Kesehatan opd* — tambah instansi. Jenis: opd, vertikal, bumn, bumd, lainnya (bawaan: lainnya).\n*/instansi hapus DINKES* — arsipkan instansi; agenda dan kontennya tetap tersimpan, anggotanya dilepas. Tambahkan lagi kodenya untuk memulihkan.',
  'usage.instansi': '/instansi\n/instansi DINKES\n/instansi tambah DINKES Dinas Kesehatan opd',
  'usage.instansi.tambah':
    '/instansi tambah DINKES Dinas Kesehatan opd\n/instansi tambah POLRES Kepolisian Resor Wonosobo vertikal',
  'usage.instansi.hapus': '/instansi hapus DINKES',

  'agency.kind.opd': 'OPD',
  'agency.kind.vertikal': 'Vertikal',
  'agency.kind.bumn': 'BUMN',
  'agency.kind.bumd': 'BUMD',
  'agency.kind.lainnya': 'Lainnya',
  'agency.list_title': '*Instansi {forum}* ({total}):',
  'agency.list_item': '*{code}* — {name} ({kind}) · {members} orang',
  'agency.list_next': 'Halaman {page} dari {pages}. Berikutnya: */instansi {next}*',
  'agency.list_page': 'Halaman {page} dari {pages}.',
  'agency.list_archived': '{count} instansi yang diarsipkan tidak ditampilkan.',
  'agency.list_footer': 'Gabung ke instansi Anda dengan */gabung KODE*, misalnya */gabung {code}*.',
  'agency.list_empty':
    'Forum ini belum punya instansi. Koordinator menambahkannya, misalnya */instansi tambah DINKES Dinas Kesehatan opd*.',
  'agency.page_out_of_range': 'Daftar instansi hanya {pages} halaman.',
  'agency.detail_title': '*{code}* — {name} ({kind})',
  'agency.detail_members': 'Anggota ({total}):',
  'agency.detail_member': '{name} · {role}',
  'agency.detail_more': '… dan {count} orang lainnya.',
  'agency.detail_empty': 'Belum ada anggota. Humas instansi ini bisa mengetik */gabung {code}*.',
  'agency.detail_archived':
    'Instansi *{code}* — {name} sudah diarsipkan. Koordinator dapat memulihkannya dengan */instansi tambah {code} {name}*.',

  'agency.code_required': 'Tulis kode instansinya, misalnya *DINKES*.',
  'agency.code_invalid':
    'Kode "{code}" tidak bisa dipakai: kode diawali huruf, lalu huruf, angka atau tanda -, panjang 2–20, misalnya *DINKES* atau *POLRES-WSB*.',
  'agency.name_required':
    'Tulis nama lengkap instansinya setelah kode, misalnya */instansi tambah {code} Dinas Kesehatan opd*.',
  'agency.name_length': 'Nama instansi harus 2–160 karakter.',
  'agency.kind_invalid': 'Jenis "{kind}" tidak dikenal. Pilih opd, vertikal, bumn, bumd atau lainnya.',
  'agency.form_unknown':
    'Kunci *{key}* tidak dipakai untuk instansi; yang dipakai: Kode, Nama, Jenis. Belum ada yang disimpan.',
  'agency.exists': 'Instansi *{code}* sudah ada: {name}.',
  'agency.added':
    'Instansi ditambahkan: *{code}* — {name} ({kind}).\nHumas instansi ini bergabung dengan */gabung {code}*.\nSalah nama atau jenis? */instansi hapus {code}* lalu tambahkan lagi dengan data yang benar.',
  'agency.restored': 'Instansi *{code}* dipulihkan dari arsip: {name} ({kind}).',
  'agency.rejoined': '{count} orang yang tergabung saat diarsipkan kembali menjadi anggotanya.',
  'agency.archived_done': 'Instansi *{code}* — {name} diarsipkan. Agenda dan kontennya tetap tersimpan.',
  'agency.released':
    '{count} orang dilepas dari instansi ini (koordinator tetap koordinator); mereka bisa */gabung* ke instansi lain.',
  'agency.archive_undo': 'Keliru? Pulihkan dengan */instansi tambah {code} {name}*; anggotanya ikut kembali.',
  'agency.not_found': 'Instansi *{code}* tidak ada di forum ini. Lihat daftarnya dengan */instansi*.',
  'agency.not_found_suggest': 'Instansi *{code}* tidak ada di forum ini. Maksud Anda *{suggestion}*?',
  'agency.already_archived': 'Instansi *{code}* sudah diarsipkan sebelumnya.',
  'agency.archived':
    'Instansi *{code}* sudah diarsipkan, jadi tidak bisa bergabung ke sana. Lihat instansi yang aktif dengan */instansi*.',

  'help.gabung.summary': 'Bergabung ke instansi Anda',
  'help.gabung.details':
    'Ketik */gabung KODE* di grup forum, misalnya */gabung DINKES*. Kode instansi ada di */instansi*.\nSatu orang hanya di satu instansi per forum: bergabung ke instansi lain memindahkan Anda. Admin instansi dan koordinator diberi tahu.',
  'usage.gabung': '/gabung DINKES',
  'membership.join_code_required':
    'Tulis kode instansi Anda, misalnya */gabung DINKES*. Daftar kodenya: */instansi*.',
  'membership.joined': '{person} sekarang anggota *{code}* — {name}.',
  'membership.joined_coordinator':
    '{person} tetap koordinator forum dan sekarang juga tergabung di *{code}* — {name}.',
  'membership.moved': 'Pindah dari *{previous}*: satu orang hanya di satu instansi per forum.',
  'membership.moved_admin':
    'Pindah dari *{previous}* (di sana sebagai admin): satu orang hanya di satu instansi per forum.',
  'membership.told': 'Untuk diketahui: {people}',
  'membership.join_next':
    'Tambah agenda dengan */agenda tambah*. Salah instansi? */keluar* atau */gabung KODE-lain*.',
  'membership.already_in': 'Anda sudah tergabung di *{code}* — {name}.',

  'help.keluar.summary': 'Keluar dari instansi Anda',
  'help.keluar.details':
    'Ketik */keluar* untuk keluar dari instansi Anda. Koordinator yang keluar dari instansinya tetap koordinator; koordinator terakhir tidak bisa melepas perannya.',
  'usage.keluar': '/keluar',
  'membership.leave_none': 'Anda belum tergabung di instansi mana pun, jadi tidak ada yang ditinggalkan.',
  'membership.left': 'Anda keluar dari *{code}* — {name}. Gabung lagi kapan saja dengan */gabung KODE*.',
  'membership.left_coordinator': 'Anda keluar dari *{code}* — {name} dan tetap koordinator forum.',
  'membership.stepped_down':
    'Anda tidak lagi koordinator forum ini. Koordinator lain dapat mengembalikan peran Anda dengan */peran @nama koordinator*.',
  'membership.last_coordinator_leave':
    'Anda satu-satunya koordinator forum ini, jadi belum bisa melepas peran. Tunjuk koordinator lain dulu dengan */peran @nama koordinator*.',

  'help.keluarkan.summary': 'Keluarkan seseorang dari instansi',
  'help.keluarkan.details':
    'Sebut orangnya dengan @mention, balas pesannya, atau tulis nama penggunanya: */keluarkan @budi*.\nAdmin instansi mengeluarkan anggota instansinya sendiri; koordinator siapa saja.',
  'usage.keluarkan': '/keluarkan @budi',
  'membership.not_in_agency': '{name} tidak tergabung di instansi mana pun.',
  'membership.remove_other_agency':
    '{name} tergabung di *{code}*, bukan di instansi Anda (*{own}*). Hanya koordinator yang bisa mengeluarkannya.',
  'membership.remove_coordinator':
    '{name} adalah koordinator forum; hanya koordinator yang bisa mengeluarkannya dari instansi.',
  'membership.removed': '{person} dikeluarkan dari *{code}* — {name}.',
  'membership.removed_coordinator':
    '{person} dikeluarkan dari *{code}* — {name} dan tetap koordinator forum.',
  'membership.removed_undo': 'Bila keliru, ia bisa bergabung lagi dengan */gabung {code}*.',

  'help.peran.summary': 'Atur peran: koordinator, admin, anggota',
  'help.peran.details':
    'Koordinator mengetik */peran @budi admin* (atau membalas pesan orangnya dengan */peran admin*). Peran: *koordinator* (mengatur forum), *admin* (admin instansi: boleh mengeluarkan anggota instansinya), *anggota*.\nAdmin dan anggota harus sudah tergabung di instansi (*/gabung KODE*). Koordinator terakhir tidak bisa diturunkan.',
  'usage.peran': '/peran @budi admin\n/peran @sari koordinator',
  'membership.role.koordinator': 'koordinator',
  'membership.role.admin': 'admin',
  'membership.role.anggota': 'anggota',
  'membership.role_missing': 'Tulis perannya: *koordinator*, *admin* atau *anggota*.',
  'membership.role_invalid': 'Peran "{role}" tidak dikenal. Pilih *koordinator*, *admin* atau *anggota*.',
  'membership.role_needs_agency':
    '{name} belum tergabung di instansi. Minta ia bergabung dulu dengan */gabung KODE*, lalu ulangi.',
  'membership.last_coordinator_demote':
    '{name} adalah satu-satunya koordinator forum ini. Tunjuk koordinator lain dulu dengan */peran @nama koordinator*.',
  'membership.role_set_coordinator': '{person} sekarang *koordinator* forum {forum}.',
  'membership.role_set_admin': '{person} sekarang *admin* instansi *{code}* — {name}.',
  'membership.role_set_member': '{person} sekarang *anggota* instansi *{code}* — {name}.',
  'membership.role_agency_kept': 'Tetap tergabung di *{code}* — {name}.',
  'membership.role_was': 'Sebelumnya: {role}.',
  'membership.role_unchanged': '{person} memang sudah {role}.',

  'person.missing': 'Sebut orangnya: @mention, balas pesannya, atau tulis nama penggunanya.',
  'person.several_mentions': 'Sebut satu orang saja.',
  'person.not_found':
    'Sinergi belum mengenal "{name}" di forum ini. Sebut dengan @mention atau balas pesannya.',
  'person.ambiguous':
    'Ada {count} orang yang cocok dengan "{name}". Sebut dengan @mention atau balas pesannya.',

  'help.pengingat.summary': 'Lihat atau atur waktu pengingat agenda',
  'help.pengingat.details':
    '*/pengingat* menampilkan kapan agenda diingatkan. Koordinator mengaturnya:\n*/pengingat agenda H-1 16.00* — sehari sebelumnya pukul 16.00.\n*/pengingat agenda 60 menit* — sebelum acara mulai (5 menit sampai 24 jam; boleh *2 jam*).\n*/pengingat agenda H-1 mati*, */pengingat agenda menit mati* — matikan satu; *hidup* menyalakannya lagi.',
  'usage.pengingat': '/pengingat agenda H-1 16.00\n/pengingat agenda 60 menit\n/pengingat agenda H-1 mati',
  'offsets.title': '*Pengingat agenda* forum ini:',
  'offsets.day_before_on': 'Sehari sebelumnya (H-1) pukul {time}',
  'offsets.day_before_off': 'Sehari sebelumnya (H-1): mati',
  'offsets.minutes_on': '{duration} sebelum acara mulai (agenda sepanjang hari hanya H-1)',
  'offsets.minutes_off': 'Menjelang acara mulai: mati',
  'offsets.hint':
    'Koordinator mengubahnya, misalnya */pengingat agenda H-1 16.00* atau */pengingat agenda 60 menit*.',
  'offsets.changed': 'Pengingat agenda diubah. Sekarang:',
  'offsets.duration_minutes': '{n} menit',
  'offsets.duration_hours': '{n} jam',
  'offsets.not_understood': 'Bagian "{text}" tidak dimengerti.',
  'offsets.time_invalid': 'Jam "{text}" tidak bisa dipakai. Tulis misalnya *16.00*.',
  'offsets.time_zone': 'Jam pengingat mengikuti zona forum ({zone}); tulis tanpa zona, misalnya *16.00*.',
  'offsets.minutes_range': 'Pengingat sebelum acara harus antara 5 menit dan 24 jam (1440 menit).',
  'offsets.only_agenda':
    'Yang bisa diatur hanya pengingat agenda. Pengingat konten mengikuti jadwal tayangnya.',
}
