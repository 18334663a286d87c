import fc from 'fast-check'

/** Runs per property: modest in the suite; `FUZZ_RUNS=20000 npx vitest run test/chat/*.property.test.ts` digs deeper. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 400)

/** Words people really type into commands: dates, times, zones, keys, numbers, quotes and markup. */
const WORDS = [
  'besok lusa hari ini senin Jumat minggu depan pekan bulan tanggal 12 31 2026 Januari februari',
  '29 Februari|12/1|31/02|08.00|9:30|24.00|25.61|jam|pukul|pagi|siang|sore|malam|WIB|WITA|WIT|s.d.',
  'sampai selesai sepanjang - – @ #12 1 0 -3 99999999999999999999 ya tidak DINKES diskominfo admin',
  'anggota koordinator tambah ubah batal hapus semua Acara: Waktu: Tempat: Tempta: Judul: Naskah:',
  'Tayang: Platform: Keterangan: Kepada: Hari/Tanggal: instagram #hashtag http://contoh.go.id',
  'javascript:alert(1) "kutip kutip" “ ” <b> </i> &amp; & *tebal* _miring_ `kode` 😀 👨‍👩‍👧‍👦 🇮🇩',
  'setiap Senin|setiap hari kerja|setiap tanggal 5|setiap Senin pertama|kecuali libur|mulai|Ulangi:|Liputan:',
  'Pimpinan:|Dihadiri:|Bupati|Sekda|Jenis:|Tingkat:|hoaks|tinggi|tugaskan|tanggapan|klarifikasi terbit',
  'lainnya:|tahun|tahun 2027|2027|s.d.|hingga|3 jam|90 menit|bentrok|gambar|sembunyikan|tampilkan',
]
  .flatMap((line) => line.split(line.includes('|') ? '|' : ' '))
  .concat(['e\u0301', '\uD83D', '\uDE00', '\u0000', '\u0007', '\r', '\t', '\u200B', '\uFFFF'])

/** Any UTF-16 code unit: lone surrogates, controls and NUL included, as a broken client may send. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code))

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ unit: anyUnit, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
)

/** A few words, separated as people separate them. */
export const fuzzLine = fc
  .array(fc.tuple(word, fc.constantFrom(' ', ' ', ' ', '  ', ', ', '')), { maxLength: 8 })
  .map((parts) => parts.map(([text, gap]) => text + gap).join(''))

/** Rarely, one enormous argument: its echo must still fit one reply. */
export const fuzzArgument = fc.oneof(
  { weight: 12, arbitrary: fuzzLine },
  { weight: 1, arbitrary: fc.tuple(word, fc.integer({ min: 500, max: 5000 })).map(([w, n]) => w.repeat(n)) },
)

/** Lines after the first: the `Kunci: nilai` form, continuation lines and blank lines. */
export const fuzzBody = fc.array(fuzzLine, { maxLength: 5 })
