import { BrokenCircuitError, handleWhen, retry, type IBackoff, type IRetryBackoffContext } from 'cockatiel';
import { SubgraphTimeoutError, type SubgraphFetcher, type SubgraphRequestInit } from '../httpFetcher.js';
import type { SubgraphResponse } from '../httpFetcher.js';
import type { Clock } from './Clock.js';
import { EndpointBreaker, type BreakerSettings, type BreakerState } from './EndpointBreaker.js';
import { RequestDeadlineError, type RequestDeadlines } from './RequestDeadlines.js';
import { retryAfter } from './retryAfter.js';
import { RetryBudget, type RetryBudgetSettings } from './RetryBudget.js';

export interface ResilienceSettings extends BreakerSettings {
  /** One call's timeout (connect, wait, read), unless the request's deadline comes first. */
  readonly timeoutMs: number;
  /** Retries per call, for reads only; 0 turns retries off. */
  readonly retryMax: number;
  readonly retryBudget: RetryBudgetSettings;
  /** The longest `Retry-After` honoured; a longer one is not retried (the call is answered unavailable). */
  readonly retryAfterMaxMs: number;
}

export interface MemberPolicyDeps {
  /** The plain HTTP fetcher this policy wraps. */
  send: SubgraphFetcher;
  deadlines: RequestDeadlines;
  clock: Clock;
  onBreakerChange?: (url: string, state: BreakerState) => void;
  onRetry?: () => void;
}

/**
 * Transport failures worth a second try on a read: the connection broke under the call (typically a pooled
 * keep-alive socket the server had just closed). A refused connection is not among them: nothing listens,
 * and another try a few ms later finds the same; it goes to another replica instead, if there is one.
 */
const TRANSIENT = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);
const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);
/** A timer this late (ms) means the gateway's event loop was blocked, not that the member was slow. */
const STALL_MS = 100;
const codeOf = (e: unknown) => (e as { code?: string }).code ?? '';

/**
 * Reads only: the gateway prints each subgraph operation with its keyword first (or `{` for a query), so
 * the body's query text says whether it is a query. Anything else (a `mutation`) is never retried.
 */
const readOnly = (body: string | undefined) => /^\{"query":"(\{|query\b)/.test(body ?? '');

/** Exponential back-off with jitter for retries that have no `Retry-After`: 50, 100, 200 ms... up to 1 s. */
const backoffMs = (retry: number) => Math.min(1000, 50 * 2 ** retry) * (0.5 + Math.random() / 2);

/**
 * Everything between the gateway and one subgraph beyond plain HTTP, wrapped around the fetcher so the data
 * source keeps its job (nulls for a member that does not answer):
 * - a circuit breaker per endpoint (EndpointBreaker): while open, calls fail at once;
 * - a timeout per call, never past the whole request's deadline (RequestDeadlines), and no call starts
 *   after it;
 * - replicas (several URLs, e.g. the hub's): calls rotate over them, skip an open breaker, and a read that
 *   finds one replica down goes to the next;
 * - retries for reads only, within a per-subgraph budget (RetryBudget), after the `Retry-After` of a 429
 *   or 503 when it is at most `retryAfterMaxMs`, and never past the deadline.
 * The URL the data source passes is ignored: the endpoints are this policy's.
 */
export class MemberPolicy {
  readonly endpoints: readonly EndpointBreaker[];
  private readonly budget: RetryBudget;
  private turn = 0;

  constructor(
    readonly name: string,
    urls: readonly string[],
    private readonly settings: ResilienceSettings,
    private readonly deps: MemberPolicyDeps,
  ) {
    if (urls.length === 0) throw new Error(`no URL for subgraph ${name}`);
    this.endpoints = urls.map(
      (url) => new EndpointBreaker(url, settings, deps.clock, (state) => deps.onBreakerChange?.(url, state)),
    );
    this.budget = new RetryBudget(settings.retryBudget, deps.clock);
  }

  /** Runs a data source's call with the request's deadline in scope (see RequestDeadlines). */
  within<T>(context: unknown, fn: () => Promise<T>): Promise<T> {
    return this.deps.deadlines.run(context, fn);
  }

  readonly fetch: SubgraphFetcher = (_url, init) => {
    const deadline = this.deps.deadlines.current();
    const read = readOnly(init.body);
    this.budget.recordCall();
    let retries = 0;
    let wait = 0;
    const mayRetry = (delay: number | undefined): boolean => {
      if (!read || delay === undefined || retries >= this.settings.retryMax || !this.budget.canRetry()) return false;
      if (deadline !== undefined && this.deps.clock() + delay >= deadline) return false;
      wait = delay;
      return true;
    };
    const backoff: IBackoff<IRetryBackoffContext<unknown>> = {
      get duration() {
        return wait;
      },
      next: () => backoff,
    };
    const policy = retry(
      handleWhen((e) => mayRetry(TRANSIENT.has(codeOf(e)) ? backoffMs(retries) : undefined)).orWhenResult((r) =>
        mayRetry(this.retryDelay(r as SubgraphResponse, retries)),
      ),
      { maxAttempts: this.settings.retryMax, backoff },
    );
    policy.onRetry(() => {
      retries += 1;
      this.budget.spend();
      this.deps.onRetry?.();
    });
    return policy.execute(() => this.attempt(init, deadline, read));
  };

  /** How long to wait before retrying this answer, or undefined for "do not retry". */
  private retryDelay(response: SubgraphResponse, retries: number): number | undefined {
    if (!RETRYABLE_STATUS.has(response.status)) return undefined;
    const asked = retryAfter(response.headers.get('retry-after'), this.deps.clock());
    if (asked === undefined) return backoffMs(retries);
    return asked <= this.settings.retryAfterMaxMs ? asked : undefined;
  }

  /** One attempt: the endpoints in turn, from the next in rotation, until one answers. */
  private async attempt(
    init: SubgraphRequestInit,
    deadline: number | undefined,
    read: boolean,
  ): Promise<SubgraphResponse> {
    const n = this.endpoints.length;
    const first = this.turn++ % n;
    let failure: unknown = undefined;
    let overloaded: SubgraphResponse | undefined;
    for (let i = 0; i < n; i++) {
      const endpoint = this.endpoints[(first + i) % n]!;
      // a probe is already testing this endpoint: do not queue behind it (it may hang for a whole timeout)
      if (endpoint.state === 'half-open') {
        failure ??= new BrokenCircuitError();
        continue;
      }
      try {
        const response = await this.call(endpoint, init, deadline);
        if (!(read && RETRYABLE_STATUS.has(response.status) && i < n - 1)) return response;
        overloaded = response; // another replica may answer
      } catch (e) {
        const neverSent = e instanceof BrokenCircuitError || codeOf(e) === 'ECONNREFUSED';
        const otherReplica =
          read && (TRANSIENT.has(codeOf(e)) || e instanceof SubgraphTimeoutError || /^EHOST|^ENET/.test(codeOf(e)));
        if (!(neverSent || otherReplica) || e instanceof RequestDeadlineError) throw e;
        if (!(e instanceof BrokenCircuitError) || failure === undefined) failure = e;
      }
    }
    if (overloaded) return overloaded;
    throw failure;
  }

  private call(endpoint: EndpointBreaker, init: SubgraphRequestInit, deadline: number | undefined) {
    const left = deadline === undefined ? Infinity : deadline - this.deps.clock();
    if (left <= 0) return Promise.reject(new RequestDeadlineError("the request's deadline passed"));
    const ms = Math.min(this.settings.timeoutMs, left);
    return endpoint.execute(async () => {
      const controller = new AbortController();
      const reason = () =>
        ms < this.settings.timeoutMs
          ? new RequestDeadlineError("the request's deadline passed")
          : new SubgraphTimeoutError(`no answer within ${ms} ms`);
      // The timeout counts time the gateway could listen. When its own event loop was blocked (building a
      // new supergraph takes it a second under load), the timer fires late: the member gets the time it was
      // deprived of, once (the request's deadline is never extended), and an answer that arrived meanwhile
      // is read (one loop turn) before the abort, not thrown away as the member's timeout.
      let due = performance.now() + ms;
      let extended = ms < this.settings.timeoutMs;
      const fire = () => {
        const late = performance.now() - due;
        if (!extended && late > STALL_MS) {
          extended = true;
          due = performance.now() + late;
          timer = setTimeout(fire, late);
          return;
        }
        setImmediate(() => controller.abort(reason()));
      };
      let timer = setTimeout(fire, ms);
      try {
        return await this.deps.send(endpoint.url, { ...init, signal: controller.signal });
      } finally {
        clearTimeout(timer);
      }
    });
  }
}
