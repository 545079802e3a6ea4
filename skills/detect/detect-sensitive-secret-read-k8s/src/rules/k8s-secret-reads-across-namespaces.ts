/**
 * One actor reads secrets in many namespaces within a short window: sweeping the cluster namespace by
 * namespace, which no single request shows.
 */
import type { CorrelationRule, Detection } from '#shared/detect/index.ts'
import type { OcsfEvent } from '#shared/ocsf/index.ts'
import { BoundedMap } from '#shared/state/index.ts'
import type { SecretReadConfig } from '../config.ts'
import { secretReadOf } from '../secret-read.ts'

/** Actors followed at once; past it the one not heard from longest is forgotten. */
const MAX_TRACKED_ACTORS = 10_000
/** Namespaces remembered per actor; more than any threshold worth setting. */
const MAX_NAMESPACES_PER_ACTOR = 256
const SEPARATOR = ', '

interface ActorReads {
  /** The first read in each namespace still inside the window, oldest first. */
  readonly firstByNamespace: Map<string, OcsfEvent>
  /** When this actor's sweep was last reported; reads within the window after it continue that report. */
  lastReported: number | undefined
}

function forgetBefore(reads: ActorReads, horizon: number): void {
  for (const [namespace, event] of reads.firstByNamespace) {
    if (event.time < horizon) reads.firstByNamespace.delete(namespace)
  }
}

function remember(reads: ActorReads, namespace: string, event: OcsfEvent): void {
  if (reads.firstByNamespace.has(namespace)) return
  if (reads.firstByNamespace.size >= MAX_NAMESPACES_PER_ACTOR) {
    const [oldest] = reads.firstByNamespace.keys()
    if (oldest !== undefined) reads.firstByNamespace.delete(oldest)
  }
  reads.firstByNamespace.set(namespace, event)
}

export const k8sSecretReadsAcrossNamespaces: CorrelationRule<SecretReadConfig> = {
  id: 'k8s-secret-reads-across-namespaces',
  title: 'Secrets read across many namespaces',
  severity: 'high',
  attacks: ['T1552.007'],
  classUids: [6003],
  rationale:
    'People and workloads work in a few namespaces; one identity reading secrets in many of them within minutes is collecting credentials across tenants.',
  reference: 'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets',
  runbook:
    '1. List the namespaces and secrets in the evidence: whose are they? 2. Does this identity administer all of them? 3. If not, rotate what it read and find where its credentials were used from.',
  falsePositives: [
    'platform engineers or CI pipelines that deploy to many namespaces and read their secrets; pass them with --allow-reader',
  ],
  correlator(config) {
    const actors = new BoundedMap<string, ActorReads>(MAX_TRACKED_ACTORS)
    return {
      observe(event): Detection[] {
        const read = secretReadOf(event, config)
        const namespace = read?.request.namespace
        if (read === undefined || namespace === undefined) return []
        const reads = actors.get(read.actor) ?? { firstByNamespace: new Map(), lastReported: undefined }
        forgetBefore(reads, event.time - config.windowMs)
        remember(reads, namespace, event)
        actors.set(read.actor, reads)
        if (reads.firstByNamespace.size < config.namespaceThreshold) return []
        const continuing =
          reads.lastReported !== undefined && event.time - reads.lastReported <= config.windowMs
        reads.lastReported = event.time
        if (continuing) {
          return [
            {
              key: [read.actor],
              desc: `${read.actor} read secrets in namespace ${namespace}.`,
              events: [event],
            },
          ]
        }
        const namespaces = [...reads.firstByNamespace.keys()]
        const events = [...reads.firstByNamespace.values()].sort((a, b) => a.time - b.time)
        return [
          {
            key: [read.actor],
            desc: `${read.actor} read secrets in ${namespaces.length} namespaces within ${Math.round(config.windowMs / 60_000)} min: ${namespaces.join(SEPARATOR)}.`,
            events,
          },
        ]
      },
    }
  },
}
