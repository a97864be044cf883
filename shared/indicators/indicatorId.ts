/**
 * The public id of an indicator: `${kind}:${digest}`, e.g. `PHONE:o1:9f…` (64 hex digits). It names the
 * indicator on every node and the hub without revealing the value.
 */
import { type IndicatorKind, indicatorKinds, isCode } from '../../schema/typology.js';
import { userError } from '../errors.js';
import { acceptedKeyIds, isAcceptedKeyId } from './keyIds.js';

const idShape = /^([A-Z_]+):([A-Za-z0-9]{1,16}:[0-9a-f]{64})$/;

export function indicatorId(kind: IndicatorKind, digest: string): string {
  return `${kind}:${digest}`;
}

/**
 * Inverse of indicatorId; BAD_USER_INPUT (field `id`) for anything it could not have produced, including an
 * id of a key generation not in `accepted` (the caller's configured ACCEPTED_KEY_IDS).
 */
export function parseIndicatorId(
  id: string,
  accepted: readonly string[] = acceptedKeyIds,
): { kind: IndicatorKind; digest: string } {
  const match = idShape.exec(id);
  const kind = match?.[1] ?? '';
  const digest = match?.[2];
  if (!digest) {
    throw userError('BAD_USER_INPUT', `indicator id ${show(id)} is malformed; expected KIND:keyid:<64 lowercase hex>`, {
      field: 'id',
      reason: 'malformed',
    });
  }
  if (!isCode(indicatorKinds, kind)) {
    const valid = indicatorKinds.map((k) => k.code).join(', ');
    throw userError('BAD_USER_INPUT', `indicator id ${show(id)} has unknown kind ${kind}; expected one of ${valid}`, {
      field: 'id',
      reason: 'unknown kind',
    });
  }
  const keyId = digest.slice(0, digest.indexOf(':'));
  if (!isAcceptedKeyId(keyId, accepted)) {
    // an id keyed under another generation can never match: saying so beats answering "no hit"
    throw userError(
      'BAD_USER_INPUT',
      `indicator id ${show(id)} has unknown key id ${keyId}; this federation keys indicators with ${accepted.join(', ')}`,
      { field: 'id', reason: 'unknown key id' },
    );
  }
  return { kind, digest };
}

function show(id: string): string {
  return JSON.stringify(id.length > 120 ? `${id.slice(0, 120)}…` : id);
}
