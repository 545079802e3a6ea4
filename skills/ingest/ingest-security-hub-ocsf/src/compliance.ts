/**
 * Which ASFF findings are checks against a standard, and their `Compliance` block as the OCSF compliance
 * object: the control, its standards and requirements, the outcome and why.
 */
import { asArray, asObject, asString, asStrings, compact, type JsonObject, path } from '#shared/json/index.ts'
import type { Compliance, KeyValueObject } from '#shared/ocsf/index.ts'
import { isStandardsCheck } from './asff-types.ts'
import { COMPLIANCE_STATUSES } from './mappings/compliance-status.ts'

function controlParametersOf(compliance: unknown): KeyValueObject[] | undefined {
  const parameters: KeyValueObject[] = []
  for (const parameter of asArray(path(compliance, 'SecurityControlParameters')) ?? []) {
    const name = asString(path(parameter, 'Name'))
    const values = asStrings(path(parameter, 'Value'))
    if (name !== undefined && values.length > 0) parameters.push({ name, values })
  }
  return parameters.length > 0 ? parameters : undefined
}

export function complianceOf(finding: JsonObject): Compliance {
  const compliance = finding.Compliance
  const statusCode = asString(path(compliance, 'Status'))
  const status = COMPLIANCE_STATUSES[statusCode ?? ''] ?? { status_id: 0 as const, status: 'Unknown' }
  const standards = (asArray(path(compliance, 'AssociatedStandards')) ?? [])
    .map((standard) => asString(path(standard, 'StandardsId')))
    .filter((standard) => standard !== undefined)
  const reasons = (asArray(path(compliance, 'StatusReasons')) ?? [])
    .map((reason) => asString(path(reason, 'Description')) ?? asString(path(reason, 'ReasonCode')))
    .filter((reason) => reason !== undefined)
  const requirements = asStrings(path(compliance, 'RelatedRequirements'))
  return compact({
    standards: standards.length > 0 ? standards : undefined,
    control:
      asString(path(compliance, 'SecurityControlId')) ??
      asString(path(finding, 'ProductFields', 'ControlId')) ??
      asString(path(finding, 'ProductFields', 'RuleId')),
    desc: asString(finding.Title),
    requirements: requirements.length > 0 ? requirements : undefined,
    ...status,
    status_code: statusCode,
    status_details: reasons.length > 0 ? reasons : undefined,
    control_parameters: controlParametersOf(compliance),
  })
}

export function isComplianceFinding(finding: JsonObject): boolean {
  return asObject(finding.Compliance) !== undefined || isStandardsCheck(asStrings(finding.Types))
}
