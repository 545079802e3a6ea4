/** Reading descriptions: every resource and relationship accounted for, bad ones skipped at their line, snapshots and their gaps. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError } from '#shared/errors/index.ts'
import { Reporter } from '#shared/io/index.ts'
import { parseConfigDocuments } from '#shared/posture/config-documents.ts'
import { readEnvironmentDocument } from '../src/read-environment.ts'

function read(text: string, source = 'environment.yaml') {
  const warnings: string[] = []
  const reporter = new Reporter({
    skill: 'discover-environment',
    quiet: true,
    writeStderr: (line) => warnings.push(line),
  })
  const [parsed] = parseConfigDocuments(text)
  if (parsed?.kind !== 'document') throw new Error('test input is not one document')
  return { result: readEnvironmentDocument(parsed.document, source, reporter), reporter, warnings }
}

describe('a configuration file', () => {
  it('skips each bad record with its line and reason, and reads the rest', () => {
    const text = readFileSync(join(import.meta.dirname, 'fixtures', 'messy-environment.yaml'), 'utf8')
    const { result, reporter, warnings } = read(text)
    expect(result.environment.resources.map((resource) => resource.uid)).toEqual([
      'arn:aws:iam::111122223333:user/deploy-bot',
      'AKIAIOSFODNN7EXAMPLE',
    ])
    expect(result.environment.relationships).toHaveLength(1)
    expect(warnings).toEqual([
      'discover-environment: environment.yaml:6: skipped: duplicate resource (uid arn:aws:iam::111122223333:user/deploy-bot is also at line 4)',
      expect.stringMatching(/^discover-environment: environment\.yaml:9: skipped: invalid resource \(type: /),
      expect.stringMatching(/^discover-environment: environment\.yaml:11: skipped: invalid resource \(uid: /),
      expect.stringMatching(
        /^discover-environment: environment\.yaml:13: skipped: invalid resource \(ingress\.0\.from_port: /,
      ),
      expect.stringMatching(
        /^discover-environment: environment\.yaml:21: skipped: invalid relationship \(relation: /,
      ),
      'discover-environment: environment.yaml:22: skipped: relationship to an unknown resource (no resource has uid AKIA****************)', // key ids are scrubbed from messages
    ])
    expect(reporter.read).toBe(9)
    expect(reporter.processed).toBe(3)
    expect(reporter.isBalanced()).toBe(true)
    expect(result.observedAt).toBeUndefined()
  })

  it('reads JSON as well, with its own time', () => {
    const { result } = read(
      JSON.stringify({
        provider: 'gcp',
        account: 'example-prod-123',
        observed_at: '2026-03-02T10:00:00+01:00',
        resources: [{ uid: 'b', type: 'bucket' }],
      }),
    )
    expect(result.observedAt).toBe('2026-03-02T09:00:00.000Z')
    expect(result.environment).toMatchObject({ provider: 'gcp', relationships: [] })
  })

  it.each([
    [
      'an unknown provider',
      'provider: oracle\nresources: []\n',
      /provider must be one of aws, gcp, azure, other/,
    ],
    ['no resources list', 'provider: aws\n', /resources must be a list/],
    [
      'an unknown top-level field',
      'provider: aws\nresources: []\nnodes: []\n',
      /unknown top-level field nodes/,
    ],
    [
      'a time that is not RFC 3339',
      'provider: aws\nobserved_at: yesterday\nresources: []\n',
      /observed_at must be an RFC 3339 time/,
    ],
    ['a list instead of an object', '- provider: aws\n', /expected an object/],
  ])('refuses %s as an input error', (_name, text, message) => {
    expect(() => read(text)).toThrow(InputError)
    expect(() => read(text)).toThrow(message)
  })
})

describe('a snapshot from collect', () => {
  const snapshot = {
    kind: 'discover-environment',
    collected_at: '2026-03-02T09:00:00.000Z',
    errors: {
      'AWS IAM ListRoles': 'AWS IAM ListRoles: permission denied; the caller needs iam:ListRoles: denied',
    },
    data: {
      provider: 'aws',
      account: '111122223333',
      resources: [{ uid: 'b', type: 'bucket' }],
      relationships: [],
    },
  }

  it('takes its time from collected_at and its gaps from errors', () => {
    const { result } = read(JSON.stringify(snapshot, null, 2), 'snapshot.json')
    expect(result.observedAt).toBe('2026-03-02T09:00:00.000Z')
    expect(result.notes).toEqual([
      'AWS IAM ListRoles: permission denied; the caller needs iam:ListRoles: denied',
    ])
    expect(result.environment.resources).toHaveLength(1)
  })

  it('names the line of a bad resource inside the snapshot', () => {
    const bad = {
      ...snapshot,
      data: {
        ...snapshot.data,
        resources: [
          { uid: 'b', type: 'bucket' },
          { uid: 'x', type: 'vm' },
        ],
      },
    }
    const { warnings } = read(JSON.stringify(bad, null, 2), 'snapshot.json')
    expect(warnings).toEqual([
      expect.stringMatching(/^discover-environment: snapshot\.json:15: skipped: invalid resource/),
    ])
  })

  it('refuses another collector’s snapshot', () => {
    expect(() => read(JSON.stringify({ ...snapshot, kind: 'cspm-aws-cis-benchmark' }))).toThrow(
      /not a discover-environment snapshot/,
    )
  })
})
