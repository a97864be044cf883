import type { IncomingMessage } from 'node:http';
import type { Caller } from './Caller.js';
import {
  ASSERTION_HEADER,
  GatewayAssertionVerifier,
  type AssertionOptions,
  type VerifiedAssertion,
} from './GatewayAssertion.js';
import type { IdentityConfig } from './IdentityConfig.js';

/**
 * Zero trust at a subgraph: who asks comes from the gateway's assertion for this very request and from
 * nothing else (no analyst token is needed or accepted here). Checked in two steps so an unauthenticated
 * request is refused from its headers alone, before its body is read: `checkHeaders` (signature, audience,
 * age, single use), then `check` once the body is in (the request binding). Anything else is refused with
 * 401 before any resolver runs (so it is never audited as an answer).
 */
export class SubgraphGuard {
  private readonly assertions: GatewayAssertionVerifier;
  private readonly pending = new WeakMap<IncomingMessage, VerifiedAssertion>();

  constructor(config: IdentityConfig, subgraph: string, options: AssertionOptions = {}) {
    this.assertions = new GatewayAssertionVerifier(config, subgraph, options);
  }

  async checkHeaders(req: IncomingMessage): Promise<void> {
    const header = req.headers[ASSERTION_HEADER];
    this.pending.set(req, await this.assertions.verifyHeader(Array.isArray(header) ? header[0] : header));
  }

  async check(req: IncomingMessage, rawBody: string): Promise<Caller> {
    if (!this.pending.has(req)) await this.checkHeaders(req);
    const verified = this.pending.get(req)!;
    this.pending.delete(req);
    return this.assertions.bind(verified, { method: req.method ?? 'GET', target: req.url ?? '/', body: rawBody });
  }
}
