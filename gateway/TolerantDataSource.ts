import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { Logger } from '../subgraphs/shared/logger.js';
import { callerRefusal, refusedResponse, unavailableResponse } from './unavailableResponse.js';
import type { GatewayMetrics } from './GatewayMetrics.js';
import type { GatewayAssertionSigner } from '../subgraphs/shared/identity/GatewayAssertion.js';
import { AssertingDataSource } from './AssertingDataSource.js';

export type { GatewayContext } from './AssertingDataSource.js';

export interface TolerantDataSourceOptions {
  name: string;
  url: string;
  timeoutMs: number;
  logger: Logger;
  /** Signs the per-call assertion of who is asking (AssertingDataSource). */
  signer: GatewayAssertionSigner;
  metrics: GatewayMetrics;
}

/**
 * Calls one subgraph over HTTP (pooled keep-alive connections, see httpFetcher) with a per-call timeout, and
 * turns a subgraph that does not answer into explicit nulls plus one SUBGRAPH_UNAVAILABLE error (see
 * unavailableResponse), so one member down never takes the others' answers or the hub's aggregates with it.
 */
export class TolerantDataSource extends AssertingDataSource {
  private readonly logger: Logger;
  private readonly metrics: GatewayMetrics;

  constructor(options: TolerantDataSourceOptions) {
    super(options);
    this.logger = options.logger;
    this.metrics = options.metrics;
  }

  override async process(options: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> {
    const stopTimer = this.metrics.subgraphSeconds.startTimer({ subgraph: this.name });
    try {
      const response = await super.process(options);
      this.metrics.subgraphCalls.inc({ subgraph: this.name, outcome: 'ok' });
      return response;
    } catch (e) {
      // the caller's own mistake or identity, refused by the member: passed on with its code, not an outage
      const refusal = callerRefusal(e);
      if (refusal) {
        this.metrics.subgraphCalls.inc({ subgraph: this.name, outcome: 'refused' });
        this.logger.info(
          { subgraph: this.name, code: refusal.code, status: refusal.status },
          'subgraph refused the caller',
        );
        return refusedResponse(options.request, this.name, refusal);
      }
      this.metrics.subgraphCalls.inc({ subgraph: this.name, outcome: 'unavailable' });
      const reason = describe(e);
      this.logger.warn({ subgraph: this.name, url: this.url, reason }, 'subgraph unavailable');
      return unavailableResponse(options.request, this.name, reason);
    } finally {
      stopTimer();
    }
  }
}

function describe(e: unknown): string {
  const err = e as { name?: string; message?: string; code?: string; cause?: { code?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return 'timed out';
  const code = err.code ?? err.cause?.code;
  if (code) return code === 'ECONNREFUSED' ? 'connection refused' : code;
  const status = /^(\d{3}):/.exec(err.message ?? '');
  return status ? `HTTP ${status[1]}` : 'request failed';
}
