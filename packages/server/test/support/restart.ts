import { startTestServer, type TestServer } from './server.js';

/**
 * This process's fetch keeps idle keep-alive sockets to the old server and notices they are
 * dead only when it writes to one; browsers retry such a request, fetch fails it. Spend them.
 */
export async function dropStaleConnections(url: string) {
  for (let attempt = 0; attempt < 5; attempt++) {
    if (
      await fetch(url).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
  }
  throw new Error(`${url} does not answer after the restart`);
}

/** Stops a test server (keeping its data) and starts a new one on the same database, folder and port. */
export async function restartTestServer(first: TestServer): Promise<TestServer> {
  await first.close();
  const second = await startTestServer({
    DB_URL: first.dbUrl,
    TESSERA_DATA_DIR: first.dataDir,
    PORT: String(first.config.port),
  });
  await dropStaleConnections(`${second.issuer}/jwks`);
  return second;
}
