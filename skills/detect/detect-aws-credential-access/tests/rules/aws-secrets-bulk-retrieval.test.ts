import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { awsSecretsBulkRetrieval } from '../../src/rules/aws-secrets-bulk-retrieval.ts'
import { DEFAULT_CONFIG } from './test-config.ts'

describe('aws-secrets-bulk-retrieval', () => {
  it.each(readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'aws-secrets-bulk-retrieval.jsonl')))(
    '$name',
    ({ events, expected }) => {
      const correlator = awsSecretsBulkRetrieval.correlator(DEFAULT_CONFIG)
      const detections = events.flatMap((event) => correlator.observe(event))
      expect(detections.length > 0).toBe(expected)
    },
  )
})
