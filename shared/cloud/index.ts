/** What live readers and collectors share: cloud error classification, the --from-api window and scope, streamed pages. */
export { apiEndpointOption } from './api-endpoint.ts'
export { type CloudCall, type CloudErrorKind, classifyCloudError, toServiceError } from './cloud-errors.ts'
export { liveInputItems } from './live-items.ts'
export { addLiveOptions, type LiveOptions, resolveWindow, type TimeWindow } from './live-window.ts'
export { mapLimit } from './map-limit.ts'
export {
  checkLiveScope,
  type LiveScope,
  projectIdOption,
  subscriptionIdOption,
} from './target-options.ts'
