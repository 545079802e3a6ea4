/**
 * The kube-apiserver's flags, read from its static pod manifest or from a command line as `ps`,
 * /proc/PID/cmdline or a systemd unit shows it. Only flag names and the values controls ask for are read.
 */
import { asStrings } from '#shared/json/index.ts'
import type { PodContainer } from '#shared/k8s/index.ts'
import type { ResourceDetails } from '#shared/ocsf/index.ts'
import type { K8sObject, SourceRef } from '#shared/posture/index.ts'

export interface ApiServerCommand {
  /** The arguments after the kube-apiserver executable. */
  readonly args: readonly string[]
  readonly resource: ResourceDetails
  readonly source: SourceRef
}

const APISERVER_BINARY = 'kube-apiserver'

/** Splits a command line into words: NUL-separated (/proc) or shell-like with quotes and `\` line joins. */
export function splitCommandLine(text: string): string[] {
  if (text.includes('\u0000')) return text.split('\u0000').filter((word) => word.length > 0)
  const joined = text.replace(/\\\r?\n/g, ' ').replace(/^\s*ExecStart=/m, '')
  const words: string[] = []
  let word = ''
  let inWord = false
  let quote: string | undefined
  for (const char of joined) {
    if (quote !== undefined) {
      if (char === quote) quote = undefined
      else word += char
      continue
    }
    if (char === '"' || char === "'") {
      quote = char
      inWord = true
    } else if (/\s/.test(char)) {
      if (inWord) words.push(word)
      word = ''
      inWord = false
    } else {
      word += char
      inWord = true
    }
  }
  if (inWord) words.push(word)
  return words
}

function isApiServerBinary(word: string): boolean {
  return word === APISERVER_BINARY || word.endsWith(`/${APISERVER_BINARY}`)
}

/** The arguments after the kube-apiserver word; all of them when the text holds flags only. */
export function apiServerArgs(words: readonly string[]): string[] | undefined {
  const index = words.findIndex(isApiServerBinary)
  if (index !== -1) return words.slice(index + 1)
  return words.length > 0 && words.every((word) => !isApiServerBinary(word)) && words[0]?.startsWith('--')
    ? [...words]
    : undefined
}

/**
 * A flag's value as pflag reads it: `--flag=value` or `--flag value`; undefined when the flag is absent.
 * The last occurrence wins, as it does for the API server.
 */
export function flagValue(args: readonly string[], flag: string): string | undefined {
  let value: string | undefined
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? ''
    if (arg.startsWith(`${flag}=`)) value = arg.slice(flag.length + 1)
    else if (arg === flag) value = args[index + 1]?.startsWith('-') === false ? args[index + 1] : ''
  }
  return value
}

function containerWords(container: PodContainer): string[] {
  const words: string[] = []
  for (const word of [...asStrings(container.spec.command), ...asStrings(container.spec.args)]) {
    // `sh -c "kube-apiserver --flag=..."` keeps the whole command line in one argument.
    if (/\s/.test(word)) words.push(...splitCommandLine(word))
    else words.push(word)
  }
  return words
}

/** The kube-apiserver command of a static pod (kubeadm's /etc/kubernetes/manifests/kube-apiserver.yaml). */
export function apiServerCommandOfPod(
  pod: K8sObject,
  containers: readonly PodContainer[],
): ApiServerCommand | undefined {
  for (const container of containers) {
    const words = containerWords(container)
    const index = words.findIndex(isApiServerBinary)
    if (index !== -1) return { args: words.slice(index + 1), resource: pod.resource, source: pod.source }
  }
  return undefined
}

/** A command line given on its own, named by its file. */
export function apiServerCommandOfText(text: string, file: string): ApiServerCommand | undefined {
  const args = apiServerArgs(splitCommandLine(text))
  if (args === undefined) return undefined
  return {
    args,
    resource: { uid: file, name: file, type: 'kube-apiserver command line' },
    source: { file, line: 1 },
  }
}
