import type { Member } from '../../../schema/registry.js';
import { parseIndicatorReference } from '../db/indicatorReference.js';
import { parseIndicatorId } from '../../../shared/indicators/index.js';
import type { HeldIndicator, RequestStore } from './RequestStore.js';

/**
 * The indicator a request is about, from what the requester quoted: an indicator id (`KIND:keyId:digest`)
 * or the random reference this member gave in a hit (NationalSighting.reference, `<CODE>:IND:<24 hex>`,
 * db/indicatorReference.ts). undefined when this node holds no such indicator, or the reference names
 * another member. The ONE place requests read reference formats.
 */
export async function resolveSubject(
  store: RequestStore,
  member: Member,
  quoted: string,
): Promise<HeldIndicator | undefined> {
  if (/^[A-Z]{2}:IND:/.test(quoted)) {
    const parsed = parseIndicatorReference(quoted);
    if (typeof parsed === 'string' || parsed.member !== member.code) return undefined;
    return store.indicatorByReference(parsed.reference);
  }
  let parsed: { kind: string; digest: string };
  try {
    parsed = parseIndicatorId(quoted, store.keyIds);
  } catch {
    return undefined;
  }
  const held = await store.indicatorByDigest(parsed.digest);
  return held?.kind === parsed.kind ? held : undefined;
}
