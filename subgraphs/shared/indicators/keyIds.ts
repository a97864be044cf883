/**
 * The generations of the working group's OPRF key whose ids the federation accepts. An id carries its key
 * id (`PHONE:o1:…`) so digests of two generations never compare equal by accident; an id of any other
 * generation (an old HMAC `k1`, a typo, another federation's) is BAD_USER_INPUT, never a silent "no hit".
 * A rotation adds the new id here, re-keys every node (keying/README.md), then drops the old one.
 */
export const currentKeyId = 'o1';

export const acceptedKeyIds: readonly string[] = [currentKeyId];

export function isAcceptedKeyId(id: string): boolean {
  return acceptedKeyIds.includes(id);
}
