import type { Server } from 'node:http';

/**
 * Graceful stop of an HTTP server, for SIGTERM (compose stop, Kubernetes) and npm start's Ctrl-C: stop
 * listening at once (new connections are refused, so a load balancer or the gateway's breaker moves on),
 * close idle keep-alive connections, let the requests in flight finish, closing each connection after its
 * answer, and after `graceMs` cut whatever is left. Resolves 'drained' or 'cut'.
 */
export async function drainServer(server: Server, graceMs: number): Promise<'drained' | 'cut'> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // a request that arrives on a kept-alive connection meanwhile is answered, then its connection closed
  server.on('request', (_req, res) => res.setHeader('connection', 'close'));
  server.closeIdleConnections();
  // a connection whose answer has just gone out is idle now: close it without waiting for keepAliveTimeout
  const sweep = setInterval(() => server.closeIdleConnections(), 50);
  let timer: NodeJS.Timeout | undefined;
  const cut = new Promise<'cut'>((resolve) => (timer = setTimeout(() => resolve('cut'), graceMs)));
  try {
    const outcome = await Promise.race([closed.then(() => 'drained' as const), cut]);
    if (outcome === 'cut') {
      server.closeAllConnections();
      await closed;
    }
    return outcome;
  } finally {
    clearInterval(sweep);
    clearTimeout(timer);
  }
}
