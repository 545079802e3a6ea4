/** The SARIF the pipe produces validates against the official SARIF 2.1.0 JSON schema, with ajv. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import AjvDraft04 from 'ajv-draft-04'
import { describe, expect, it } from 'vitest'
import { goldenScenarios } from './helpers/golden.ts'
import { HAS_SHARED, SHARED } from './helpers/paths.ts'

describe.runIf(HAS_SHARED)('SARIF against the OASIS schema', () => {
  const schema = JSON.parse(readFileSync(join(SHARED, 'sarif', 'sarif-schema-2.1.0.json'), 'utf8')) as object
  // ajv-draft-04 is CommonJS; its class is the default export's default.
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false, validateFormats: false })
  const validate = ajv.compile(schema)
  const files = goldenScenarios().flatMap((scenario) =>
    scenario.steps
      .filter((step) => step.expect.endsWith('.sarif'))
      .map((step) => join(scenario.dir, step.expect)),
  )

  it('has SARIF outputs to check', () => {
    expect(files.length).toBeGreaterThan(0)
  })

  it.each(files)('%s is valid', (file) => {
    const valid = validate(JSON.parse(readFileSync(file, 'utf8')))
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })
})
