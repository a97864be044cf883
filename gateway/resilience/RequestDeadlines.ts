import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Clock } from './Clock.js';

/**
 * A deadline for each whole gateway request, on top of each subgraph call's own timeout: a plan that calls
 * a member, then the hub, then another member would otherwise be allowed the sum of their timeouts (and
 * their retries). The plugin stamps the deadline when the request starts; the data source runs each
 * subgraph call inside `run(context, …)`, so the member policy (which only sees URL and body) can read it.
 */
export class RequestDeadlines {
  private readonly byContext = new WeakMap<object, number>();
  private readonly scope = new AsyncLocalStorage<number>();

  constructor(
    private readonly deadlineMs: number,
    private readonly clock: Clock,
  ) {}

  /** Typed by the server's context, so it goes into its plugin list as it is (any object context works). */
  plugin<TContext extends object>(): ApolloServerPlugin<TContext> {
    return {
      requestDidStart: async ({ contextValue }) => {
        this.byContext.set(contextValue, this.clock() + this.deadlineMs);
      },
    };
  }

  run<T>(context: unknown, fn: () => Promise<T>): Promise<T> {
    const deadline = typeof context === 'object' && context !== null ? this.byContext.get(context) : undefined;
    return deadline === undefined ? fn() : this.scope.run(deadline, fn);
  }

  /** The current request's deadline (clock time), if the call runs inside one. */
  current(): number | undefined {
    return this.scope.getStore();
  }
}

/** A subgraph call cut short, or never started, because the whole request's deadline passed. */
export class RequestDeadlineError extends Error {
  // read as "timed out" by the data source; unlike a member's own timeout it says nothing about the member
  override name = 'TimeoutError';
}
