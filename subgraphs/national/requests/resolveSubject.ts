import type { Member } from '../../../schema/registry.js';
import { parseIndicatorId } from '../../shared/indicators/index.js';
import type { HeldIndicator, RequestStore } from './RequestStore.js';

/** Largest row id the reference can name (PostgreSQL `integer`): anything larger names nothing. */
const maxRowId = 2_147_483_647;

/**
 * The indicator a request is about, from what the requester quoted: an indicator id (`KIND:keyId:digest`)
 * or the reference this member gave in a hit (NationalSighting.reference, `<CODE>:IND:<n>`). undefined when
 * this node holds no such indicator. The ONE place that reads reference formats: when hits carry random
 * references (the matching issue), only this function changes.
 */
export async function resolveSubject(
  store: RequestStore,
  member: Member,
  quoted: string,
): Promise<HeldIndicator | undefined> {
  const own = /^([A-Z]{2}):IND:(\d{1,10})$/.exec(quoted);
  if (own) {
    const id = Number(own[2]);
    return own[1] === member.code && id <= maxRowId ? store.indicatorByRowId(id) : undefined;
  }
  let parsed: { kind: string; digest: string };
  try {
    parsed = parseIndicatorId(quoted);
  } catch {
    return undefined;
  }
  const held = await store.indicatorByDigest(parsed.digest);
  return held?.kind === parsed.kind ? held : undefined;
}
