/** MS-9, MS-10 and MS-11: the security context of the containers that run the model. */
import { describe, expect, it } from 'vitest'
import { nonRootUser, privilegedContainers, readOnlyRoot } from '../../src/controls/container-privileges.ts'
import { configOutcome, kubernetesOutcome, serverDeployment } from '../endpoints-of.ts'

const IMAGE = 'image: vllm/vllm-openai:v0.10.2'

describe('container privileges from a serving config', () => {
  it.each([
    [privilegedContainers, 'container: {privileged: true}', 'fail'],
    [privilegedContainers, 'container: {image: x}', 'pass'],
    [readOnlyRoot, 'container: {read_only_root_filesystem: true}', 'pass'],
    [readOnlyRoot, 'container: {image: x}', 'fail'],
    [nonRootUser, 'container: {run_as_non_root: true}', 'pass'],
    [nonRootUser, 'container: {run_as_user: 1000}', 'pass'],
    [nonRootUser, 'container: {user: "1000:1000"}', 'pass'],
    [nonRootUser, 'container: {user: root}', 'fail'],
    [nonRootUser, 'container: {image: x}', 'fail'],
  ])('%s: %s', (control, endpoint, expected) => {
    expect(configOutcome(control, endpoint).status).toBe(expected)
  })

  it.each([privilegedContainers, readOnlyRoot, nonRootUser])(
    '%s does not apply without a container block',
    (control) => {
      expect(configOutcome(control, 'url: https://a')).toEqual({
        status: 'not-applicable',
        detail:
          'endpoint chat: the serving config describes no container; evaluate the Kubernetes objects that run it.',
      })
    },
  )
})

describe('container privileges from Kubernetes objects', () => {
  it.each([
    [privilegedContainers, `${IMAGE}\nsecurityContext: {privileged: true}`, '', 'fail'],
    [privilegedContainers, IMAGE, '', 'pass'],
    [readOnlyRoot, `${IMAGE}\nsecurityContext: {readOnlyRootFilesystem: true}`, '', 'pass'],
    [readOnlyRoot, IMAGE, '', 'fail'],
    [nonRootUser, IMAGE, 'securityContext: {runAsNonRoot: true}', 'pass'],
    [
      nonRootUser,
      `${IMAGE}\nsecurityContext: {runAsUser: 0}`,
      'securityContext: {runAsNonRoot: true}',
      'fail',
    ],
    [nonRootUser, IMAGE, '', 'fail'],
  ])('%s: %s', (control, container, pod, expected) => {
    expect(kubernetesOutcome(control, serverDeployment(container, pod)).status).toBe(expected)
  })

  const runtime = `apiVersion: serving.kserve.io/v1alpha1
kind: ServingRuntime
metadata: {name: vllm-runtime, namespace: llm}
spec:
  supportedModelFormats: [{name: vllm, autoSelect: true}]
  containers:
    - name: kserve-container
      image: vllm/vllm-openai:v0.10.2
      securityContext: {readOnlyRootFilesystem: true, runAsNonRoot: true}`
  const isvc = (model: string) => `apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata: {name: chat, namespace: llm}
spec: {predictor: {model: ${model}}}`

  it('judges an InferenceService by its ServingRuntime, selected by model format', () => {
    const yaml = `${runtime}\n---\n${isvc('{modelFormat: {name: vllm}}')}`
    expect(kubernetesOutcome(readOnlyRoot, yaml).status).toBe('pass')
    expect(kubernetesOutcome(nonRootUser, yaml).status).toBe('pass')
  })

  it("lets the InferenceService's own securityContext win over the runtime's", () => {
    const yaml = `${runtime}\n---\n${isvc('{runtime: vllm-runtime, modelFormat: {name: vllm}, securityContext: {privileged: true}}')}`
    expect(kubernetesOutcome(privilegedContainers, yaml).status).toBe('fail')
  })

  it('is unknown when the runtime is not in the input', () => {
    expect(
      kubernetesOutcome(privilegedContainers, isvc('{runtime: missing, modelFormat: {name: vllm}}')),
    ).toEqual({
      status: 'unknown',
      detail:
        "InferenceService llm/chat: its ServingRuntime missing is not in the input, and that runtime's container settings apply.",
    })
  })
})
