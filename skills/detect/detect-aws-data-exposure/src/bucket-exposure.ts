/**
 * How an S3 call opens a bucket: to everyone, by a bucket policy with a public statement (Principal `*`
 * and no condition pinning it to known callers), an ACL granting AllUsers or AuthenticatedUsers
 * (canned, by grant header, or in the AccessControlPolicy body), or Block Public Access removed or
 * switched off, at bucket or account level; or to another account, by a bucket policy naming it.
 */
import { type AwsCall, accountOfPrincipal, isPublicStatement, policyStatements } from '#shared/aws/index.ts'
import { asBoolean, asObject, asStrings, path } from '#shared/json/index.ts'

/** Canned ACLs that let anyone, or any AWS account holder, read or write. */
const PUBLIC_CANNED_ACLS: ReadonlySet<string> = new Set([
  'public-read',
  'public-read-write',
  'authenticated-read',
])

/** The grantee groups S3 treats as public. */
const PUBLIC_GROUPS = /acs\.amazonaws\.com\/groups\/global\/(AllUsers|AuthenticatedUsers)/

const GRANT_HEADERS = [
  'x-amz-grant-read',
  'x-amz-grant-write',
  'x-amz-grant-read-acp',
  'x-amz-grant-write-acp',
  'x-amz-grant-full-control',
]

const BLOCK_PUBLIC_ACCESS_SETTINGS = [
  'BlockPublicAcls',
  'IgnorePublicAcls',
  'BlockPublicPolicy',
  'RestrictPublicBuckets',
]

/** Whether any string inside a value names a public grantee group. */
function mentionsPublicGroup(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return PUBLIC_GROUPS.test(value)
  if (depth > 8 || typeof value !== 'object' || value === null) return false
  return Object.values(value).some((item) => mentionsPublicGroup(item, depth + 1))
}

function aclExposure(call: AwsCall): string | undefined {
  const request = call.request
  // Headers arrive as arrays of strings in CloudTrail's requestParameters.
  const canned = asStrings(request?.['x-amz-acl']).find((acl) => PUBLIC_CANNED_ACLS.has(acl))
  if (canned !== undefined) return `set the canned ACL ${canned}`
  const headerGrant = GRANT_HEADERS.some((header) =>
    asStrings(request?.[header]).some((grant) => PUBLIC_GROUPS.test(grant)),
  )
  if (headerGrant || mentionsPublicGroup(request?.AccessControlPolicy))
    return 'granted AllUsers or AuthenticatedUsers in its ACL'
  return undefined
}

function blockPublicAccessExposure(call: AwsCall): string | undefined {
  if (call.operation.startsWith('Delete')) return 'removed its Block Public Access configuration'
  const configuration = asObject(call.request?.PublicAccessBlockConfiguration)
  const off = BLOCK_PUBLIC_ACCESS_SETTINGS.filter((setting) => asBoolean(configuration?.[setting]) === false)
  return off.length === 0 ? undefined : `turned off Block Public Access (${off.join(', ')})`
}

export interface BucketExposure {
  readonly what: string
  /** Open to anyone, rather than to named outside accounts. */
  readonly toEveryone: boolean
}

function policyExposure(call: AwsCall, trustedAccounts: ReadonlySet<string>): BucketExposure | undefined {
  const statements = policyStatements(call.request?.bucketPolicy)
  if (statements.some(isPublicStatement))
    return { what: 'set a bucket policy that lets anyone in', toEveryone: true }
  const outsiders = new Set<string>()
  for (const statement of statements) {
    if (statement.effect !== 'Allow') continue
    for (const principal of statement.awsPrincipals) {
      const account = accountOfPrincipal(principal)
      if (account !== undefined && account !== call.account && !trustedAccounts.has(account))
        outsiders.add(account)
    }
  }
  if (outsiders.size === 0) return undefined
  return {
    what: `set a bucket policy that lets in account ${[...outsiders].sort().join(', ')}`,
    toEveryone: false,
  }
}

function toEveryone(what: string | undefined): BucketExposure | undefined {
  return what === undefined ? undefined : { what, toEveryone: true }
}

/** What the call did to open the bucket (or the account's buckets), if it did. */
export function bucketExposureOf(
  call: AwsCall,
  trustedAccounts: ReadonlySet<string>,
): BucketExposure | undefined {
  switch (call.operation) {
    case 'PutBucketPolicy':
      return policyExposure(call, trustedAccounts)
    case 'PutBucketAcl':
      return toEveryone(aclExposure(call))
    case 'PutBucketPublicAccessBlock':
    case 'DeleteBucketPublicAccessBlock':
    case 'PutAccountPublicAccessBlock':
    case 'DeleteAccountPublicAccessBlock':
      return toEveryone(blockPublicAccessExposure(call))
    default:
      return undefined
  }
}

/** The bucket a call names, or the account for account-level Block Public Access. */
export function bucketOf(call: AwsCall): string {
  if (call.operation.includes('Account')) return `every bucket of account ${call.account ?? '?'}`
  const name = path(call.request, 'bucketName')
  return typeof name === 'string' ? `bucket ${name}` : 'bucket ?'
}
