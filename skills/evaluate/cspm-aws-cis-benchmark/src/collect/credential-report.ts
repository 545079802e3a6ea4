/** The IAM credential report (CSV) as the rows the controls read. */
import type { CredentialReportUser } from '../snapshot.ts'

/** Values the report uses for "nothing here": never used, not applicable, or not tracked yet. */
const ABSENT = new Set(['N/A', 'no_information', 'not_supported', ''])

/** One CSV record; a field may be quoted (IAM user names may contain commas). */
function splitCsvLine(line: string): string[] {
  const fields: string[] = []
  let field = ''
  let quoted = false
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index]
    if (quoted && char === '"' && line[index + 1] === '"') {
      field += '"'
      index += 1
    } else if (char === '"') {
      quoted = !quoted
    } else if (char === ',' && !quoted) {
      fields.push(field)
      field = ''
    } else {
      field += char
    }
  }
  fields.push(field)
  return fields
}

function timeOrNull(value: string | undefined): string | null {
  return value === undefined || ABSENT.has(value) ? null : value
}

export function parseCredentialReport(csv: string): CredentialReportUser[] {
  const lines = csv.split(/\r?\n/).filter((line) => line.length > 0)
  const header = splitCsvLine(lines[0] ?? '')
  return lines.slice(1).map((line) => {
    const values = splitCsvLine(line)
    const column = (name: string) => values[header.indexOf(name)]
    return {
      user: column('user') ?? '',
      arn: column('arn') ?? '',
      userCreationTime: column('user_creation_time') ?? '',
      passwordEnabled: column('password_enabled') === 'true',
      passwordLastUsed: timeOrNull(column('password_last_used')),
      passwordLastChanged: timeOrNull(column('password_last_changed')),
      mfaActive: column('mfa_active') === 'true',
      accessKeys: ([1, 2] as const).map((slot) => ({
        slot,
        active: column(`access_key_${slot}_active`) === 'true',
        lastRotated: timeOrNull(column(`access_key_${slot}_last_rotated`)),
        lastUsed: timeOrNull(column(`access_key_${slot}_last_used_date`)),
      })),
    }
  })
}
