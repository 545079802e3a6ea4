/** detect-gcp-iam-abuse: IAM abuse in Google Cloud Audit Logs (OCSF API Activity), as Detection Findings. */
import { type CommonOptions, collectOption, durationOption, runRecordSkill } from '#shared/cli/index.ts'
import { createDetectionProcessor } from '#shared/detect/index.ts'
import { RULES } from './rules/index.ts'

const SKILL_NAME = 'detect-gcp-iam-abuse'

interface Options extends CommonOptions {
  dedupWindow: number
  internalDomain?: string[]
}

await runRecordSkill<Options>({
  name: SKILL_NAME,
  description:
    'Detect IAM abuse in OCSF API Activity from ingest-gcp-audit-ocsf: service account keys created, service accounts impersonated, privileged, external or public IAM grants, buckets made public. Emits OCSF Detection Findings (2004) with MITRE ATT&CK.',
  configure: (program) =>
    program
      .option(
        '--dedup-window <duration>',
        'firings of one rule on the same key within this window merge into one finding',
        durationOption,
        60 * 60_000,
      )
      .option(
        '--internal-domain <domain>',
        "one of the organisation's own domains; members of any other are external (repeatable)",
        collectOption,
      ),
  create: (options) =>
    createDetectionProcessor({
      skill: SKILL_NAME,
      rules: RULES,
      dedupWindowMs: options.dedupWindow,
      config: {
        internalDomains: new Set((options.internalDomain ?? []).map((domain) => domain.toLowerCase())),
      },
    }),
})
