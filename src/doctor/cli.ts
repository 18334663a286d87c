import { systemClock } from '../clock.js'
import { ConfigError, loadConfig } from '../config.js'
import { formatFindings, runDoctor } from './run-doctor.js'

// `npm run doctor`: one line per check; exit code 1 when any check failed.
try {
  const findings = await runDoctor(loadConfig(), systemClock)
  process.stdout.write(`${formatFindings(findings)}\n`)
  process.exit(findings.some((finding) => finding.status === 'fail') ? 1 : 0)
} catch (error) {
  process.stdout.write(`FAIL  ${error instanceof ConfigError ? error.message : String(error)}\n`)
  process.exit(1)
}
