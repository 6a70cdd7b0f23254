import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * An HTTP CONNECT proxy, as a company's TLS-inspecting egress proxy works: it terminates TLS
 * for the hosts it knows with a certificate from its own CA (generated here with openssl), and
 * forwards the decrypted requests to a local fake of that host. Hosts it does not know are
 * refused. `connects` records every tunnel asked for.
 */
export interface InterceptingProxy {
  url: string;
  caFile: string;
  connects: string[];
  close(): Promise<void>;
}

/** A throwaway CA (openssl) and a server certificate it signs for `hosts`, in `dir`. */
export function issueCertificates(dir: string, hosts: string[]) {
  const run = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  run([
    'req',
    '-x509',
    ...ec,
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '2',
    '-subj',
    '/CN=Tessera test proxy CA',
  ]);
  run(['req', ...ec, '-keyout', 'host.key', '-out', 'host.csr', '-subj', '/CN=intercepted']);
  fs.writeFileSync(
    path.join(dir, 'host.ext'),
    `subjectAltName=${hosts.map((host) => `DNS:${host}`).join(',')}\nextendedKeyUsage=serverAuth\n`,
  );
  run([
    'x509',
    '-req',
    '-in',
    'host.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'host.pem',
    '-days',
    '2',
    '-extfile',
    'host.ext',
  ]);
  return {
    caFile: path.join(dir, 'ca.pem'),
    key: fs.readFileSync(path.join(dir, 'host.key')),
    cert: fs.readFileSync(path.join(dir, 'host.pem')),
  };
}

const listen = (server: net.Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)),
  );

/** `routes` maps a host name (e.g. api.twilio.com) to the base URL of its local fake. */
export async function startInterceptingProxy(routes: Record<string, string>): Promise<InterceptingProxy> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-proxy-'));
  const { caFile, key, cert } = issueCertificates(dir, Object.keys(routes));

  // The TLS end: forwards each decrypted request to the fake of its Host.
  const terminator = https.createServer({ key, cert }, (req, res) => {
    const host = String(req.headers.host ?? '').replace(/:\d+$/, '');
    const target = routes[host];
    if (!target) {
      res.writeHead(421).end();
      return;
    }
    const upstream = http.request(
      new URL(req.url ?? '/', target),
      { method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  const terminatorPort = await listen(terminator);

  const connects: string[] = [];
  const proxy = http.createServer((_req, res) => res.writeHead(405).end('CONNECT only'));
  proxy.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const target = req.url ?? '';
    connects.push(target);
    const [host, port] = target.split(':');
    if (!host || !routes[host] || port !== '443') {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = net.connect(terminatorPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    const drop = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', drop);
    client.on('error', drop);
  });
  const proxyPort = await listen(proxy);

  return {
    url: `http://127.0.0.1:${proxyPort}`,
    caFile,
    connects,
    async close() {
      for (const server of [proxy, terminator]) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
