/** detect-sensitive-secret-read-k8s: reads of sensitive Kubernetes secrets and bulk secret reads in OCSF API Activity, as Detection Findings. */
import { InvalidArgumentError } from 'commander'
import {
  type CommonOptions,
  collectOption,
  durationOption,
  positiveIntegerOption,
  runRecordSkill,
} from '#shared/cli/index.ts'
import { createDetectionProcessor } from '#shared/detect/index.ts'
import type { SensitivePattern } from './config.ts'
import { RULES } from './rules/index.ts'
import { customPattern, DEFAULT_SENSITIVE_PATTERNS } from './sensitive-names.ts'

const SKILL_NAME = 'detect-sensitive-secret-read-k8s'

interface Options extends CommonOptions {
  sensitivePattern?: SensitivePattern[]
  allowReader?: string[]
  namespaceThreshold: number
  window: number
  dedupWindow: number
}

function patternOption(value: string, previous: SensitivePattern[] | undefined): SensitivePattern[] {
  if (value.length === 0) throw new InvalidArgumentError('expected a non-empty regular expression')
  try {
    return [...(previous ?? []), customPattern(value)]
  } catch (error) {
    throw new InvalidArgumentError(`not a regular expression: ${(error as Error).message}`)
  }
}

await runRecordSkill<Options>({
  name: SKILL_NAME,
  description:
    'Detect reads of sensitive Kubernetes secrets in OCSF API Activity from ingest-k8s-audit-ocsf: secrets named for tokens, passwords and keys, secret lists of a namespace or the whole cluster, reads across many namespaces, credential files read through exec. Emits OCSF Detection Findings (2004) with MITRE ATT&CK.',
  configure: (program) =>
    program
      .option(
        '--sensitive-pattern <regex>',
        'a secret-name pattern that marks a secret as sensitive, besides the built-in ones (repeatable; case-insensitive)',
        patternOption,
      )
      .option(
        '--allow-reader <principal>',
        'a principal expected to read secrets, such as an operator’s service account (repeatable)',
        collectOption,
      )
      .option(
        '--namespace-threshold <count>',
        'namespaces one actor reads secrets in, within --window, before it is reported',
        positiveIntegerOption,
        3,
      )
      .option(
        '--window <duration>',
        'how close together reads in different namespaces must be',
        durationOption,
        10 * 60_000,
      )
      .option(
        '--dedup-window <duration>',
        'firings of one rule on the same key within this window merge into one finding',
        durationOption,
        60 * 60_000,
      ),
  create: (options) =>
    createDetectionProcessor({
      skill: SKILL_NAME,
      rules: RULES,
      dedupWindowMs: options.dedupWindow,
      config: {
        sensitivePatterns: [...DEFAULT_SENSITIVE_PATTERNS, ...(options.sensitivePattern ?? [])],
        allowedReaders: new Set(options.allowReader ?? []),
        namespaceThreshold: options.namespaceThreshold,
        windowMs: options.window,
      },
    }),
})
