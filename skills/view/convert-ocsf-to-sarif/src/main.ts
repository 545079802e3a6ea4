/** convert-ocsf-to-sarif: OCSF Detection and failed Compliance Findings to one SARIF 2.1.0 log for GitHub code scanning. */
import { relative, resolve, sep } from 'node:path'
import { type CommonOptions, runRecordSkill } from '#shared/cli/index.ts'
import { createSarifProcessor } from './sarif-processor.ts'

interface Options extends CommonOptions {
  category: string
  artifactUri?: string
}

/** A repository-relative, forward-slash URI for a log path, as GitHub resolves locations against the checkout. */
function toArtifactUri(logPath: string): string {
  const relativePath = relative(process.cwd(), resolve(logPath)).split(sep).join('/')
  return encodeURI(relativePath === '' ? logPath : relativePath)
}

await runRecordSkill<Options>({
  name: 'convert-ocsf-to-sarif',
  description:
    'Convert OCSF Detection Findings (2004) and failed Compliance Findings (2003) to one SARIF 2.1.0 log that GitHub code scanning accepts: rules per detection rule with ATT&CK tags, security-severity, stable fingerprints.',
  configure: (program) =>
    program
      .option(
        '--category <name>',
        'runAutomationDetails category, to keep several uploads per commit apart',
        'ocsf-skills',
      )
      .option(
        '--artifact-uri <path>',
        'point every result at this repository path (for CI jobs whose logs live outside the repository)',
      ),
  create: (options) =>
    createSarifProcessor({ category: options.category, artifactUri: options.artifactUri, toArtifactUri }),
})
