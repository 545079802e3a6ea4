/**
 * Zod models of the OCSF 1.8.0 objects the toolkit emits, strict about unknown keys.
 * Attributes whose object type is outside this set are left out on purpose: emitting one fails validation
 * until its object is modelled here. tests/ocsf-models.test.ts checks every key, type and requirement
 * against the official compiled schema.
 */
import * as z from '../../json/zod.ts'
import {
  atLeastOne,
  ipAddress,
  optionalBoolean,
  optionalInt,
  optionalString,
  optionalStrings,
  optionalTimestamp,
  optionalUnknown,
  port,
} from './primitives.ts'

/** Feature: The Feature object provides information about the software product feature that generated a specific event. */
export const Feature = z
  .strictObject({
    name: optionalString,
    uid: optionalString,
    version: optionalString,
  })
  .check(atLeastOne(['name', 'uid']))
export type Feature = z.infer<typeof Feature>

/** Product: The Product object describes characteristics of a software product. */
export const Product = z
  .strictObject({
    cpe_name: optionalString,
    feature: Feature.optional(),
    lang: optionalString,
    name: optionalString,
    path: optionalString,
    uid: optionalString,
    url_string: optionalString,
    vendor_name: optionalString,
    version: optionalString,
  })
  .check(atLeastOne(['name', 'uid']))
export type Product = z.infer<typeof Product>

/** Key:Value object: A generic object allowing to define a {key:value} pair. */
export const KeyValueObject = z
  .strictObject({
    name: z.string(),
    value: optionalString,
    values: optionalStrings,
  })
  .check(atLeastOne(['value', 'values']))
export type KeyValueObject = z.infer<typeof KeyValueObject>

/** Metadata: The Metadata object describes the metadata associated with the event. */
export const Metadata = z.strictObject({
  correlation_uid: optionalString,
  debug: optionalStrings,
  event_code: optionalString,
  is_truncated: optionalBoolean,
  labels: optionalStrings,
  log_format: optionalString,
  log_level: optionalString,
  log_name: optionalString,
  log_provider: optionalString,
  log_source: optionalString,
  log_version: optionalString,
  logged_time: optionalTimestamp,
  modified_time: optionalTimestamp,
  original_event_uid: optionalString,
  original_time: optionalString,
  processed_time: optionalTimestamp,
  product: Product,
  profiles: optionalStrings,
  sequence: optionalInt,
  source: optionalString,
  tags: z.array(KeyValueObject).optional(),
  tenant_uid: optionalString,
  transmit_time: optionalTimestamp,
  type: optionalString,
  uid: optionalString,
  untruncated_size: optionalInt,
  version: z.string(),
})
export type Metadata = z.infer<typeof Metadata>

/** Group: The Group object represents a collection or association of entities, such as users, policies, or devices. */
export const Group = z
  .strictObject({
    desc: optionalString,
    domain: optionalString,
    name: optionalString,
    privileges: optionalStrings,
    type: optionalString,
    uid: optionalString,
    uid_alt: optionalString,
  })
  .check(atLeastOne(['name', 'uid']))
export type Group = z.infer<typeof Group>

/** Policy: The Policy object describes the policies that are applicable. */
export const Policy = z
  .strictObject({
    data: optionalUnknown,
    desc: optionalString,
    group: Group.optional(),
    is_applied: optionalBoolean,
    name: optionalString,
    type: optionalString,
    uid: optionalString,
    version: optionalString,
  })
  .check(atLeastOne(['name', 'type', 'uid']))
export type Policy = z.infer<typeof Policy>

/** Authorization Result: The Authorization Result object provides details about the authorization outcome and associated policies related to activity. */
export const Authorization = z.strictObject({
  decision: optionalString,
  policy: Policy.optional(),
})
export type Authorization = z.infer<typeof Authorization>

/** Fingerprint: The Fingerprint object provides detailed information about a fingerprint, which is a compact representation of data used to identify a longer piece of. */
export const Fingerprint = z.strictObject({
  algorithm: optionalString,
  algorithm_id: z.literal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 99]),
  value: z.string(),
})
export type Fingerprint = z.infer<typeof Fingerprint>

/** Identity Provider: The Identity Provider object contains detailed information about a provider responsible for creating, maintaining, and managing identity information w. */
export const Idp = z
  .strictObject({
    domain: optionalString,
    fingerprint: Fingerprint.optional(),
    has_mfa: optionalBoolean,
    issuer: optionalString,
    name: optionalString,
    protocol_name: optionalString,
    state: optionalString,
    state_id: z.literal([0, 1, 2, 3, 4, 99]).optional(),
    tenant_uid: optionalString,
    uid: optionalString,
    url_string: optionalString,
  })
  .check(atLeastOne(['name', 'uid']))
export type Idp = z.infer<typeof Idp>

/** Session: The Session object describes details about an authenticated session. */
export const Session = z.strictObject({
  count: optionalInt,
  created_time: optionalTimestamp,
  credential_uid: optionalString,
  expiration_reason: optionalString,
  expiration_time: optionalTimestamp,
  is_mfa: optionalBoolean,
  is_remote: optionalBoolean,
  is_vpn: optionalBoolean,
  issuer: optionalString,
  terminal: optionalString,
  uid: optionalString,
  uid_alt: optionalString,
  uuid: optionalString,
})
export type Session = z.infer<typeof Session>

/** Account: The Account object contains details about the account that initiated or performed a specific activity within a system or application. */
export const Account = z
  .strictObject({
    is_disabled: optionalBoolean,
    is_locked: optionalBoolean,
    is_on_premises_sync_enabled: optionalBoolean,
    labels: optionalStrings,
    name: optionalString,
    tags: z.array(KeyValueObject).optional(),
    type: optionalString,
    type_id: z.literal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 99]).optional(),
    uid: optionalString,
  })
  .check(atLeastOne(['name', 'uid']))
export type Account = z.infer<typeof Account>

/** Geo Location: The Geo Location object describes a geographical location, usually associated with an IP address. */
export const Location = z
  .strictObject({
    aerial_height: optionalString,
    city: optionalString,
    continent: optionalString,
    country: optionalString,
    desc: optionalString,
    geodetic_altitude: optionalString,
    geodetic_vertical_accuracy: optionalString,
    geohash: optionalString,
    horizontal_accuracy: optionalString,
    is_on_premises: optionalBoolean,
    lat: z.number().optional(),
    long: z.number().optional(),
    postal_code: optionalString,
    pressure_altitude: optionalString,
    provider: optionalString,
    region: optionalString,
  })
  .check(atLeastOne(['city', 'country', 'postal_code', 'region']))
export type Location = z.infer<typeof Location>

/** LDAP Person: The additional LDAP attributes that describe a person. */
export const LdapPerson = z.strictObject({
  cost_center: optionalString,
  created_time: optionalTimestamp,
  deleted_time: optionalTimestamp,
  department: optionalString,
  display_name: optionalString,
  email_addrs: optionalStrings,
  employee_uid: optionalString,
  given_name: optionalString,
  hire_time: optionalTimestamp,
  job_title: optionalString,
  labels: optionalStrings,
  last_login_time: optionalTimestamp,
  ldap_cn: optionalString,
  ldap_dn: optionalString,
  leave_time: optionalTimestamp,
  location: Location.optional(),
  modified_time: optionalTimestamp,
  office_location: optionalString,
  phone_number: optionalString,
  surname: optionalString,
  tags: z.array(KeyValueObject).optional(),
})
export type LdapPerson = z.infer<typeof LdapPerson>

/** Organization: The Organization object describes characteristics of an organization or company and its division if any. */
export const Organization = z
  .strictObject({
    name: optionalString,
    ou_name: optionalString,
    ou_uid: optionalString,
    uid: optionalString,
  })
  .check(atLeastOne(['name', 'uid']))
export type Organization = z.infer<typeof Organization>

/** User: The User object describes the characteristics of a user/person or a security principal. */
export const User = z
  .strictObject({
    account: Account.optional(),
    display_name: optionalString,
    domain: optionalString,
    email_addr: optionalString,
    forward_addr: optionalString,
    full_name: optionalString,
    groups: z.array(Group).optional(),
    has_mfa: optionalBoolean,
    ldap_person: LdapPerson.optional(),
    name: optionalString,
    org: Organization.optional(),
    phone_number: optionalString,
    risk_level: optionalString,
    risk_level_id: z.literal([0, 1, 2, 3, 4, 99]).optional(),
    risk_score: optionalInt,
    type: optionalString,
    type_id: z.literal([0, 1, 2, 3, 4, 99]).optional(),
    uid: optionalString,
    uid_alt: optionalString,
  })
  .check(atLeastOne(['account', 'name', 'uid']))
export type User = z.infer<typeof User>

/** Actor: The Actor object contains details about the user, role, application, service, or process that initiated or performed a specific activity. */
export const Actor = z
  .strictObject({
    app_name: optionalString,
    app_uid: optionalString,
    authorizations: z.array(Authorization).optional(),
    idp: Idp.optional(),
    session: Session.optional(),
    user: User.optional(),
  })
  .check(atLeastOne(['user', 'session', 'app_name', 'app_uid']))
export type Actor = z.infer<typeof Actor>

/** Image: The Image object provides a description of a specific Virtual Machine (VM) or Container image. */
export const Image = z.strictObject({
  labels: optionalStrings,
  name: optionalString,
  path: optionalString,
  tags: z.array(KeyValueObject).optional(),
  uid: z.string(),
})
export type Image = z.infer<typeof Image>

/** Container: The Container object describes an instance of a specific container. */
export const Container = z
  .strictObject({
    hash: Fingerprint.optional(),
    image: Image.optional(),
    labels: optionalStrings,
    name: optionalString,
    network_driver: optionalString,
    orchestrator: optionalString,
    pod_uuid: optionalString,
    runtime: optionalString,
    size: optionalInt,
    tags: z.array(KeyValueObject).optional(),
    uid: optionalString,
  })
  .check(atLeastOne(['uid', 'name']))
export type Container = z.infer<typeof Container>

/** Request Elements: The Request Elements object describes characteristics of an API request. */
export const Request = z.strictObject({
  containers: z.array(Container).optional(),
  data: optionalUnknown,
  flags: optionalStrings,
  uid: z.string(),
})
export type Request = z.infer<typeof Request>

/** Response Elements: The Response Elements object describes characteristics of an API response. */
export const Response = z.strictObject({
  code: optionalInt,
  containers: z.array(Container).optional(),
  data: optionalUnknown,
  error: optionalString,
  error_message: optionalString,
  flags: optionalStrings,
  message: optionalString,
})
export type Response = z.infer<typeof Response>

/** Service: The Service object describes characteristics of a service,  e.g. AWS EC2. */
export const Service = z
  .strictObject({
    labels: optionalStrings,
    name: optionalString,
    tags: z.array(KeyValueObject).optional(),
    uid: optionalString,
    version: optionalString,
  })
  .check(atLeastOne(['name', 'uid']))
export type Service = z.infer<typeof Service>

/** API: The API, or Application Programming Interface, object represents  information pertaining to an API request and response. */
export const Api = z.strictObject({
  group: Group.optional(),
  operation: z.string(),
  request: Request.optional(),
  response: Response.optional(),
  service: Service.optional(),
  version: optionalString,
})
export type Api = z.infer<typeof Api>

/** Network Endpoint: The Network Endpoint object describes characteristics of a network endpoint. */
export const NetworkEndpoint = z
  .strictObject({
    domain: optionalString,
    fingerprints: z.array(Fingerprint).optional(),
    hostname: optionalString,
    instance_uid: optionalString,
    interface_name: optionalString,
    interface_uid: optionalString,
    intermediate_ips: z.array(ipAddress).optional(),
    ip: ipAddress.optional(),
    isp: optionalString,
    isp_org: optionalString,
    location: Location.optional(),
    mac: optionalString,
    mac_vendor: optionalString,
    name: optionalString,
    network_scope: optionalString,
    network_scope_id: z.literal([0, 1, 2, 99]).optional(),
    owner: User.optional(),
    pool: Group.optional(),
    port: port.optional(),
    subnet_uid: optionalString,
    svc_name: optionalString,
    type: optionalString,
    type_id: z.literal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 99]).optional(),
    uid: optionalString,
    vlan_uid: optionalString,
    vpc_uid: optionalString,
    zone: optionalString,
  })
  .check(
    atLeastOne([
      'ip',
      'uid',
      'name',
      'hostname',
      'svc_name',
      'instance_uid',
      'interface_uid',
      'interface_name',
      'domain',
    ]),
  )
export type NetworkEndpoint = z.infer<typeof NetworkEndpoint>

/** HTTP Header: The HTTP Header object represents the headers sent in an HTTP request or response. */
export const HttpHeader = z.strictObject({
  name: z.string(),
  value: z.string(),
})
export type HttpHeader = z.infer<typeof HttpHeader>

/** Uniform Resource Locator: The Uniform Resource Locator (URL) object describes the characteristics of a URL. */
export const Url = z
  .strictObject({
    categories: optionalStrings,
    category_ids: z
      .array(
        z.literal([
          0, 1, 3, 4, 5, 6, 7, 9, 11, 14, 15, 16, 17, 18, 20, 21, 22, 23, 24, 25, 26, 27, 29, 30, 31, 32, 33,
          34, 35, 36, 37, 38, 40, 43, 44, 45, 46, 47, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 63,
          64, 65, 66, 67, 68, 71, 83, 84, 85, 86, 87, 88, 89, 90, 92, 93, 95, 96, 97, 98, 99, 101, 102, 103,
          106, 107, 108, 109, 110, 111, 112, 113, 114, 118, 121,
        ]),
      )
      .optional(),
    domain: optionalString,
    hostname: optionalString,
    path: optionalString,
    port: port.optional(),
    query_string: optionalString,
    resource_type: optionalString,
    scheme: optionalString,
    subdomain: optionalString,
    url_string: optionalString,
  })
  .check(atLeastOne(['url_string', 'path']))
export type Url = z.infer<typeof Url>

/** HTTP Request: The HTTP Request object represents the attributes of a request made to a web server. */
export const HttpRequest = z.strictObject({
  args: optionalString,
  body_length: optionalInt,
  http_headers: z.array(HttpHeader).optional(),
  http_method: z
    .enum(['CONNECT', 'DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT', 'TRACE'])
    .optional(),
  length: optionalInt,
  referrer: optionalString,
  uid: optionalString,
  url: Url.optional(),
  user_agent: optionalString,
  version: optionalString,
  x_forwarded_for: z.array(ipAddress).optional(),
})
export type HttpRequest = z.infer<typeof HttpRequest>

/** HTTP Response: The HTTP Response object contains detailed information about the response sent from a web server to the requester. */
export const HttpResponse = z.strictObject({
  body_length: optionalInt,
  code: z.int(),
  content_type: optionalString,
  http_headers: z.array(HttpHeader).optional(),
  latency: optionalInt,
  length: optionalInt,
  message: optionalString,
  status: optionalString,
})
export type HttpResponse = z.infer<typeof HttpResponse>

/** Edge: Represents a connection or relationship between two nodes in a graph. */
export const Edge = z
  .strictObject({
    data: optionalUnknown,
    is_directed: optionalBoolean,
    name: optionalString,
    relation: optionalString,
    source: z.string(),
    target: z.string(),
    uid: optionalString,
  })
  .check(atLeastOne(['name', 'uid']))
export type Edge = z.infer<typeof Edge>

/** Node: Represents a node or a vertex in a graph structure. */
export const Node = z.strictObject({
  data: optionalUnknown,
  desc: optionalString,
  name: optionalString,
  type: optionalString,
  uid: z.string(),
})
export type Node = z.infer<typeof Node>

/** Graph: A graph data structure representation with nodes and edges. */
export const Graph = z
  .strictObject({
    desc: optionalString,
    edges: z.array(Edge).optional(),
    is_directed: optionalBoolean,
    name: optionalString,
    nodes: z.array(Node),
    query_language: optionalString,
    query_language_id: z.literal([0, 1, 2, 3, 4, 5, 6, 7, 99]).optional(),
    type: optionalString,
    uid: optionalString,
  })
  .check(atLeastOne(['name', 'uid']))
export type Graph = z.infer<typeof Graph>

/** Resource Details: The Resource Details object describes details about resources that were affected by the activity/event. */
export const ResourceDetails = z
  .strictObject({
    cloud_partition: optionalString,
    created_time: optionalTimestamp,
    criticality: optionalString,
    data: optionalUnknown,
    group: Group.optional(),
    hostname: optionalString,
    ip: ipAddress.optional(),
    is_backed_up: optionalBoolean,
    labels: optionalStrings,
    modified_time: optionalTimestamp,
    name: optionalString,
    namespace: optionalString,
    owner: User.optional(),
    provider: optionalString,
    region: optionalString,
    resource_relationship: Graph.optional(),
    role: optionalString,
    role_id: z.literal([0, 1, 2, 3, 4, 99]).optional(),
    tags: z.array(KeyValueObject).optional(),
    type: optionalString,
    uid: optionalString,
    uid_alt: optionalString,
    version: optionalString,
    zone: optionalString,
  })
  .check(atLeastOne(['name', 'uid']))
export type ResourceDetails = z.infer<typeof ResourceDetails>

/** Cloud: The Cloud object describes the cloud computing environment where an event or finding originated. */
export const Cloud = z.strictObject({
  account: Account.optional(),
  cloud_partition: optionalString,
  org: Organization.optional(),
  provider: z.string(),
  region: optionalString,
  zone: optionalString,
})
export type Cloud = z.infer<typeof Cloud>

/** Network Connection Information: The Network Connection Information object describes characteristics of an OSI Transport Layer communication, including TCP and UDP. */
export const NetworkConnectionInfo = z.strictObject({
  boundary: optionalString,
  boundary_id: z.literal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 99]).optional(),
  community_uid: optionalString,
  direction: optionalString,
  direction_id: z.literal([0, 1, 2, 3, 4, 99]),
  flag_history: optionalString,
  protocol_name: optionalString,
  protocol_num: optionalInt,
  protocol_ver: optionalString,
  protocol_ver_id: z.literal([0, 4, 6, 99]).optional(),
  session: Session.optional(),
  tcp_flags: optionalInt,
  uid: optionalString,
})
export type NetworkConnectionInfo = z.infer<typeof NetworkConnectionInfo>

/** Network Traffic: The Network Traffic object describes characteristics of network traffic over a time period. */
export const NetworkTraffic = z.strictObject({
  bytes: optionalInt,
  bytes_in: optionalInt,
  bytes_missed: optionalInt,
  bytes_out: optionalInt,
  chunks: optionalInt,
  chunks_in: optionalInt,
  chunks_out: optionalInt,
  end_time: optionalTimestamp,
  packets: optionalInt,
  packets_in: optionalInt,
  packets_out: optionalInt,
  start_time: optionalTimestamp,
})
export type NetworkTraffic = z.infer<typeof NetworkTraffic>

/** Analytic: The Analytic object contains details about the analytic technique used to analyze and derive insights from the data or information that led to the cre. */
export const Analytic = z
  .strictObject({
    algorithm: optionalString,
    category: optionalString,
    desc: optionalString,
    name: optionalString,
    state: optionalString,
    state_id: z.literal([0, 1, 2, 3, 99]).optional(),
    type: optionalString,
    type_id: z.literal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 99]),
    uid: optionalString,
    version: optionalString,
  })
  .check(atLeastOne(['name', 'uid']))
export type Analytic = z.infer<typeof Analytic>

/** MITRE Sub-technique: The MITRE Sub-technique object describes the ATT&CK® or ATLAS™ Sub-technique ID and/or name associated to an attack. */
export const SubTechnique = z
  .strictObject({
    name: optionalString,
    src_url: optionalString,
    uid: optionalString,
  })
  .check(atLeastOne(['name', 'uid']))
export type SubTechnique = z.infer<typeof SubTechnique>

/** MITRE Tactic: The MITRE Tactic object describes the ATT&CK® or ATLAS™ Tactic ID and/or name that is associated to an attack. */
export const Tactic = z
  .strictObject({
    name: optionalString,
    src_url: optionalString,
    uid: optionalString,
  })
  .check(atLeastOne(['name', 'uid']))
export type Tactic = z.infer<typeof Tactic>

/** MITRE Technique: The MITRE Technique object describes the ATT&CK® or ATLAS™ Technique ID and/or name associated to an attack. */
export const Technique = z
  .strictObject({
    name: optionalString,
    src_url: optionalString,
    uid: optionalString,
  })
  .check(atLeastOne(['name', 'uid']))
export type Technique = z.infer<typeof Technique>

/** MITRE ATT&CK® & ATLAS™: The MITRE ATT&CK® & ATLAS™ object describes the tactic, technique, sub-technique & mitigation associated to an attack. */
export const Attack = z
  .strictObject({
    sub_technique: SubTechnique.optional(),
    tactic: Tactic.optional(),
    technique: Technique.optional(),
    version: optionalString,
  })
  .check(atLeastOne(['tactic', 'technique', 'sub_technique']))
export type Attack = z.infer<typeof Attack>

/** Observable: The observable object is a pivot element that contains related information found in many places in the event. */
export const Observable = z.strictObject({
  event_uid: optionalString,
  name: optionalString,
  type: optionalString,
  type_id: z.literal([
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 30,
    31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 44, 45, 47, 48, 99,
  ]),
  type_uid: optionalInt,
  value: optionalString,
})
export type Observable = z.infer<typeof Observable>

/** Related Event/Finding: The Related Event object describes an event or another finding related to a finding. */
export const RelatedEvent = z.strictObject({
  attacks: z.array(Attack).optional(),
  count: optionalInt,
  created_time: optionalTimestamp,
  desc: optionalString,
  first_seen_time: optionalTimestamp,
  last_seen_time: optionalTimestamp,
  modified_time: optionalTimestamp,
  observables: z.array(Observable).optional(),
  product: Product.optional(),
  severity: optionalString,
  severity_id: z.literal([0, 1, 2, 3, 4, 5, 6, 99]).optional(),
  status: optionalString,
  tags: z.array(KeyValueObject).optional(),
  title: optionalString,
  type: optionalString,
  type_name: optionalString,
  type_uid: optionalInt,
  uid: z.string(),
})
export type RelatedEvent = z.infer<typeof RelatedEvent>

/** Finding Information: The Finding Information object describes metadata related to a security finding generated by a security tool or system. */
export const FindingInfo = z.strictObject({
  analytic: Analytic.optional(),
  attack_graph: Graph.optional(),
  attacks: z.array(Attack).optional(),
  created_time: optionalTimestamp,
  data_sources: optionalStrings,
  desc: optionalString,
  first_seen_time: optionalTimestamp,
  last_seen_time: optionalTimestamp,
  modified_time: optionalTimestamp,
  product: Product.optional(),
  related_analytics: z.array(Analytic).optional(),
  related_events: z.array(RelatedEvent).optional(),
  related_events_count: optionalInt,
  src_url: optionalString,
  tags: z.array(KeyValueObject).optional(),
  title: optionalString,
  types: optionalStrings,
  uid: z.string(),
  uid_alt: optionalString,
})
export type FindingInfo = z.infer<typeof FindingInfo>

/** Digital Certificate: The Digital Certificate, also known as a Public Key Certificate, object contains information about the ownership and usage of a public key. */
export const Certificate = z.strictObject({
  created_time: optionalTimestamp,
  expiration_time: optionalTimestamp,
  fingerprints: z.array(Fingerprint).optional(),
  is_self_signed: optionalBoolean,
  issuer: z.string(),
  serial_number: z.string(),
  subject: optionalString,
  uid: optionalString,
  version: optionalString,
})
export type Certificate = z.infer<typeof Certificate>

/** Transport Layer Security (TLS): The Transport Layer Security (TLS) object describes the negotiated TLS protocol used for secure communications over an establish network connection. */
export const Tls = z.strictObject({
  alert: optionalInt,
  certificate: Certificate.optional(),
  certificate_chain: optionalStrings,
  cipher: optionalString,
  client_ciphers: optionalStrings,
  handshake_dur: optionalInt,
  ja3_hash: Fingerprint.optional(),
  ja3s_hash: Fingerprint.optional(),
  key_length: optionalInt,
  server_ciphers: optionalStrings,
  sni: optionalString,
  version: z.string(),
})
export type Tls = z.infer<typeof Tls>

/** Evidence Artifacts: A collection of evidence artifacts associated to the activity/activities that triggered a security detection. */
export const Evidences = z
  .strictObject({
    actor: Actor.optional(),
    api: Api.optional(),
    connection_info: NetworkConnectionInfo.optional(),
    container: Container.optional(),
    data: optionalUnknown,
    dst_endpoint: NetworkEndpoint.optional(),
    http_request: HttpRequest.optional(),
    http_response: HttpResponse.optional(),
    name: optionalString,
    resources: z.array(ResourceDetails).optional(),
    src_endpoint: NetworkEndpoint.optional(),
    tls: Tls.optional(),
    uid: optionalString,
    url: Url.optional(),
    user: User.optional(),
    verdict: optionalString,
    verdict_id: z.literal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 99]).optional(),
  })
  .check(
    atLeastOne([
      'actor',
      'api',
      'connection_info',
      'data',
      'dst_endpoint',
      'resources',
      'src_endpoint',
      'url',
      'user',
    ]),
  )
export type Evidences = z.infer<typeof Evidences>

/** Check: The check object defines a specific, testable compliance verification point that evaluates a target device against a standard, framework, or custom re. */
export const Check = z.strictObject({
  desc: optionalString,
  name: optionalString,
  resource: ResourceDetails.optional(),
  severity: optionalString,
  severity_id: z.literal([0, 1, 2, 3, 4, 5, 6, 99]).optional(),
  standards: optionalStrings,
  status: optionalString,
  status_id: z.literal([0, 1, 2, 3, 99]).optional(),
  uid: optionalString,
  version: optionalString,
})
export type Check = z.infer<typeof Check>

/** Compliance: The Compliance object contains information about Industry and Regulatory Framework standards, controls and requirements or details about custom assess. */
export const Compliance = z.strictObject({
  category: optionalString,
  checks: z.array(Check).optional(),
  control: optionalString,
  control_parameters: z.array(KeyValueObject).optional(),
  desc: optionalString,
  requirements: optionalStrings,
  standards: optionalStrings,
  status: optionalString,
  status_code: optionalString,
  status_details: optionalStrings,
  status_id: z.literal([0, 1, 2, 3, 99]).optional(),
})
export type Compliance = z.infer<typeof Compliance>

/** KB Article: The KB Article object contains metadata that describes the patch or update. */
export const KbArticle = z
  .strictObject({
    bulletin: optionalString,
    classification: optionalString,
    created_time: optionalTimestamp,
    install_state: optionalString,
    install_state_id: z.literal([0, 1, 2, 3, 99]).optional(),
    is_superseded: optionalBoolean,
    product: Product.optional(),
    severity: optionalString,
    size: optionalInt,
    src_url: optionalString,
    title: optionalString,
    uid: optionalString,
  })
  .check(atLeastOne(['uid', 'src_url']))
export type KbArticle = z.infer<typeof KbArticle>

/** Remediation: The Remediation object describes the recommended remediation steps to address identified issue(s). */
export const Remediation = z.strictObject({
  desc: z.string(),
  kb_article_list: z.array(KbArticle).optional(),
  references: optionalStrings,
})
export type Remediation = z.infer<typeof Remediation>

/** AI Model: The AI Model object describes the characteristics of an AI/ML model. */
export const AiModel = z
  .strictObject({
    ai_provider: z.string(),
    name: z.string(),
    uid: optionalString,
    version: optionalString,
  })
  .check(atLeastOne(['name', 'uid']))
export type AiModel = z.infer<typeof AiModel>

/** Application: An Application describes the details for an inventoried application as reported by an Application Security tool or other Developer-centric tooling. */
export const Application = z
  .strictObject({
    criticality: optionalString,
    data: optionalUnknown,
    desc: optionalString,
    group: Group.optional(),
    hostname: optionalString,
    labels: optionalStrings,
    name: optionalString,
    owner: User.optional(),
    region: optionalString,
    resource_relationship: Graph.optional(),
    risk_level: optionalString,
    risk_level_id: z.literal([0, 1, 2, 3, 4, 99]).optional(),
    risk_score: optionalInt,
    tags: z.array(KeyValueObject).optional(),
    type: optionalString,
    uid: optionalString,
    uid_alt: optionalString,
    url: Url.optional(),
    version: optionalString,
  })
  .check(atLeastOne(['uid', 'name']))
export type Application = z.infer<typeof Application>

/** Message Context: Communication context for AI system interactions including protocols, roles, clients, and session information for MCP and other AI communication syste. */
export const MessageContext = z
  .strictObject({
    ai_role: optionalString,
    ai_role_id: z.literal([0, 1, 2, 3, 4, 5, 6, 99]).optional(),
    application: Application.optional(),
    completion_tokens: optionalInt,
    name: optionalString,
    prompt_tokens: optionalInt,
    service: Service.optional(),
    total_tokens: optionalInt,
    uid: optionalString,
  })
  .check(atLeastOne(['application', 'service']))
export type MessageContext = z.infer<typeof MessageContext>
