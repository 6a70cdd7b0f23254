import { AsyncLocalStorage } from 'node:async_hooks';
import http from 'node:http';
import https from 'node:https';
import type net from 'node:net';
import tls from 'node:tls';
import type { Dispatcher } from 'undici';

/**
 * Outbound connections of connector packages. Logto packages call their providers with their own
 * HTTP clients (got on Node's http/https global agents, ky on `fetch`), so the operator's
 * settings are applied where those clients connect: while a package call runs (and only then,
 * through AsyncLocalStorage), the global agents and the global fetch dispatcher tunnel through
 * `TESSERA_CONNECTOR_PROXY` with an HTTP CONNECT and trust the extra CA certificates of
 * `TESSERA_CONNECTOR_CA_FILE` on top of the system ones. Everything else the process does
 * connects as before.
 */
export interface EgressSettings {
  /** An http:// proxy URL; user and password, when present, go in Proxy-Authorization. */
  proxy?: URL;
  /** Extra trusted CA certificates (PEM), added to Node's root certificates. */
  ca?: string;
}

const scope = new AsyncLocalStorage<EgressSettings>();
const patched = new WeakSet<http.Agent>();

/** Runs a connector package call with the egress settings applied to its connections. */
export const runWithEgress = <T>(settings: EgressSettings, call: () => Promise<T>): Promise<T> =>
  scope.run(settings, call);

function proxyAuthorization(proxy: URL): Record<string, string> {
  if (!proxy.username) return {};
  const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return { 'proxy-authorization': `Basic ${Buffer.from(credentials).toString('base64')}` };
}

/** An HTTP CONNECT tunnel to host:port through the proxy. */
function tunnel(proxy: URL, host: string, port: number): Promise<net.Socket> {
  const target = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: proxy.hostname,
      port: Number(proxy.port || 80),
      method: 'CONNECT',
      path: target,
      headers: { host: target, ...proxyAuthorization(proxy) },
      agent: false,
    });
    request.once('connect', (response, socket) => {
      if (response.statusCode === 200) resolve(socket);
      else {
        socket.destroy();
        reject(new Error(`the connector proxy ${proxy.host} refused ${target} (HTTP ${response.statusCode})`));
      }
    });
    request.once('error', (error) =>
      reject(new Error(`the connector proxy ${proxy.host} could not be reached (${error.message})`)),
    );
    request.end();
  });
}

type ConnectOptions = http.ClientRequestArgs & tls.ConnectionOptions & { servername?: string };
type Callback = (error: Error | null, socket?: net.Socket) => void;

function patchAgent(agent: http.Agent, secure: boolean): void {
  if (patched.has(agent)) return;
  patched.add(agent);
  const patchable = agent as unknown as { createConnection: (options: ConnectOptions, callback: Callback) => unknown };
  const original = patchable.createConnection;
  patchable.createConnection = function (this: unknown, options: ConnectOptions, callback: Callback) {
    const egress = scope.getStore();
    if (!egress || (!egress.proxy && !(secure && egress.ca))) return original.call(this, options, callback);
    const host = String(options.host ?? 'localhost');
    const port = Number(options.port ?? (secure ? 443 : 80));
    const ca = egress.ca ? [...tls.rootCertificates, egress.ca] : options.ca;
    const secureOptions = {
      servername: options.servername || (host.includes(':') ? undefined : host),
      ca,
      rejectUnauthorized: options.rejectUnauthorized !== false,
      ALPNProtocols: ['http/1.1'],
    };
    if (!egress.proxy) return tls.connect({ ...secureOptions, host, port });
    tunnel(egress.proxy, host, port).then(
      (socket) => {
        if (!secure) return callback(null, socket);
        const secured = tls.connect({ ...secureOptions, socket });
        secured.once('secureConnect', () => callback(null, secured));
        secured.once('error', (error) => callback(error));
      },
      (error: Error) => callback(error),
    );
    return undefined;
  };
}

/** fetch: undici's proxy agent (or an agent with the extra CAs) for the settings of the running call. */
const dispatchers = new WeakMap<EgressSettings, Dispatcher>();
function dispatcherFor(
  undici: Pick<typeof import('undici'), 'Agent' | 'ProxyAgent'>,
  egress: EgressSettings,
): Dispatcher | undefined {
  if (!egress.proxy && !egress.ca) return undefined;
  let dispatcher = dispatchers.get(egress);
  if (!dispatcher) {
    const tlsOptions = egress.ca ? { ca: [...tls.rootCertificates, egress.ca] } : {};
    const { proxy } = egress;
    dispatcher = proxy
      ? new undici.ProxyAgent({
          uri: `${proxy.protocol}//${proxy.host}`,
          ...(proxy.username && { token: proxyAuthorization(proxy)['proxy-authorization'] }),
          requestTls: tlsOptions,
        })
      : new undici.Agent({ connect: tlsOptions });
    dispatchers.set(egress, dispatcher);
  }
  return dispatcher;
}

/** Marks the global dispatcher this module installed, so it is installed once. */
const scoped = Symbol('tessera.egress');

/**
 * Applies the settings to Node's global agents and fetch dispatcher (once; harmless when nothing
 * is set). undici is imported here, when connector packages are loaded, not at start-up: it is
 * a sizeable module a node without connector packages never needs.
 */
export async function installEgress(): Promise<void> {
  patchAgent(http.globalAgent, false);
  patchAgent(https.globalAgent, true);
  const undici = await import('undici');
  const current = undici.getGlobalDispatcher();
  if ((current as { [scoped]?: true })[scoped]) return;
  class ScopedDispatcher extends undici.Dispatcher {
    readonly [scoped] = true;
    constructor(readonly fallback: Dispatcher) {
      super();
    }
    dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandlers): boolean {
      const egress = scope.getStore();
      return ((egress && dispatcherFor(undici, egress)) ?? this.fallback).dispatch(options, handler);
    }
    close(): Promise<void> {
      return this.fallback.close();
    }
    destroy(): Promise<void> {
      return this.fallback.destroy();
    }
  }
  undici.setGlobalDispatcher(new ScopedDispatcher(current));
}
