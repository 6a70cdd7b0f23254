import fs from 'node:fs';
import https from 'node:https';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { issueCertificates } from '../support/intercepting-proxy.js';

/**
 * A client's web site publishing Client ID Metadata Documents: HTTPS on loopback with a
 * certificate for `localhost` from a throwaway CA (`caFile`, for TESSERA_CIMD_CA_FILE). `publish`
 * puts a JSON document at a path and answers its URL; `hits` counts the fetches per path.
 */
export async function startMetadataDocumentServer() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-cimd-'));
  const { caFile, key, cert } = issueCertificates(dir, ['localhost']);
  const documents = new Map<string, unknown>();
  const hits = new Map<string, number>();
  const server = https.createServer({ key, cert }, (req, res) => {
    const pathname = new URL(req.url ?? '/', 'https://localhost').pathname;
    hits.set(pathname, (hits.get(pathname) ?? 0) + 1);
    const document = documents.get(pathname);
    if (document === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'max-age=60' });
    res.end(JSON.stringify(document));
  });
  const port = await new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)),
  );
  const origin = `https://localhost:${port}`;
  return {
    caFile,
    origin,
    hits: (pathname: string) => hits.get(pathname) ?? 0,
    /** Serves `document(url)` at `pathname`; answers the URL (the client_id). */
    publish(pathname: string, document: (url: string) => Record<string, unknown>): string {
      const url = `${origin}${pathname}`;
      documents.set(pathname, document(url));
      return url;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
