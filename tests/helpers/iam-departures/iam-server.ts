/**
 * A loopback AWS IAM endpoint that speaks the Query protocol the SDK uses: form-encoded POSTs with
 * Action=..., XML results, Marker/IsTruncated pagination with small pages, and XML errors (Throttling,
 * AccessDenied, NoSuchEntity, DeleteConflict). Accounts are told apart by the access key id of the SigV4
 * credential. Every call is recorded so tests assert what was, and was not, written.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeIamUser {
  UserName: string
  CreateDate: string
  PasswordLastUsed?: string
  Tags?: Record<string, string>
  accessKeys?: Array<{
    AccessKeyId: string
    Status: 'Active' | 'Inactive'
    CreateDate: string
    LastUsedDate?: string
  }>
  loginProfile?: boolean
  groups?: string[]
  managedPolicies?: string[]
  inlinePolicies?: string[]
  mfaDevices?: string[]
  signingCertificates?: string[]
  sshPublicKeys?: string[]
  serviceSpecificCredentials?: string[]
}

export interface IamCall {
  readonly account: string
  readonly action: string
  readonly params: Readonly<Record<string, string>>
}

/** A planned misbehaviour: answer `times` calls of `action` (on `target`, if given) with an error code. */
export interface IamFault {
  readonly action: string
  readonly target?: string
  readonly code: 'Throttling' | 'AccessDenied' | 'ServiceFailure'
  times: number
}

const READ_ACTIONS = new Set([
  'AssumeRole',
  'ListUsers',
  'ListUserTags',
  'GetUser',
  'ListAccessKeys',
  'GetAccessKeyLastUsed',
  'GetLoginProfile',
  'ListGroupsForUser',
  'ListAttachedUserPolicies',
  'ListUserPolicies',
  'ListMFADevices',
  'ListSigningCertificates',
  'ListSSHPublicKeys',
  'ListServiceSpecificCredentials',
])

const PAGE_SIZE = 2
const NS = 'https://iam.amazonaws.com/doc/2010-05-08/'

type Xml = string | number | boolean | undefined | Xml[] | { [name: string]: Xml }

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function toXml(value: Xml): string {
  if (value === undefined) return ''
  if (Array.isArray(value)) return value.map((item) => `<member>${toXml(item)}</member>`).join('')
  if (typeof value === 'object') {
    return Object.entries(value)
      .filter(([, member]) => member !== undefined)
      .map(([name, member]) => `<${name}>${toXml(member)}</${name}>`)
      .join('')
  }
  return escapeXml(String(value))
}

class IamError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

function accessKeyOf(request: IncomingMessage): string {
  return /Credential=([A-Z0-9]+)\//.exec(request.headers.authorization ?? '')?.[1] ?? ''
}

export class IamLoopbackServer {
  readonly calls: IamCall[] = []
  readonly faults: IamFault[] = []
  /** Users per account id. */
  readonly accounts = new Map<string, Map<string, FakeIamUser>>()
  /** Which account an access key id signs for; any other key signs for the default account. */
  readonly keyAccounts = new Map<string, string>()
  defaultAccount = '123456789012'
  private server: Server | undefined

  addUser(account: string, user: FakeIamUser): void {
    const users = this.accounts.get(account) ?? new Map<string, FakeIamUser>()
    users.set(user.UserName, structuredClone(user))
    this.accounts.set(account, users)
  }

  user(account: string, name: string): FakeIamUser | undefined {
    return this.accounts.get(account)?.get(name)
  }

  /** The calls that change something. */
  writes(): IamCall[] {
    return this.calls.filter((call) => !READ_ACTIONS.has(call.action))
  }

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = []
      request.on('data', (chunk: Buffer) => chunks.push(chunk))
      request.on('end', () => {
        const params = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')))
        const action = params.Action ?? ''
        const account = this.keyAccounts.get(accessKeyOf(request)) ?? this.defaultAccount
        this.calls.push({ account, action, params })
        const requestId = `req-${this.calls.length}`
        try {
          this.injectFault(action, params)
          const result = this.handle(account, action, params)
          const body = result === undefined ? '' : `<${action}Result>${toXml(result)}</${action}Result>`
          response.writeHead(200, { 'content-type': 'text/xml' })
          response.end(
            `<${action}Response xmlns="${NS}">${body}<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>`,
          )
        } catch (error) {
          const failure =
            error instanceof IamError ? error : new IamError('ServiceFailure', 500, String(error))
          response.writeHead(failure.status, { 'content-type': 'text/xml' })
          response.end(
            `<ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>${failure.code}</Code><Message>${escapeXml(failure.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
          )
        }
      })
    })
    const server = this.server
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()))
  }

  private injectFault(action: string, params: Record<string, string>): void {
    const target = params.AccessKeyId ?? params.GroupName ?? params.PolicyArn ?? params.UserName
    const fault = this.faults.find(
      (candidate) =>
        candidate.action === action &&
        candidate.times > 0 &&
        (candidate.target === undefined || candidate.target === target),
    )
    if (fault === undefined) return
    fault.times -= 1
    const status = fault.code === 'AccessDenied' ? 403 : fault.code === 'Throttling' ? 400 : 500
    throw new IamError(
      fault.code,
      status,
      fault.code === 'Throttling' ? 'Rate exceeded' : `injected ${fault.code}`,
    )
  }

  private usersOf(account: string): Map<string, FakeIamUser> {
    return this.accounts.get(account) ?? new Map()
  }

  private userOf(account: string, name: string | undefined): FakeIamUser {
    const user = name === undefined ? undefined : this.usersOf(account).get(name)
    if (user === undefined)
      throw new IamError('NoSuchEntity', 404, `The user with name ${name} cannot be found.`)
    return user
  }

  private page<T>(
    items: T[],
    params: Record<string, string>,
  ): { items: T[]; IsTruncated: boolean; Marker?: string } {
    const start = params.Marker === undefined ? 0 : Number(params.Marker.replace('page-', ''))
    const end = start + PAGE_SIZE
    return {
      items: items.slice(start, end),
      IsTruncated: end < items.length,
      Marker: end < items.length ? `page-${end}` : undefined,
    }
  }

  private arnOf(account: string, user: FakeIamUser): string {
    return `arn:aws:iam::${account}:user/${user.UserName}`
  }

  private handle(account: string, action: string, params: Record<string, string>): Xml {
    switch (action) {
      // STS shares the Query protocol; answering it here lets the same server play both endpoints.
      case 'AssumeRole': {
        const target = /^arn:aws:iam::(\d{12}):role\//.exec(params.RoleArn ?? '')?.[1]
        if (target === undefined)
          throw new IamError('ValidationError', 400, `${params.RoleArn} is not a role ARN`)
        const accessKeyId = `ASIA${target}EXMPL`.slice(0, 20)
        this.keyAccounts.set(accessKeyId, target)
        return {
          Credentials: {
            AccessKeyId: accessKeyId,
            SecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY',
            SessionToken: 'FwoGZXIvYXdzEXAMPLESESSIONTOKEN',
            Expiration: '2099-01-01T00:00:00Z',
          },
          AssumedRoleUser: {
            Arn: `arn:aws:sts::${target}:assumed-role/${params.RoleArn?.split('/').pop()}/${params.RoleSessionName}`,
            AssumedRoleId: `AROAEXAMPLEROLEID:${params.RoleSessionName}`,
          },
        }
      }
      case 'ListUsers': {
        const { items, IsTruncated, Marker } = this.page([...this.usersOf(account).values()], params)
        const Users = items.map((user) => ({
          Path: '/',
          UserName: user.UserName,
          UserId: `AIDA${user.UserName.toUpperCase()
            .replace(/[^A-Z0-9]/g, '')
            .padEnd(17, 'X')}`,
          Arn: this.arnOf(account, user),
          CreateDate: user.CreateDate,
          PasswordLastUsed: user.PasswordLastUsed,
        }))
        return { Users, IsTruncated, Marker }
      }
      case 'ListUserTags': {
        const user = this.userOf(account, params.UserName)
        const tags = Object.entries(user.Tags ?? {}).map(([Key, Value]) => ({ Key, Value }))
        const { items, IsTruncated, Marker } = this.page(tags, params)
        return { Tags: items, IsTruncated, Marker }
      }
      case 'GetUser': {
        const user = this.userOf(account, params.UserName)
        const Tags = Object.entries(user.Tags ?? {}).map(([Key, Value]) => ({ Key, Value }))
        return {
          User: {
            Path: '/',
            UserName: user.UserName,
            UserId: 'AIDAEXAMPLEUSERID0001',
            Arn: this.arnOf(account, user),
            CreateDate: user.CreateDate,
            PasswordLastUsed: user.PasswordLastUsed,
            Tags: Tags.length > 0 ? Tags : undefined,
          },
        }
      }
      case 'ListAccessKeys': {
        const user = this.userOf(account, params.UserName)
        const { items, IsTruncated, Marker } = this.page(user.accessKeys ?? [], params)
        const AccessKeyMetadata = items.map((key) => ({
          UserName: user.UserName,
          AccessKeyId: key.AccessKeyId,
          Status: key.Status,
          CreateDate: key.CreateDate,
        }))
        return { AccessKeyMetadata, IsTruncated, Marker }
      }
      case 'GetAccessKeyLastUsed': {
        for (const user of this.usersOf(account).values()) {
          const key = user.accessKeys?.find((candidate) => candidate.AccessKeyId === params.AccessKeyId)
          if (key === undefined) continue
          const AccessKeyLastUsed =
            key.LastUsedDate === undefined
              ? { ServiceName: 'N/A', Region: 'N/A' }
              : { LastUsedDate: key.LastUsedDate, ServiceName: 's3', Region: 'us-east-1' }
          return { UserName: user.UserName, AccessKeyLastUsed }
        }
        throw new IamError(
          'NoSuchEntity',
          404,
          `The Access Key with id ${params.AccessKeyId} cannot be found.`,
        )
      }
      case 'GetLoginProfile': {
        const user = this.userOf(account, params.UserName)
        if (user.loginProfile !== true)
          throw new IamError('NoSuchEntity', 404, `Login Profile for User ${user.UserName} cannot be found.`)
        return { LoginProfile: { UserName: user.UserName, CreateDate: user.CreateDate } }
      }
      case 'ListGroupsForUser': {
        const user = this.userOf(account, params.UserName)
        const { items, IsTruncated, Marker } = this.page(user.groups ?? [], params)
        const Groups = items.map((GroupName) => ({
          Path: '/',
          GroupName,
          GroupId: `AGPA${GroupName.toUpperCase()}`,
          Arn: `arn:aws:iam::${account}:group/${GroupName}`,
          CreateDate: user.CreateDate,
        }))
        return { Groups, IsTruncated, Marker }
      }
      case 'ListAttachedUserPolicies': {
        const user = this.userOf(account, params.UserName)
        const { items, IsTruncated, Marker } = this.page(user.managedPolicies ?? [], params)
        return {
          AttachedPolicies: items.map((PolicyArn) => ({ PolicyName: PolicyArn.split('/').pop(), PolicyArn })),
          IsTruncated,
          Marker,
        }
      }
      case 'ListUserPolicies': {
        const user = this.userOf(account, params.UserName)
        const { items, IsTruncated, Marker } = this.page(user.inlinePolicies ?? [], params)
        return { PolicyNames: items, IsTruncated, Marker }
      }
      case 'ListMFADevices': {
        const user = this.userOf(account, params.UserName)
        const { items, IsTruncated, Marker } = this.page(user.mfaDevices ?? [], params)
        return {
          MFADevices: items.map((SerialNumber) => ({
            UserName: user.UserName,
            SerialNumber,
            EnableDate: user.CreateDate,
          })),
          IsTruncated,
          Marker,
        }
      }
      case 'ListSigningCertificates': {
        const user = this.userOf(account, params.UserName)
        const { items, IsTruncated, Marker } = this.page(user.signingCertificates ?? [], params)
        return {
          Certificates: items.map((CertificateId) => ({
            UserName: user.UserName,
            CertificateId,
            CertificateBody: '-----BEGIN CERTIFICATE-----',
            Status: 'Active',
          })),
          IsTruncated,
          Marker,
        }
      }
      case 'ListSSHPublicKeys': {
        const user = this.userOf(account, params.UserName)
        const { items, IsTruncated, Marker } = this.page(user.sshPublicKeys ?? [], params)
        return {
          SSHPublicKeys: items.map((SSHPublicKeyId) => ({
            UserName: user.UserName,
            SSHPublicKeyId,
            Status: 'Active',
            UploadDate: user.CreateDate,
          })),
          IsTruncated,
          Marker,
        }
      }
      case 'ListServiceSpecificCredentials': {
        const user = this.userOf(account, params.UserName)
        const ServiceSpecificCredentials = (user.serviceSpecificCredentials ?? []).map(
          (ServiceSpecificCredentialId) => ({
            UserName: user.UserName,
            Status: 'Active',
            ServiceUserName: `${user.UserName}-at-${account}`,
            CreateDate: user.CreateDate,
            ServiceSpecificCredentialId,
            ServiceName: 'codecommit.amazonaws.com',
          }),
        )
        return { ServiceSpecificCredentials }
      }
      default:
        return this.write(account, action, params)
    }
  }

  private removeFrom(list: string[] | undefined, value: string | undefined, what: string): void {
    const index = list?.indexOf(value ?? '') ?? -1
    if (list === undefined || index === -1)
      throw new IamError('NoSuchEntity', 404, `${what} ${value} cannot be found.`)
    list.splice(index, 1)
  }

  private write(account: string, action: string, params: Record<string, string>): Xml {
    if (action === 'DeleteVirtualMFADevice') {
      return undefined
    }
    const user = this.userOf(account, params.UserName)
    switch (action) {
      case 'UpdateAccessKey': {
        const key = user.accessKeys?.find((candidate) => candidate.AccessKeyId === params.AccessKeyId)
        if (key === undefined)
          throw new IamError(
            'NoSuchEntity',
            404,
            `The Access Key with id ${params.AccessKeyId} cannot be found.`,
          )
        key.Status = params.Status === 'Active' ? 'Active' : 'Inactive'
        return undefined
      }
      case 'DeleteAccessKey': {
        const index =
          user.accessKeys?.findIndex((candidate) => candidate.AccessKeyId === params.AccessKeyId) ?? -1
        if (index === -1)
          throw new IamError(
            'NoSuchEntity',
            404,
            `The Access Key with id ${params.AccessKeyId} cannot be found.`,
          )
        user.accessKeys?.splice(index, 1)
        return undefined
      }
      case 'DeleteLoginProfile':
        if (user.loginProfile !== true)
          throw new IamError('NoSuchEntity', 404, `Login Profile for User ${user.UserName} cannot be found.`)
        user.loginProfile = false
        return undefined
      case 'RemoveUserFromGroup':
        this.removeFrom(user.groups, params.GroupName, 'The group')
        return undefined
      case 'DetachUserPolicy':
        this.removeFrom(user.managedPolicies, params.PolicyArn, 'Policy')
        return undefined
      case 'DeleteUserPolicy':
        this.removeFrom(user.inlinePolicies, params.PolicyName, 'The user policy')
        return undefined
      case 'DeactivateMFADevice':
        this.removeFrom(user.mfaDevices, params.SerialNumber, 'MFA device')
        return undefined
      case 'DeleteSigningCertificate':
        this.removeFrom(user.signingCertificates, params.CertificateId, 'The certificate')
        return undefined
      case 'DeleteSSHPublicKey':
        this.removeFrom(user.sshPublicKeys, params.SSHPublicKeyId, 'The SSH public key')
        return undefined
      case 'DeleteServiceSpecificCredential':
        this.removeFrom(user.serviceSpecificCredentials, params.ServiceSpecificCredentialId, 'The credential')
        return undefined
      case 'TagUser': {
        user.Tags ??= {}
        for (let index = 1; params[`Tags.member.${index}.Key`] !== undefined; index += 1) {
          user.Tags[params[`Tags.member.${index}.Key`] as string] = params[`Tags.member.${index}.Value`] ?? ''
        }
        return undefined
      }
      case 'DeleteUser': {
        const attached = [
          user.accessKeys,
          user.groups,
          user.managedPolicies,
          user.inlinePolicies,
          user.mfaDevices,
          user.signingCertificates,
          user.sshPublicKeys,
          user.serviceSpecificCredentials,
        ]
        if (user.loginProfile === true || attached.some((list) => (list?.length ?? 0) > 0)) {
          throw new IamError(
            'DeleteConflict',
            409,
            'Cannot delete entity, must remove referenced objects first.',
          )
        }
        this.usersOf(account).delete(user.UserName)
        return undefined
      }
      default:
        throw new IamError('InvalidAction', 400, `Could not find operation ${action}`)
    }
  }
}
