import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium; nothing is downloaded at install time. */
export const chromiumPath = '/usr/bin/chromium';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launches headless Chromium, or fails saying how to install it. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(
      `Browser tests need Chromium at ${chromiumPath}, which is missing. ` +
        'Install it with `apt-get update && apt-get install -y chromium` (Debian/Ubuntu) and run the tests again.',
    );
  }
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

const serverDir = path.resolve(fileURLToPath(import.meta.url), '../../..');

/**
 * The demo single page app: @logto/browser exposed as `window.logto`, two buttons, and a
 * status line the tests wait on. Its settings come from a JSON script in the page.
 */
const spaSource = `
import LogtoClient from '@logto/browser';
const config = JSON.parse(document.getElementById('config').textContent);
const client = new LogtoClient(config.logto);
window.logto = client;
const status = document.getElementById('status');
document.getElementById('sign-in').addEventListener('click', () => client.signIn(config.redirectUri));
document.getElementById('sign-out').addEventListener('click', () => client.signOut(config.postLogoutRedirectUri));
(async () => {
  try {
    if (location.pathname === '/callback') {
      await client.handleSignInCallback(location.href);
      history.replaceState(null, '', '/');
    }
    status.textContent = (await client.isAuthenticated()) ? 'Signed in' : 'Signed out';
  } catch (error) {
    status.textContent = 'Error: ' + error.message;
  }
})();
`;

/** Bundles the SPA (with @logto/browser) for the browser, in memory. */
async function bundleSpa(): Promise<string> {
  const result = await build({
    stdin: { contents: spaSource, resolveDir: serverDir, sourcefile: 'spa.js', loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

export interface SpaConfig {
  logto: { endpoint: string; appId: string; resources?: string[]; scopes?: string[] };
  redirectUri: string;
  postLogoutRedirectUri: string;
}

export interface SpaHost {
  port: number;
  /** Settings the page reads; set once the application exists. */
  config: SpaConfig | undefined;
  close(): Promise<void>;
}

const escapeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** Serves the SPA from its own origin (a second loopback port): every path gets the page. */
export async function startSpaHost(): Promise<SpaHost> {
  const script = await bundleSpa();
  const host: SpaHost = { port: 0, config: undefined, close: async () => undefined };
  const server = http.createServer((req, res) => {
    if (req.url === '/app.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(script);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Demo SPA</title><link rel="icon" href="data:,">
<script type="application/json" id="config">${escapeJson(host.config ?? {})}</script>
<script type="module" src="/app.js"></script></head>
<body><main><h1>Demo SPA</h1><p id="status" role="status">Loading…</p>
<button id="sign-in" type="button">Sign in</button> <button id="sign-out" type="button">Sign out</button></main></body>
</html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host.port = (server.address() as AddressInfo).port;
  host.close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return host;
}
