import { AsyncLocalStorage } from 'node:async_hooks';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { Fetcher } from '@apollo/utils.fetcher';
import type { Caller } from '../shared/identity/Caller.js';
import { ASSERTION_HEADER, type GatewayAssertionSigner } from '../shared/identity/GatewayAssertion.js';
import type { SubgraphFetcher } from './httpFetcher.js';

export interface GatewayContext {
  caller: Caller;
}

export interface AssertingDataSourceOptions {
  name: string;
  url: string;
  /** Sends one call; it signs each attempt itself (see assertingFetcher), inside any retry policy. */
  fetch: SubgraphFetcher;
}

/** The caller of the subgraph call in progress: calls of many requests interleave, fetch has no context. */
const callerScope = new AsyncLocalStorage<Caller | undefined>();

/**
 * Speaks for the caller to one subgraph: every call carries ONE assertion the gateway signs (audience = this
 * subgraph, bound to the method, path, query string and body bytes sent, single use), and never the
 * caller's own token, which would work anywhere it was replayed. Signed per attempt, at the innermost
 * fetcher, because only there are the exact URL (a hub replica) and bytes known, and because a retried
 * read must carry a fresh assertion: the node refuses one it has seen (docs/gateway-protocol.md).
 */
export function assertingFetcher(
  subgraph: string,
  signer: GatewayAssertionSigner,
  send: SubgraphFetcher,
): SubgraphFetcher {
  return async (url, init) => {
    const caller = callerScope.getStore();
    // every GraphQL request has a verified caller; a call without one is a bug, never sent anonymously
    if (!caller) throw new Error('no verified caller for this subgraph call');
    const target = new URL(url);
    const assertion = await signer.sign(subgraph, caller, {
      method: init.method ?? 'POST',
      target: `${target.pathname}${target.search}`,
      body: init.body ?? '',
    });
    const { authorization: _neverForwarded, ...headers } = init.headers;
    return send(url, { ...init, headers: { ...headers, [ASSERTION_HEADER]: assertion } });
  };
}

/** A data source whose calls know their caller (for assertingFetcher). */
export class AssertingDataSource extends RemoteGraphQLDataSource {
  readonly name: string;

  constructor(options: AssertingDataSourceOptions) {
    super({ url: options.url, fetcher: options.fetch as unknown as Fetcher });
    this.name = options.name;
  }

  override process(options: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> {
    const caller = (options.context as Partial<GatewayContext> | undefined)?.caller;
    return callerScope.run(caller, () => super.process(options));
  }
}
