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
  /**
   * The half-open wait after the first timeout of an endpoint that has never answered (a member cold on
   * its first call under load): a short wait, then one probe. A cold member is back at once; a hung one
   * costs that one timeout, the probe's, and then waits `halfOpenMs` like any other.
   */
  readonly coldProbeMs: number;
}

/**
 * cockatiel decides "still open?" as `Date.now() - openedAt < backoff.duration`. Answering +/-Infinity from
 * the injected clock makes that decision follow the clock, so tests step time instead of sleeping. The wait
 * is decided when the breaker opens (`next`), by `waitMs`.
 */
class ClockedHalfOpen implements IBackoff<IHalfOpenAfterBackoffContext> {
  constructor(
    private readonly clock: Clock,
    private readonly waitMs: () => number,
    private readonly until = 0,
  ) {}

  get duration(): number {
    return this.clock() < this.until ? Infinity : -Infinity;
  }

  next(): ClockedHalfOpen {
    return new ClockedHalfOpen(this.clock, this.waitMs, this.clock() + this.waitMs());
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
 * and its outcome closes or reopens the breaker. An endpoint that never answered yet gets a short wait
 * (`coldProbeMs`) after its first timeout: slow on a cold first call is not hung.
 */
export class EndpointBreaker {
  private readonly slow: CircuitBreakerPolicy;
  private readonly failing: CircuitBreakerPolicy;
  private readonly both: { execute<T>(fn: () => Promise<T>): Promise<T> };

  /** Whether the endpoint ever answered; until then, its first timeout gets the short cold probe. */
  private answered = false;
  private coldProbeUsed = false;

  constructor(
    readonly url: string,
    settings: BreakerSettings,
    clock: Clock,
    onChange: (state: BreakerState) => void = () => undefined,
  ) {
    this.slow = circuitBreaker(handleType(SubgraphTimeoutError), {
      halfOpenAfter: new ClockedHalfOpen(clock, () => {
        if (this.answered || this.coldProbeUsed) return settings.halfOpenMs;
        this.coldProbeUsed = true;
        return Math.min(settings.coldProbeMs, settings.halfOpenMs);
      }),
      breaker: new ConsecutiveBreaker(settings.breakerTimeouts),
    });
    this.failing = circuitBreaker(handleWhen(endpointFailure).orWhenResult(failedResponse), {
      halfOpenAfter: new ClockedHalfOpen(clock, () => settings.halfOpenMs),
      breaker: new ConsecutiveBreaker(settings.breakerFailures),
    });
    this.both = wrap(this.slow, this.failing);
    this.slow.onSuccess(() => (this.answered = true));
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
