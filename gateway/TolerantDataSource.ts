import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { Logger } from '../shared/logger.js';
import { callerRefusal, refusedResponse, unavailableResponse } from './unavailableResponse.js';
import { isBrokenCircuitError } from 'cockatiel';
import type { MemberPolicy } from './resilience/MemberPolicy.js';
import type { GatewayMetrics } from './GatewayMetrics.js';
import { AssertingDataSource } from './AssertingDataSource.js';

export type { GatewayContext } from './AssertingDataSource.js';

export interface TolerantDataSourceOptions {
  name: string;
  url: string;
  /** Breakers, timeouts, retries and replicas around the HTTP fetcher (resilience/MemberPolicy). */
  policy: MemberPolicy;
  logger: Logger;
  metrics: GatewayMetrics;
}

/**
 * Calls one subgraph through its resilience policy (breakers, timeouts, retries, replicas) as the verified
 * caller (AssertingDataSource). A refusal caused by the caller passes on with its code; otherwise it
 * turns a subgraph that does not answer into explicit nulls plus one SUBGRAPH_UNAVAILABLE error (see
 * unavailableResponse), so one member down never takes the others' answers or the hub's aggregates with it.
 */
export class TolerantDataSource extends AssertingDataSource {
  private readonly logger: Logger;
  private readonly metrics: GatewayMetrics;
  private readonly policy: MemberPolicy;

  constructor(options: TolerantDataSourceOptions) {
    super({ name: options.name, url: options.url, fetch: options.policy.fetch });
    this.logger = options.logger;
    this.metrics = options.metrics;
    this.policy = options.policy;
  }

  override async process(options: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> {
    const stopTimer = this.metrics.subgraphSeconds.startTimer({ subgraph: this.name });
    try {
      const response = await this.policy.within(options.context, () => super.process(options));
      const broken = brokenEntities(options.request.variables, response);
      if (broken) {
        // a 200 without its entities and without a word why (a 50 MB `{"data":null}` in the chaos bench):
        // passed on, it would null the hub's @requires input and every other member's part with it
        this.metrics.subgraphCalls.inc({ subgraph: this.name, outcome: 'unavailable' });
        this.logger.warn({ subgraph: this.name, url: this.url, reason: broken }, 'subgraph unavailable');
        return unavailableResponse(options.request, this.name, broken);
      }
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
  if (isBrokenCircuitError(e)) return 'circuit open';
  const code = err.code ?? err.cause?.code;
  if (code) return code === 'ECONNREFUSED' ? 'connection refused' : code;
  const status = /^(\d{3}):/.exec(err.message ?? '');
  return status ? `HTTP ${status[1]}` : 'request failed';
}

/** Why an entities answer without errors cannot be used (not one entity per representation), or null. */
function brokenEntities(variables: Record<string, unknown> | undefined, response: GatewayGraphQLResponse) {
  const representations = variables?.representations;
  if (!Array.isArray(representations) || (response.errors?.length ?? 0) > 0) return null;
  const entities = (response.data as { _entities?: unknown } | null | undefined)?._entities;
  if (Array.isArray(entities) && entities.length === representations.length) return null;
  return 'answer without its entities';
}
