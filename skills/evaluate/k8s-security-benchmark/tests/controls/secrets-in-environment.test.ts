import { describe, expect, it } from 'vitest'
import { secretsInEnvironment } from '../../src/controls/secrets-in-environment.ts'
import { deployment, onlyOutcome } from '../inventory-of.ts'

const withEnv = (env: string) => `containers: [{name: app, image: "a:1", ${env}}]`

describe('5.4.1 secrets in environment variables', () => {
  it.each([
    [
      'a secretKeyRef',
      'env: [{name: DB_PASSWORD, valueFrom: {secretKeyRef: {name: db, key: password}}}]',
      'fail',
    ],
    ['envFrom a Secret', 'envFrom: [{secretRef: {name: app-secrets}}]', 'fail'],
    ['a literal value under a secret name', 'env: [{name: API_TOKEN, value: "t0k3n"}]', 'fail'],
    ['a literal value of a credential shape', 'env: [{name: BACKUP, value: "AKIAIOSFODNN7EXAMPLE"}]', 'fail'],
    ['a path to a mounted secret file', 'env: [{name: DB_PASSWORD_FILE, value: /run/secrets/db}]', 'pass'],
    [
      'a ConfigMap and plain settings',
      'env: [{name: LOG_LEVEL, value: info}], envFrom: [{configMapRef: {name: settings}}]',
      'pass',
    ],
    [
      'a secret name referring to another of its variables',
      'env: [{name: API_TOKEN, value: "$(TOKEN_FROM_FILE)"}]',
      'pass',
    ],
  ])('%s', (_name, env, expected) => {
    expect(onlyOutcome(secretsInEnvironment, deployment(withEnv(env))).status).toBe(expected)
  })

  it('names variables and Secrets, never values', () => {
    const outcome = onlyOutcome(
      secretsInEnvironment,
      deployment(
        withEnv(
          'env: [{name: API_TOKEN, value: "do-not-print-me"}, {name: DB, valueFrom: {secretKeyRef: {name: db, key: url}}}]',
        ),
      ),
    )
    expect(outcome.detail).toBe(
      'Deployment app: container app sets API_TOKEN to a literal value (secret name), container app reads DB from Secret db.',
    )
    expect(outcome.detail).not.toContain('do-not-print-me')
  })
})
