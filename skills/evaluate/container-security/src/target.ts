/**
 * What a container check reads, whatever the input form: a Dockerfile (what the image will be), a
 * `docker inspect` image or container (what it is), or a compose service (how it will run). A fact an
 * input form cannot state is absent, and the checks that need it report Not Applicable for that target.
 */
import type { ResourceDetails } from '#shared/ocsf/index.ts'

export type TargetForm = 'Dockerfile' | 'image' | 'container' | 'compose service'

/** A value and the line of the input that states it, when known. */
export interface Fact<Value> {
  readonly value: Value
  readonly line?: number
}

export interface EnvironmentEntry {
  readonly name: string
  /** The literal value; undefined when none is given (an ARG without default, a compose `- NAME`). */
  readonly value?: string
  /** How it is set: ENV, ARG, environment... */
  readonly origin: string
  readonly line?: number
}

/** What only a Dockerfile says. */
export interface BuildFacts {
  /** The external image the final stage builds on, after following stage aliases; undefined when a build argument decides it. */
  readonly baseImage?: Fact<string>
  /** ADD instructions of every stage. */
  readonly adds: readonly Fact<string>[]
}

/** How a container runs: `docker inspect` HostConfig, or a compose service's runtime keys. */
export interface RuntimeFacts {
  readonly privileged: Fact<boolean>
  readonly capAdd: Fact<readonly string[]>
  readonly readOnlyRootfs: Fact<boolean>
  /** How memory is limited ("512m"), or undefined when it is not. */
  readonly memoryLimit: Fact<string | undefined>
  /** How CPU is limited or weighted ("cpus 1.5", "cpu_shares 512"), or undefined when it is not. */
  readonly cpuLimit: Fact<string | undefined>
  readonly networkMode: Fact<string | undefined>
  readonly pidMode: Fact<string | undefined>
  readonly securityOpt: Fact<readonly string[]>
  /** Host paths mounted into the container (bind mounts). */
  readonly hostMounts: Fact<readonly string[]>
}

export interface ContainerTarget {
  readonly form: TargetForm
  readonly resource: ResourceDetails
  readonly file: string
  /** The line where the target is defined: a compose service's key, an inspect entry's `{`, line 1 of a Dockerfile. */
  readonly line?: number
  /** The user it runs as; a Fact of undefined means no user is set, so root. */
  readonly user?: Fact<string | undefined>
  /** The image reference it runs or builds on, as written (variables resolved where their defaults are known). */
  readonly image?: Fact<string>
  /** Why an image reference is not evaluated, when there is one to give (a compose service built from a Dockerfile). */
  readonly imageNote?: string
  readonly healthcheck?: Fact<'set' | 'disabled' | 'absent'>
  /** Undefined when the input form cannot show the environment. */
  readonly environment?: readonly EnvironmentEntry[]
  readonly build?: BuildFacts
  readonly runtime?: RuntimeFacts
}

export interface ContainerTargets {
  readonly targets: readonly ContainerTarget[]
  readonly scope: ResourceDetails
}
