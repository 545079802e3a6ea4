/**
 * Removes secrets from text before it reaches stderr: messages quote input lines and SDK errors,
 * and either can carry a key. The patterns are the credential shapes cloud logs and configs hold.
 */

const SECRET_PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  // AWS access key ids (long-term AKIA, temporary ASIA) and the secret keys that travel with them.
  [/\b(AKIA|ASIA)[A-Z0-9]{16}\b/g, '$1****************'],
  [/(aws_?secret_?access_?key["'\s:=]+)[A-Za-z0-9/+=]{40}/gi, '$1[redacted]'],
  // Bearer and basic credentials in headers, and tokens in URLs.
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g, '$1 [redacted]'],
  [/([?&][\w.-]*(?:token|signature|sig|key|secret|password|credential|code)=)[^&\s"']+/gi, '$1[redacted]'],
  [/(\/\/[^/\s:@]+:)[^@\s/]+@/g, '$1[redacted]@'],
  // Provider token formats: OpenAI-style, GitHub, Slack, Google API keys.
  [/\bsk-[A-Za-z0-9_-]{16,}/g, 'sk-[redacted]'],
  [/\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,}/g, '$1_[redacted]'],
  [/\bgithub_pat_[A-Za-z0-9_]{20,}/g, 'github_pat_[redacted]'],
  [/\bxox[abposr]-[A-Za-z0-9-]{10,}/g, 'xox-[redacted]'],
  [/\bAIza[0-9A-Za-z_-]{35}\b/g, 'AIza[redacted]'],
  // JSON web tokens (Kubernetes service-account tokens among them).
  [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, '[redacted-jwt]'],
  [
    /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g,
    '[redacted-private-key]',
  ],
  [/("(?:password|secret|client_secret|private_key|token)"\s*:\s*")[^"]*"/gi, '$1[redacted]"'],
]

/**
 * A text any pattern above can match holds one of these: the literal each pattern starts with or must
 * contain. Ingesters scrub every string of every request body, and most hold none of them, so one scan
 * here saves the thirteen replacements.
 */
const MIGHT_HOLD_SECRET =
  /AKIA|ASIA|secret|Bearer|Basic|[?&]|\/\/|sk-|gh[pousr]_|github_pat_|xox|AIza|eyJ|-----BEGIN|"/i

export function scrubSecrets(text: string): string {
  if (!MIGHT_HOLD_SECRET.test(text)) return text
  let scrubbed = text
  for (const [pattern, replacement] of SECRET_PATTERNS) scrubbed = scrubbed.replace(pattern, replacement)
  return scrubbed
}

/** A one-line, bounded, scrubbed rendering of untrusted text for a message. */
export function quoteForMessage(text: string, maxLength = 160): string {
  const oneLine = scrubSecrets(text).replace(/[\r\n\t]+/g, ' ')
  return oneLine.length > maxLength ? `${oneLine.slice(0, maxLength)}…` : oneLine
}
