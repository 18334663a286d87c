import { describe, expect, it } from 'vitest'
import { renderTelegramHtml, splitTelegramHtml } from '../../src/text/render-telegram.js'
import {
  bold,
  code,
  type Inline,
  italic,
  link,
  list,
  mention,
  paragraph,
  pre,
  type RichText,
} from '../../src/text/rich-text.js'

/** Problems that would make Telegram reject the HTML: unknown or unbalanced tags, bare `<`, `>`, `&`. */
function htmlProblems(html: string): string[] {
  const problems: string[] = []
  const stack: string[] = []
  const token = /<(\/?)([a-z]+)(?: href="[^"<>]*")?>|&(?:amp|lt|gt|quot);|[<>&]/g
  for (const match of html.matchAll(token)) {
    const [whole, slash, tag] = match
    if (tag === undefined) {
      if (whole.length === 1) problems.push(`bare ${whole} at ${match.index}`)
      continue
    }
    if (!['b', 'i', 'code', 'pre', 'a'].includes(tag)) problems.push(`unknown tag ${whole}`)
    else if (slash === '') stack.push(tag)
    else if (stack.pop() !== tag) problems.push(`${whole} closes nothing at ${match.index}`)
  }
  if (stack.length > 0) problems.push(`unclosed ${stack.join(', ')}`)
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(html)) {
    problems.push('a character torn in half')
  }
  return problems
}

/** What a reader sees: tags removed, entities decoded. */
const visible = (html: string): string =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean)

describe('Telegram HTML rendering', () => {
  it('shows a script tag from user text as text instead of running markup', () => {
    expect(renderTelegramHtml([paragraph('<script>alert(1)</script> & co')])).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; &amp; co',
    )
  })

  it('keeps an agency name like PT <A&B>_X intact inside bold', () => {
    const html = renderTelegramHtml([paragraph(bold('PT <A&B>_X'), ' hadir')])
    expect(html).toBe('<b>PT &lt;A&amp;B&gt;_X</b> hadir')
    expect(htmlProblems(html)).toEqual([])
  })

  it('nests italic inside bold', () => {
    expect(renderTelegramHtml([paragraph(bold('Rapat ', italic('penting')), '!')])).toBe(
      '<b>Rapat <i>penting</i></b>!',
    )
  })

  it('shows code in monospace and a preformatted block with its text escaped', () => {
    expect(renderTelegramHtml([paragraph('Ketik ', code('/agenda <n>')), pre('a < b && c')])).toBe(
      'Ketik <code>/agenda &lt;n&gt;</code>\n<pre>a &lt; b &amp;&amp; c</pre>',
    )
  })

  it('links web addresses with the attribute escaped', () => {
    expect(renderTelegramHtml([paragraph(link('https://bakohumas.go.id/cari?q=a&b=1', 'Cari'))])).toBe(
      '<a href="https://bakohumas.go.id/cari?q=a&amp;b=1">Cari</a>',
    )
    expect(renderTelegramHtml([paragraph(link('http://a.id/x"y', 'x'))])).not.toMatch(/href="[^"]*"y/)
  })

  it('never turns a javascript: or data: address into a link', () => {
    const rich = [
      paragraph(link('javascript:alert(1)', 'klik')),
      paragraph(link('JavaScript:alert(1)')),
      paragraph(link('data:text/html,<b>x</b>', 'data')),
      paragraph(link('bukan alamat', 'rusak')),
    ]
    const html = renderTelegramHtml(rich)
    expect(html).not.toContain('<a')
    expect(html).toBe('klik\nJavaScript:alert(1)\ndata\nrusak')
  })

  it('mentions a Telegram user by id so they are notified, and others by name only', () => {
    const rich = [
      paragraph(
        mention({ platform: 'telegram', externalId: '123', name: 'Budi & Co', username: 'budi' }),
        ' ',
        mention({ platform: 'whatsapp', externalId: '62812@s.whatsapp.net', name: 'Sari' }),
        ' ',
        mention({ platform: 'telegram', externalId: 'not-a-number', name: 'Ani' }),
      ),
    ]
    expect(renderTelegramHtml(rich)).toBe('<a href="tg://user?id=123">Budi &amp; Co</a> Sari Ani')
  })

  it('draws lists with bullets or numbers and separates blocks with single line breaks', () => {
    const rich = [
      paragraph(bold('Agenda')),
      list([['Rapat'], ['Rilis']]),
      paragraph(),
      list([['a'], ['b']], true),
    ]
    expect(renderTelegramHtml(rich)).toBe('<b>Agenda</b>\n• Rapat\n• Rilis\n\n1. a\n2. b')
  })
})

describe('splitting a long Telegram reply', () => {
  const agendaItem = (n: number): Inline[] => [
    bold(`Rapat koordinasi ${n}`),
    ' di Dinas <Kominfo> & mitra ',
    italic('lokal'),
  ]

  it('sends a short reply as one message, unchanged, and nothing for an empty one', () => {
    const rich = [paragraph('Halo'), list([['a']])]
    expect(splitTelegramHtml(rich)).toEqual([renderTelegramHtml(rich)])
    expect(splitTelegramHtml([])).toEqual([])
    expect(splitTelegramHtml([paragraph(), paragraph()])).toEqual([])
  })

  it('splits a 10 000-character list into valid messages of at most 4096 characters, losing nothing', () => {
    const items = Array.from({ length: 200 }, (_, index) => agendaItem(index + 1))
    const rich: RichText = [paragraph(bold('Agenda bulan ini')), list(items, true)]
    expect(renderTelegramHtml(rich).length).toBeGreaterThan(10_000)

    const chunks = splitTelegramHtml(rich)
    expect(chunks.length).toBeGreaterThanOrEqual(3)
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(4096)
      expect(htmlProblems(chunk)).toEqual([])
    }
    expect(chunks.map(visible).join('\n')).toBe(visible(renderTelegramHtml(rich)))
    expect(chunks[1]).toMatch(/^\d+\. <b>Rapat koordinasi \d+<\/b>/)
  })

  it('cuts one overlong bold line at a space and reopens the bold in the next message', () => {
    const sentence = Array.from({ length: 1200 }, (_, index) => `kata${index}`).join(' ')
    const rich = [paragraph('Catatan: ', bold(italic(sentence), ' <akhir>'))]
    const chunks = splitTelegramHtml(rich, 1000)
    expect(chunks.length).toBeGreaterThan(8)
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(1000)
      expect(htmlProblems(chunk)).toEqual([])
    }
    expect(chunks[1]).toMatch(/^<b><i>kata\d+ /)
    expect(words(chunks.map(visible).join(' '))).toEqual(words(`Catatan: ${sentence} <akhir>`))
  })

  it('cuts a word with no spaces anywhere but inside an entity or an emoji', () => {
    const text = 'A&B<😀>'.repeat(400)
    const chunks = splitTelegramHtml([paragraph(bold(text))], 100)
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(100)
      expect(htmlProblems(chunk)).toEqual([])
    }
    expect(chunks.map(visible).join('')).toBe(text)
  })

  it('keeps each part of a long preformatted block in its own monospace block, cut between lines', () => {
    const lines = Array.from({ length: 300 }, (_, index) => `baris ${index} <x>`)
    const chunks = splitTelegramHtml([pre(lines.join('\n'))], 500)
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(500)
      expect(chunk).toMatch(/^<pre>baris \d+ &lt;x&gt;[\s\S]*&lt;x&gt;<\/pre>$/)
      expect(htmlProblems(chunk)).toEqual([])
    }
    expect(chunks.map(visible).join('\n')).toBe(lines.join('\n'))
  })

  it('keeps formatting that spans a line break on both lines', () => {
    const chunks = splitTelegramHtml([paragraph(bold('satu\ndua')), paragraph('x'.repeat(40))], 32)
    expect(chunks).toEqual(['<b>satu</b>\n<b>dua</b>', 'x'.repeat(32), 'x'.repeat(8)])
  })

  it('refuses a limit too small to hold anything', () => {
    expect(() => splitTelegramHtml([paragraph('x')], 4)).toThrow(RangeError)
  })
})
