/**
 * The secret scan finds each kind of credential it promises, accepts only exact allowlisted values, and
 * never prints a value. Keys here are assembled at run time, so this file holds none the scan would find.
 */
import { describe, expect, it } from 'vitest'
import { describeFinding, findSecrets, parseAllowlist } from '../scripts/scan-secrets.ts'

const randomish = 'Q7ZK2M9XW4RT8NBV'
const CREDENTIALS: ReadonlyArray<readonly [string, string]> = [
  ['AWS access key id', `${'AKIA'}${randomish}`],
  ['AWS access key id', `${'ASIA'}${randomish}`],
  ['OpenAI-style API key', `${'sk-'}proj-${randomish}${randomish}`],
  ['OpenAI-style API key', `${'sk-'}${randomish}${randomish}${randomish}`],
  ['GitHub token', `${'ghp_'}${randomish}${randomish}abcd`],
  ['GitHub token', `${'github_pat_'}11${randomish}_${randomish}`],
  ['Slack token', `${'xox'}b-123456789012-${randomish}`],
]

describe('findSecrets', () => {
  it.each(CREDENTIALS)('finds a %s', (kind, value) => {
    const text = `first line\nconfig = { key: "${value}" }\n`
    expect(findSecrets('config.ts', text)).toEqual([{ file: 'config.ts', line: 2, kind, value }])
  })

  it('finds a private key block in a file and in an escaped string, by its body', () => {
    const header = `-----BEGIN ${'RSA PRIVATE'} KEY-----`
    const body = `MIIEow${randomish}`
    const inFile = `${header}\n${body}\n-----END RSA PRIVATE KEY-----\n`
    const inString = JSON.stringify({ pem: inFile })
    expect(findSecrets('key.pem', inFile)).toEqual([
      { file: 'key.pem', line: 1, kind: 'private key block', value: body },
    ])
    expect(findSecrets('event.json', inString).map((finding) => finding.value)).toEqual([body])
  })

  it('leaves alone words that only look like the prefixes', () => {
    expect(findSecrets('notes.md', 'ask-for-help, task-runner, risk-score, AKIA-short, ghp_short')).toEqual(
      [],
    )
  })
})

describe('the allowlist', () => {
  it('reads one value and its reason per line', () => {
    const allowlist = parseAllowlist('# comment\n\nAKIAIOSFODNN7EXAMPLE # the documented example\n')
    expect([...allowlist.entries()]).toEqual([['AKIAIOSFODNN7EXAMPLE', 'the documented example']])
  })

  it('refuses an entry without a reason', () => {
    expect(() => parseAllowlist('AKIAIOSFODNN7EXAMPLE\n')).toThrow(/expected "<value> # <why it is fake>"/)
  })
})

it('names file, line and kind of a finding, never the value', () => {
  const value = `${'AKIA'}${randomish}`
  const message = describeFinding({ file: 'a.ts', line: 3, kind: 'AWS access key id', value })
  expect(message).toContain('a.ts:3: AWS access key id AKIA… (20 characters)')
  expect(message).not.toContain(value)
})
