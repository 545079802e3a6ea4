/**
 * The monitoring controls (4.1 to 4.15) share one audit: a multi-region trail logging every management event
 * delivers to a CloudWatch Logs group, which has a metric filter with the prescribed pattern, whose metric has
 * an alarm notifying an SNS topic with at least one confirmed subscriber. Each control supplies its pattern.
 */
import type { TechniqueRef } from '#shared/mitre/index.ts'
import type { SeverityName } from '#shared/ocsf/index.ts'
import type { ControlOutcome } from '#shared/posture/index.ts'
import { missingComparisons } from './filter-pattern.ts'
import { collectionFailed } from './outcomes.ts'
import { SECTIONS } from './sections.ts'
import type { AwsSnapshotData, MetricFilter, Trail } from './snapshot.ts'
import { type AwsControl, accountCloud, accountResource } from './subject.ts'
import { trailCoverage } from './trail-coverage.ts'

export interface MonitoringItem {
  readonly id: string
  readonly title: string
  readonly severity: SeverityName
  readonly attacks: readonly TechniqueRef[]
  readonly requirements: readonly string[]
  /** The comparisons a matching filter must contain, as `comparisonsOf` writes them. */
  readonly comparisons: readonly string[]
  /** The benchmark's filter pattern, for the remediation. */
  readonly pattern: string
  /** The metric name the benchmark suggests, for the remediation. */
  readonly metric: string
}

interface Search {
  readonly passes: string[]
  readonly shortfalls: string[]
  readonly unknowns: string[]
}

function isSnsTopic(arn: string): boolean {
  return /^arn:[^:]+:sns:/.test(arn)
}

function searchAlarms(data: AwsSnapshotData, filter: MetricFilter, where: string, search: Search): void {
  const metric = `${filter.metricNamespace}/${filter.metricName}`
  if (filter.errors?.alarms !== undefined) {
    search.unknowns.push(`alarms of ${metric}: ${filter.errors.alarms}`)
    return
  }
  if (filter.alarms.length === 0)
    search.shortfalls.push(`${where}: metric filter ${filter.filterName} has no alarm on ${metric}`)
  for (const alarm of filter.alarms) {
    const topics = alarm.actionsEnabled ? alarm.alarmActions.filter(isSnsTopic) : []
    let notified = false
    for (const topicArn of topics) {
      const topic = data.monitoring.topics.find((candidate) => candidate.topicArn === topicArn)
      if (topic === undefined || topic.confirmedSubscriptions === null) {
        search.unknowns.push(
          `subscriptions of ${topicArn}: ${topic?.errors?.subscriptions ?? 'not collected'}`,
        )
      } else if (topic.confirmedSubscriptions > 0) {
        search.passes.push(
          `${where}: filter ${filter.filterName}, alarm ${alarm.alarmName}, topic ${topicArn}`,
        )
        notified = true
      }
    }
    if (!notified && !alarm.actionsEnabled)
      search.shortfalls.push(`${where}: alarm ${alarm.alarmName} has its actions disabled`)
    else if (!notified)
      search.shortfalls.push(
        `${where}: alarm ${alarm.alarmName} notifies no SNS topic with a confirmed subscription`,
      )
  }
}

function searchTrail(data: AwsSnapshotData, trail: Trail, item: MonitoringItem, search: Search): void {
  const group = data.monitoring.logGroups.find(
    (candidate) => candidate.logGroupArn === trail.cloudWatchLogsLogGroupArn,
  )
  if (group === undefined) {
    search.unknowns.push(`log group of ${trail.name}: not collected`)
    return
  }
  const where = `${trail.name} -> ${group.logGroupName}`
  if (group.errors?.metricFilters !== undefined) {
    search.unknowns.push(`metric filters of ${group.logGroupName}: ${group.errors.metricFilters}`)
    return
  }
  const matching = group.metricFilters.filter(
    (filter) => missingComparisons(filter.filterPattern, item.comparisons).length === 0,
  )
  if (matching.length === 0)
    search.shortfalls.push(`${where}: no metric filter matches the benchmark's pattern`)
  for (const filter of matching) searchAlarms(data, filter, where, search)
}

function evaluateItem(data: AwsSnapshotData, item: MonitoringItem): ControlOutcome[] {
  const resource = accountResource(data)
  const cloud = accountCloud(data)
  const coverage = trailCoverage(data)
  const search: Search = { passes: [], shortfalls: [], unknowns: [...coverage.unknowns] }
  const delivering = coverage.qualifying.filter((trail) => trail.cloudWatchLogsLogGroupArn !== null)
  if (coverage.qualifying.length === 0)
    search.shortfalls.push('no multi-region trail logs all management events (see 3.1)')
  else if (delivering.length === 0)
    search.shortfalls.push(
      `no CloudWatch Logs group receives the events of ${coverage.qualifying.map((trail) => trail.name).join(', ')}`,
    )
  for (const trail of delivering) searchTrail(data, trail, item, search)
  if (search.passes.length > 0)
    return [{ status: 'pass', detail: `Monitored: ${search.passes.join('; ')}.`, resource, cloud }]
  if (search.unknowns.length > 0) return [collectionFailed(resource, cloud, search.unknowns)]
  return [{ status: 'fail', detail: `Not monitored: ${search.shortfalls.join('; ')}.`, resource, cloud }]
}

export function monitoringControl(item: MonitoringItem): AwsControl {
  return {
    id: item.id,
    title: item.title,
    severity: item.severity,
    attacks: item.attacks,
    requirements: item.requirements,
    remediation: `Send the multi-region trail to CloudWatch Logs, then create a metric filter with the pattern ${item.pattern} (aws logs put-metric-filter --log-group-name <group> --filter-name ${item.metric} --metric-transformations metricName=${item.metric},metricNamespace=CISBenchmark,metricValue=1 --filter-pattern '<pattern>'), an alarm on it (aws cloudwatch put-metric-alarm --alarm-name ${item.metric}_alarm --metric-name ${item.metric} --namespace CISBenchmark --statistic Sum --period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions <sns-topic-arn>), and a confirmed subscription to the topic.`,
    references: [
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html',
    ],
    sections: [SECTIONS.regions],
    evaluate: ({ data }) => evaluateItem(data, item),
  }
}
