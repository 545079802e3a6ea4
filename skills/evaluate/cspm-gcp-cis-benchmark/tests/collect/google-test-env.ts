/** Puts this process's application default credentials on a loopback metadata server, and nowhere else. */
import { googleEnvironment } from '../../../../../tests/helpers/google-metadata.ts'

const GOOGLE_VARIABLES = [
  'GOOGLE_APPLICATION_CREDENTIALS',
  'GOOGLE_CLOUD_PROJECT',
  'GCLOUD_PROJECT',
  'METADATA_SERVER_DETECTION',
]

export function useLoopbackCredentials(metadataHost: string): void {
  for (const name of GOOGLE_VARIABLES) delete process.env[name]
  Object.assign(process.env, googleEnvironment(metadataHost))
}
