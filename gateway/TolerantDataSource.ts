import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { Fetcher } from '@apollo/utils.fetcher';
import type { Logger } from '../subgraphs/shared/logger.js';
import { unavailableResponse } from './unavailableResponse.js';
import { isBrokenCircuitError } from 'cockatiel';
import type { MemberPolicy } from './resilience/MemberPolicy.js';
import type { GatewayMetrics } from './GatewayMetrics.js';
import type { Caller } from '../subgraphs/shared/identity/Caller.js';
import { PROOF_HEADER, type GatewayProofSigner } from '../subgraphs/shared/identity/GatewayProof.js';

export interface TolerantDataSourceOptions {
  name: string;
  url: string;
  /** Breakers, timeouts, retries and replicas around the HTTP fetcher (resilience/MemberPolicy). */
  policy: MemberPolicy;
  logger: Logger;
  /** Signs the per-request proof that the call came through this gateway. */
  signer: GatewayProofSigner;
  metrics: GatewayMetrics;
}

export interface GatewayContext {
  caller: Caller;
}

/**
 * Calls one subgraph over HTTP (pooled keep-alive connections, see httpFetcher) with a per-call timeout, and
 * turns a subgraph that does not answer into explicit nulls plus one SUBGRAPH_UNAVAILABLE error (see
 * unavailableResponse), so one member down never takes the others' answers or the hub's aggregates with it.
 */
export class TolerantDataSource extends RemoteGraphQLDataSource {
  readonly name: string;
  private readonly logger: Logger;
  private readonly metrics: GatewayMetrics;
  private readonly policy: MemberPolicy;

  constructor(options: TolerantDataSourceOptions) {
    // The fetcher sees the exact body bytes, so the proof is bound to what the subgraph will receive.
    const send = options.policy.fetch;
    const provingFetch = (async (
      url: string,
      init: { method?: string; headers: Record<string, string>; body?: string },
    ) => {
      const token = /^Bearer (\S+)$/.exec(init.headers.authorization ?? '')?.[1] ?? '';
      const proof = await options.signer.sign(options.name, String(init.body ?? ''), token);
      return send(url, { ...init, headers: { ...init.headers, [PROOF_HEADER]: proof } });
    }) as unknown as Fetcher;
    super({ url: options.url, fetcher: provingFetch });
    this.name = options.name;
    this.logger = options.logger;
    this.metrics = options.metrics;
    this.policy = options.policy;
  }

  /** Forwards the caller's own token: each node verifies it again itself. */
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context?.caller) request.http?.headers.set('authorization', `Bearer ${context.caller.token}`);
  }

  override async process(options: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> {
    const stopTimer = this.metrics.subgraphSeconds.startTimer({ subgraph: this.name });
    try {
      const response = await this.policy.within(options.context, () => super.process(options));
      this.metrics.subgraphCalls.inc({ subgraph: this.name, outcome: 'ok' });
      return response;
    } catch (e) {
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
