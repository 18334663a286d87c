import { defineCommand, workspaceAction } from '../src/chat/command.js'
import { answerWithNote, askForNote, numberAndNote, readNumberAndNote, runReview } from './setujui.js'

export default defineCommand({
  name: 'revisi',
  aliases: ['revise'],
  summary: 'help.revisi.summary',
  help: 'help.revisi.details',
  action: workspaceAction({
    allowed: 'coordinator',
    mutates: true,
    usage: 'usage.revisi',
    read: readNumberAndNote,
    args: numberAndNote,
    // The note is required: without one, Sinergi asks for it instead of sending the draft back blank.
    run: (ctx, { number, note }) =>
      note ? runReview(ctx, number, 'revise', note) : askForNote(ctx, number, 'revise'),
  }),
  answers: {
    note: (ctx, text, context) => answerWithNote(ctx, text, context, 'revise'),
  },
})
