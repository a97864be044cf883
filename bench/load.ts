/**
 * Load against one target: autocannon on loopback, bounded by time AND request count, recording every
 * latency itself (autocannon's histogram keeps whole milliseconds; the 2 ms budget needs better), and
 * counting GraphQL errors as failures (they come with HTTP 200).
 */
import autocannon from 'autocannon';

export interface LoadResult {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Non-2xx, connection errors, timeouts and responses carrying GraphQL `errors`. */
  failures: number;
}

export interface PreparedRequest {
  body: string;
  headers: Record<string, string>;
}

export interface LoadOptions {
  url: string;
  /** The i-th request to send; called once per request, in order. */
  next(i: number): PreparedRequest;
  connections: number;
  seconds: number;
  maxRequests: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function summarizeLatencies(latencies: number[], seconds: number, failures: number): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    seconds,
    rps: sorted.length / seconds,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
    failures,
  };
}

export function runLoad(options: LoadOptions): Promise<LoadResult> {
  let i = 0;
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        maxOverallRequests: options.maxRequests,
        timeout: 30,
        requests: [
          {
            method: 'POST',
            setupRequest: (req) => {
              const { body, headers } = options.next(i++);
              return { ...req, method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } };
            },
          },
        ],
        // a substring test: parsing every answer would load the generator, which shares the CPUs
        verifyBody: (body) => !String(body).includes('"errors":'),
      },
      (err, result) => {
        if (err) return reject(err);
        const failures = result.non2xx + result.errors + result.timeouts + result.mismatches;
        resolve(summarizeLatencies(latencies, result.duration, failures));
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
}

/** One request after another (a 10,000-indicator screen is about latency, not throughput). */
export async function runSequential(options: {
  url: string;
  next(i: number): PreparedRequest;
  runs: number;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  for (let i = 0; i < options.runs; i++) {
    const { body, headers } = options.next(i);
    const t0 = performance.now();
    try {
      const res = await fetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
        signal: AbortSignal.timeout(120_000),
      });
      const text = await res.text();
      if (!res.ok || text.includes('"errors":')) failures++;
      else latencies.push(performance.now() - t0);
    } catch {
      failures++;
    }
  }
  return summarizeLatencies(latencies, (performance.now() - started) / 1000, failures);
}
