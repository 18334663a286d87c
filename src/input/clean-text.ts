/**
 * Text as a platform hands it over, made safe to store and to echo. PostgreSQL refuses a NUL byte, and
 * Telegram refuses a whole message holding a lone surrogate (invalid UTF-16, e.g. half an emoji cut by
 * another client), so both must go before anything reads, stores or repeats the text.
 */

/** C0 controls other than tab and line feed, and DEL: invisible, and NUL breaks PostgreSQL. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F]/g
/** Lone surrogates, and U+FFFE/U+FFFF, which Telegram also refuses as not UTF-8. */
const NOT_UTF8 = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g

/** Line endings become '\n', controls are dropped and what is not UTF-8 becomes U+FFFD. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROLS, '').replace(NOT_UTF8, '\uFFFD')
}
