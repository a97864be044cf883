import { AsyncLocalStorage } from 'node:async_hooks';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { Fetcher } from '@apollo/utils.fetcher';
import type { Caller } from '../subgraphs/shared/identity/Caller.js';
import { ASSERTION_HEADER, type GatewayAssertionSigner } from '../subgraphs/shared/identity/GatewayAssertion.js';
import { createHttpFetcher } from './httpFetcher.js';

export interface GatewayContext {
  caller: Caller;
}

export interface AssertingDataSourceOptions {
  name: string;
  url: string;
  timeoutMs: number;
  /** Signs the per-call assertion of who is asking (docs/gateway-protocol.md). */
  signer: GatewayAssertionSigner;
}

/** The caller of the subgraph call in progress: calls of many requests interleave, fetch has no context. */
const callerScope = new AsyncLocalStorage<Caller | undefined>();

/**
 * Speaks for the caller to one subgraph: every call carries ONE assertion the gateway signs (audience = this
 * subgraph, bound to the method, path, query string and body bytes the fetcher sends, single use), and
 * never the caller's own token, which would work anywhere it was replayed. Signed in the fetcher because
 * only there are the exact bytes known.
 */
export class AssertingDataSource extends RemoteGraphQLDataSource {
  readonly name: string;

  constructor(options: AssertingDataSourceOptions) {
    const send = createHttpFetcher(options.timeoutMs);
    const assertingFetch = (async (
      url: string,
      init: { method?: string; headers: Record<string, string>; body?: string },
    ) => {
      const caller = callerScope.getStore();
      // every GraphQL request has a verified caller; a call without one is a bug, never sent anonymously
      if (!caller) throw new Error('no verified caller for this subgraph call');
      const target = new URL(url);
      const assertion = await options.signer.sign(options.name, caller, {
        method: init.method ?? 'POST',
        target: `${target.pathname}${target.search}`,
        body: init.body ?? '',
      });
      const { authorization: _neverForwarded, ...headers } = init.headers;
      return send(url, { ...init, headers: { ...headers, [ASSERTION_HEADER]: assertion } });
    }) as unknown as Fetcher;
    super({ url: options.url, fetcher: assertingFetch });
    this.name = options.name;
  }

  override process(options: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> {
    const caller = (options.context as Partial<GatewayContext> | undefined)?.caller;
    return callerScope.run(caller, () => super.process(options));
  }
}
