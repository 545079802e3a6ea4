/**
 * Where a skill's REFERENCES.md may link: official documentation (a vendor's, project's or standards
 * body's own site, by host), and a short list of named threat research and reference implementations (by
 * URL prefix), each with the reason it is cited. validate-skills flags any other link with the skill's
 * name; a new source is added here, with its reason, in a reviewed change. URLs inside `code spans` are
 * identifiers (an OAuth scope, an API endpoint), not links, and are not checked.
 */

/** Hosts whose pages are the official documentation of what a skill reads, calls or emits. */
export const OFFICIAL_DOCUMENTATION_HOSTS: ReadonlyMap<string, string> = new Map([
  ['attack.mitre.org', 'MITRE ATT&CK'],
  ['atlas.mitre.org', 'MITRE ATLAS'],
  ['schema.ocsf.io', 'the OCSF schema'],
  ['docs.oasis-open.org', 'OASIS standards: SARIF 2.1.0'],
  ['docs.github.com', 'GitHub documentation: code scanning and SARIF upload'],
  ['docs.aws.amazon.com', 'AWS documentation'],
  ['smithy.io', 'Smithy, where AWS publishes the wire protocols its SDKs speak'],
  ['cloud.google.com', 'Google Cloud documentation'],
  ['developers.google.com', 'Google developer documentation: Admin SDK, OAuth scopes'],
  ['learn.microsoft.com', 'Microsoft documentation: Azure, Entra, Graph'],
  ['kubernetes.io', 'Kubernetes documentation'],
  ['helm.sh', 'Helm documentation'],
  ['docs.docker.com', 'Docker documentation'],
  ['modelcontextprotocol.io', 'the Model Context Protocol specification'],
  ['www.jsonrpc.org', 'the JSON-RPC 2.0 specification'],
  ['mermaid.js.org', 'Mermaid documentation'],
  ['www.cisecurity.org', 'CIS, publisher of the CIS Benchmarks'],
  ['nvlpubs.nist.gov', 'NIST publications'],
  ['csrc.nist.gov', 'NIST Computer Security Resource Center'],
  ['www.aicpa-cima.com', 'AICPA, publisher of the SOC 2 Trust Services Criteria'],
  ['www.iana.org', 'IANA protocol registries'],
  ['man7.org', 'the Linux man-pages project'],
  ['doc.workday.com', 'Workday documentation'],
  ['docs.paloaltonetworks.com', 'Palo Alto Networks documentation'],
  ['www.rfc-editor.org', 'IETF RFCs'],
  ['www.nist.gov', 'NIST'],
  ['genai.owasp.org', 'OWASP GenAI Security Project: the OWASP Top 10 for LLM Applications'],
  ['graphviz.org', 'Graphviz documentation: the DOT language'],
  ['docs.vllm.ai', 'vLLM documentation'],
  ['docs.nvidia.com', 'NVIDIA documentation: Triton Inference Server, GPU Operator, data center drivers'],
  ['nvidia.custhelp.com', 'NVIDIA product security bulletins: GPU Display Driver fixed versions'],
  ['www.nvidia.com', 'NVIDIA Product Security: the index of its bulletins'],
  ['longhorn.io', 'Longhorn documentation: volume encryption'],
  ['projectcapsule.dev', 'Capsule documentation: Kubernetes multi-tenancy and its tenant label'],
  ['kserve.github.io', 'KServe documentation'],
  ['knative.dev', 'Knative documentation'],
  ['docs.redhat.com', 'Red Hat documentation'],
  ['kubernetes.github.io', 'Kubernetes project documentation sites: ingress-nginx'],
  ['kubernetes-sigs.github.io', 'Kubernetes SIG project documentation: AWS Load Balancer Controller'],
  ['docs.litellm.ai', 'LiteLLM documentation'],
])

/** Other sources a skill may cite, by URL prefix: what the page is and why it is trusted. */
export const CITED_SOURCES: ReadonlyMap<string, string> = new Map([
  ['https://huggingface.co/docs/', 'Hugging Face documentation: Text Generation Inference'],
  [
    'https://stratus-red-team.cloud/attack-techniques/',
    'Stratus Red Team: the documented detonation of each technique',
  ],
  ['https://github.com/ocsf/', 'the OCSF project itself: schema issues'],
  ['https://github.com/kubernetes-client/', 'the official Kubernetes client libraries'],
  ['https://github.com/googleapis/', "Google's official client libraries"],
  ['https://github.com/docker/docker-bench-security/', "Docker's own checks for the CIS Docker Benchmark"],
  [
    'https://github.com/aquasecurity/kube-bench/',
    'the reference implementation of the CIS Kubernetes Benchmark',
  ],
  ['https://github.com/turbot/steampipe-mod-', 'Steampipe compliance mods: how others read a CIS check'],
  ['https://github.com/prowler-cloud/prowler/', "Prowler's CIS mappings: how others read a CIS check"],
  ['https://github.com/rcjsuen/dockerfile-ast', 'the Dockerfile parser a skill depends on'],
  [
    'https://github.com/NVIDIA/',
    "NVIDIA's own repositories: the Kubernetes device plugin, GPU Feature Discovery, machine-readable security bulletins",
  ],
  [
    'https://gitlab.com/nvidia/container-images/cuda/',
    "NVIDIA's CUDA container images: their support policy",
  ],
  ['https://github.com/Mellanox/k8s-rdma-shared-dev-plugin', "NVIDIA networking's RDMA shared device plugin"],
  [
    'https://github.com/k8snetworkplumbingwg/sriov-network-device-plugin',
    'the SR-IOV network device plugin of the Kubernetes Network Plumbing Working Group',
  ],
  [
    'https://github.com/kubernetes-sigs/aws-ebs-csi-driver/',
    'the AWS EBS CSI driver (Kubernetes SIG): its StorageClass parameters',
  ],
  ['https://github.com/ceph/ceph-csi/', 'Ceph CSI: its StorageClass encryption parameters'],
  ['https://microsoft.github.io/Threat-Matrix-for-Kubernetes/', "Microsoft's Threat Matrix for Kubernetes"],
  ['https://center-for-threat-informed-defense.github.io/', "MITRE's Center for Threat-Informed Defense"],
  ['https://invariantlabs.ai/blog/', 'threat research: MCP tool poisoning, first published here'],
  ['https://www.cyberark.com/resources/threat-research-blog/', 'threat research: CyberArk Labs'],
  ['https://www.elastic.co/security-labs/', 'threat research: Elastic Security Labs'],
  [
    'https://plerion.com/cloud-knowledge-base/',
    'a CIS AWS monitoring control explained with its metric filter',
  ],
])

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>()[\]"'`]+/g
const CODE_SPAN = /`[^`\n]*`/g

/** The links of a Markdown text: URLs outside code spans, without trailing punctuation. */
export function linksIn(markdown: string): string[] {
  const prose = markdown.replace(CODE_SPAN, '')
  return [...prose.matchAll(URL_IN_TEXT)].map((match) => match[0].replace(/[.,;:!?]+$/, ''))
}

/** Why a link is not an accepted reference, or undefined when it is one. */
export function referenceProblem(link: string): string | undefined {
  let url: URL
  try {
    url = new URL(link)
  } catch {
    return `${link} is not a URL`
  }
  if (url.protocol !== 'https:') return `${link} is not https`
  if (OFFICIAL_DOCUMENTATION_HOSTS.has(url.hostname)) return undefined
  for (const prefix of CITED_SOURCES.keys()) if (link.startsWith(prefix)) return undefined
  return `${link} is not official documentation (host ${url.hostname} is in neither list of scripts/reference-sources.ts)`
}
