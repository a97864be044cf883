import { Counter, Histogram, Registry, collectDefaultMetrics, Gauge } from 'prom-client';

/**
 * The gateway's Prometheus metrics at GET /metrics: per-subgraph call outcomes and latency (which member
 * is slow or down, seen from the federation), GraphQL requests by outcome, and the supergraph in service.
 * Scraped by the operator's own Prometheus; nothing is pushed anywhere.
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  readonly subgraphCalls = new Counter({
    name: 'antiscam_subgraph_calls_total',
    help: "Calls from the gateway to each subgraph, by outcome (ok, refused: the caller's input or identity, unavailable).",
    labelNames: ['subgraph', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly subgraphSeconds = new Histogram({
    name: 'antiscam_subgraph_call_seconds',
    help: 'Duration of gateway-to-subgraph calls.',
    labelNames: ['subgraph'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly breakerState = new Gauge({
    name: 'antiscam_subgraph_breaker_state',
    help: 'Circuit breaker of each subgraph endpoint (replica): 0 closed, 1 open, 2 half-open (probing).',
    labelNames: ['subgraph', 'url'] as const,
    registers: [this.registry],
  });
  readonly subgraphRetries = new Counter({
    name: 'antiscam_subgraph_retries_total',
    help: 'Calls to a subgraph tried again (reads only, within the retry budget).',
    labelNames: ['subgraph'] as const,
    registers: [this.registry],
  });
  readonly requests = new Counter({
    name: 'antiscam_graphql_requests_total',
    help: 'GraphQL requests answered by the gateway, by outcome (ok, partial, error).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  readonly supergraphReloads = new Counter({
    name: 'antiscam_supergraph_updates_total',
    help: 'New supergraph versions seen in the file, by result (applied, refused).',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  readonly supergraphLoaded = new Gauge({
    name: 'antiscam_supergraph_loaded',
    help: '1 when a supergraph is being served.',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'antiscam_gateway_' });
  }
}
