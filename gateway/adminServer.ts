/**
 * The operator's listener: `/metrics` and the detailed readiness (each subgraph's state, the supergraph in
 * service) tell an outsider which member is down and which schema runs, so they are not on the API port
 * (issue 9, item 7). It listens on its own port, on loopback unless the operator says otherwise, and is
 * built apart from listening like every server here.
 */
import { createServer, type Server } from 'node:http';
import { sendJson, setSecurityHeaders, type Route } from '../shared/http/createHttpServer.js';
import type { Logger } from '../shared/logger.js';

export function adminServer(routes: Record<string, Route>, logger: Logger): Server {
  return createServer(async (req, res) => {
    setSecurityHeaders(res);
    try {
      const path = new URL(req.url ?? '/', 'http://local').pathname;
      const route = routes[path];
      if (!route) return sendJson(res, 404, { error: `nothing at ${path}`, paths: Object.keys(routes) });
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('allow', 'GET, HEAD');
        return sendJson(res, 405, { error: `${req.method} is not allowed here` });
      }
      await route(req, res);
    } catch (err) {
      logger.error({ err }, 'admin request failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.destroy();
    }
  });
}
