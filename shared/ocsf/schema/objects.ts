/**
 * Zod models of the OCSF 1.8.0 objects the toolkit emits, strict about unknown keys.
 * Attributes whose object type is outside this set are left out on purpose: emitting one fails validation
 * until its object is modelled here. tests/ocsf-models.test.ts checks every key, type and requirement
 * against the official compiled schema.
 */
import * as z from '../../json/zod.ts'
import { atLeastOne, ipAddress, port, timestamp } from './primitives.ts'

/** Feature: The Feature object provides information about the software product feature that generated a specific event. */
export const Feature = z
  .strictObject({
    name: z.string().optional(),
    uid: z.string().optional(),
    version: z.string().optional(),
  })
  .check(atLeastOne(['name', 'uid']))
export type Feature = z.infer<typeof Feature>

/** Product: The Product object describes characteristics of a software product. */
export const Product = z
  .strictObject({
    cpe_name: z.string().optional(),
    feature: Feature.optional(),
    lang: z.string().optional(),
    name: z.string().optional(),
    path: z.string().optional(),
    uid: z.string().optional(),
    url_string: z.string().optional(),
    vendor_name: z.string().optional(),
    version: z.string().optional(),
  })
  .check(atLeastOne(['name', 'uid']))
export type Product = z.infer<typeof Product>

/** Key:Value object: A generic object allowing to define a {key:value} pair. */
export const KeyValueObject = z
  .strictObject({
    name: z.string(),
    value: z.string().optional(),
    values: z.array(z.string()).optional(),
  })
  .check(atLeastOne(['value', 'values']))
export type KeyValueObject = z.infer<typeof KeyValueObject>

/** Metadata: The Metadata object describes the metadata associated with the event. */
export const Metadata = z.strictObject({
  correlation_uid: z.string().optional(),
  debug: z.array(z.string()).optional(),
  event_code: z.string().optional(),
  is_truncated: z.boolean().optional(),
  labels: z.array(z.string()).optional(),
  log_format: z.string().optional(),
  log_level: z.string().optional(),
  log_name: z.string().optional(),
  log_provider: z.string().optional(),
  log_source: z.string().optional(),
  log_version: z.string().optional(),
  logged_time: timestamp.optional(),
  modified_time: timestamp.optional(),
  original_event_uid: z.string().optional(),
  original_time: z.string().optional(),
  processed_time: timestamp.optional(),
  product: Product,
  profiles: z.array(z.string()).optional(),
  sequence: z.int().optional(),
  source: z.string().optional(),
  tags: z.array(KeyValueObject).optional(),
  tenant_uid: z.string().optional(),
  transmit_time: timestamp.optional(),
  type: z.string().optional(),
  uid: z.string().optional(),
  untruncated_size: z.int().optional(),
  version: z.string(),
})
export type Metadata = z.infer<typeof Metadata>

/** Group: The Group object represents a collection or association of entities, such as users, policies, or devices. */
export const Group = z
  .strictObject({
    desc: z.string().optional(),
    domain: z.string().optional(),
    name: z.string().optional(),
    privileges: z.array(z.string()).optional(),
    type: z.string().optional(),
    uid: z.string().optional(),
    uid_alt: z.string().optional(),
  })
  .check(atLeastOne(['name', 'uid']))
export type Group = z.infer<typeof Group>

/** Policy: The Policy object describes the policies that are applicable. */
export const Policy = z
  .strictObject({
    data: z.unknown().optional(),
    desc: z.string().optional(),
    group: Group.optional(),
    is_applied: z.boolean().optional(),
    name: z.string().optional(),
    type: z.string().optional(),
    uid: z.string().optional(),
    version: z.string().optional(),
  })
  .check(atLeastOne(['name', 'type', 'uid']))
export type Policy = z.infer<typeof Policy>

/** Authorization Result: The Authorization Result object provides details about the authorization outcome and associated policies related to activity. */
export const Authorization = z.strictObject({
  decision: z.string().optional(),
  policy: Policy.optional(),
})
export type Authorization = z.infer<typeof Authorization>

/** Fingerprint: The Fingerprint object provides detailed information about a fingerprint, which is a compact representation of data used to identify a longer piece of. */
export const Fingerprint = z.strictObject({
  algorithm: z.string().optional(),
  algorithm_id: z.literal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 99]),
  value: z.string(),
})
export type Fingerprint = z.infer<typeof Fingerprint>

/** Identity Provider: The Identity Provider object contains detailed information about a provider responsible for creating, maintaining, and managing identity information w. */
export const Idp = z
  .strictObject({
    domain: z.string().optional(),
    fingerprint: Fingerprint.optional(),
    has_mfa: z.boolean().optional(),
    issuer: z.string().optional(),
    name: z.string().optional(),
    protocol_name: z.string().optional(),
    state: z.string().optional(),
    state_id: z.literal([0, 1, 2, 3, 4, 99]).optional(),
    tenant_uid: z.string().optional(),
    uid: z.string().optional(),
    url_string: z.string().optional(),
  })
  .check(atLeastOne(['name', 'uid']))
export type Idp = z.infer<typeof Idp>

/** Session: The Session object describes details about an authenticated session. */
export const Session = z.strictObject({
  count: z.int().optional(),
  created_time: timestamp.optional(),
  credential_uid: z.string().optional(),
  expiration_reason: z.string().optional(),
  expiration_time: timestamp.optional(),
  is_mfa: z.boolean().optional(),
  is_remote: z.boolean().optional(),
  is_vpn: z.boolean().optional(),
  issuer: z.string().optional(),
  terminal: z.string().optional(),
  uid: z.string().optional(),
  uid_alt: z.string().optional(),
  uuid: z.string().optional(),
})
export type Session = z.infer<typeof Session>

/** Account: The Account object contains details about the account that initiated or performed a specific activity within a system or application. */
export const Account = z
  .strictObject({
    is_disabled: z.boolean().optional(),
    is_locked: z.boolean().optional(),
    is_on_premises_sync_enabled: z.boolean().optional(),
    labels: z.array(z.string()).optional(),
    name: z.string().optional(),
    tags: z.array(KeyValueObject).optional(),
    type: z.string().optional(),
    type_id: z.literal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 99]).optional(),
    uid: z.string().optional(),
  })
  .check(atLeastOne(['name', 'uid']))
export type Account = z.infer<typeof Account>

/** Geo Location: The Geo Location object describes a geographical location, usually associated with an IP address. */
export const Location = z
  .strictObject({
    aerial_height: z.string().optional(),
    city: z.string().optional(),
    continent: z.string().optional(),
    country: z.string().optional(),
    desc: z.string().optional(),
    geodetic_altitude: z.string().optional(),
    geodetic_vertical_accuracy: z.string().optional(),
    geohash: z.string().optional(),
    horizontal_accuracy: z.string().optional(),
    is_on_premises: z.boolean().optional(),
    lat: z.number().optional(),
    long: z.number().optional(),
    postal_code: z.string().optional(),
    pressure_altitude: z.string().optional(),
    provider: z.string().optional(),
    region: z.string().optional(),
  })
  .check(atLeastOne(['city', 'country', 'postal_code', 'region']))
export type Location = z.infer<typeof Location>

/** LDAP Person: The additional LDAP attributes that describe a person. */
export const LdapPerson = z.strictObject({
  cost_center: z.string().optional(),
  created_time: timestamp.optional(),
  deleted_time: timestamp.optional(),
  department: z.string().optional(),
  display_name: z.string().optional(),
  email_addrs: z.array(z.string()).optional(),
  employee_uid: z.string().optional(),
  given_name: z.string().optional(),
  hire_time: timestamp.optional(),
  job_title: z.string().optional(),
  labels: z.array(z.string()).optional(),
  last_login_time: timestamp.optional(),
  ldap_cn: z.string().optional(),
  ldap_dn: z.string().optional(),
  leave_time: timestamp.optional(),
  location: Location.optional(),
  modified_time: timestamp.optional(),
  office_location: z.string().optional(),
  phone_number: z.string().optional(),
  surname: z.string().optional(),
  tags: z.array(KeyValueObject).optional(),
})
export type LdapPerson = z.infer<typeof LdapPerson>

/** Organization: The Organization object describes characteristics of an organization or company and its division if any. */
export const Organization = z
  .strictObject({
    name: z.string().optional(),
    ou_name: z.string().optional(),
    ou_uid: z.string().optional(),
    uid: z.string().optional(),
  })
  .check(atLeastOne(['name', 'uid']))
export type Organization = z.infer<typeof Organization>

/** User: The User object describes the characteristics of a user/person or a security principal. */
export const User = z
  .strictObject({
    account: Account.optional(),
    display_name: z.string().optional(),
    domain: z.string().optional(),
    email_addr: z.string().optional(),
    forward_addr: z.string().optional(),
    full_name: z.string().optional(),
    groups: z.array(Group).optional(),
    has_mfa: z.boolean().optional(),
    ldap_person: LdapPerson.optional(),
    name: z.string().optional(),
    org: Organization.optional(),
    phone_number: z.string().optional(),
    risk_level: z.string().optional(),
    risk_level_id: z.literal([0, 1, 2, 3, 4, 99]).optional(),
    risk_score: z.int().optional(),
    type: z.string().optional(),
    type_id: z.literal([0, 1, 2, 3, 4, 99]).optional(),
    uid: z.string().optional(),
    uid_alt: z.string().optional(),
  })
  .check(atLeastOne(['account', 'name', 'uid']))
export type User = z.infer<typeof User>

/** Actor: The Actor object contains details about the user, role, application, service, or process that initiated or performed a specific activity. */
export const Actor = z
  .strictObject({
    app_name: z.string().optional(),
    app_uid: z.string().optional(),
    authorizations: z.array(Authorization).optional(),
    idp: Idp.optional(),
    session: Session.optional(),
    user: User.optional(),
  })
  .check(atLeastOne(['user', 'session', 'app_name', 'app_uid']))
export type Actor = z.infer<typeof Actor>

/** Image: The Image object provides a description of a specific Virtual Machine (VM) or Container image. */
export const Image = z.strictObject({
  labels: z.array(z.string()).optional(),
  name: z.string().optional(),
  path: z.string().optional(),
  tags: z.array(KeyValueObject).optional(),
  uid: z.string(),
})
export type Image = z.infer<typeof Image>

/** Container: The Container object describes an instance of a specific container. */
export const Container = z
  .strictObject({
    hash: Fingerprint.optional(),
    image: Image.optional(),
    labels: z.array(z.string()).optional(),
    name: z.string().optional(),
    network_driver: z.string().optional(),
    orchestrator: z.string().optional(),
    pod_uuid: z.string().optional(),
    runtime: z.string().optional(),
    size: z.int().optional(),
    tags: z.array(KeyValueObject).optional(),
    uid: z.string().optional(),
  })
  .check(atLeastOne(['uid', 'name']))
export type Container = z.infer<typeof Container>

/** Request Elements: The Request Elements object describes characteristics of an API request. */
export const Request = z.strictObject({
  containers: z.array(Container).optional(),
  data: z.unknown().optional(),
  flags: z.array(z.string()).optional(),
  uid: z.string(),
})
export type Request = z.infer<typeof Request>

/** Response Elements: The Response Elements object describes characteristics of an API response. */
export const Response = z.strictObject({
  code: z.int().optional(),
  containers: z.array(Container).optional(),
  data: z.unknown().optional(),
  error: z.string().optional(),
  error_message: z.string().optional(),
  flags: z.array(z.string()).optional(),
  message: z.string().optional(),
})
export type Response = z.infer<typeof Response>

/** Service: The Service object describes characteristics of a service,  e.g. AWS EC2. */
export const Service = z
  .strictObject({
    labels: z.array(z.string()).optional(),
    name: z.string().optional(),
    tags: z.array(KeyValueObject).optional(),
    uid: z.string().optional(),
    version: z.string().optional(),
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
  version: z.string().optional(),
})
export type Api = z.infer<typeof Api>

/** Network Endpoint: The Network Endpoint object describes characteristics of a network endpoint. */
export const NetworkEndpoint = z
  .strictObject({
    domain: z.string().optional(),
    fingerprints: z.array(Fingerprint).optional(),
    hostname: z.string().optional(),
    instance_uid: z.string().optional(),
    interface_name: z.string().optional(),
    interface_uid: z.string().optional(),
    intermediate_ips: z.array(ipAddress).optional(),
    ip: ipAddress.optional(),
    isp: z.string().optional(),
    isp_org: z.string().optional(),
    location: Location.optional(),
    mac: z.string().optional(),
    mac_vendor: z.string().optional(),
    name: z.string().optional(),
    network_scope: z.string().optional(),
    network_scope_id: z.literal([0, 1, 2, 99]).optional(),
    owner: User.optional(),
    pool: Group.optional(),
    port: port.optional(),
    subnet_uid: z.string().optional(),
    svc_name: z.string().optional(),
    type: z.string().optional(),
    type_id: z.literal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 99]).optional(),
    uid: z.string().optional(),
    vlan_uid: z.string().optional(),
    vpc_uid: z.string().optional(),
    zone: z.string().optional(),
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
    categories: z.array(z.string()).optional(),
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
    domain: z.string().optional(),
    hostname: z.string().optional(),
    path: z.string().optional(),
    port: port.optional(),
    query_string: z.string().optional(),
    resource_type: z.string().optional(),
    scheme: z.string().optional(),
    subdomain: z.string().optional(),
    url_string: z.string().optional(),
  })
  .check(atLeastOne(['url_string', 'path']))
export type Url = z.infer<typeof Url>

/** HTTP Request: The HTTP Request object represents the attributes of a request made to a web server. */
export const HttpRequest = z.strictObject({
  args: z.string().optional(),
  body_length: z.int().optional(),
  http_headers: z.array(HttpHeader).optional(),
  http_method: z
    .enum(['CONNECT', 'DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT', 'TRACE'])
    .optional(),
  length: z.int().optional(),
  referrer: z.string().optional(),
  uid: z.string().optional(),
  url: Url.optional(),
  user_agent: z.string().optional(),
  version: z.string().optional(),
  x_forwarded_for: z.array(ipAddress).optional(),
})
export type HttpRequest = z.infer<typeof HttpRequest>

/** HTTP Response: The HTTP Response object contains detailed information about the response sent from a web server to the requester. */
export const HttpResponse = z.strictObject({
  body_length: z.int().optional(),
  code: z.int(),
  content_type: z.string().optional(),
  http_headers: z.array(HttpHeader).optional(),
  latency: z.int().optional(),
  length: z.int().optional(),
  message: z.string().optional(),
  status: z.string().optional(),
})
export type HttpResponse = z.infer<typeof HttpResponse>

/** Edge: Represents a connection or relationship between two nodes in a graph. */
export const Edge = z
  .strictObject({
    data: z.unknown().optional(),
    is_directed: z.boolean().optional(),
    name: z.string().optional(),
    relation: z.string().optional(),
    source: z.string(),
    target: z.string(),
    uid: z.string().optional(),
  })
  .check(atLeastOne(['name', 'uid']))
export type Edge = z.infer<typeof Edge>

/** Node: Represents a node or a vertex in a graph structure. */
export const Node = z.strictObject({
  data: z.unknown().optional(),
  desc: z.string().optional(),
  name: z.string().optional(),
  type: z.string().optional(),
  uid: z.string(),
})
export type Node = z.infer<typeof Node>

/** Graph: A graph data structure representation with nodes and edges. */
export const Graph = z
  .strictObject({
    desc: z.string().optional(),
    edges: z.array(Edge).optional(),
    is_directed: z.boolean().optional(),
    name: z.string().optional(),
    nodes: z.array(Node),
    query_language: z.string().optional(),
    query_language_id: z.literal([0, 1, 2, 3, 4, 5, 6, 7, 99]).optional(),
    type: z.string().optional(),
    uid: z.string().optional(),
  })
  .check(atLeastOne(['name', 'uid']))
export type Graph = z.infer<typeof Graph>

/** Resource Details: The Resource Details object describes details about resources that were affected by the activity/event. */
export const ResourceDetails = z
  .strictObject({
    cloud_partition: z.string().optional(),
    created_time: timestamp.optional(),
    criticality: z.string().optional(),
    data: z.unknown().optional(),
    group: Group.optional(),
    hostname: z.string().optional(),
    ip: ipAddress.optional(),
    is_backed_up: z.boolean().optional(),
    labels: z.array(z.string()).optional(),
    modified_time: timestamp.optional(),
    name: z.string().optional(),
    namespace: z.string().optional(),
    owner: User.optional(),
    provider: z.string().optional(),
    region: z.string().optional(),
    resource_relationship: Graph.optional(),
    role: z.string().optional(),
    role_id: z.literal([0, 1, 2, 3, 4, 99]).optional(),
    tags: z.array(KeyValueObject).optional(),
    type: z.string().optional(),
    uid: z.string().optional(),
    uid_alt: z.string().optional(),
    version: z.string().optional(),
    zone: z.string().optional(),
  })
  .check(atLeastOne(['name', 'uid']))
export type ResourceDetails = z.infer<typeof ResourceDetails>

/** Cloud: The Cloud object describes the cloud computing environment where an event or finding originated. */
export const Cloud = z.strictObject({
  account: Account.optional(),
  cloud_partition: z.string().optional(),
  org: Organization.optional(),
  provider: z.string(),
  region: z.string().optional(),
  zone: z.string().optional(),
})
export type Cloud = z.infer<typeof Cloud>

/** Network Connection Information: The Network Connection Information object describes characteristics of an OSI Transport Layer communication, including TCP and UDP. */
export const NetworkConnectionInfo = z.strictObject({
  boundary: z.string().optional(),
  boundary_id: z.literal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 99]).optional(),
  community_uid: z.string().optional(),
  direction: z.string().optional(),
  direction_id: z.literal([0, 1, 2, 3, 4, 99]),
  flag_history: z.string().optional(),
  protocol_name: z.string().optional(),
  protocol_num: z.int().optional(),
  protocol_ver: z.string().optional(),
  protocol_ver_id: z.literal([0, 4, 6, 99]).optional(),
  session: Session.optional(),
  tcp_flags: z.int().optional(),
  uid: z.string().optional(),
})
export type NetworkConnectionInfo = z.infer<typeof NetworkConnectionInfo>

/** Network Traffic: The Network Traffic object describes characteristics of network traffic over a time period. */
export const NetworkTraffic = z.strictObject({
  bytes: z.int().optional(),
  bytes_in: z.int().optional(),
  bytes_missed: z.int().optional(),
  bytes_out: z.int().optional(),
  chunks: z.int().optional(),
  chunks_in: z.int().optional(),
  chunks_out: z.int().optional(),
  end_time: timestamp.optional(),
  packets: z.int().optional(),
  packets_in: z.int().optional(),
  packets_out: z.int().optional(),
  start_time: timestamp.optional(),
})
export type NetworkTraffic = z.infer<typeof NetworkTraffic>

/** Analytic: The Analytic object contains details about the analytic technique used to analyze and derive insights from the data or information that led to the cre. */
export const Analytic = z
  .strictObject({
    algorithm: z.string().optional(),
    category: z.string().optional(),
    desc: z.string().optional(),
    name: z.string().optional(),
    state: z.string().optional(),
    state_id: z.literal([0, 1, 2, 3, 99]).optional(),
    type: z.string().optional(),
    type_id: z.literal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 99]),
    uid: z.string().optional(),
    version: z.string().optional(),
  })
  .check(atLeastOne(['name', 'uid']))
export type Analytic = z.infer<typeof Analytic>

/** MITRE Sub-technique: The MITRE Sub-technique object describes the ATT&CK® or ATLAS™ Sub-technique ID and/or name associated to an attack. */
export const SubTechnique = z
  .strictObject({
    name: z.string().optional(),
    src_url: z.string().optional(),
    uid: z.string().optional(),
  })
  .check(atLeastOne(['name', 'uid']))
export type SubTechnique = z.infer<typeof SubTechnique>

/** MITRE Tactic: The MITRE Tactic object describes the ATT&CK® or ATLAS™ Tactic ID and/or name that is associated to an attack. */
export const Tactic = z
  .strictObject({
    name: z.string().optional(),
    src_url: z.string().optional(),
    uid: z.string().optional(),
  })
  .check(atLeastOne(['name', 'uid']))
export type Tactic = z.infer<typeof Tactic>

/** MITRE Technique: The MITRE Technique object describes the ATT&CK® or ATLAS™ Technique ID and/or name associated to an attack. */
export const Technique = z
  .strictObject({
    name: z.string().optional(),
    src_url: z.string().optional(),
    uid: z.string().optional(),
  })
  .check(atLeastOne(['name', 'uid']))
export type Technique = z.infer<typeof Technique>

/** MITRE ATT&CK® & ATLAS™: The MITRE ATT&CK® & ATLAS™ object describes the tactic, technique, sub-technique & mitigation associated to an attack. */
export const Attack = z
  .strictObject({
    sub_technique: SubTechnique.optional(),
    tactic: Tactic.optional(),
    technique: Technique.optional(),
    version: z.string().optional(),
  })
  .check(atLeastOne(['tactic', 'technique', 'sub_technique']))
export type Attack = z.infer<typeof Attack>

/** Observable: The observable object is a pivot element that contains related information found in many places in the event. */
export const Observable = z.strictObject({
  event_uid: z.string().optional(),
  name: z.string().optional(),
  type: z.string().optional(),
  type_id: z.literal([
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 30,
    31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 44, 45, 47, 48, 99,
  ]),
  type_uid: z.int().optional(),
  value: z.string().optional(),
})
export type Observable = z.infer<typeof Observable>

/** Related Event/Finding: The Related Event object describes an event or another finding related to a finding. */
export const RelatedEvent = z.strictObject({
  attacks: z.array(Attack).optional(),
  count: z.int().optional(),
  created_time: timestamp.optional(),
  desc: z.string().optional(),
  first_seen_time: timestamp.optional(),
  last_seen_time: timestamp.optional(),
  modified_time: timestamp.optional(),
  observables: z.array(Observable).optional(),
  product: Product.optional(),
  severity: z.string().optional(),
  severity_id: z.literal([0, 1, 2, 3, 4, 5, 6, 99]).optional(),
  status: z.string().optional(),
  tags: z.array(KeyValueObject).optional(),
  title: z.string().optional(),
  type: z.string().optional(),
  type_name: z.string().optional(),
  type_uid: z.int().optional(),
  uid: z.string(),
})
export type RelatedEvent = z.infer<typeof RelatedEvent>

/** Finding Information: The Finding Information object describes metadata related to a security finding generated by a security tool or system. */
export const FindingInfo = z.strictObject({
  analytic: Analytic.optional(),
  attack_graph: Graph.optional(),
  attacks: z.array(Attack).optional(),
  created_time: timestamp.optional(),
  data_sources: z.array(z.string()).optional(),
  desc: z.string().optional(),
  first_seen_time: timestamp.optional(),
  last_seen_time: timestamp.optional(),
  modified_time: timestamp.optional(),
  product: Product.optional(),
  related_analytics: z.array(Analytic).optional(),
  related_events: z.array(RelatedEvent).optional(),
  related_events_count: z.int().optional(),
  src_url: z.string().optional(),
  tags: z.array(KeyValueObject).optional(),
  title: z.string().optional(),
  types: z.array(z.string()).optional(),
  uid: z.string(),
  uid_alt: z.string().optional(),
})
export type FindingInfo = z.infer<typeof FindingInfo>

/** Digital Certificate: The Digital Certificate, also known as a Public Key Certificate, object contains information about the ownership and usage of a public key. */
export const Certificate = z.strictObject({
  created_time: timestamp.optional(),
  expiration_time: timestamp.optional(),
  fingerprints: z.array(Fingerprint).optional(),
  is_self_signed: z.boolean().optional(),
  issuer: z.string(),
  serial_number: z.string(),
  subject: z.string().optional(),
  uid: z.string().optional(),
  version: z.string().optional(),
})
export type Certificate = z.infer<typeof Certificate>

/** Transport Layer Security (TLS): The Transport Layer Security (TLS) object describes the negotiated TLS protocol used for secure communications over an establish network connection. */
export const Tls = z.strictObject({
  alert: z.int().optional(),
  certificate: Certificate.optional(),
  certificate_chain: z.array(z.string()).optional(),
  cipher: z.string().optional(),
  client_ciphers: z.array(z.string()).optional(),
  handshake_dur: z.int().optional(),
  ja3_hash: Fingerprint.optional(),
  ja3s_hash: Fingerprint.optional(),
  key_length: z.int().optional(),
  server_ciphers: z.array(z.string()).optional(),
  sni: z.string().optional(),
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
    data: z.unknown().optional(),
    dst_endpoint: NetworkEndpoint.optional(),
    http_request: HttpRequest.optional(),
    http_response: HttpResponse.optional(),
    name: z.string().optional(),
    resources: z.array(ResourceDetails).optional(),
    src_endpoint: NetworkEndpoint.optional(),
    tls: Tls.optional(),
    uid: z.string().optional(),
    url: Url.optional(),
    user: User.optional(),
    verdict: z.string().optional(),
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
  desc: z.string().optional(),
  name: z.string().optional(),
  resource: ResourceDetails.optional(),
  severity: z.string().optional(),
  severity_id: z.literal([0, 1, 2, 3, 4, 5, 6, 99]).optional(),
  standards: z.array(z.string()).optional(),
  status: z.string().optional(),
  status_id: z.literal([0, 1, 2, 3, 99]).optional(),
  uid: z.string().optional(),
  version: z.string().optional(),
})
export type Check = z.infer<typeof Check>

/** Compliance: The Compliance object contains information about Industry and Regulatory Framework standards, controls and requirements or details about custom assess. */
export const Compliance = z.strictObject({
  category: z.string().optional(),
  checks: z.array(Check).optional(),
  control: z.string().optional(),
  control_parameters: z.array(KeyValueObject).optional(),
  desc: z.string().optional(),
  requirements: z.array(z.string()).optional(),
  standards: z.array(z.string()).optional(),
  status: z.string().optional(),
  status_code: z.string().optional(),
  status_details: z.array(z.string()).optional(),
  status_id: z.literal([0, 1, 2, 3, 99]).optional(),
})
export type Compliance = z.infer<typeof Compliance>

/** KB Article: The KB Article object contains metadata that describes the patch or update. */
export const KbArticle = z
  .strictObject({
    bulletin: z.string().optional(),
    classification: z.string().optional(),
    created_time: timestamp.optional(),
    install_state: z.string().optional(),
    install_state_id: z.literal([0, 1, 2, 3, 99]).optional(),
    is_superseded: z.boolean().optional(),
    product: Product.optional(),
    severity: z.string().optional(),
    size: z.int().optional(),
    src_url: z.string().optional(),
    title: z.string().optional(),
    uid: z.string().optional(),
  })
  .check(atLeastOne(['uid', 'src_url']))
export type KbArticle = z.infer<typeof KbArticle>

/** Remediation: The Remediation object describes the recommended remediation steps to address identified issue(s). */
export const Remediation = z.strictObject({
  desc: z.string(),
  kb_article_list: z.array(KbArticle).optional(),
  references: z.array(z.string()).optional(),
})
export type Remediation = z.infer<typeof Remediation>

/** AI Model: The AI Model object describes the characteristics of an AI/ML model. */
export const AiModel = z
  .strictObject({
    ai_provider: z.string(),
    name: z.string(),
    uid: z.string().optional(),
    version: z.string().optional(),
  })
  .check(atLeastOne(['name', 'uid']))
export type AiModel = z.infer<typeof AiModel>

/** Application: An Application describes the details for an inventoried application as reported by an Application Security tool or other Developer-centric tooling. */
export const Application = z
  .strictObject({
    criticality: z.string().optional(),
    data: z.unknown().optional(),
    desc: z.string().optional(),
    group: Group.optional(),
    hostname: z.string().optional(),
    labels: z.array(z.string()).optional(),
    name: z.string().optional(),
    owner: User.optional(),
    region: z.string().optional(),
    resource_relationship: Graph.optional(),
    risk_level: z.string().optional(),
    risk_level_id: z.literal([0, 1, 2, 3, 4, 99]).optional(),
    risk_score: z.int().optional(),
    tags: z.array(KeyValueObject).optional(),
    type: z.string().optional(),
    uid: z.string().optional(),
    uid_alt: z.string().optional(),
    url: Url.optional(),
    version: z.string().optional(),
  })
  .check(atLeastOne(['uid', 'name']))
export type Application = z.infer<typeof Application>

/** Message Context: Communication context for AI system interactions including protocols, roles, clients, and session information for MCP and other AI communication syste. */
export const MessageContext = z
  .strictObject({
    ai_role: z.string().optional(),
    ai_role_id: z.literal([0, 1, 2, 3, 4, 5, 6, 99]).optional(),
    application: Application.optional(),
    completion_tokens: z.int().optional(),
    name: z.string().optional(),
    prompt_tokens: z.int().optional(),
    service: Service.optional(),
    total_tokens: z.int().optional(),
    uid: z.string().optional(),
  })
  .check(atLeastOne(['application', 'service']))
export type MessageContext = z.infer<typeof MessageContext>
