/**
 * 3.1: a multi-region trail recording every management event is the record of who did what in the account,
 * including in regions nobody uses, where an intruder would otherwise act unseen.
 */

import { collectionFailed } from '../outcomes.ts'
import { SECTIONS } from '../sections.ts'
import { type AwsControl, accountCloud, accountResource } from '../subject.ts'
import { trailCoverage } from '../trail-coverage.ts'

export const cloudtrailAllRegions: AwsControl = {
  id: '3.1',
  title: 'Ensure CloudTrail is enabled in all regions',
  severity: 'high',
  attacks: ['T1562.008', 'T1535'],
  requirements: ['NIST CSF 2.0 PR.PS-04', 'NIST CSF 2.0 DE.CM-09', 'SOC 2 CC7.2'],
  remediation:
    'Create or update a trail to apply to all regions and record all management events, then start it: aws cloudtrail update-trail --name <trail> --is-multi-region-trail; aws cloudtrail put-event-selectors --trail-name <trail> --event-selectors ReadWriteType=All,IncludeManagementEvents=true; aws cloudtrail start-logging --name <trail>.',
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html',
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-management-events-with-cloudtrail.html',
  ],
  sections: [SECTIONS.regions],
  evaluate({ data }) {
    const resource = accountResource(data)
    const cloud = accountCloud(data)
    const { qualifying, shortfalls, unknowns } = trailCoverage(data)
    if (qualifying.length > 0)
      return [
        {
          status: 'pass',
          detail: `${qualifying.map((trail) => trail.name).join(', ')} logs all management events in every region.`,
          resource,
          cloud,
        },
      ]
    if (unknowns.length > 0) return [collectionFailed(resource, cloud, unknowns)]
    return [
      {
        status: 'fail',
        detail: `No trail logs all management events in every region: ${shortfalls.join('; ')}.`,
        resource,
        cloud,
      },
    ]
  },
}
