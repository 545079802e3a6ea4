import { describe, expect, it } from 'vitest'
import { apiServerArgs, flagValue, splitCommandLine } from '../src/apiserver-command.ts'

describe('kube-apiserver command lines', () => {
  it.each([
    ['ps output', 'kube-apiserver --a=1 --encryption-provider-config=/etc/enc.yaml', '/etc/enc.yaml'],
    [
      '/proc/PID/cmdline',
      'kube-apiserver\u0000--a=1\u0000--encryption-provider-config=/etc/enc.yaml\u0000',
      '/etc/enc.yaml',
    ],
    [
      'a systemd unit with line continuations',
      'ExecStart=/usr/local/bin/kube-apiserver \\\n  --a=1 \\\n  --encryption-provider-config /etc/enc.yaml \\\n  --v=2',
      '/etc/enc.yaml',
    ],
    ['quoted values', "kube-apiserver --encryption-provider-config='/etc/my enc.yaml'", '/etc/my enc.yaml'],
    ['flags only', '--authorization-mode=Node,RBAC --encryption-provider-config=/e.yaml', '/e.yaml'],
    ['the flag absent', 'kube-apiserver --authorization-mode=Node,RBAC', undefined],
    [
      'the flag given twice: the last wins',
      'kube-apiserver --encryption-provider-config=/a --encryption-provider-config=/b',
      '/b',
    ],
  ])('reads the flag from %s', (_name, text, expected) => {
    const args = apiServerArgs(splitCommandLine(text))
    expect(args).toBeDefined()
    expect(flagValue(args ?? [], '--encryption-provider-config')).toBe(expected)
  })

  it('finds no API server in another command', () => {
    expect(apiServerArgs(splitCommandLine('kubelet --config=/var/lib/kubelet/config.yaml'))).toBeUndefined()
  })

  it('reads a flag with no value as empty, not as the next flag', () => {
    expect(flagValue(['--encryption-provider-config', '--v=2'], '--encryption-provider-config')).toBe('')
  })
})
