/**
 * What `npm run doctor` asks Telegram: does the token work (getMe), and does the webhook stand as the
 * configured mode expects (getWebhookInfo). The token never appears in a finding.
 */
import { Api } from 'grammy'
import { type Finding, fail, ok, warn } from '../../doctor/finding.js'
import { describeError } from './api-retry.js'
import { TELEGRAM_WEBHOOK_PATH } from './telegram-adapter.js'

export interface TelegramCheckSettings {
  readonly token: string
  readonly apiRoot: string
  readonly mode: 'polling' | 'webhook'
  readonly publicUrl: string
}

export async function checkTelegram(settings: TelegramCheckSettings): Promise<Finding[]> {
  const api = new Api(settings.token, { apiRoot: settings.apiRoot, timeoutSeconds: 10 })
  let username: string | undefined
  try {
    username = (await api.getMe()).username
  } catch (error) {
    return [fail('telegram', `getMe failed: ${JSON.stringify(describeError(error, settings.token))}`)]
  }
  const findings = [ok('telegram', `bot @${username}, ${settings.mode} mode`)]
  try {
    const info = await api.getWebhookInfo()
    const wanted = `${settings.publicUrl}${TELEGRAM_WEBHOOK_PATH}`
    const lastError = info.last_error_message ? `; last error: ${info.last_error_message}` : ''
    if (settings.mode === 'webhook' && info.url !== wanted) {
      findings.push(fail('telegram webhook', `set to "${info.url}", expected ${wanted} (it is set at start)`))
    } else if (settings.mode === 'polling' && info.url) {
      findings.push(warn('telegram webhook', `still set to ${info.url}; polling deletes it at start`))
    } else if (info.last_error_message) {
      findings.push(warn('telegram webhook', `${info.pending_update_count} updates waiting${lastError}`))
    } else {
      findings.push(
        ok('telegram webhook', `${info.url || 'none'}, ${info.pending_update_count} updates waiting`),
      )
    }
  } catch (error) {
    findings.push(
      fail(
        'telegram webhook',
        `getWebhookInfo failed: ${JSON.stringify(describeError(error, settings.token))}`,
      ),
    )
  }
  return findings
}
