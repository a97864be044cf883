/**
 * The reference RFC 9497 implementation: @noble/curves' audited `ristretto255_oprf` (mode 0x00), behind the
 * same interface as the fast path so tests can run both on the same inputs. Pure JS, ~1 ms per operation:
 * not used on any hot path.
 */
import { ristretto255, ristretto255_hasher, ristretto255_oprf } from '@noble/curves/ed25519.js';
import { type Blinded, type Oprf, OprfError } from './Oprf.js';
import { hashToGroupDst } from './suite.js';

const { oprf } = ristretto255_oprf;
// present at run time (RFC 9497's non-interactive Evaluate) but missing from noble 2.4's type declarations
const { evaluate } = oprf as unknown as { evaluate(secretKey: Uint8Array, input: Uint8Array): Uint8Array };
const Fn = ristretto255.Point.Fn;

function guarded<T>(what: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    throw new OprfError(`${what}: ${(e as Error).message}`);
  }
}

export const nobleOprf: Oprf = {
  blind(input: Uint8Array, blind?: Uint8Array): Blinded {
    if (!blind) return oprf.blind(input);
    // noble draws its blind from an RNG; a given blind (test vectors) is applied the RFC's way by hand
    const point = ristretto255_hasher.hashToCurve(input, { DST: hashToGroupDst });
    return { blind, blinded: point.multiply(Fn.fromBytes(blind)).toBytes() };
  },
  blindEvaluate: (secretKey, blinded) => guarded('blindEvaluate', () => oprf.blindEvaluate(secretKey, blinded)),
  finalize: (input, blind, evaluated) => guarded('finalize', () => oprf.finalize(input, blind, evaluated)),
  evaluate: (secretKey, input) => guarded('evaluate', () => evaluate(secretKey, input)),
  generateKey: () => oprf.generateKeyPair().secretKey,
};
