/** ARNs as CloudTrail writes them: `arn:partition:service:region:account:resource`. */

export interface Arn {
  readonly partition: string
  readonly service: string
  readonly region: string
  readonly account: string
  readonly resource: string
}

export function parseArn(value: string | undefined): Arn | undefined {
  const parts = value?.split(':')
  if (parts === undefined || parts.length < 6 || parts[0] !== 'arn') return undefined
  const [, partition = '', service = '', region = '', account = ''] = parts
  return { partition, service, region, account, resource: parts.slice(5).join(':') }
}

/** The twelve-digit account an ARN belongs to; undefined for AWS-managed resources (`arn:aws:iam::aws:...`). */
export function accountOfArn(value: string | undefined): string | undefined {
  const account = parseArn(value)?.account
  return account !== undefined && /^\d{12}$/.test(account) ? account : undefined
}

/** The account a policy principal names: a bare account id, or the account of its ARN. */
export function accountOfPrincipal(principal: string): string | undefined {
  if (/^\d{12}$/.test(principal)) return principal
  return accountOfArn(principal)
}

/** The user name of an IAM user ARN (`arn:aws:iam::123456789012:user/path/alice` is alice). */
export function iamUserNameOf(value: string | undefined): string | undefined {
  const arn = parseArn(value)
  if (arn?.service !== 'iam' || !arn.resource.startsWith('user/')) return undefined
  return arn.resource.split('/').pop() || undefined
}
