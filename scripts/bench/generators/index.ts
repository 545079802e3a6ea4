/**
 * The raw-event generators, keyed by the ingester that reads each source. The benchmark finds ingesters
 * by folder; one without an entry here is reported loudly and left out, so a new ingester shows up as
 * a gap rather than passing unmeasured.
 */
import { azureActivityGenerator } from './azure-activity.ts'
import { cloudTrailGenerator } from './cloudtrail.ts'
import { gcpAuditGenerator } from './gcp-audit.ts'
import { guardDutyGenerator } from './guardduty.ts'
import { k8sAuditGenerator } from './k8s-audit.ts'
import { mcpProxyGenerator } from './mcp-proxy.ts'
import { securityHubGenerator } from './security-hub.ts'
import type { SourceGenerator } from './source-generator.ts'
import { vpcFlowGenerator } from './vpc-flow.ts'

export const GENERATORS: readonly SourceGenerator[] = [
  k8sAuditGenerator,
  cloudTrailGenerator,
  vpcFlowGenerator,
  mcpProxyGenerator,
  gcpAuditGenerator,
  azureActivityGenerator,
  guardDutyGenerator,
  securityHubGenerator,
]

export function generatorFor(ingester: string): SourceGenerator | undefined {
  return GENERATORS.find((generator) => generator.ingester === ingester)
}
