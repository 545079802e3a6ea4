/**
 * Credentials written into a serving config endpoint as literals, found at any depth: a value under a
 * credential-named key (`api_key`, `api_keys[0]`, `OPENAI_API_KEY`) or any credential-shaped value. Values
 * that point at a credential instead of holding it are left alone. Only where it is written is reported.
 */
import { asArray, asObject } from '#shared/json/index.ts'
import { literalSecretOf } from '#shared/posture/index.ts'
import type { LiteralCredential } from '../endpoint.ts'
import type { SettingLines } from './setting-lines.ts'

/** LiteLLM's documented way of reading a key from the environment: `os.environ/OPENAI_API_KEY`. */
const ENVIRONMENT_REFERENCE = /^os\.environ\/[A-Za-z_][A-Za-z0-9_]*$/

/** Keys that name where a credential is (`api_key_env: OPENAI_API_KEY`, `token_ref`), not the credential. */
const REFERENCE_KEY = /_(?:env|ref|secret_ref|secret_name|file|path)$/i

/** Numbers and booleans written as text are settings (`max_tokens: "1024"`), never credentials. */
const SETTING_VALUE = /^(?:\d{1,15}|true|false)$/i

type Path = (string | number)[]

function pathText(path: Path): string {
  let text = ''
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`
    else text += text === '' ? key : `.${key}`
  }
  return text
}

function visit(
  value: unknown,
  name: string,
  path: Path,
  lines: SettingLines,
  found: LiteralCredential[],
): void {
  if (typeof value === 'string') {
    if (
      ENVIRONMENT_REFERENCE.test(value.trim()) ||
      REFERENCE_KEY.test(name) ||
      SETTING_VALUE.test(value.trim())
    )
      return
    if (literalSecretOf(name, value) !== undefined)
      found.push({ where: pathText(path), line: lines(...path) })
    return
  }
  const items = asArray(value)
  if (items !== undefined) {
    items.forEach((item, index) => {
      visit(item, name, [...path, index], lines, found)
    })
    return
  }
  for (const [key, item] of Object.entries(asObject(value) ?? {}))
    visit(item, key, [...path, key], lines, found)
}

export function literalCredentialsOf(settings: unknown, lines: SettingLines): LiteralCredential[] {
  const found: LiteralCredential[] = []
  visit(settings, '', [], lines, found)
  return found
}
