import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { awsSsmManyInstances } from '../../src/rules/aws-ssm-many-instances.ts'
import { DEFAULT_CONFIG } from './test-config.ts'

describe('aws-ssm-many-instances', () => {
  it.each(readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'aws-ssm-many-instances.jsonl')))(
    '$name',
    ({ events, expected }) => {
      const correlator = awsSsmManyInstances.correlator(DEFAULT_CONFIG)
      const detections = events.flatMap((event) => correlator.observe(event))
      expect(detections.length > 0).toBe(expected)
    },
  )
})
