/**
 * The keying service's wire protocol, shared by the service (keying/) and its clients (nodes, hub) so both
 * read one definition. keying/README.md documents it for other implementations.
 *
 * POST /v1/evaluate, JSON `{ "elements": ["<base64url 32-byte blinded element>", …] }` (at most the service's
 * batch limit), `Authorization: Bearer <client token>` -> 200 `{ "keyId": "o1", "evaluated": [ … ] }` in the
 * same order; errors `{ "error": { "code", "message", "retryAfterSeconds"? } }` with 400, 401, 413 or 429.
 */
import { createHash } from 'node:crypto';

export const EVALUATE_PATH = '/v1/evaluate';
/**
 * The hub's path: canonical values in clear (`{ "inputs": [{ "kind", "canonical" }] }` -> `{ "keyId",
 * "digests" }`), RFC 9497 Evaluate at the service. The hub has the analysts' values anyway and is run by
 * the same working group; one scalar multiplication per value instead of three keeps screening fast. Only
 * delegates may use it, always on behalf of an analyst, charged to that analyst.
 */
export const EVALUATE_VALUES_PATH = '/v1/evaluate-values';
/** `aud` of client tokens: good at the keying service only, nowhere else in the federation. */
export const KEYING_AUDIENCE = 'asean-antiscam-keying';
/** Client tokens are signed per request and live this long. */
export const CLIENT_TOKEN_TTL_SEC = 60;
export const DEFAULT_KEYING_PORT = 4080;

export interface EvaluateRequest {
  elements: string[];
  /**
   * A generation other than the current one, during a key rotation: a node re-keying its own stock
   * (`npm run rekey`), charged to its re-key allowance. Absent: the current generation.
   */
  keyId?: string;
}

export interface EvaluateResponse {
  keyId: string;
  evaluated: string[];
}

export interface EvaluateValuesRequest {
  inputs: { kind: string; canonical: string }[];
}

export interface EvaluateValuesResponse {
  keyId: string;
  digests: string[];
}

export interface KeyingErrorBody {
  error: { code: string; message: string; retryAfterSeconds?: number };
}

/**
 * An analyst the hub keys for: the budget and the audit count against this person, not against the hub.
 * Only identities the service lists as delegates (the hub) may say so.
 */
export interface OnBehalfOf {
  member: string;
  subject: string;
}

/** The body hash a client token is bound to (`bh`): a captured token fits one body only. */
export const bodyHash = (body: string) => createHash('sha256').update(body).digest('base64url');

/** Identity names: `node:TH` for a member's node, `hub`, and `analyst:TH:alice@…` for analysts the hub keys for. */
export const nodeIdentity = (member: string) => `node:${member}`;
export const HUB_IDENTITY = 'hub';
export const analystIdentity = (who: OnBehalfOf) => `analyst:${who.member}:${who.subject}`;

export const toBase64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
export const fromBase64url = (text: string) => Uint8Array.from(Buffer.from(text, 'base64url'));
