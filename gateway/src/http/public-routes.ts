import { ErrorCode, REQUEST_ID_HEADER, requestIdFrom, type Logger } from '@eco/kit';
import type { RequestHandler } from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';
import { existsSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import type { SupergraphConfig } from '../compose/supergraph-config';
import type { SupergraphGraph } from '../supergraph/supergraph-graphs';
import { sendTransportError } from './request-body-errors';

/** The composition config the supergraph was made from; the gateway reads it from beside the supergraph. */
export const SUPERGRAPH_CONFIG_FILE = 'supergraph.config.json';

export interface PublicRoute {
  /** An exact path, or a prefix when it ends in "/". */
  path: string;
  subgraph: string;
  /** Where the subgraph serves it: scheme, host and port of its routed URL. */
  origin: string;
}

/** Each subgraph's `public_paths`, routed to where this gateway reaches that subgraph. */
export function publicRoutesBeside(supergraphPath: string, graphs: SupergraphGraph[]): PublicRoute[] {
  const file = path.join(path.dirname(supergraphPath), SUPERGRAPH_CONFIG_FILE);
  if (!existsSync(file)) return [];
  const config = JSON.parse(readFileSync(file, 'utf8')) as SupergraphConfig;
  return Object.entries(config.subgraphs).flatMap(([name, entry]) => {
    const graph = graphs.find((g) => g.name === name);
    return graph ? (entry.public_paths ?? []).map((p) => ({ path: p, subgraph: name, origin: new URL(graph.url).origin })) : [];
  });
}

const matches = (route: PublicRoute, requestPath: string) => (route.path.endsWith('/') ? requestPath.startsWith(route.path) : requestPath === route.path);

/** `/receipts/../graphql` or `/receipts/%2e%2e%2fgraphql` must not reach a subgraph's other paths. */
function isPlainPath(requestPath: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return false;
  }
  return !decoded.includes('\\') && !decoded.includes('\0') && path.posix.normalize(decoded) === decoded;
}

/**
 * Clients talk to one host: the subgraphs' plain HTTP files and endpoints are streamed through
 * the gateway's origin as they are (no body is buffered), with the request id passed on. A
 * subgraph that is down answers 502 SUBGRAPH_UNAVAILABLE, never its address.
 */
export function publicRoutes(routes: PublicRoute[], logger: Logger): RequestHandler {
  const proxies = routes.map((route) => ({
    route,
    proxy: createProxyMiddleware({
      target: route.origin,
      xfwd: true,
      proxyTimeout: 30_000,
      on: {
        proxyReq: (proxyReq, req) => proxyReq.setHeader(REQUEST_ID_HEADER, requestIdFrom(req.headers[REQUEST_ID_HEADER])),
        error: (error, _req, res) => {
          logger.warn({ err: error, subgraph: route.subgraph }, 'public route unavailable');
          const response = res as ServerResponse;
          if (!response.headersSent && 'status' in response) {
            sendTransportError(response as never, 502, ErrorCode.SUBGRAPH_UNAVAILABLE, 'The department system serving this address is unavailable; try again later');
          } else response.end();
        },
      },
    }),
  }));
  return (req, res, next) => {
    const match = proxies.find(({ route }) => matches(route, req.path));
    if (!match) return next();
    if (!isPlainPath(req.path)) return sendTransportError(res, 400, ErrorCode.BAD_REQUEST, 'The path is not a plain one');
    return match.proxy(req, res, next);
  };
}
