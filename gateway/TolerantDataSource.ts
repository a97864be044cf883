import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { Fetcher } from '@apollo/utils.fetcher';
import type { Logger } from '../subgraphs/shared/logger.js';
import { unavailableResponse } from './unavailableResponse.js';

export interface TolerantDataSourceOptions {
  name: string;
  url: string;
  timeoutMs: number;
  logger: Logger;
}

/**
 * Calls one subgraph over HTTP (Node's fetch: pooled keep-alive connections) with a per-call timeout, and
 * turns a subgraph that does not answer into explicit nulls plus one SUBGRAPH_UNAVAILABLE error (see
 * unavailableResponse), so one member down never takes the others' answers or the hub's aggregates with it.
 */
export class TolerantDataSource extends RemoteGraphQLDataSource {
  readonly name: string;
  private readonly logger: Logger;

  constructor(options: TolerantDataSourceOptions) {
    const timeoutFetch = ((url: string, init: RequestInit) =>
      fetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs) })) as unknown as Fetcher;
    super({ url: options.url, fetcher: timeoutFetch });
    this.name = options.name;
    this.logger = options.logger;
  }

  override async process(options: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (e) {
      const reason = describe(e);
      this.logger.warn({ subgraph: this.name, url: this.url, reason }, 'subgraph unavailable');
      return unavailableResponse(options.request, this.name, reason);
    }
  }
}

function describe(e: unknown): string {
  const err = e as { name?: string; message?: string; cause?: { code?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return 'timed out';
  if (err.cause?.code) return err.cause.code === 'ECONNREFUSED' ? 'connection refused' : err.cause.code;
  const status = /^(\d{3}):/.exec(err.message ?? '');
  return status ? `HTTP ${status[1]}` : 'request failed';
}
