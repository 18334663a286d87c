// The issue desk (/isu): hoaxes, negative reports and media questions, assigned to the agency that
// owns the subject, answered by a clarification, closed with an outcome.
export const issues = {
  'help.isu.summary': 'Catat hoaks atau pemberitaan yang perlu ditanggapi cepat, lalu tugaskan ke instansi',
  'help.isu.details':
    '*/isu Beredar video hoaks banjir https://x.com/a/status/1* — catat isu baru (foto tangkapan layar yang dikirim bersama perintah ikut dilampirkan). Tambahkan baris *Jenis:* (hoaks, disinformasi, pemberitaan negatif, keluhan publik, pertanyaan media; bawaan: pemberitaan) dan *Tingkat:* (rendah, sedang, tinggi; bawaan: sedang).\n*/isu* — isu terbuka; */isu 5* — rincian dan riwayatnya (di grup hanya jumlahnya).\n*/isu 5 tugaskan DINKES [3 jam | besok 09.00]* — koordinator; tenggat bawaan: tinggi 2 jam, sedang 6 jam, rendah 24 jam.\n*/isu 5 tanggapan* lalu baris *Judul:*, *Naskah:*, *Tautan:*, *Platform:* — instansi yang ditugaskan mengajukan klarifikasi; ditinjau lebih dulu, dan */setujui* menandai isunya ditanggapi.\n*/isu 5 sebar* — koordinator meminta semua instansi menyebarkan klarifikasi yang disetujui (lewat */sebar*).\n*/isu 5 selesai klarifikasi terbit* — atau *tidak perlu tanggapan*, *dilaporkan ke platform*, *lainnya: <catatan>*; koordinator atau instansi pemilik.',
  'usage.isu':
    '/isu Beredar hoaks pemadaman listrik https://fb.com/post/1\nJenis: hoaks\nTingkat: tinggi\n\n/isu 5 tugaskan DINKES 3 jam\n/isu 5 selesai klarifikasi terbit',

  'numbers.other_kind.isu': '*#{number}* adalah isu — lihat dengan */isu {number}*.',

  'issue.category.hoaks': 'hoaks',
  'issue.category.disinformasi': 'disinformasi',
  'issue.category.pemberitaan_negatif': 'pemberitaan negatif',
  'issue.category.keluhan_publik': 'keluhan publik',
  'issue.category.pertanyaan_media': 'pertanyaan media',
  'issue.category.pemberitaan': 'pemberitaan',
  'issue.level.rendah': 'rendah',
  'issue.level.sedang': 'sedang',
  'issue.level.tinggi': 'tinggi',
  'issue.outcome.klarifikasi_terbit': 'klarifikasi terbit',
  'issue.outcome.tidak_perlu_tanggapan': 'tidak perlu tanggapan',
  'issue.outcome.dilaporkan_ke_platform': 'dilaporkan ke platform',
  'issue.outcome.lainnya': 'lainnya',

  'issue.opened': '🚨 *Isu #{number}* dicatat — {category}, tingkat *{level}*.',
  'issue.opened_screenshot': 'Tangkapan layar dilampirkan.',
  'issue.opened_mention': '{people}: mohon tugaskan dengan */isu {number} tugaskan KODE*.',
  'issue.opened_ask': 'Koordinator menugaskannya dengan */isu {number} tugaskan KODE*.',
  'issue.new_for_coordinator': '🚨 *Isu baru #{number}* dari {reporter}:',

  'issue.assigned': '📌 *Isu #{number}* ditugaskan ke *{code}* — tenggat *{deadline}* ({left} lagi).',
  'issue.assigned_mention': '{people}: mohon siapkan klarifikasi dan kirim dengan */isu {number} tanggapan*.',
  'issue.assigned_ask': '*{code}*: mohon siapkan klarifikasi dan kirim dengan */isu {number} tanggapan*.',
  'issue.assigned_where': 'Rincian isu: */isu {number}* di chat pribadi dengan bot.',
  'issue.reassigned_from': 'Sebelumnya ditugaskan ke {code}.',
  'issue.closed': '✅ *Isu #{number}* selesai: {outcome}.',

  'issue.list_empty': 'Tidak ada isu terbuka. Catat isu baru dengan */isu <teks atau tautan>*.',
  'issue.list_title': '*Isu terbuka* ({count}):',
  'issue.list_line': '*#{number}* [{level}] {category}: {text} — dibuka {age} lalu — {owner}',
  'issue.list_footer': 'Rinciannya: */isu nomor*.',
  'issue.owner_none': 'belum ditugaskan',
  'issue.owner_left': '{code}, sisa {left}',
  'issue.owner_late': '{code}, terlambat {late}',
  'issue.owner_answered': '{code}, sudah ditanggapi',
  'issue.count_group': '{count} isu terbuka{high}.',
  'issue.count_group_high': ' ({count} tingkat tinggi)',
  'issue.count_where': 'Rinciannya hanya di chat pribadi dengan bot: */isu*.',
  'issue.count_none': 'Tidak ada isu terbuka.',
  'issue.hidden_in_group':
    'Isu #{number} {state}. Di grup yang juga dibaca tamu, rincian isu hanya ditampilkan di chat pribadi: kirim */isu {number}* ke Sinergi secara pribadi.',
  'issue.state_open': 'masih terbuka',
  'issue.state_closed': 'sudah selesai',

  'issue.show_title': '*Isu #{number}* — {category}, tingkat *{level}*',
  'issue.show_status': 'Status: {status}',
  'issue.show_reporter': 'Pelapor: {name}, {when}',
  'issue.show_links': 'Tautan: {links}',
  'issue.show_screenshot': 'Lampiran: tangkapan layar ({platform}).',
  'issue.show_timeline': '*Riwayat*',
  'issue.status.terbuka': 'belum ditugaskan',
  'issue.status.ditugaskan': 'ditugaskan ke {code}, tenggat {deadline}',
  'issue.status.ditanggapi': 'ditanggapi oleh {code}',
  'issue.status.selesai': 'selesai — {outcome}',
  'issue.event.dibuka': '{when} dibuka oleh {name}',
  'issue.event.ditugaskan': '{when} ditugaskan ke {code} oleh {name}',
  'issue.event.tanggapan': '{when} klarifikasi #{item} dikirim {name} ({code})',
  'issue.event.ditanggapi': '{when} klarifikasi #{item} disetujui {name}',
  'issue.event.disebar': '{when} disebar (#{item}) oleh {name}',
  'issue.event.selesai': '{when} selesai oleh {name}: {detail}',

  'issue.member_only': 'Isu hanya bisa dicatat oleh anggota forum. Gabung dulu dengan */gabung KODE*.',
  'issue.text_missing': 'Tulis isunya setelah */isu*: teks, tautan, atau keduanya.',
  'issue.text_too_long': 'Teks isu terlalu panjang (paling banyak {max} karakter).',
  'issue.too_many_links': 'Paling banyak {max} tautan per isu.',
  'issue.category_invalid': 'Jenis *{written}* tidak dikenal. Pilih: {choices}.',
  'issue.category_invalid_suggest': 'Jenis *{written}*? Maksud Anda *{suggestion}*? Belum ada yang disimpan.',
  'issue.level_invalid': 'Tingkat *{written}* tidak dikenal. Pilih: {choices}.',
  'issue.level_invalid_suggest': 'Tingkat *{written}*? Maksud Anda *{suggestion}*? Belum ada yang disimpan.',
  'issue.outcome_missing': 'Tulis hasilnya: {choices}.',
  'issue.outcome_invalid': 'Hasil *{written}* tidak dikenal. Pilih: {choices}.',
  'issue.outcome_invalid_suggest': 'Hasil *{written}*? Maksud Anda *{suggestion}*?',
  'issue.outcome_note_missing':
    'Untuk hasil *lainnya*, tulis catatannya: */isu 5 selesai lainnya: diselesaikan lewat telepon*.',
  'issue.outcome_too_long': 'Catatan hasil terlalu panjang (paling banyak {max} karakter).',
  'issue.code_missing': 'Tulis kode instansi pemiliknya: */isu {number} tugaskan DINKES*.',
  'issue.already_closed': 'Isu *#{number}* sudah selesai.',
  'issue.not_yours': 'Isu *#{number}* hanya bisa ditutup oleh koordinator atau instansi yang ditugaskan.',
  'issue.agency_archived': 'Instansi *{code}* sudah dihapus dari forum.',
  'issue.not_assigned':
    'Isu *#{number}* belum ditugaskan. Koordinator menugaskannya dulu: */isu {number} tugaskan KODE*.',
  'issue.answer_not_yours':
    'Klarifikasi isu *#{number}* dikirim oleh {code} (instansi yang ditugaskan) atau koordinator.',
  'issue.answer_body_missing':
    'Tulis naskah klarifikasinya di bawah perintah, misalnya:\n/isu {number} tanggapan\nJudul: Klarifikasi hoaks vaksin\nNaskah: Informasi tersebut tidak benar…\nPlatform: IG, FB',
  'issue.answer_too_long': 'Naskah klarifikasi terlalu panjang (paling banyak {max} karakter).',
  'issue.answer_title_too_long': 'Judul klarifikasi terlalu panjang (paling banyak {max} karakter).',
  'issue.answer_title': 'Klarifikasi isu #{number}',
  'issue.answer_submitted':
    '📝 *Klarifikasi isu #{number}* diajukan sebagai konten *#{draft}* (mendesak): {title}.',
  'issue.answer_mention':
    '{people}: mohon tinjau segera dengan */setujui {draft}*; naskahnya: */konten {draft}* di chat pribadi.',
  'issue.answer_ask': 'Koordinator meninjaunya dengan */setujui {draft}*.',
  'issue.answer_for_coordinator':
    '📝 *Klarifikasi isu #{number}* dari {name} ({code}) menunggu tinjauan — konten *#{draft}*: {title}',
  'issue.answered': 'Isu *#{number}* kini *ditanggapi*.',
  'issue.answered_by_previous':
    'Klarifikasi ini dari {previous}; isu *#{number}* kini ditugaskan ke *{code}* dan masih menunggu klarifikasi {code}.',
  'issue.reminder_halfway':
    '⏳ *Isu #{number}* ({code}) — waktu tinggal separuh: tenggat {deadline} ({left} lagi).',
  'issue.reminder_deadline':
    '⏰ *Isu #{number}* ({code}) — tenggat sekarang ({deadline}), klarifikasi belum masuk.',
  'issue.reminder_agency_mention': '{people}: mohon kirim klarifikasi dengan */isu {number} tanggapan*.',
  'issue.reminder_agency_ask': '*{code}*: mohon kirim klarifikasi dengan */isu {number} tanggapan*.',
  'issue.reminder_overdue':
    '🔴 *Isu #{number}* terlambat {late}: {code} belum mengirim klarifikasi (tenggat {deadline}).',
  'issue.reminder_unassigned': '🚨 *Isu #{number}* tingkat tinggi belum ditugaskan (dibuka {age} lalu).',
  'issue.reminder_coordinator_mention': '{people}: tugaskan dengan */isu {number} tugaskan KODE [tenggat]*.',
  'issue.reminder_coordinator_ask': 'Koordinator: tugaskan dengan */isu {number} tugaskan KODE [tenggat]*.',
  'brief.section.issues': '🚨 *Isu terbuka* ({count}):',
  'issue.recap_title': '*Respons isu* (ditugaskan dalam periode ini):',
  'issue.recap_line':
    '*{code}* — ditugaskan {assigned}, ditanggapi {answered}, median {median}, terlambat {overdue}',
  'issue.amplify_title': 'Klarifikasi isu #{number}: {title}',
  'issue.nothing_to_amplify':
    'Isu *#{number}* belum punya klarifikasi yang disetujui. Setujui dulu klarifikasinya dengan */setujui <nomor konten>*.',
  'issue.nothing_to_amplify_from_owner':
    'Isu *#{number}* kini ditugaskan ke *{code}*, dan klarifikasi {code} belum disetujui; klarifikasi #{draft} dari {previous} tidak disebar. Setujui dulu klarifikasi {code} dengan */setujui <nomor konten>*.',
  'export.issues_done': 'Isu {period}: {count} isu.\nFile: {file}',
  'export.issue.number': 'Nomor',
  'export.issue.opened': 'Dibuka',
  'export.issue.category': 'Jenis',
  'export.issue.level': 'Tingkat',
  'export.issue.text': 'Isu',
  'export.issue.links': 'Tautan',
  'export.issue.reporter': 'Pelapor',
  'export.issue.assigned': 'Ditugaskan',
  'export.issue.deadline': 'Tenggat',
  'export.issue.first_answer': 'Klarifikasi pertama',
  'export.issue.status': 'Status',
  'export.issue.outcome': 'Hasil',
  'export.issue.closed': 'Selesai',
}
