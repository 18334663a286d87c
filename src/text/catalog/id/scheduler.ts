// Messages the scheduler sends on its own: agenda and content reminders, the weekly nudge, /ingatkan
// reminders and "Perubahan" notices. (The morning brief's texts are in brief.ts.)
export const scheduler = {
  'scheduler.agenda_day_before': '*Besok*, {date}:',
  'scheduler.agenda_soon': '*Segera dimulai* ({left} lagi):',
  'scheduler.agenda_soon_now': '*Segera dimulai*:',
  'scheduler.agenda_details': '_Detail: */agenda {number}*_',
  'scheduler.minutes': '{n} menit',
  'scheduler.hours': '{n} jam',
  'scheduler.hours_minutes': '{h} jam {m} menit',

  'scheduler.content_due': '*Saatnya tayang #{number}*:',
  'scheduler.content_due_report': 'Setelah tayang, laporkan dengan */terbit {number} <url>*.',
  'scheduler.content_pending': '*Besok tayang, belum disetujui* ({status}):',
  'scheduler.content_pending_hint': '_Koordinator: */setujui {number}* atau */revisi {number} <catatan>*._',

  'scheduler.nudge_title': '*Agenda pekan depan* ({period})',
  'scheduler.nudge_missing': 'Belum ada agenda maupun konten dari {count} instansi:',
  'scheduler.nudge_more': '… dan {count} instansi lainnya.',
  'scheduler.nudge_hint': 'Isi dengan */agenda tambah* atau */konten tambah*.',

  'scheduler.reminder_title': '*Pengingat #{number}* (dari {name}):',

  'scheduler.change_title': '*Perubahan #{number}*: {title}',
  'scheduler.change_cancelled': '*Perubahan #{number}*: {title} *dibatalkan*.',
  'scheduler.change_cancel_reason': 'Alasan: {reason}',
  'scheduler.change_time': 'Waktu: {before} → *{after}*',
  'scheduler.change_place': 'Tempat: {before} → *{after}*',
  'scheduler.change_no_place': '(tanpa tempat)',
  'scheduler.change_content_cancelled': '*Perubahan #{number}*: konten {title} *batal tayang*.',
  'scheduler.change_content_time': 'Jadwal tayang: {before} → *{after}*',
  'scheduler.change_agenda_details': '_Detail: */agenda {number}*_',
  'scheduler.change_content_details': '_Detail: */konten {number}*_',

  'scheduler.unanswered_title': '⚠️ *Sinergi sempat berhenti* sebelum menjawab perintah {name} ini:',
  'scheduler.unanswered_saved': 'Perubahannya sudah tersimpan: {subjects}. Tidak perlu dikirim ulang.',
  'scheduler.unanswered_saved_plain': 'Perubahannya sudah tersimpan. Tidak perlu dikirim ulang.',
  'scheduler.unanswered_not_saved': 'Tidak ada perubahan yang tersimpan. Silakan kirim ulang perintahnya.',
}
