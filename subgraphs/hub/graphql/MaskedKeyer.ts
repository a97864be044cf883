/**
 * The hub's keyer, as analysts see it fail. When the keying service refuses the hub's own credential (401:
 * the hub's client key missing from the service's KEYING_CLIENTS_JWKS_FILE, a wrong KEYING_CLIENT_KEY_FILE,
 * the hub no longer a delegate), passing UNAUTHENTICATED on would tell an analyst that their token is bad.
 * It is the working group's configuration fault: the analyst gets SUBGRAPH_UNAVAILABLE with a generic
 * message, and the hub's log gets the service's full answer. Budget refusals (RATE_LIMITED) and an
 * unreachable service pass unchanged: they are true for the analyst.
 */
import { GraphQLError } from 'graphql';
import { userError } from '../../../shared/errors.js';
import type { Logger } from '../../../shared/logger.js';
import type { CanonicalInput, IndicatorKeyer, KeyingOptions } from '../../../shared/keying/IndicatorKeyer.js';

export class MaskedKeyer implements IndicatorKeyer {
  constructor(
    private readonly keyer: IndicatorKeyer,
    private readonly logger: Logger,
  ) {}

  get keyId(): string {
    return this.keyer.keyId;
  }

  async digests(inputs: readonly CanonicalInput[], options?: KeyingOptions): Promise<string[]> {
    try {
      return await this.keyer.digests(inputs, options);
    } catch (e) {
      if (!(e instanceof GraphQLError) || e.extensions.code !== 'UNAUTHENTICATED') throw e;
      this.logger.error(
        { err: e, keyingRefusal: e.message },
        "the keying service refused the hub's credential: check the hub's KEYING_CLIENT_KEY_FILE against the service's KEYING_CLIENTS_JWKS_FILE and KEYING_DELEGATES",
      );
      throw userError(
        'SUBGRAPH_UNAVAILABLE',
        'indicators cannot be keyed right now (the keying service is unavailable to the hub); the working group is alerted by its log',
      );
    }
  }
}
