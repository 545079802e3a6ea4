/** 3.2: digest files let anyone prove a log file was not altered or deleted after delivery. */
import { SECTIONS } from '../sections.ts'
import { type AwsControl, accountCloud, trailResource } from '../subject.ts'
import { perTrail } from '../trail-coverage.ts'

export const trailLogFileValidation: AwsControl = {
  id: '3.2',
  title: 'Ensure CloudTrail log file validation is enabled',
  severity: 'medium',
  attacks: ['T1070'],
  requirements: ['NIST CSF 2.0 PR.PS-04', 'NIST CSF 2.0 PR.DS-01', 'SOC 2 CC7.2'],
  remediation:
    'Turn on log file validation: aws cloudtrail update-trail --name <trail> --enable-log-file-validation.',
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-enabling.html',
  ],
  sections: [SECTIONS.regions],
  evaluate({ data }) {
    return perTrail(data, (trail) => {
      const resource = trailResource(data, trail.name, trail.trailArn, trail.homeRegion)
      const cloud = accountCloud(data, trail.homeRegion)
      if (trail.logFileValidationEnabled)
        return { status: 'pass', detail: `${trail.name} has log file validation enabled.`, resource, cloud }
      return { status: 'fail', detail: `${trail.name} has log file validation disabled.`, resource, cloud }
    })
  },
}
