// Reports: the per-agency recap (/rekap) and the CSV export (/ekspor).
export const reports = {
  'help.rekap.summary': 'Rekap per instansi: agenda, konten, ketepatan waktu',
  'help.rekap.details':
    '*/rekap* — bulan ini.\n*/rekap minggu ini*, */rekap bulan lalu*, */rekap Desember*, */rekap {ex_past_month_year}*.\nPer instansi: jumlah agenda, konten diajukan / disetujui / terbit, dan tepat waktu (terbit paling lambat pada hari rencana tayang ÷ semua yang terbit).',
  'usage.rekap': '/rekap\n/rekap minggu ini\n/rekap Desember',
  'recap.title': '*Rekap {period}*',
  'recap.no_agencies':
    'Forum ini belum punya instansi. Koordinator menambahkannya dengan */instansi tambah KODE Nama*.',
  'recap.nothing': 'Tidak ada agenda maupun konten pada periode ini.',
  'recap.agency': '*{code}*',
  'recap.agency_archived': '*{code}* (diarsipkan)',
  'recap.figures':
    '{agenda} agenda · konten {submitted} diajukan → {approved} disetujui → {published} terbit · tepat waktu {on_time}',
  'recap.more': '… dan {count} instansi lain. Koordinator dapat mengunduh semuanya dengan */ekspor*.',
  'recap.idle': 'Tanpa agenda dan konten ({count}): {codes}',
  'recap.total': '*Total:*',
  'recap.legend':
    '_Konten dihitung menurut hari rencana tayangnya; tepat waktu = terbit paling lambat pada hari itu._',

  'help.ekspor.summary': 'Unduh agenda dan konten satu periode sebagai CSV (Excel)',
  'help.ekspor.details':
    '*/ekspor* — bulan ini; */ekspor minggu lalu*, */ekspor Desember*, */ekspor tahun ini*.\nFile CSV berpemisah titik koma (;) yang langsung terbuka rapi di Excel: nomor, jenis, tanggal, jam, judul, instansi, tempat, status, platform, tautan.',
  'usage.ekspor': '/ekspor\n/ekspor Desember\n/ekspor minggu lalu',
  'export.empty': 'Tidak ada agenda maupun konten pada {period}, jadi tidak ada file.',
  'export.done':
    'Ekspor {period}: {agenda} agenda, {content} konten.\nFile: {file} (CSV, pemisah titik koma, terbuka di Excel).',
  'export.kind.agenda': 'agenda',
  'export.kind.content': 'konten',
  'export.column.number': 'Nomor',
  'export.column.kind': 'Jenis',
  'export.column.date': 'Tanggal',
  'export.column.end_date': 'Sampai tanggal',
  'export.column.time': 'Jam ({zone})',
  'export.column.title': 'Judul',
  'export.column.agency': 'Instansi',
  'export.column.agency_name': 'Nama instansi',
  'export.column.place': 'Tempat',
  'export.column.status': 'Status',
  'export.column.platforms': 'Platform',
  'export.column.links': 'Tautan',
}
