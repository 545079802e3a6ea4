/** container-security: CIS Docker Benchmark checks over Dockerfiles, Compose files and `docker inspect` output, as Compliance Findings. */
import { timeOption } from '#shared/cli/index.ts'
import { type PostureOptions, runPostureSkill } from '#shared/posture/index.ts'
import { CIS_DOCKER } from './benchmark.ts'
import { CONTROLS } from './controls/index.ts'
import type { ContainerTargets } from './target.ts'

interface Options extends PostureOptions {
  evaluatedAt?: number
}

await runPostureSkill<Options, ContainerTargets>({
  name: 'container-security',
  description:
    'Evaluate Dockerfiles, Compose files and `docker inspect` output of images and containers against the CIS Docker Benchmark v1.6.0 (sections 4 and 5): root user, unpinned or full base images, health checks, ADD, secrets, privileges, capabilities, host namespaces, resource limits, read-only root, the Docker socket. Emits OCSF Compliance Findings (2003) with MITRE ATT&CK.',
  benchmark: CIS_DOCKER,
  controls: CONTROLS,
  configure: (command) =>
    command.option(
      '--evaluated-at <time>',
      'the time the findings carry, RFC 3339 (default: now); pass it for reproducible output',
      timeOption,
    ),
  // The readers (YAML, Dockerfile parser) load when there is input to read: --help and --version start fast.
  load: async (options, inputs, _progress, reporter) => {
    const { loadTargets } = await import('./load-targets.ts')
    return loadTargets(inputs, reporter, options.evaluatedAt ?? Date.now())
  },
})
