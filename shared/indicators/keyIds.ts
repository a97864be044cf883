/**
 * The generations of the working group's OPRF key whose ids a node or the hub accepts. An id carries its
 * key id (`PHONE:o1:…`) so digests of two generations never compare equal by accident; an id of any other
 * generation (a retired one, an old HMAC `k1`, a typo, another federation's) is BAD_USER_INPUT naming the
 * key id, never a silent "no hit". Which generations are accepted is configuration (ACCEPTED_KEY_IDS, read
 * by keyingClientConfig.ts): during a rotation both, after it the new one only (docs/operators.md).
 */
import { ConfigError } from '../env.js';

/** The generation a federation without a rotation configured keys with. */
export const currentKeyId = 'o1';

/** The default when ACCEPTED_KEY_IDS is not set. */
export const acceptedKeyIds: readonly string[] = [currentKeyId];

/** A key id's shape: what fits between the kind and the hex in an id (indicatorId.ts). */
export const keyIdShape = /^[a-z0-9]{1,16}$/;

export function isAcceptedKeyId(id: string, accepted: readonly string[] = acceptedKeyIds): boolean {
  return accepted.includes(id);
}

/** `o1,o2` -> ['o1', 'o2']; a ConfigError naming `source` for anything that is not a list of key ids. */
export function parseKeyIds(text: string, source: string): readonly string[] {
  const ids = text.split(',').map((s) => s.trim());
  const bad = ids.find((id) => !keyIdShape.test(id));
  if (bad !== undefined) {
    throw new ConfigError(`${source}: ${JSON.stringify(bad)} is not a key id (1 to 16 lowercase letters or digits)`);
  }
  return [...new Set(ids)];
}
