import { defineCommand, workspaceAction } from '../src/chat/command.js'
import { answerWithNote, askForNote, numberAndNote, readNumberAndNote, runReview } from './setujui.js'

export default defineCommand({
  name: 'tolak',
  aliases: ['reject'],
  summary: 'help.tolak.summary',
  help: 'help.tolak.details',
  action: workspaceAction({
    allowed: 'coordinator',
    mutates: true,
    usage: 'usage.tolak',
    read: readNumberAndNote,
    args: numberAndNote,
    // The reason is required: without one, Sinergi asks for it.
    run: (ctx, { number, note }) =>
      note ? runReview(ctx, number, 'reject', note) : askForNote(ctx, number, 'reject'),
  }),
  answers: {
    note: (ctx, text, context) => answerWithNote(ctx, text, context, 'reject'),
  },
})
