/** The verb of a methodName, and the activity it maps to, for each way Google names methods. */
import { describe, expect, it } from 'vitest'
import { METHOD_VERB_ACTIVITY, methodVerbOf } from '../../src/mappings/method-verbs.ts'

describe('methodVerbOf and METHOD_VERB_ACTIVITY', () => {
  it.each([
    ['google.iam.admin.v1.CreateServiceAccountKey', 'create', 1],
    ['v1.compute.firewalls.insert', 'insert', 1],
    ['storage.objects.get', 'get', 2],
    ['v1.compute.instances.aggregatedList', 'aggregated', 2],
    ['TagKeys.ListTagKeys', 'list', 2],
    ['io.k8s.core.v1.pods.watch', 'watch', 2],
    ['SetIamPolicy', 'set', 3],
    ['beta.compute.instances.setMetadata', 'set', 3],
    ['io.k8s.core.v1.configmaps.patch', 'patch', 3],
    ['google.iam.admin.v1.DisableServiceAccount', 'disable', 3],
    ['google.logging.v2.ConfigServiceV2.DeleteSink', 'delete', 4],
    ['io.k8s.core.v1.secrets.deletecollection', 'deletecollection', 4],
    ['DestroyCryptoKeyVersion', 'destroy', 4],
    ['GenerateAccessToken', 'generate', undefined],
    ['SignJwt', 'sign', undefined],
    ['v1.compute.instances.start', 'start', undefined],
    ['jobservice.jobcompleted', 'jobcompleted', undefined],
  ])('%s is %s', (methodName, verb, activity) => {
    expect(methodVerbOf(methodName)).toBe(verb)
    expect(METHOD_VERB_ACTIVITY[verb]).toBe(activity)
  })
})
