/**
 * Credentials for the SDK clients under test: AWS's documented example keys, from the environment as the
 * default credential chain reads them, with every other source (profiles, instance metadata) switched off.
 */
import { join } from 'node:path'

export const EXAMPLE_CREDENTIALS = {
  AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
}

/** The environment of a run with no credentials anywhere. */
export function credentialFreeEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.startsWith('AWS_')) env[name] = value
  }
  return {
    ...env,
    HOME: home,
    AWS_CONFIG_FILE: join(home, 'no-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'no-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
  }
}

/** The environment of a run with the example keys and nothing else AWS-related. */
export function exampleCredentialsEnv(home: string): NodeJS.ProcessEnv {
  return { ...credentialFreeEnv(home), ...EXAMPLE_CREDENTIALS }
}

/** Puts the example keys in this process's environment for in-process collector tests. */
export function useExampleCredentials(home: string): void {
  for (const name of Object.keys(process.env)) if (name.startsWith('AWS_')) delete process.env[name]
  Object.assign(process.env, exampleCredentialsEnv(home))
}
