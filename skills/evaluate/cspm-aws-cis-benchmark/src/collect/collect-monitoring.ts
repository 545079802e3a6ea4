/**
 * The monitoring chain of the benchmark's section 4: for each CloudWatch Logs group a trail delivers to, its
 * metric filters, the alarms on each filter's metric, and how many confirmed subscribers each alarm's SNS
 * topic has. Every call is made in the region of the log group or topic.
 */
import type { LogGroup, MetricFilter, Topic, Trail } from '../snapshot.ts'
import { type ApiCall, attempt, mapLimit } from './aws-call.ts'
import { type ClientSettings, clientConfig } from './client-settings.ts'

const DESCRIBE_METRIC_FILTERS: ApiCall = {
  service: 'Amazon CloudWatch Logs',
  operation: 'DescribeMetricFilters',
  permission: 'logs:DescribeMetricFilters',
}
const DESCRIBE_ALARMS_FOR_METRIC: ApiCall = {
  service: 'Amazon CloudWatch',
  operation: 'DescribeAlarmsForMetric',
  permission: 'cloudwatch:DescribeAlarmsForMetric',
}
const LIST_SUBSCRIPTIONS_BY_TOPIC: ApiCall = {
  service: 'Amazon SNS',
  operation: 'ListSubscriptionsByTopic',
  permission: 'sns:ListSubscriptionsByTopic',
}

/** arn:<partition>:logs:<region>:<account>:log-group:<name>[:*] */
const LOG_GROUP_ARN = /^arn:[^:]+:logs:([^:]+):[^:]*:log-group:(.+?)(?::\*)?$/
/** arn:<partition>:sns:<region>:<account>:<topic> */
const TOPIC_ARN = /^arn:[^:]+:sns:([^:]+):/

async function readLogGroup(settings: ClientSettings, logGroupArn: string): Promise<LogGroup | undefined> {
  const parsed = LOG_GROUP_ARN.exec(logGroupArn)
  if (parsed === null) return undefined
  const [, region = '', logGroupName = ''] = parsed
  const logs = await import('@aws-sdk/client-cloudwatch-logs')
  const cloudwatch = await import('@aws-sdk/client-cloudwatch')
  const logsClient = new logs.CloudWatchLogsClient(clientConfig(settings, region))
  const alarmsClient = new cloudwatch.CloudWatchClient(clientConfig(settings, region))
  const errors: NonNullable<LogGroup['errors']> = {}
  const filters = await attempt(errors, 'metricFilters', DESCRIBE_METRIC_FILTERS, async () => {
    const found: Array<Omit<MetricFilter, 'alarms' | 'errors'>> = []
    for await (const page of logs.paginateDescribeMetricFilters({ client: logsClient }, { logGroupName })) {
      for (const filter of page.metricFilters ?? []) {
        for (const transformation of filter.metricTransformations ?? [])
          found.push({
            filterName: filter.filterName ?? '',
            filterPattern: filter.filterPattern ?? '',
            metricName: transformation.metricName ?? '',
            metricNamespace: transformation.metricNamespace ?? '',
          })
      }
    }
    return found
  })
  const metricFilters = await mapLimit(filters ?? [], 4, async (filter): Promise<MetricFilter> => {
    const filterErrors: NonNullable<MetricFilter['errors']> = {}
    const alarms = await attempt(filterErrors, 'alarms', DESCRIBE_ALARMS_FOR_METRIC, async () => {
      const { MetricAlarms = [] } = await alarmsClient.send(
        new cloudwatch.DescribeAlarmsForMetricCommand({
          MetricName: filter.metricName,
          Namespace: filter.metricNamespace,
        }),
      )
      return MetricAlarms.map((alarm) => ({
        alarmName: alarm.AlarmName ?? '',
        actionsEnabled: alarm.ActionsEnabled !== false,
        alarmActions: alarm.AlarmActions ?? [],
      }))
    })
    return { ...filter, alarms: alarms ?? [], errors: filterErrors }
  })
  logsClient.destroy()
  alarmsClient.destroy()
  return { logGroupArn, logGroupName, region, metricFilters, errors }
}

async function readTopic(settings: ClientSettings, topicArn: string): Promise<Topic> {
  const sns = await import('@aws-sdk/client-sns')
  const region = TOPIC_ARN.exec(topicArn)?.[1] ?? ''
  const client = new sns.SNSClient(clientConfig(settings, region))
  const errors: NonNullable<Topic['errors']> = {}
  const confirmed = await attempt(errors, 'subscriptions', LIST_SUBSCRIPTIONS_BY_TOPIC, async () => {
    let count = 0
    for await (const page of sns.paginateListSubscriptionsByTopic({ client }, { TopicArn: topicArn })) {
      // A subscription awaiting confirmation has "PendingConfirmation" where its ARN will be.
      for (const subscription of page.Subscriptions ?? [])
        if (subscription.SubscriptionArn?.startsWith('arn:')) count += 1
    }
    return count
  })
  client.destroy()
  return { topicArn, confirmedSubscriptions: confirmed ?? null, errors }
}

/** The log groups of the multi-region trails that deliver to CloudWatch Logs, and the topics their alarms notify. */
export async function collectMonitoring(settings: ClientSettings, trails: readonly Trail[]) {
  const arns = new Set<string>()
  for (const trail of trails) {
    if (trail.isMultiRegionTrail && trail.cloudWatchLogsLogGroupArn !== null)
      arns.add(trail.cloudWatchLogsLogGroupArn)
  }
  const groups = await mapLimit([...arns].sort(), 2, (arn) => readLogGroup(settings, arn))
  const logGroups = groups.filter((group) => group !== undefined)
  const topicArns = new Set<string>()
  for (const group of logGroups) {
    for (const filter of group.metricFilters) {
      for (const alarm of filter.alarms) {
        for (const action of alarm.alarmActions) if (TOPIC_ARN.test(action)) topicArns.add(action)
      }
    }
  }
  const topics = await mapLimit([...topicArns].sort(), 4, (arn) => readTopic(settings, arn))
  return { logGroups, topics }
}
