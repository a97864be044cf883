import type { IncomingMessage } from 'node:http';
import type { Caller } from './Caller.js';
import { CallerVerifier } from './CallerVerifier.js';
import { GatewayProofVerifier, PROOF_HEADER } from './GatewayProof.js';
import type { IdentityConfig } from './IdentityConfig.js';

/**
 * Zero trust at a subgraph: the caller's token AND the gateway's proof for this very request, both checked
 * here. Anything else is refused with 401 before any resolver runs (so it is never audited as an answer).
 */
export class SubgraphGuard {
  private readonly callers: CallerVerifier;
  private readonly proofs: GatewayProofVerifier;

  constructor(config: IdentityConfig, subgraph: string) {
    this.callers = new CallerVerifier(config);
    this.proofs = new GatewayProofVerifier(config, subgraph);
  }

  async check(req: IncomingMessage, rawBody: string): Promise<Caller> {
    const caller = await this.callers.verifyHeader(req.headers.authorization);
    const proof = req.headers[PROOF_HEADER];
    await this.proofs.verify(Array.isArray(proof) ? proof[0] : proof, rawBody, caller.token);
    return caller;
  }
}
