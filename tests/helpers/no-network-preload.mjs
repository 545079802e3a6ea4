/**
 * Loaded with `node --import` by the no-network test: every way a Node.js process can open a connection,
 * listen, resolve a name or start another program throws instead, and each attempt is appended to the
 * file named by NO_NETWORK_LOG, so a skill that tried is caught even when it swallows the error.
 */
import childProcess from 'node:child_process'
import dgram from 'node:dgram'
import dns from 'node:dns'
import { appendFileSync } from 'node:fs'
import http from 'node:http'
import http2 from 'node:http2'
import https from 'node:https'
import { syncBuiltinESMExports } from 'node:module'
import net from 'node:net'
import tls from 'node:tls'

const attemptLog = process.env.NO_NETWORK_LOG

function describeTarget(args) {
  const [first, second] = args
  if (typeof first === 'number' && typeof second === 'string') return `${second}:${first}`
  if (typeof first === 'string' || typeof first === 'number') return String(first)
  if (first instanceof URL) return first.href
  if (first !== null && typeof first === 'object') {
    const host = first.hostname ?? first.host ?? first.path ?? ''
    return first.port === undefined ? String(host) : `${host}:${first.port}`
  }
  return ''
}

function refuse(what) {
  if (attemptLog !== undefined) appendFileSync(attemptLog, `${process.argv[1] ?? 'node'}: ${what}\n`)
  throw new Error(`no-network preload: refused ${what}`)
}

function block(target, names, label) {
  for (const name of names) {
    if (typeof target[name] !== 'function') continue
    target[name] = function refused(...args) {
      refuse(`${label}.${name}(${describeTarget(args)})`)
    }
  }
}

const DNS_CALLS = [
  'lookup',
  'lookupService',
  'resolve',
  'resolve4',
  'resolve6',
  'resolveAny',
  'resolveCaa',
  'resolveCname',
  'resolveMx',
  'resolveNaptr',
  'resolveNs',
  'resolvePtr',
  'resolveSoa',
  'resolveSrv',
  'resolveTxt',
  'reverse',
]

// Sockets first: every TCP and TLS client in Node.js (http, https, undici behind fetch, SDK handlers)
// ends in Socket#connect, so this one line covers clients the other lines do not name.
block(net.Socket.prototype, ['connect'], 'net.Socket')
block(net, ['connect', 'createConnection'], 'net')
block(net.Server.prototype, ['listen'], 'net.Server')
block(tls, ['connect'], 'tls')
block(http, ['request', 'get'], 'http')
block(https, ['request', 'get'], 'https')
block(http2, ['connect'], 'http2')
block(dgram.Socket.prototype, ['send', 'connect', 'bind'], 'dgram.Socket')
block(dns, DNS_CALLS, 'dns')
block(dns.promises, DNS_CALLS, 'dns.promises')
block(dns.Resolver.prototype, DNS_CALLS, 'dns.Resolver')
block(dns.promises.Resolver.prototype, DNS_CALLS, 'dns.promises.Resolver')
block(
  childProcess,
  ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'],
  'child_process',
)
block(globalThis, ['fetch'], 'globalThis')
if (typeof globalThis.WebSocket === 'function') {
  globalThis.WebSocket = class RefusedWebSocket {
    constructor(url) {
      refuse(`WebSocket(${String(url)})`)
    }
  }
}
// ES module imports of built-ins (`import { request } from 'node:https'`) see the patched functions too.
syncBuiltinESMExports()
