import { describe, expect, it } from 'vitest'
import { secretsInConfiguration } from '../../src/controls/secrets-in-configuration.ts'
import { composeTargets, dockerfileTarget, inspectTarget, verdictOf } from '../targets-of.ts'

describe('4.10 secrets in configuration', () => {
  it.each([
    ['ENV with a secret name and a value', 'FROM a:1\nENV DB_PASSWORD=hunter2\n', 'fail'],
    ['ENV copying a build argument into the image', 'FROM a:1\nARG T\nENV API_TOKEN=$T\n', 'fail'],
    ['an ARG named like a credential, even without default', 'FROM a:1\nARG NPM_TOKEN\n', 'fail'],
    [
      'a credential-shaped value under an innocent name',
      'FROM a:1\nENV BACKUP=AKIAIOSFODNN7EXAMPLE\n',
      'fail',
    ],
    ['a pointer to a secret file', 'FROM a:1\nENV DB_PASSWORD_FILE=/run/secrets/db\n', 'pass'],
    ['ordinary settings', 'FROM a:1\nARG VERSION=1.2\nENV LOG_LEVEL=info\n', 'pass'],
  ])('Dockerfile: %s', (_name, dockerfile, expected) => {
    expect(verdictOf(secretsInConfiguration, dockerfileTarget(dockerfile)).status).toBe(expected)
  })

  it.each([
    ['a literal password', 'services:\n  a:\n    environment: {DB_PASSWORD: hunter2}\n', 'fail'],
    [
      'a password taken from the environment at run time',
      `services:\n  a:\n    environment: {DB_PASSWORD: "\${DB_PASSWORD}"}\n`,
      'pass',
    ],
    ['a variable passed through by name', 'services:\n  a:\n    environment: [DB_PASSWORD]\n', 'pass'],
  ])('Compose: %s', (_name, yaml, expected) => {
    const [service] = composeTargets(yaml)
    if (service === undefined) throw new Error('no service')
    expect(verdictOf(secretsInConfiguration, service).status).toBe(expected)
  })

  it('names the variable and line, never the value', () => {
    const verdict = verdictOf(
      secretsInConfiguration,
      dockerfileTarget('FROM a:1\nENV MODE=x \\\n    API_KEY=do-not-print\n'),
    )
    expect(verdict).toEqual({
      status: 'fail',
      detail: 'Dockerfile holds credentials in ENV API_KEY at line 3 (secret name).',
      line: 3,
    })
  })

  it('reads the environment docker inspect shows', () => {
    const container = inspectTarget({
      Id: 'c',
      Config: { Env: ['PATH=/bin', 'GITHUB_TOKEN=abc'] },
      HostConfig: {},
    })
    expect(verdictOf(secretsInConfiguration, container).status).toBe('fail')
  })
})
