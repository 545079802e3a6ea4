/**
 * The loopback API server of a posture skill's live-collection test, with a kubeconfig pointing at it, and
 * the checks every such skill owes: it lists only with GET, a page at a time, and only what the ClusterRole
 * in its REFERENCES.md allows; refused credentials stop it with status 4 and one line; files and
 * --from-cluster together are a usage error.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { PAGE_SIZE } from '#shared/posture/index.ts'
import {
  documentedRole,
  type FakeKubeApi,
  type FakeKubeApiOptions,
  kubeconfigFor,
  listPathsOf,
  type RecordedRequest,
  startFakeKubeApi,
} from './fake-kube-api-server.ts'
import type { SkillRun } from './run-skill.ts'
import { runSkillAsync } from './run-skill-async.ts'

export const LOOPBACK_TOKEN = 'loopback-test-token'

/** The server pages at two objects whatever `limit` asks, so every list of three or more crosses pages. */
const SERVER_PAGE_SIZE = 2

export interface LoopbackCluster {
  readonly server: FakeKubeApi
  /** A kubeconfig file naming the server and the token it accepts. */
  readonly kubeconfig: string
  /** A scratch folder for the test's own files. */
  readonly dir: string
}

/**
 * Starts the server before the tests of the enclosing describe and stops it after them; read the fields
 * inside a test, once the server is up.
 */
export function useLoopbackCluster(
  options: Pick<FakeKubeApiOptions, 'lists' | 'forbidden' | 'throttledOnce'>,
): LoopbackCluster {
  const dir = mkdtempSync(join(tmpdir(), 'loopback-cluster-'))
  const kubeconfig = join(dir, 'kubeconfig.yaml')
  let server: FakeKubeApi | undefined
  beforeAll(async () => {
    server = await startFakeKubeApi({ ...options, pageSize: SERVER_PAGE_SIZE, token: LOOPBACK_TOKEN })
    writeFileSync(kubeconfig, kubeconfigFor(server.url, LOOPBACK_TOKEN))
  })
  afterAll(() => server?.close())
  return {
    get server() {
      if (server === undefined) throw new Error('the loopback API server is not started yet')
      return server
    },
    kubeconfig,
    dir,
  }
}

/** The ClusterRole in a skill's REFERENCES.md, which must grant list only, as the paths it allows. */
export function documentedListPaths(
  skillDir: string,
  versionOf: (group: string, resource: string) => string = () => 'v1',
): Set<string> {
  const role = documentedRole(readFileSync(join(skillDir, 'REFERENCES.md'), 'utf8'))
  expect(role.kind).toBe('ClusterRole')
  for (const rule of role.rules) expect(rule.verbs).toEqual(['list'])
  return listPathsOf(role, versionOf)
}

/** Every request a GET with the token and the collector's page size, to every allowed path and no other. */
export function expectOnlyAllowedLists(requests: readonly RecordedRequest[], allowed: ReadonlySet<string>) {
  for (const request of requests) {
    expect(request.method).toBe('GET')
    expect(request.authorization).toBe(`Bearer ${LOOPBACK_TOKEN}`)
    expect(request.limit).toBe(String(PAGE_SIZE))
    expect(allowed.has(request.path), request.path).toBe(true)
  }
  expect(new Set(requests.map((request) => request.path))).toEqual(allowed)
}

/** The built script with no KUBECONFIG or home of the user's: only the kubeconfig a test names. */
export function runWithoutUserConfig(skill: string, args: readonly string[]): Promise<SkillRun> {
  return runSkillAsync(skill, args, { env: { PATH: process.env.PATH ?? '', HOME: tmpdir() } })
}

/** Registers the refusals every live posture skill owes; call it inside the describe that started the cluster. */
export function itRefusesBadCredentialsAndFiles(skill: string, cluster: LoopbackCluster): void {
  it('stops with status 4 and one line when the credentials are refused', async () => {
    const badConfig = join(cluster.dir, 'bad-token.yaml')
    writeFileSync(badConfig, kubeconfigFor(cluster.server.url, 'not-the-token'))
    const run = await runWithoutUserConfig(skill, ['--from-cluster', '--kubeconfig', badConfig])
    expect(run.status).toBe(4)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain('not authenticated')
    expect(run.stdout).toBe('')
  })

  it('refuses files together with --from-cluster as a usage error', async () => {
    const run = await runWithoutUserConfig(skill, [
      '--from-cluster',
      '--kubeconfig',
      cluster.kubeconfig,
      'manifest.yaml',
    ])
    expect(run.status).toBe(2)
  })
}
