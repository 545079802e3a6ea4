/**
 * 1.6: a virtual MFA device is a secret on a phone or laptop that can be copied with the device it sits on;
 * a hardware device cannot be cloned remotely.
 */
import { SECTIONS } from '../sections.ts'
import { type AwsControl, accountCloud, accountResource } from '../subject.ts'

/** The serial number IAM gives a virtual device assigned to the root user. */
const ROOT_VIRTUAL_MFA_SUFFIX = ':mfa/root-account-mfa-device'

export const rootHardwareMfa: AwsControl = {
  id: '1.6',
  title: "Ensure hardware MFA is enabled for the 'root' user account",
  severity: 'medium',
  attacks: ['T1078.004'],
  requirements: ['NIST CSF 2.0 PR.AA-03', 'SOC 2 CC6.1'],
  remediation:
    'Sign in as the root user, remove the virtual MFA device and assign a hardware MFA device (a FIDO security key or hardware TOTP token).',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_physical.html'],
  sections: [SECTIONS.accountSummary, SECTIONS.virtualMfaDevices],
  evaluate({ data }) {
    const summary = data.iam.accountSummary
    const resource = accountResource(data)
    const cloud = accountCloud(data)
    if (summary === null)
      return [{ status: 'unknown', detail: 'The snapshot has no account summary.', resource, cloud }]
    if (!summary.accountMfaEnabled)
      return [{ status: 'fail', detail: 'The root user has no MFA device at all.', resource, cloud }]
    const rootArn = resource.uid
    const virtual = data.iam.virtualMfaDevices.find(
      (device) => device.userArn === rootArn || device.serialNumber.endsWith(ROOT_VIRTUAL_MFA_SUFFIX),
    )
    if (virtual !== undefined)
      return [
        {
          status: 'fail',
          detail: `The root user's MFA device is virtual (${virtual.serialNumber}).`,
          resource,
          cloud,
        },
      ]
    return [
      { status: 'pass', detail: "The root user's MFA device is not a virtual device.", resource, cloud },
    ]
  },
}
