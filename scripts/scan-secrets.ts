/**
 * Scans every file of the repository (tracked, or new and not ignored; gzip undone) for credentials:
 * AWS access key ids, OpenAI-style `sk-` keys, GitHub and Slack tokens, and private-key blocks. A value
 * is accepted only when scripts/secret-allowlist.txt lists it exactly, with the reason it is fake. Run by
 * `npm test`; exits 1 and names file, line and kind (never the value) for anything else.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { ROOT } from './skills.ts'

export const ALLOWLIST_FILE = join('scripts', 'secret-allowlist.txt')

interface SecretPattern {
  readonly kind: string
  readonly pattern: RegExp
  /** The value the allowlist is matched against; by default the whole match. */
  secretOf?(match: RegExpMatchArray): string
}

const SECRET_PATTERNS: readonly SecretPattern[] = [
  { kind: 'AWS access key id', pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g },
  { kind: 'OpenAI-style API key', pattern: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/g },
  { kind: 'GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g },
  { kind: 'Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g },
  {
    kind: 'private key block',
    // The body may sit in a JSON or source string, so escaped line breaks count as white space.
    pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----((?:\s|\\[nr]|[A-Za-z0-9+/=])*)/g,
    secretOf: (match) => (match[1] ?? '').replace(/\\[nr]|\s/g, ''),
  },
]

export interface SecretFinding {
  readonly file: string
  readonly line: number
  readonly kind: string
  readonly value: string
}

/** Every candidate secret in a text, with its line. */
export function findSecrets(file: string, text: string): SecretFinding[] {
  const findings: SecretFinding[] = []
  for (const { kind, pattern, secretOf } of SECRET_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const value = secretOf === undefined ? match[0] : secretOf(match)
      if (value.length === 0) continue
      const line = text.slice(0, match.index).split('\n').length
      findings.push({ file, line, kind, value })
    }
  }
  return findings
}

/** The allowlist: one exact value per line, then `#` and why it is not a credential; a reason is required. */
export function parseAllowlist(text: string): Map<string, string> {
  const allowed = new Map<string, string>()
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim()
    if (line.length === 0 || line.startsWith('#')) return
    const match = /^(\S+)\s+#\s*(\S.*)$/.exec(line)
    if (match === null)
      throw new Error(`${ALLOWLIST_FILE}:${index + 1}: expected "<value> # <why it is fake>"`)
    allowed.set(match[1] ?? '', match[2] ?? '')
  })
  return allowed
}

/** What the scan prints: enough to find the value, never the value itself. */
export function describeFinding(finding: SecretFinding): string {
  const shown = `${finding.value.slice(0, 4)}… (${finding.value.length} characters)`
  return `${finding.file}:${finding.line}: ${finding.kind} ${shown} is not in ${ALLOWLIST_FILE}`
}

function repositoryFiles(): string[] {
  const output = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  return output.split('\0').filter((file) => file.length > 0)
}

/** A file's text, gzip undone; undefined for binary content and for files listed but deleted. */
function readText(file: string): string | undefined {
  let bytes: Buffer
  try {
    bytes = readFileSync(join(ROOT, file))
  } catch {
    return undefined
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes)
  if (bytes.includes(0)) return undefined
  return bytes.toString('utf8')
}

export function scanRepository(): { findings: SecretFinding[]; unusedAllowlist: string[]; files: number } {
  const allowlist = parseAllowlist(readFileSync(join(ROOT, ALLOWLIST_FILE), 'utf8'))
  const used = new Set<string>()
  const findings: SecretFinding[] = []
  const files = repositoryFiles()
  for (const file of files) {
    if (file === ALLOWLIST_FILE) continue
    const text = readText(file)
    if (text === undefined) continue
    for (const finding of findSecrets(file, text)) {
      if (allowlist.has(finding.value)) used.add(finding.value)
      else findings.push(finding)
    }
  }
  const unusedAllowlist = [...allowlist.keys()].filter((value) => !used.has(value))
  return { findings, unusedAllowlist, files: files.length }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { findings, unusedAllowlist, files } = scanRepository()
  for (const finding of findings) console.error(`scan-secrets: ${describeFinding(finding)}`)
  for (const value of unusedAllowlist) {
    console.error(
      `scan-secrets: note: ${ALLOWLIST_FILE} lists ${value.slice(0, 4)}…, found nowhere; remove it`,
    )
  }
  if (findings.length > 0) process.exit(1)
  console.log(`scan-secrets: ${files} file(s), no credential outside the allowlist`)
}
