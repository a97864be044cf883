import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  handleType,
  handleWhen,
  wrap,
  type CircuitBreakerPolicy,
  type IBackoff,
  type IHalfOpenAfterBackoffContext,
} from 'cockatiel';
import { SubgraphTimeoutError, type SubgraphResponse } from '../httpFetcher.js';
import type { Clock } from './Clock.js';
import { RequestDeadlineError } from './RequestDeadlines.js';

export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerSettings {
  /** Consecutive timeouts that open the breaker (1: a member that hangs costs one timeout, not one per call). */
  readonly breakerTimeouts: number;
  /** Consecutive other failures (refused, reset, 5xx, 429) that open it; these are cheap, so allow a few. */
  readonly breakerFailures: number;
  /** How long it stays open before one probe call may try the member again. */
  readonly halfOpenMs: number;
}

/**
 * cockatiel decides "still open?" as `Date.now() - openedAt < backoff.duration`. Answering +/-Infinity from
 * the injected clock makes that decision follow the clock, so tests step time instead of sleeping.
 */
class ClockedHalfOpen implements IBackoff<IHalfOpenAfterBackoffContext> {
  private readonly until: number;

  constructor(
    private readonly clock: Clock,
    private readonly ms: number,
  ) {
    this.until = clock() + ms;
  }

  get duration(): number {
    return this.clock() < this.until ? Infinity : -Infinity;
  }

  next(): ClockedHalfOpen {
    return new ClockedHalfOpen(this.clock, this.ms);
  }
}

/** A failure that says something about the endpoint: not the request's own deadline, not a breaker refusal. */
const endpointFailure = (e: Error) =>
  !(e instanceof SubgraphTimeoutError || e instanceof RequestDeadlineError || e instanceof BrokenCircuitError);
const failedResponse = (r: unknown) => {
  const status = (r as SubgraphResponse).status;
  return status >= 500 || status === 429;
};

const states: Record<CircuitState, BreakerState> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
  [CircuitState.Isolated]: 'open',
};

/**
 * The circuit breaker of one subgraph endpoint (a member's node, or one hub replica), from cockatiel: two
 * breakers in one, because a timeout and a refused connection cost very different things. A hang costs
 * every caller the full timeout, so one opens the breaker by default; a refusal costs a millisecond, so it
 * takes several in a row. While open, calls fail at once; after `halfOpenMs` one call probes the endpoint
 * and its outcome closes or reopens the breaker.
 */
export class EndpointBreaker {
  private readonly slow: CircuitBreakerPolicy;
  private readonly failing: CircuitBreakerPolicy;
  private readonly both: { execute<T>(fn: () => Promise<T>): Promise<T> };

  constructor(
    readonly url: string,
    settings: BreakerSettings,
    clock: Clock,
    onChange: (state: BreakerState) => void = () => undefined,
  ) {
    const halfOpenAfter = new ClockedHalfOpen(clock, settings.halfOpenMs);
    this.slow = circuitBreaker(handleType(SubgraphTimeoutError), {
      halfOpenAfter,
      breaker: new ConsecutiveBreaker(settings.breakerTimeouts),
    });
    this.failing = circuitBreaker(handleWhen(endpointFailure).orWhenResult(failedResponse), {
      halfOpenAfter,
      breaker: new ConsecutiveBreaker(settings.breakerFailures),
    });
    this.both = wrap(this.slow, this.failing);
    this.slow.onStateChange(() => onChange(this.state));
    this.failing.onStateChange(() => onChange(this.state));
  }

  /** Open while either breaker is open; half-open while a probe is in flight. */
  get state(): BreakerState {
    const slow = states[this.slow.state];
    const failing = states[this.failing.state];
    if (slow === 'open' || failing === 'open') return 'open';
    return slow === 'half-open' || failing === 'half-open' ? 'half-open' : 'closed';
  }

  /** Runs the call through the breakers; throws cockatiel's BrokenCircuitError when open. */
  execute<T>(fn: () => Promise<T>): Promise<T> {
    return this.both.execute(fn);
  }
}
