import type http from 'node:http';
import net from 'node:net';

/**
 * A graceful stop of an HTTP server. `drain()` stops accepting connections, lets the requests
 * already received finish and answers them (and any later request on a connection that is
 * already open) with `Connection: close`, closes keep-alive connections once they are idle,
 * and after `timeoutMs` closes whatever is still open.
 */
export function drainable(server: http.Server) {
  let draining = false;
  const pending = new Set<http.ServerResponse>();
  // Before the application's own listener, so the header is set before any handler can answer.
  server.prependListener('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
    if (draining) res.setHeader('connection', 'close');
    pending.add(res);
    res.once('close', () => pending.delete(res));
  });

  return {
    /** Resolves once every connection is closed; `cut` counts the requests still unanswered at the deadline. */
    async drain(timeoutMs: number): Promise<{ cut: number }> {
      draining = true;
      for (const res of pending) if (!res.headersSent) res.setHeader('connection', 'close');
      // Connections the kernel completed before the stop wait in the listen queue until accepted:
      // closing the listener now would reset them. Accept once more, then stop listening.
      await loopTurns(2);
      const closed = new Promise<void>((resolve) => {
        // net.Server's close stops listening only; http.Server's would also drop idle
        // connections at once, before the requests that already reached their socket are read.
        net.Server.prototype.close.call(server, () => resolve());
      });
      // Bytes that arrived before the stop are read and parsed: those connections count as busy.
      await loopTurns(2);
      server.closeIdleConnections();
      // Connections whose response had started before the drain stay open until they are idle.
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      let cut = 0;
      const deadline = new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          cut = pending.size;
          server.closeAllConnections();
          resolve();
        }, timeoutMs);
        closed.then(() => clearTimeout(timer));
      });
      await Promise.race([closed, deadline]);
      clearInterval(sweep);
      await closed;
      return { cut };
    },
  };
}

/** Resolves after `n` turns of the event loop, each with a poll phase (accepts, reads). */
async function loopTurns(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
}
